/**
 * Azure Container Apps (jobs included: Microsoft's documented way to host GitHub runners) and App
 * Service: the app's managed identity from the platform's local identity endpoint, which the
 * platform names in IDENTITY_ENDPOINT and guards with the secret in IDENTITY_HEADER:
 *
 *   GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=<audience>[&<selector>=<value>]
 *   X-IDENTITY-HEADER: {IDENTITY_HEADER}
 *
 * IDENTITY_ENDPOINT is accepted as MSAL accepts it, any http or https URL (Container Apps says
 * http://localhost:42356/msi/token, App Service a local or link-local address of its own), except
 * one with a user name or password in it; its own query is kept. It is reached directly, never
 * through a proxy, so the secret header goes nowhere else, and redirects are never followed.
 * There is no instance metadata here: the account's subscription and group come from the inputs.
 */
import * as core from '@actions/core';
import type { UserAssignedIdentity } from '../inputs/config.ts';
import { ActionError } from '../report/errors.ts';
import { BodyTooLarge, NetworkFailure, parseJsonObject, send, type Exchange } from '../net/http.ts';
import type { Budget } from '../net/budget.ts';
import { maskSecret } from '../report/masking.ts';
import type { RetryPolicy } from '../net/retry.ts';
import { directTransport } from '../net/transport.ts';
import { appServiceUnreachable, explainAppServiceAnswer, oversized, type AppServiceContext } from './app-service-errors.ts';
import { TokenCache, expiryOf, identityOf, type Credential, type Token } from './credential.ts';
import { parseServiceUrl } from './service-endpoint.ts';

const APP_SERVICE_API_VERSION = '2019-08-01';
const CONNECT_TIMEOUT_MS = 3000;

/**
 * The query parameter that selects a user-assigned identity, by the input that gives it. Not
 * IMDS's names: the resource ID goes as `mi_res_id` (the endpoint ignores IMDS's `msi_res_id` and
 * would answer for the system-assigned identity). For the object ID, App Service's and Container
 * Apps' REST references name `principal_id` and document `object_id` as its alias; MSAL (msal-node
 * AppService.createRequest, MSAL.NET AppServiceManagedIdentitySource) sends `object_id`. We send
 * `object_id`: documented by both platforms, and the spelling every Azure SDK sends to them, so
 * the one their endpoints are known to honour in the field.
 */
const SELECTOR_PARAMS: Readonly<Record<UserAssignedIdentity['input'], string>> = {
  'client-id': 'client_id',
  'object-id': 'object_id',
  'identity-resource-id': 'mi_res_id',
};

/**
 * MSAL's retry policy for every managed-identity source but IMDS (DefaultManagedIdentityRetryPolicy
 * in msal-node, HttpRetryConditions.DefaultManagedIdentity in MSAL.NET): 404, 408, 429, 500, 503
 * and 504, at most 3 retries, each after 1 s or Retry-After when that is longer. A connection
 * that fails is not retried (msal-node retries none; the endpoint is local). Within timeout-seconds.
 */
const APP_SERVICE_RETRY: RetryPolicy = {
  statusCodes: [404, 408, 429, 500, 503, 504],
  errorCodes: [],
  maxAttempts: 4,
  delay: ({ retryAfterMs }) => Math.max(1000, retryAfterMs ?? 0),
};

/**
 * The platform's secret (IDENTITY_HEADER), masked raw and trimmed the moment the action sees it,
 * whichever source the run then uses; the trimmed value, empty when unset.
 */
export function maskPlatformSecret(env: NodeJS.ProcessEnv): string {
  const raw = env['IDENTITY_HEADER'] ?? '';
  maskSecret(raw);
  maskSecret(raw.trim());
  return raw.trim();
}

/** The identity endpoint from IDENTITY_ENDPOINT: see the module comment for what is accepted. */
export function parseIdentityEndpoint(value: string): URL {
  const url = parseServiceUrl('IDENTITY_ENDPOINT', value);
  if (url.username || url.password) throw new ActionError('IDENTITY_ENDPOINT must not carry a user name or password.');
  return url;
}

/** The credential of a container app or web app; fails before any request when its variables are missing or unusable. */
export function appServiceCredential(
  budget: Budget,
  userAssigned: UserAssignedIdentity | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Credential {
  // A secret from the moment it is read, in every form it could be printed in.
  const secret = maskPlatformSecret(env);
  const endpointText = env['IDENTITY_ENDPOINT']?.trim() ?? '';
  const missing = [endpointText ? '' : 'IDENTITY_ENDPOINT', secret ? '' : 'IDENTITY_HEADER'].filter(Boolean);
  if (missing.length) {
    throw new ActionError(
      `identity-source app-service needs IDENTITY_ENDPOINT and IDENTITY_HEADER, which Azure Container Apps and App Service set in an app with a managed identity; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. ` +
        'Enable an identity (az containerapp job identity assign, az webapp identity assign) and run the action in the app itself.',
    );
  }
  // What Node refuses in a header value (its own error would not say which variable is wrong).
  if (/[^\t\x20-\x7e\x80-\xff]/.test(secret)) {
    throw new ActionError('IDENTITY_HEADER holds characters that cannot be sent in an HTTP header: it is not the value the platform set.');
  }
  const endpoint = parseIdentityEndpoint(endpointText);
  const selector = userAssigned ? ([SELECTOR_PARAMS[userAssigned.input], userAssigned.value] as const) : undefined;
  const context: AppServiceContext = {
    where: `${endpoint.origin}${endpoint.pathname}`,
    identity: userAssigned,
    budget: budget.described(),
  };
  // Reached directly, never through a proxy, as IMDS is.
  const transport = directTransport(CONNECT_TIMEOUT_MS);
  const tokens = new TokenCache();

  const ask = async (url: URL): Promise<Exchange> => {
    try {
      return await send(transport, { url, method: 'GET', headers: { 'X-IDENTITY-HEADER': secret } }, APP_SERVICE_RETRY, budget);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw oversized(context);
      if (error instanceof NetworkFailure) throw appServiceUnreachable(error, context);
      throw error;
    }
  };

  const requestToken = async (audience: string): Promise<Token> => {
    const url = new URL(endpoint);
    url.searchParams.set('api-version', APP_SERVICE_API_VERSION);
    url.searchParams.set('resource', audience);
    if (selector) url.searchParams.set(...selector);
    const res = await ask(url);
    const body = parseJsonObject(res.body);
    const accessToken = body?.['access_token'];
    if (typeof accessToken === 'string' && accessToken !== '') maskSecret(accessToken);
    if (res.status !== 200) throw explainAppServiceAnswer(res, body, context);
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new ActionError(
        `The managed identity endpoint at ${context.where} answered 200 without an access_token: is IDENTITY_ENDPOINT the platform's identity endpoint?`,
      );
    }
    const expiresOn = expiryOf(body);
    core.debug(`App Service identity token: ${res.attempts} attempt(s), ${res.ms} ms, expires ${expiresOn.toISOString()}`);
    return { accessToken, expiresOn, ...identityOf(accessToken) };
  };

  const who = userAssigned ? `the user-assigned identity with ${userAssigned.input} ${userAssigned.value}` : 'the system-assigned identity';
  return {
    source: 'app-service',
    describe: () => `the container app's or web app's managed identity (${who}) from its identity endpoint at ${context.where}`,
    getToken: (audience) => tokens.get(audience, requestToken),
  };
}
