/**
 * GitHub's OpenID Connect token (any runner, GitHub-hosted included): the job's ID token for the
 * audience input, from the runner's token service (core.getIDToken, through
 * ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN, which the runner sets only
 * with `permissions: id-token: write`), exchanged at Microsoft Entra ID for the app registration
 * or user-assigned identity of client-id in tenant-id. GitHub's token is asked for once and used
 * for every exchange while it is valid.
 */
import * as core from '@actions/core';
import type { Config } from '../config.ts';
import { ActionError } from '../errors.ts';
import type { Budget } from '../http.ts';
import { maskSecret } from '../masking.ts';
import { serverText } from '../sanitize.ts';
import type { Credential } from './credential.ts';
import { EntraTokenClient, authorityOf, claimsOf, federatedClientId, type FederatedApp } from './entra-token.ts';

/** GitHub's token is used again while it has this long left (Entra ID checks its expiry on each exchange). */
const REUSE_MARGIN_MS = 60_000;

const PERMISSION_FIX =
  'Add `permissions: { id-token: write, contents: read }` to the job (or the workflow) that runs this step. Pull requests from forks never get an ID token.';

/** GitHub's ID token for `audience`, within the run's budget; masked as soon as it arrives. */
async function githubToken(audience: string, budget: Budget): Promise<string> {
  let stop: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = (): void =>
      reject(
        new ActionError(
          `Timed out after ${budget.seconds} s (timeout-seconds) waiting for GitHub's OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL).`,
        ),
      );
    if (budget.signal.aborted) onAbort();
    budget.signal.addEventListener('abort', onAbort, { once: true });
    stop = () => budget.signal.removeEventListener('abort', onAbort);
  });
  try {
    const token = await Promise.race([core.getIDToken(audience), aborted]);
    maskSecret(token);
    return token;
  } catch (error) {
    if (error instanceof ActionError) throw error;
    // The toolkit's message carries the token service's status and, on failure, its answer: untrusted.
    const text = error instanceof Error ? error.message : '';
    const status = /Error Code\s*:\s*(\d{3})/.exec(text)?.[1];
    const said = serverText(text.replace(/^Error message:\s*/, ''), 200);
    const fix =
      status === '401' || status === '403'
        ? " The token service refused the job's request token: it is valid only inside its own job."
        : " Re-run the job; if it repeats, check the runner's network (HTTPS_PROXY) to the token service.";
    throw new ActionError(`Could not get GitHub's OIDC token for audience ${audience}${status ? ` (HTTP ${status})` : ''}: ${said}.${fix}`);
  } finally {
    stop?.();
  }
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
  maskSecret(env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
  const app: FederatedApp = {
    source: 'github-oidc',
    authority: authorityOf(env, config),
    tenant: { value: config.tenantId, from: 'the tenant-id input' },
    client,
  };
  let current: Promise<{ token: string; until: number }> | undefined;
  const assertion = async (): Promise<string> => {
    // A failure is the first caller's to report; those waiting with it share it.
    const held = current ? await current : undefined;
    if (held && held.until - Date.now() > REUSE_MARGIN_MS) return held.token;
    const pending = githubToken(config.audience, budget).then((token) => ({ token, until: claimsOf(token).expiresAt?.getTime() ?? 0 }));
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
