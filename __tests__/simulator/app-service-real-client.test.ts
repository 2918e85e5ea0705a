/**
 * The simulated Container Apps / App Service identity endpoint, checked by Azure's own client:
 * `ManagedIdentityCredential` (@azure/identity over MSAL's AppService source) with the variables
 * the platform sets, IDENTITY_ENDPOINT and IDENTITY_HEADER, pointed at the simulator. What MSAL
 * sends (api-version, header, selector names) is what the action sends, and what the simulator
 * answers (success and refusals) is what MSAL parses. Its own file: MSAL caches tokens and its
 * managed-identity source process-wide, so the IMDS suite (real-clients.test.ts) cannot share it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ManagedIdentityCredential } from '@azure/identity';
import { startSimulator, type Simulator } from '../../simulator/index.ts';
import type { Identity } from '../../simulator/state.ts';
import { MSAL_SOURCE_VARIABLES } from '../helpers/msal-env.ts';

/** The variables this test sets, and those that would send MSAL elsewhere: saved, cleared, and put back after. */
const VARIABLES = [...MSAL_SOURCE_VARIABLES, 'AZURE_POD_IDENTITY_AUTHORITY_HOST'];
const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]));

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
  for (const name of VARIABLES) delete process.env[name];
  process.env['IDENTITY_ENDPOINT'] = sim.appServiceUrl;
  process.env['IDENTITY_HEADER'] = sim.identityHeader;
});
beforeEach(() => sim.faults.clear());
afterAll(async () => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await sim.close();
});

function claimsOf(token: string): { aud: string; oid: string; appid: string } {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { aud: string; oid: string; appid: string };
}

const deployer = (): Identity => sim.state.vm.userIdentities[0]!;

describe('ManagedIdentityCredential (App Service source) against the simulated identity endpoint', () => {
  // MSAL caches tokens by identity and resource: each test asks for a pair no earlier test asked for.
  it('gets a system-assigned token as MSAL asks for it: GET, api-version 2019-08-01, X-IDENTITY-HEADER, resource without /.default', async () => {
    const token = await new ManagedIdentityCredential().getToken('https://management.azure.com/.default');
    expect(token.tokenType).toBe('Bearer');
    expect(claimsOf(token.token)).toMatchObject({ aud: 'https://management.azure.com', oid: sim.state.vm.systemIdentity!.principalId });
    // expires_on, a string of epoch seconds, read as the token's expiry.
    expect(Math.abs(token.expiresOnTimestamp - (Date.now() + sim.state.tokenLifetimeSeconds * 1000))).toBeLessThan(5000);
    const [request, ...more] = sim.faults.requests;
    expect(more).toEqual([]);
    expect(request).toMatchObject({ service: 'app-service', method: 'GET', path: '/msi/token', outcome: 200 });
    expect(Object.fromEntries(request!.query)).toEqual({ 'api-version': '2019-08-01', resource: 'https://management.azure.com' });
    expect(request!.headers['x-identity-header']).toBe(sim.identityHeader);
  });

  it.each([
    ['clientId', 'client_id', (i: Identity) => new ManagedIdentityCredential({ clientId: i.clientId }), (i: Identity) => i.clientId],
    ['objectId', 'object_id', (i: Identity) => new ManagedIdentityCredential({ objectId: i.principalId }), (i: Identity) => i.principalId],
    [
      'resourceId',
      'mi_res_id',
      (i: Identity) => new ManagedIdentityCredential({ resourceId: i.resourceId! }),
      (i: Identity) => i.resourceId,
    ],
  ])('gets a user-assigned token selected by %s, sent as %s (as the action sends it)', async (_, parameter, credential, value) => {
    const token = await credential(deployer()).getToken('https://cosmos.azure.com/.default');
    expect(claimsOf(token.token)).toMatchObject({
      aud: 'https://cosmos.azure.com',
      oid: deployer().principalId,
      appid: deployer().clientId,
    });
    expect(sim.faults.requests.map((r) => r.query.get(parameter))).toEqual([value(deployer())]);
  });

  it("fails with the endpoint's own words for an identity the app does not have, without retrying the 400", async () => {
    const unknown = new ManagedIdentityCredential({ clientId: '00000000-0000-4000-8000-000000000000' });
    await expect(unknown.getToken('https://management.azure.com/.default')).rejects.toThrow(/Unable to load the proper Managed Identity/);
    expect(sim.faults.requests.map((r) => r.outcome)).toEqual([400]);
  });

  // @azure/identity turns MSAL's own retries off (disableInternalRetries) and retries in its HTTP
  // pipeline instead (core-rest-pipeline: 3 retries, exponential from 1 s with jitter, so the first
  // can come after 0.5 s): the attempts compare with the action's (MSAL's policy), not the waits.
  it('gives up on a 500 that persists after 1 + 3 attempts, as many as the action makes', async () => {
    sim.faults.inject({
      service: 'app-service',
      path: '/msi/token',
      times: Infinity,
      action: { status: 500, body: { statusCode: 500, message: 'down' } },
    });
    await expect(new ManagedIdentityCredential().getToken('https://management.core.windows.net/.default')).rejects.toThrow(/down/);
    expect(sim.faults.requests.map((r) => r.outcome)).toEqual([500, 500, 500, 500]);
  });

  it('retries a 503, then gets the token', async () => {
    sim.faults.inject({ service: 'app-service', path: '/msi/token', action: { status: 503 } });
    const token = await new ManagedIdentityCredential({ clientId: deployer().clientId }).getToken(
      'https://management.core.windows.net/.default',
    );
    expect(claimsOf(token.token).oid).toBe(deployer().principalId);
    expect(sim.faults.requests.map((r) => r.outcome)).toEqual([503, 200]);
  });
});
