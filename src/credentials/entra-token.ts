/**
 * Microsoft Entra ID's token endpoint, for the sources that hold a federated token rather than a
 * managed identity endpoint (workload-identity, github-oidc): the client credentials grant with
 * that token as the client assertion (RFC 7523), as MSAL sends it. Entra ID is reached like ARM
 * (HTTPS_PROXY/NO_PROXY honoured), retried as @azure/identity retries it, within the run's budget.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import type { Budget } from '../net/budget.ts';
import { BodyTooLarge, NetworkFailure, parseJsonObject, send, type Exchange } from '../net/http.ts';
import type { RetryPolicy } from '../net/retry.ts';
import { armTransport } from '../net/transport.ts';
import { ActionError } from '../report/errors.ts';
import { maskSecret } from '../report/masking.ts';
import { TokenCache, expiryOf, identityOf, type Token } from './credential.ts';
import { explainEntraAnswer, entraUnreachable, type EntraContext } from './entra-errors.ts';
import { claimsOf, type FederatedApp } from './federated-app.ts';
import type { TokenRoute } from './token-proxy.ts';

/**
 * MSAL sends the token request once (it only remembers a 429's or 5xx's Retry-After); the retries
 * are @azure/identity's, whose client MSAL sends through: core-rest-pipeline's defaults of 3
 * retries, Retry-After when Entra ID sends one, else exponential from 0.8 s (0.8, 1.6, 3.2 s),
 * for 408, 429 and 5xx other than 501 and 505, and for a reset connection.
 */
export const ENTRA_RETRY: RetryPolicy = {
  statusCodes: [408, 429, 500, 502, 503, 504],
  errorCodes: ['ECONNRESET', 'EPIPE'],
  maxAttempts: 4,
  delay({ retryAfterMs }, attempt) {
    if (attempt > 3) return undefined;
    return retryAfterMs ?? 800 * 2 ** (attempt - 1);
  },
};

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * The v2.0 scope of a resource: the resource followed by `/.default`, its trailing slash kept
 * (`https://management.azure.com/` → `https://management.azure.com//.default`), as the Azure CLI
 * turns a resource into a scope. Entra ID's token is then for the resource exactly as IMDS's is
 * (its `aud` is the scope without `/.default`, the inverse @azure/identity applies).
 */
function scopeOf(resource: string): string {
  return `${resource}/.default`;
}

/** Tokens from Entra ID for one app or identity, each in exchange for a fresh federated token from `assertion`. */
export class EntraTokenClient {
  private readonly app: FederatedApp;
  private readonly assertion: () => Promise<string>;
  private readonly budget: Budget;
  private readonly route?: TokenRoute;
  private readonly tokens = new TokenCache();

  /**
   * `assertion` gives the federated token for each request, masked already; `route`, when given,
   * sends the request elsewhere (the AKS token proxy, token-proxy.ts) instead of to Entra ID itself.
   */
  constructor(app: FederatedApp, assertion: () => Promise<string>, budget: Budget, route?: TokenRoute) {
    this.app = app;
    this.assertion = assertion;
    this.budget = budget;
    this.route = route;
  }

  get tokenUrl(): URL {
    return new URL(`${encodeURIComponent(this.app.tenant.value)}/oauth2/v2.0/token`, this.app.authority);
  }

  /** A token for `resource` (the exact audience), cached for the run until shortly before it expires. */
  getToken(resource: string): Promise<Token> {
    return this.tokens.get(resource, (audience) => this.requestToken(audience));
  }

  private async requestToken(resource: string): Promise<Token> {
    const assertion = await this.assertion();
    maskSecret(assertion);
    const url = this.route ? this.route.url(this.tokenUrl) : this.tokenUrl;
    const transport = this.route ? this.route.transport() : armTransport(url.origin, 'Microsoft Entra ID');
    const context: EntraContext = {
      app: this.app,
      url,
      claims: claimsOf(assertion),
      resource,
      budget: this.budget.described(),
      via: this.route?.name,
    };
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.app.client.value,
      scope: scopeOf(resource),
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: assertion,
    }).toString();
    let res: Exchange;
    try {
      res = await send(
        transport,
        {
          url,
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'client-request-id': randomUUID() },
          body,
        },
        ENTRA_RETRY,
        this.budget,
      );
    } catch (error) {
      if (error instanceof NetworkFailure) throw entraUnreachable(error, context);
      if (error instanceof BodyTooLarge)
        throw new ActionError(`Microsoft Entra ID's answer was over 1 MiB; is ${url.host} really Entra ID?`);
      throw error;
    }
    const json = parseJsonObject(res.body);
    const accessToken = json?.['access_token'];
    if (typeof accessToken === 'string' && accessToken !== '') maskSecret(accessToken);
    if (res.status !== 200) throw explainEntraAnswer(res, json, context);
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new ActionError(
        `Microsoft Entra ID answered 200 without an access_token (${url.origin}${url.pathname}). Is ${url.host} really Entra ID?`,
      );
    }
    // expires_in is in seconds (a number; accepted as a string too); without it, or past 24 hours, 5 minutes.
    const expiresOn = expiryOf(json);
    core.debug(`Entra ID token (${this.app.source}): ${res.attempts} attempt(s), ${res.ms} ms, expires ${expiresOn.toISOString()}`);
    return { accessToken, expiresOn, ...identityOf(accessToken) };
  }
}
