/**
 * The managed-identity protocol of Azure's Instance Metadata Service, which the Azure Arc agent
 * speaks too (with a key-file challenge first): tokens and the machine's own metadata. It is
 * reached directly, never through a proxy, with MSAL's retry table, bounded per request and per
 * run (IMDS throttles per VM). Instance metadata is checked like the inputs it stands in for.
 * imds.ts and arc.ts make the credentials of those two sources from it.
 */
import * as core from '@actions/core';
import type { UserAssignedIdentity } from '../inputs/config.ts';
import { ActionError } from '../report/errors.ts';
import { BodyTooLarge, NetworkFailure, header, parseJsonObject, send, type Exchange, type Transport } from '../net/http.ts';
import type { Budget } from '../net/budget.ts';
import { directTransport } from '../net/transport.ts';
import { maskSecret } from '../report/masking.ts';
import { RequestLimit, RequestLimitReached, type RetryPolicy } from '../net/retry.ts';
import { ARC_API_VERSION, arcKeyPath, arcTokensDir, readArcKey } from './arc-key-file.ts';
import { TokenCache, expiryOf, identityOf, type InstanceMetadata, type Token } from './credential.ts';
import { explainImdsAnswer, imdsUnreachable, where, type ImdsContext } from './imds-errors.ts';
import { checkInstanceMetadata } from './instance-metadata.ts';
import type { ServiceEndpoint } from './service-endpoint.ts';

export const TOKEN_PATH = '/metadata/identity/oauth2/token';
export const INSTANCE_PATH = '/metadata/instance';
const CONNECT_TIMEOUT_MS = 3000;
const UPGRADE_WINDOW_MS = 70_000;
/** The most IMDS requests of a run that fail (retried or not) or are under way: one that keeps failing stops there. */
const IMDS_RUN_LIMIT = 12;

/**
 * MSAL's IMDS table: 404, 408, 429 and 5xx back off 1, 2, 4 s (3 retries); 410 (IMDS upgrading)
 * every 10 s for up to 70 s (7 retries, so at most 8 attempts a request). Retry-After, when IMDS
 * sends one, replaces the wait, but never below MIN_RETRY_DELAY_MS (see net/retry.ts).
 */
export const IMDS_RETRY: RetryPolicy = {
  statusCodes: [404, 408, 410, 429, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511],
  errorCodes: ['ECONNRESET', 'EPIPE'],
  maxAttempts: 8,
  delay({ status, retryAfterMs }, attempt, sinceFirstMs) {
    if (status === 410) {
      const wait = retryAfterMs ?? 10_000;
      return sinceFirstMs + wait <= UPGRADE_WINDOW_MS ? wait : undefined;
    }
    if (attempt > 3) return undefined;
    return retryAfterMs ?? 1000 * 2 ** (attempt - 1);
  },
};

export class MetadataService {
  readonly endpoint: ServiceEndpoint;
  private readonly budget: Budget;
  private readonly identity?: UserAssignedIdentity;
  private readonly tokens = new TokenCache();
  /** Dedicated agents: environment proxies are never consulted for IMDS. */
  private readonly transport: Transport = directTransport(CONNECT_TIMEOUT_MS);
  /** One cap for all calls of the run: IMDS throttles per VM. */
  private readonly limit = new RequestLimit(IMDS_RUN_LIMIT);

  constructor(endpoint: ServiceEndpoint, budget: Budget, identity?: UserAssignedIdentity) {
    this.endpoint = endpoint;
    this.budget = budget;
    this.identity = identity;
  }

  private get baseUrl(): string {
    return this.endpoint.baseUrl;
  }

  private get context(): ImdsContext {
    return { endpoint: this.endpoint, identity: this.identity, budget: this.budget.described(), runLimit: IMDS_RUN_LIMIT };
  }

  /** A token for `resource` (the exact audience), cached for the run until shortly before it expires. */
  getToken(resource: string): Promise<Token> {
    return this.tokens.get(resource, (audience) => this.requestToken(audience));
  }

  private async requestToken(resource: string): Promise<Token> {
    const url = new URL(this.endpoint.tokenUrl);
    url.searchParams.set('api-version', this.endpoint.apiVersion);
    url.searchParams.set('resource', resource);
    if (this.identity) url.searchParams.set(this.identity.param, this.identity.value);
    let res = await this.get(url, 'a managed identity token');
    if (this.endpoint.kind === 'arc' && res.status === 401) {
      // Arc's challenge: prove we run on the machine by reading the key file it names.
      const secret = readArcKey(arcKeyPath(header(res.headers, 'www-authenticate'), arcTokensDir()));
      maskSecret(secret);
      res = await this.get(url, 'a managed identity token', { authorization: `Basic ${secret}` });
      if (res.status === 401) {
        throw new ActionError(
          'The Azure Arc agent refused the secret from its own key file (401 again). Re-run the job; if it repeats, restart the agent (azcmagent).',
        );
      }
    }
    const body = parseJsonObject(res.body);
    const accessToken = body?.['access_token'];
    if (typeof accessToken === 'string' && accessToken !== '') maskSecret(accessToken);
    if (res.status !== 200) throw explainImdsAnswer(res, body, 'a managed identity token', this.context);
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new ActionError(`IMDS answered 200 without an access_token (${where(url)}). Is ${this.baseUrl} really IMDS?`);
    }
    const expiresOn = expiryOf(body);
    core.debug(`IMDS token: ${res.attempts} attempt(s), ${res.ms} ms, expires ${expiresOn.toISOString()}`);
    return { accessToken, expiresOn, ...identityOf(accessToken) };
  }

  /** The VM's subscription, resource group, name and cloud. */
  async getInstanceMetadata(): Promise<InstanceMetadata> {
    const url = new URL(this.endpoint.instanceUrl);
    url.searchParams.set('api-version', this.endpoint.kind === 'arc' ? ARC_API_VERSION : '2021-02-01');
    const res = await this.get(url, 'instance metadata');
    const body = parseJsonObject(res.body);
    if (res.status !== 200) throw explainImdsAnswer(res, body, 'instance metadata', this.context);
    const compute = body?.['compute'];
    const field = (name: string): string => {
      const value = (compute as Record<string, unknown> | undefined)?.[name];
      return typeof value === 'string' ? value : '';
    };
    const metadata = checkInstanceMetadata(
      {
        subscriptionId: field('subscriptionId'),
        resourceGroupName: field('resourceGroupName'),
        name: field('name'),
        azEnvironment: field('azEnvironment'),
      },
      this.baseUrl,
    );
    core.debug(`IMDS instance metadata: ${res.attempts} attempt(s), ${res.ms} ms`);
    return metadata;
  }

  private async get(url: URL, what: string, extra: Record<string, string> = {}): Promise<Exchange> {
    try {
      return await send(
        this.transport,
        { url, method: 'GET', headers: { Metadata: 'true', ...extra } },
        IMDS_RETRY,
        this.budget,
        this.limit,
      );
    } catch (error) {
      if (error instanceof RequestLimitReached) {
        throw new ActionError(
          `Not asking IMDS for ${what}: ${error.max} requests of this run to IMDS have failed or are under way, the most the action allows (IMDS throttles per VM). Re-run the job in a few minutes.`,
        );
      }
      if (error instanceof BodyTooLarge) {
        throw new ActionError(`IMDS answered the request for ${what} with an oversized body; is ${this.baseUrl} really IMDS?`);
      }
      if (error instanceof NetworkFailure) throw imdsUnreachable(error, url, what, this.context);
      throw error;
    }
  }
}
