/**
 * Azure Resource Manager client for one Cosmos DB account: reads the account and runs a key
 * operation. Honours HTTPS_PROXY/NO_PROXY, retries 429 (Retry-After) and 5xx with backoff,
 * never follows redirects with the bearer token.
 */
import * as core from '@actions/core';
import { getProxyUrl } from '@actions/http-client';
import { explainArmFailure, type ArmCall, type ArmScope } from './arm-errors.ts';
import { ActionError } from './errors.ts';
import {
  BodyTooLarge,
  NetworkFailure,
  header,
  parseJsonObject,
  parseRetryAfter,
  send,
  type Budget,
  type Exchange,
  type RetryPolicy,
  type Transport,
} from './http.ts';
import { armTransport } from './transport.ts';
import type { Operation } from './inputs.ts';
import { maskKeyResponse, parseKeyResponse, type KeySet } from './keys.ts';

/** 408, 429 and 5xx: Retry-After when ARM sends one, else 1, 2, 4, 8 s. */
export const ARM_RETRY: RetryPolicy = {
  statusCodes: [408, 429, 500, 502, 503, 504],
  errorCodes: ['ECONNRESET', 'EPIPE'],
  delay({ retryAfterMs }, attempt) {
    if (attempt > 4) return undefined;
    return retryAfterMs ?? 1000 * 2 ** (attempt - 1);
  },
};

export interface Account {
  readonly documentEndpoint: string;
  readonly disableLocalAuth: boolean;
}

/**
 * The JSON object of a 200 answer; anything else (HTML, an `error` field) is explained. `mask`
 * sees the object first, so secrets are registered before any check can fail.
 */
function jsonBody(res: Exchange, call: ArmCall, mask: (body: Record<string, unknown>) => void = () => undefined): Record<string, unknown> {
  const what = call === 'read' ? 'the account read' : call;
  const body = parseJsonObject(res.body);
  if (body) mask(body);
  if (!body) {
    const html = /^\s*</.test(res.body) ? ": it is an HTML page, so a proxy or firewall may be answering in ARM's place" : '';
    throw new ActionError(`ARM's answer to ${what} is not JSON${html}. No outputs were set.`);
  }
  const error = body['error'];
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const said = [code, message].filter((v) => typeof v === 'string').join(': ');
    throw new ActionError(
      `ARM answered ${what} with status 200 but an error${said ? ` (${said.replace(/\s+/g, ' ').slice(0, 300)})` : ''}. No outputs were set.`,
    );
  }
  return body;
}

export class ArmClient {
  private readonly baseUrl: string;
  private readonly token: string;
  private readonly scope: ArmScope;
  private readonly budget: Budget;
  private readonly transport: Transport;

  constructor(baseUrl: string, token: string, scope: ArmScope, budget: Budget) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.scope = scope;
    this.budget = budget;
    this.transport = armTransport(baseUrl);
  }

  async readAccount(): Promise<Account> {
    const body = jsonBody(await this.call('read'), 'read');
    const properties = (body?.['properties'] ?? undefined) as Record<string, unknown> | undefined;
    const endpoint = properties?.['documentEndpoint'];
    if (typeof endpoint !== 'string' || !/^https:\/\//.test(endpoint)) {
      throw new ActionError(`ARM's account read has no https documentEndpoint for '${this.scope.accountName}'. No outputs were set.`);
    }
    return { documentEndpoint: endpoint, disableLocalAuth: properties?.['disableLocalAuth'] === true };
  }

  async listKeys(operation: Operation): Promise<KeySet> {
    return parseKeyResponse(operation, jsonBody(await this.call(operation), operation, maskKeyResponse));
  }

  private async call(call: ArmCall): Promise<Exchange> {
    const url = new URL(this.baseUrl + this.scope.accountId + (call === 'read' ? '' : `/${call}`));
    url.searchParams.set('api-version', this.scope.apiVersion);
    const method = call === 'read' ? 'GET' : 'POST';
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
      );
    } catch (error) {
      if (error instanceof NetworkFailure) throw this.unreachable(error, call, url);
      if (error instanceof BodyTooLarge) throw new ActionError(`ARM's answer to ${call} was over 1 MiB; is ${url.host} really ARM?`);
      throw error;
    }
    core.debug(
      `ARM ${method} ${url.pathname}: ${res.status} in ${res.ms} ms, ${res.attempts} attempt(s), request ID ${header(res.headers, 'x-ms-request-id') ?? '-'}`,
    );
    if (res.status === 200) return res;
    const error = (parseJsonObject(res.body)?.['error'] ?? {}) as Record<string, unknown>;
    throw explainArmFailure(
      {
        call,
        status: res.status,
        code: typeof error['code'] === 'string' ? error['code'] : undefined,
        message: typeof error['message'] === 'string' ? error['message'] : undefined,
        requestId: header(res.headers, 'x-ms-request-id'),
        correlationId: header(res.headers, 'x-ms-correlation-request-id'),
        retryAfterMs: parseRetryAfter(res.headers['retry-after']),
        attempts: res.attempts,
        location: header(res.headers, 'location'),
      },
      this.scope,
    );
  }

  private unreachable(failure: NetworkFailure, call: ArmCall, url: URL): ActionError {
    const what = call === 'read' ? 'reading the account' : call;
    if (failure.timedOut) {
      const last = failure.lastStatus ? `; ARM last answered ${failure.lastStatus}` : '';
      return new ActionError(
        `Timed out after ${this.budget.seconds} s (timeout-seconds) waiting for ARM (${what}) at ${url.host}, ${failure.attempts} attempt(s)${last}.`,
      );
    }
    const tls = /CERT|SSL|TLS|SELF_SIGNED|ALTNAME/i.test(failure.code);
    const hint = tls
      ? 'TLS verification failed: if a TLS-inspecting proxy sits in between, give Node its CA with NODE_EXTRA_CA_CERTS.'
      : failure.code === 'ENOTFOUND' || failure.code === 'EAI_AGAIN'
        ? "DNS could not resolve the host: check arm-endpoint, the cloud input and the runner's DNS."
        : "Check the runner's network, HTTPS_PROXY/NO_PROXY and arm-endpoint.";
    const proxy = getProxyUrl(url.href);
    const via = proxy ? ` through the proxy at ${new URL(proxy).host}` : '';
    return new ActionError(
      `Could not reach ARM at ${url.host}${via} (${failure.code}) for ${what} after ${failure.attempts} attempt(s). ${hint}`,
    );
  }
}
