/**
 * Azure Resource Manager client for one Cosmos DB account: reads the account and runs a key
 * operation. Honours HTTPS_PROXY/NO_PROXY, retries 429 (Retry-After) and 5xx with backoff,
 * never follows redirects with the bearer token.
 */
import * as core from '@actions/core';
import { type Api } from '../azure/apis.ts';
import { apiOf, mongoServerVersionOf } from './account.ts';
import { isVersionRefusal, versionToRetry } from './api-versions.ts';
import { explainArmFailure, type ArmOperation, type ArmScope } from './errors.ts';
import { lookalikeOf, readableAccountsIn, type Lookalike, type ReadableAccount } from './lookalikes.ts';
import type { Operation } from '../azure/keys.ts';
import { ActionError, TLS_FIX, isTlsFailure } from '../report/errors.ts';
import {
  BodyTooLarge,
  NetworkFailure,
  header,
  isObject,
  parseJsonObject,
  send,
  type Exchange,
  type Transport,
  type Wait,
} from '../net/http.ts';
import { parseRetryAfter, type RetryPolicy } from '../net/retry.ts';
import { Budget } from '../net/budget.ts';
import { maskKeyResponse, parseKeyResponse } from './key-answers.ts';
import type { KeySet } from '../azure/keys.ts';
import { serverText } from '../report/sanitize.ts';
import { armTransport, proxyHostFor } from '../net/transport.ts';

/**
 * 408, 429 and 5xx: Retry-After when ARM sends one (never under 0.5 s), else 1, 2, 4, 8 s; 5
 * attempts at most, except a 429 with Retry-After: ARM throttles key operations per principal,
 * so a fleet sharing one identity waits it out, with jitter, within timeout-seconds.
 */
export const ARM_RETRY: RetryPolicy = {
  statusCodes: [408, 429, 500, 502, 503, 504],
  errorCodes: ['ECONNRESET', 'EPIPE'],
  maxAttempts: 5,
  waitOutThrottling: true,
  delay({ retryAfterMs }, attempt) {
    if (attempt > 4) return undefined;
    return retryAfterMs ?? 1000 * 2 ** (attempt - 1);
  },
};

/**
 * The one look at the accounts the identity can read, after a 403: a single attempt, for at most
 * this long (and never past the run's budget), with ARM's own api-version for its resource list.
 */
const LOOKUP_MS = 5000;
const RESOURCES_API_VERSION = '2021-04-01';
const NO_RETRY: RetryPolicy = { statusCodes: [], errorCodes: [], maxAttempts: 1, delay: () => undefined };

export interface Account {
  readonly documentEndpoint: string;
  readonly disableLocalAuth: boolean;
  readonly api: Api;
  /** API for MongoDB: the server version (`apiProperties.serverVersion`), when given. */
  readonly mongoServerVersion?: string;
}

/** The JSON object of a 200 answer (`text`, already parsed as `body`); anything else (HTML, an `error` field) is explained. */
function answerObject(text: string, body: Record<string, unknown> | undefined, operation: ArmOperation): Record<string, unknown> {
  const what = operation === 'read' ? 'the account read' : operation;
  if (!body) {
    const html = /^\s*</.test(text) ? ": it is an HTML page, so a proxy or firewall may be answering in ARM's place" : '';
    throw new ActionError(`ARM's answer to ${what} is not JSON${html}. No outputs were set.`);
  }
  const error = body['error'];
  if (isObject(error)) {
    const { code, message } = error;
    const said = serverText([code, message].filter((v) => typeof v === 'string').join(': '));
    throw new ActionError(`ARM answered ${what} with status 200 but an error${said ? ` (${said})` : ''}. No outputs were set.`);
  }
  return body;
}

type Answer = { res: Exchange; json?: Record<string, unknown> };

/** The `error` object's code and message of an ARM answer, when they are strings (untrusted). */
function armError(json: Record<string, unknown> | undefined): { code?: string; message?: string } {
  const found = json?.['error'];
  const error = isObject(found) ? found : {};
  return {
    code: typeof error['code'] === 'string' ? error['code'] : undefined,
    message: typeof error['message'] === 'string' ? error['message'] : undefined,
  };
}

export class ArmClient {
  private readonly baseUrl: string;
  private readonly token: string;
  private readonly scope: ArmScope;
  private readonly budget: Budget;
  private readonly transport: Transport;
  /** The api-version requests use: the scope's, or the one negotiated after ARM refused the cloud's default. */
  private apiVersion: string;
  /** A refusal of the default was handled (once a run, whichever request saw it first). */
  private negotiated = false;
  /** Whether the account read succeeded, once it was sent. */
  private readSucceeded?: Promise<boolean>;
  /** The accounts the identity can read, looked up once, after the first 403. */
  private readable?: Promise<ReadableAccount[]>;

  constructor(baseUrl: string, token: string, scope: ArmScope, budget: Budget) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.scope = scope;
    this.budget = budget;
    this.transport = armTransport(baseUrl);
    this.apiVersion = scope.apiVersion;
  }

  async readAccount(): Promise<Account> {
    const answer = this.request('read');
    this.readSucceeded = answer.then(
      () => true,
      () => false,
    );
    const { res, json } = await answer;
    const body = answerObject(res.body, json, 'read');
    const properties = isObject(body['properties']) ? body['properties'] : undefined;
    const endpoint = properties?.['documentEndpoint'];
    if (typeof endpoint !== 'string' || endpoint === '') {
      throw new ActionError(`ARM's account read has no documentEndpoint for '${this.scope.accountName}'. No outputs were set.`);
    }
    return {
      documentEndpoint: endpoint,
      disableLocalAuth: properties?.['disableLocalAuth'] === true,
      api: apiOf(body),
      mongoServerVersion: mongoServerVersionOf(body),
    };
  }

  async listKeys(operation: Operation): Promise<KeySet> {
    const { res, json } = await this.request(operation);
    return parseKeyResponse(operation, answerObject(res.body, json, operation));
  }

  /**
   * Send `operation` for the account; a 200 answer is returned with its JSON, anything else
   * thrown as an explained error. When ARM refuses the cloud's default api-version, one retry
   * with the version negotiated from its answer (see negotiate).
   */
  private async request(operation: ArmOperation): Promise<Answer> {
    const first = this.apiVersion;
    let answer = await this.exchange(operation, first);
    const retryWith = answer.res.status === 200 ? undefined : this.negotiate(answer, first);
    if (retryWith) answer = await this.exchange(operation, retryWith);
    const { res, json } = answer;
    if (res.status === 200) return answer;
    const error = armError(json);
    const lookalike = res.status === 403 && error.code === 'AuthorizationFailed' ? await this.lookalike(operation) : undefined;
    throw explainArmFailure(
      {
        operation,
        status: res.status,
        ...error,
        lookalike,
        requestId: header(res.headers, 'x-ms-request-id'),
        correlationId: header(res.headers, 'x-ms-correlation-request-id'),
        retryAfterMs: parseRetryAfter(res.headers['retry-after']),
        attempts: res.attempts,
        ms: res.ms,
        waitedMs: res.waitedMs,
        budget: this.budget.described(),
        location: header(res.headers, 'location'),
        refusedDefault: retryWith ? first : undefined,
      },
      { ...this.scope, apiVersion: retryWith ?? first },
    );
  }

  /** What the accounts the identity can read say about the one it was refused (undefined when it can read none, or ARM would not say). */
  private async lookalike(operation: ArmOperation): Promise<Lookalike | undefined> {
    // A key operation refused while the account read (sent beside it) succeeded: the identity can
    // read the account, and nothing more needs asking.
    if (operation !== 'read' && (await this.readSucceeded)) return { kind: 'readable' };
    this.readable ??= this.readableAccounts();
    const { subscriptionId, resourceGroup, accountName: name } = this.scope;
    return lookalikeOf({ subscriptionId, resourceGroup, name }, await this.readable);
  }

  /**
   * The Cosmos DB accounts of the subscription the identity can read: ARM's list of the
   * subscription's resources holds only those its caller can read (as `az resource list` shows
   * them). One attempt, its first page only; any failure (a 403 when it can read none) is no list.
   */
  private async readableAccounts(): Promise<ReadableAccount[]> {
    const url = new URL(`${this.baseUrl}/subscriptions/${this.scope.subscriptionId}/resources`);
    // Spaces as %20, as the Azure SDKs send them (URLSearchParams would write '+').
    url.search = `$filter=${encodeURIComponent("resourceType eq 'Microsoft.DocumentDB/databaseAccounts'")}&api-version=${RESOURCES_API_VERSION}`;
    const seconds = Math.min(LOOKUP_MS, this.budget.remainingMs()) / 1000;
    if (seconds <= 0) return [];
    const lookup = new Budget(seconds);
    try {
      const headers = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
      const res = await send(this.transport, { url, method: 'GET', headers }, NO_RETRY, lookup);
      core.debug(`ARM GET ${url.pathname} (the accounts the identity can read, after a 403): ${res.status} in ${res.ms} ms`);
      return res.status === 200 ? readableAccountsIn(parseJsonObject(res.body)) : [];
    } catch {
      return [];
    } finally {
      lookup.cancel();
    }
  }

  /**
   * The api-version to retry with after ARM refused `refused`, or undefined: only when the
   * api-version input was empty, for a refusal that lists the supported versions, once a run.
   * The first refusal picks the version (and warns); the other request, refused too, retries
   * with the same one.
   */
  private negotiate({ res, json }: Answer, refused: string): string | undefined {
    const { code, message } = armError(json);
    if (this.scope.apiVersionGiven || !isVersionRefusal(res.status, code)) return undefined;
    if (this.negotiated) return this.apiVersion === refused ? undefined : this.apiVersion;
    this.negotiated = true;
    const version = versionToRetry(message ?? '', refused);
    if (!version) return undefined;
    this.apiVersion = version;
    core.warning(
      `ARM does not accept the cloud's default api-version ${refused} for Microsoft.DocumentDB here (${serverText(code ?? '', 100)}): ` +
        `retried with ${version}, the newest stable version ARM listed that this action reads. Set the api-version input to ${version} to save the extra request.`,
    );
    return version;
  }

  /**
   * One request (with send's own retries) for `operation` at `apiVersion`, any status. The one
   * place an answer to a key operation is masked: every secret in it, whatever its status and
   * shape, is registered before anything reads it.
   */
  private async exchange(operation: ArmOperation, apiVersion: string): Promise<Answer> {
    const url = new URL(this.baseUrl + this.scope.accountId + (operation === 'read' ? '' : `/${operation}`));
    url.searchParams.set('api-version', apiVersion);
    const method = operation === 'read' ? 'GET' : 'POST';
    let res: Exchange;
    try {
      res = await send(
        this.transport,
        {
          url,
          method,
          headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
          // Key operations are POSTs without a body; ARM wants Content-Length: 0 (411 otherwise).
          body: method === 'POST' ? '' : undefined,
        },
        ARM_RETRY,
        this.budget,
        undefined,
        (wait) => this.logThrottled(operation, wait),
      );
    } catch (error) {
      if (error instanceof NetworkFailure) throw this.unreachable(error, operation, url);
      if (error instanceof BodyTooLarge) throw new ActionError(`ARM's answer to ${operation} was over 1 MiB; is ${url.host} really ARM?`);
      throw error;
    }
    core.debug(
      `ARM ${method} ${url.pathname} (api-version ${apiVersion}): ${res.status} in ${res.ms} ms, ${res.attempts} attempt(s), request ID ${serverText(header(res.headers, 'x-ms-request-id') ?? '-', 100)}`,
    );
    const json = parseJsonObject(res.body);
    if (json && operation !== 'read') maskKeyResponse(json);
    return { res, json };
  }

  /** One line a throttled wait: a fleet's log shows each run waiting its turn, and for how long in all. */
  private logThrottled(operation: ArmOperation, wait: Wait): void {
    if (wait.failure.status !== 429) return;
    const asked = wait.failure.retryAfterMs;
    const what = operation === 'read' ? 'the account read' : operation;
    core.info(
      `ARM throttled ${what} (429${asked === undefined ? '' : `, Retry-After ${Math.ceil(asked / 1000)} s`}): ` +
        `waiting ${(wait.ms / 1000).toFixed(1)} s before attempt ${wait.attempts + 1} ` +
        `(${((wait.waitedMs + wait.ms) / 1000).toFixed(1)} s waited in all, ${((this.budget.remainingMs() - wait.ms) / 1000).toFixed(1)} s of ${this.budget.label} left then).`,
    );
  }

  private unreachable(failure: NetworkFailure, operation: ArmOperation, url: URL): ActionError {
    const what = operation === 'read' ? 'reading the account' : operation;
    if (failure.timedOut) {
      const last = failure.lastStatus ? `; ARM last answered ${failure.lastStatus}` : '';
      return new ActionError(
        `Timed out after ${this.budget.described()} waiting for ARM (${what}) at ${url.host}, ${failure.attempts} attempt(s)${last}.`,
      );
    }
    const hint = isTlsFailure(failure.code)
      ? `TLS verification failed: ${TLS_FIX}`
      : failure.code === 'ENOTFOUND' || failure.code === 'EAI_AGAIN'
        ? "DNS could not resolve the host: check arm-endpoint, the cloud input and the runner's DNS."
        : "Check the runner's network, HTTPS_PROXY/NO_PROXY and arm-endpoint.";
    const proxy = proxyHostFor(url.href);
    const via = proxy ? ` through the proxy at ${proxy}` : '';
    return new ActionError(
      `Could not reach ARM at ${url.host}${via} (${failure.code}) for ${what} after ${failure.attempts} attempt(s). ${hint}`,
    );
  }
}
