/**
 * The simulated Entra ID, checked by Azure's own client: `WorkloadIdentityCredential`
 * (@azure/identity, MSAL's confidential client with a client assertion read from the token file)
 * pointed at it by `authorityHost`, the test CA trusted through its pipeline's `agent` option.
 * MSAL reads the tenant's OpenID configuration, then posts the service account token; the token
 * it gets must be the simulator's for the identity, and the refusals Entra ID's own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WorkloadIdentityCredential } from '@azure/identity';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/index.ts';

let sim: Simulator;
let agent: Agent;
let dir: string;

beforeAll(async () => {
  sim = await startSimulator();
  agent = new Agent({ ca: sim.caCert });
  dir = mkdtempSync(join(tmpdir(), 'real-entra-'));
});
beforeEach(() => sim.reset());
afterAll(async () => {
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
  await sim.close();
});

const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

function credential(tokenFilePath: string, clientId = sim.state.entra.apps[0]!.clientId): WorkloadIdentityCredential {
  return new WorkloadIdentityCredential({
    tenantId: sim.state.entra.tenantId,
    clientId,
    tokenFilePath,
    authorityHost: sim.entraUrl,
    // Without it MSAL asks login.microsoftonline.com to validate the authority first.
    disableInstanceDiscovery: true,
    agent,
  });
}

describe('WorkloadIdentityCredential against the simulated Entra ID', () => {
  it('gets a token for the identity with the service account token, asking as MSAL does', async () => {
    const file = join(dir, 'token-ok');
    const assertion = sim.writeFederatedToken(file);
    const token = await credential(file).getToken('https://management.azure.com//.default');
    const identity = sim.state.entra.apps[0]!;
    expect(claimsOf(token.token)).toMatchObject({
      aud: 'https://management.azure.com/',
      oid: identity.principalId,
      appid: identity.clientId,
    });
    expect(Math.abs(token.expiresOnTimestamp - (Date.now() + 3599_000))).toBeLessThan(10_000);
    expect(sim.entraExchanges).toEqual([
      {
        tenant: sim.state.entra.tenantId,
        clientId: identity.clientId,
        scope: 'https://management.azure.com//.default',
        assertion,
        status: 200,
        code: undefined,
      },
    ]);
    // Every request went to the simulator: the tenant's OpenID configuration, then the token endpoint.
    const entra = sim.faults.requests.filter((r) => r.service === 'entra').map((r) => `${r.method} ${r.path}`);
    expect(entra).toEqual([
      `GET /${sim.state.entra.tenantId}/v2.0/.well-known/openid-configuration`,
      `POST /${sim.state.entra.tenantId}/oauth2/v2.0/token`,
    ]);
  });

  it("refuses as Entra ID does, and the SDK reads Entra ID's error: AADSTS700213 for an untrusted subject", async () => {
    const file = join(dir, 'token-other');
    sim.writeFederatedToken(file, { subject: 'system:serviceaccount:ci:other' });
    await expect(credential(file).getToken('https://cosmos.azure.com/.default')).rejects.toThrow(
      /AADSTS700213: No matching federated identity record found for presented assertion subject 'system:serviceaccount:ci:other'/,
    );
  });

  it('AADSTS700016 for an unknown client', async () => {
    const file = join(dir, 'token-client');
    sim.writeFederatedToken(file);
    await expect(credential(file, '00000000-0000-0000-0000-00000000000e').getToken('https://cosmos.azure.com/.default')).rejects.toThrow(
      /AADSTS700016: Application with identifier '00000000-0000-0000-0000-00000000000e' was not found/,
    );
  });
});
