/**
 * GitHub's OpenID Connect token (any runner, GitHub-hosted included): the job's ID token for the
 * audience input, from the runner's token service (as core.getIDToken asks it, through
 * ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN, which the runner sets only
 * with `permissions: id-token: write`), exchanged at Microsoft Entra ID for the app registration
 * or user-assigned identity of client-id in tenant-id. GitHub's token is asked for once and used
 * for every exchange while it is valid.
 */
import * as core from '@actions/core';
import type { Config } from '../inputs/config.ts';
import { ActionError } from '../report/errors.ts';
import { BodyTooLarge, NetworkFailure, parseJsonObject, send, type Exchange } from '../net/http.ts';
import type { Budget } from '../net/budget.ts';
import { maskSecret } from '../report/masking.ts';
import { serverText } from '../report/sanitize.ts';
import type { Credential } from './credential.ts';
import { armTransport } from '../net/transport.ts';
import { ENTRA_RETRY, EntraTokenClient } from './entra-token.ts';
import { authorityOf, claimsOf, cloudOfAuthority, federatedClientId, type FederatedApp } from './federated-app.ts';

/** GitHub's token is used again while it has this long left (Entra ID checks its expiry on each exchange). */
const REUSE_MARGIN_MS = 60_000;

const PERMISSION_FIX =
  'Add `permissions: { id-token: write, contents: read }` to the job (or the workflow) that runs this step. Pull requests from forks never get an ID token.';

/**
 * GitHub's ID token for `audience`, asked of the runner's token service as the toolkit's
 * core.getIDToken asks (`<ACTIONS_ID_TOKEN_REQUEST_URL>&audience=…`, the request token as bearer)
 * but through the action's own HTTP layer: bounded by timeout-seconds and cancelled with it (the
 * toolkit's request has no timeout and would keep the step alive), through HTTPS_PROXY, never
 * following a redirect with the request token. Masked as soon as it arrives.
 */
async function githubToken(requestUrl: string, requestToken: string, audience: string, budget: Budget): Promise<string> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new ActionError('ACTIONS_ID_TOKEN_REQUEST_URL is set but is not a URL.');
  }
  url.searchParams.set('audience', audience);
  let res: Exchange;
  try {
    res = await send(
      armTransport(url.origin, "GitHub's token service"),
      { url, method: 'GET', headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json; api-version=2.0' } },
      ENTRA_RETRY,
      budget,
    );
  } catch (error) {
    if (error instanceof NetworkFailure) {
      if (error.timedOut) {
        throw new ActionError(
          `Timed out after ${budget.described()} waiting for GitHub's OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL) at ${url.host}.`,
        );
      }
      throw new ActionError(
        `Could not reach GitHub's token service at ${url.host} (${error.code}) for the OIDC token: check the runner's network and HTTPS_PROXY/NO_PROXY.`,
      );
    }
    if (error instanceof BodyTooLarge) throw new ActionError(`GitHub's token service answered with over 1 MiB; is ${url.host} really it?`);
    throw error;
  }
  const json = parseJsonObject(res.body);
  const token = json?.['value'];
  if (typeof token === 'string' && token !== '') maskSecret(token);
  if (res.status !== 200 || typeof token !== 'string' || token === '') {
    const fix =
      res.status === 401 || res.status === 403
        ? " The token service refused the job's request token: it is valid only inside its own job."
        : " Re-run the job; if it repeats, check the runner's network (HTTPS_PROXY) to the token service.";
    const what = res.status === 200 ? 'answered 200 without a token' : `answered ${res.status}`;
    throw new ActionError(
      `Could not get GitHub's OIDC token for audience ${serverText(audience, 200)}: the token service at ${url.host} ${what}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''}.${fix}`,
    );
  }
  core.debug(`GitHub OIDC token: ${res.attempts} attempt(s), ${res.ms} ms`);
  return token;
}

export function githubOidcCredential(config: Config, budget: Budget, env: NodeJS.ProcessEnv = process.env): Credential {
  if (!config.tenantId) {
    throw new ActionError(
      'Identity source github-oidc needs tenant-id: the tenant of the app registration or user-assigned identity to sign in as.',
    );
  }
  const client = federatedClientId(config, 'github-oidc');
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
    throw new ActionError(
      `Identity source github-oidc needs the job's OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job may not ask for one. ${PERMISSION_FIX}`,
    );
  }
  // The runner's credential for its token service: registered again here, belt and braces.
  const requestUrl = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  const requestToken = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  maskSecret(requestToken);
  const authority = authorityOf(env, config);
  const app: FederatedApp = {
    source: 'github-oidc',
    authority,
    cloud: cloudOfAuthority(config, authority),
    tenant: { value: config.tenantId, from: 'the tenant-id input' },
    client,
  };
  let current: Promise<{ token: string; until: number }> | undefined;
  const assertion = async (): Promise<string> => {
    // A failure is the first caller's to report; those waiting with it share it.
    const held = current ? await current : undefined;
    if (held && held.until - Date.now() > REUSE_MARGIN_MS) return held.token;
    const pending = githubToken(requestUrl, requestToken, config.audience, budget).then((token) => ({
      token,
      until: claimsOf(token).expiresAt?.getTime() ?? 0,
    }));
    current = pending;
    return (await pending).token;
  };
  const entra = new EntraTokenClient(app, assertion, budget);
  return {
    source: 'github-oidc',
    describe: () =>
      `GitHub's OIDC token (audience ${config.audience}) exchanged at Microsoft Entra ID (${app.authority.host}) for client ID ${client.value} in tenant ${app.tenant.value}`,
    getToken: (audience) => entra.getToken(audience),
  };
}
