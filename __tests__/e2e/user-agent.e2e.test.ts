/**
 * End to end, the User-Agent: every request the action makes, to IMDS, ARM, Entra ID, GitHub's
 * token service and the data plane, names it (`cosmos-runner-identity/<version>`), followed by
 * AZURE_HTTP_USER_AGENT when the job sets one, as Azure's own tools send it.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { SEED, SEED_DATA, type Simulator } from '../../simulator/index.ts';
import { act, expectClean, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const PRODUCT = `${name}/${version}`;

/**
 * The User-Agent of every request the action sent, by service: not those the simulated Entra ID
 * itself sends the issuers for their OpenID configuration and keys.
 */
const agents = (): Array<[string, string]> =>
  sim.faults.requests
    .filter((r) => !/\/\.well-known\/|jwks|\/keys\b/i.test(r.path))
    .map((r) => [r.service, String(r.headers['user-agent'] ?? '')]);

describe('User-Agent', () => {
  it('names the action on every IMDS, ARM and data-plane request, AZURE_HTTP_USER_AGENT after it', async () => {
    const result = await act(
      sim,
      {
        'account-name': SEED.account,
        operation: 'listKeys',
        'client-id': sim.state.vm.userIdentities[0]!.clientId,
        'smoke-test': 'true',
        database: SEED_DATA.database,
        container: SEED_DATA.container,
      },
      { AZURE_HTTP_USER_AGENT: 'GITHUBACTIONS/AzureLogin@v2_0123456789abcdef\n::warning::x' },
    );
    expect(result.exitCode).toBe(0);
    const seen = agents();
    expect(new Set(seen.map(([service]) => service))).toEqual(new Set(['imds', 'arm', 'cosmos']));
    for (const [service, agent] of seen) {
      // The data plane's SDK puts its own product tokens around ours.
      expect([service, agent.includes(`${PRODUCT} GITHUBACTIONS/AzureLogin@v2_0123456789abcdef::warning::x`)]).toEqual([service, true]);
      if (service !== 'cosmos') expect(agent).toBe(`${PRODUCT} GITHUBACTIONS/AzureLogin@v2_0123456789abcdef::warning::x`);
    }
    expectClean(sim, result);
  });

  it('is the product token alone without AZURE_HTTP_USER_AGENT, on Entra ID and GitHub token requests too', async () => {
    const app = sim.state.entra.apps[1]!;
    const result = await act(
      sim,
      {
        'account-name': SEED.account,
        'subscription-id': SEED.subscriptionId,
        'resource-group': SEED.resourceGroup,
        'client-id': app.clientId,
        'tenant-id': sim.state.entra.tenantId,
      },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: sim.oidcRequestToken,
        AZURE_AUTHORITY_HOST: sim.entraUrl,
        AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
      },
    );
    expect(result.exitCode).toBe(0);
    const seen = agents();
    expect(new Set(seen.map(([service]) => service))).toEqual(new Set(['oidc', 'entra', 'arm']));
    for (const [service, agent] of seen) expect([service, agent]).toEqual([service, PRODUCT]);
  });
});
