/**
 * The simulated Entra ID, checked by Azure's own client: `WorkloadIdentityCredential`
 * (@azure/identity, MSAL's confidential client with a client assertion read from the token file)
 * pointed at it by `authorityHost`, the test CA trusted through its pipeline's `agent` option.
 * MSAL reads the tenant's OpenID configuration, then posts the service account token; the token
 * it gets must be the simulator's for the identity, and the refusals Entra ID's own. With
 * `enableAzureProxy` (AKS identity bindings) the same credential reads AZURE_KUBERNETES_TOKEN_PROXY,
 * _SNI_NAME and _CA_FILE / _CA_DATA and sends every request to the simulated token proxy instead,
 * with its CA and SNI name, under the proxy's path.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WorkloadIdentityCredential } from '@azure/identity';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type SimulatedTokenProxy, type Simulator } from '../../simulator/index.ts';

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

/** Construct a credential with these AKS token proxy variables in the environment, which it reads then; the environment is put back. */
function withProxyEnv<T>(vars: Record<string, string>, make: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return make();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

function proxiedCredential(tokenFilePath: string, vars: Record<string, string>): WorkloadIdentityCredential {
  return withProxyEnv(
    vars,
    () =>
      new WorkloadIdentityCredential({
        tenantId: sim.state.entra.tenantId,
        clientId: sim.state.entra.apps[0]!.clientId,
        tokenFilePath,
        authorityHost: sim.entraUrl,
        disableInstanceDiscovery: true,
        enableAzureProxy: true,
      }),
  );
}

describe('WorkloadIdentityCredential with enableAzureProxy against the simulated AKS token proxy', () => {
  let proxy: SimulatedTokenProxy;
  beforeAll(async () => {
    proxy = await sim.tokenProxy();
  });
  const proxyVars = (): Record<string, string> => ({
    AZURE_KUBERNETES_TOKEN_PROXY: proxy.url,
    AZURE_KUBERNETES_SNI_NAME: proxy.sniName,
  });
  const tenant = (): string => sim.state.entra.tenantId;

  it('sends every request to the proxy, under its path, with its CA (file) and SNI name, and gets the token', async () => {
    const file = join(dir, 'token-proxy');
    sim.writeFederatedToken(file);
    const token = await proxiedCredential(file, { ...proxyVars(), AZURE_KUBERNETES_CA_FILE: proxy.caFile }).getToken(
      'https://management.azure.com//.default',
    );
    expect(claimsOf(token.token)).toMatchObject({ aud: 'https://management.azure.com/', oid: sim.state.entra.apps[0]!.principalId });
    expect(sim.faults.requests.filter((r) => r.service === 'entra')).toEqual([]);
    expect(sim.faults.requests.filter((r) => r.service === 'token-proxy').map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /identity-binding/${tenant()}/v2.0/.well-known/openid-configuration`,
      `POST /identity-binding/${tenant()}/oauth2/v2.0/token`,
    ]);
    expect(new Set(proxy.servernames)).toEqual(new Set([proxy.sniName]));
    expect(sim.entraExchanges.map((e) => e.status)).toEqual([200]);
  });

  it('takes the CA from AZURE_KUBERNETES_CA_DATA as well', async () => {
    const file = join(dir, 'token-proxy-data');
    sim.writeFederatedToken(file);
    await proxiedCredential(file, { ...proxyVars(), AZURE_KUBERNETES_CA_DATA: proxy.caCert }).getToken('https://cosmos.azure.com/.default');
    expect(sim.faults.count('token-proxy', '/oauth2/v2.0/token')).toBe(1);
  });

  it('without the SNI name the proxy is not reached: its certificate is for that name, not the address', async () => {
    const file = join(dir, 'token-proxy-nosni');
    sim.writeFederatedToken(file);
    const credential = proxiedCredential(file, {
      AZURE_KUBERNETES_TOKEN_PROXY: proxy.url,
      AZURE_KUBERNETES_CA_FILE: proxy.caFile,
    });
    await expect(credential.getToken('https://cosmos.azure.com/.default')).rejects.toThrow();
    expect(sim.entraExchanges).toEqual([]);
  });

  it('refuses the combinations the action refuses: SNI name without the proxy, both CA sources', () => {
    const file = join(dir, 'token-proxy-refused');
    expect(() => proxiedCredential(file, { AZURE_KUBERNETES_SNI_NAME: proxy.sniName })).toThrow(
      /AZURE_KUBERNETES_TOKEN_PROXY is not set but other custom endpoint-related environment variables are present/,
    );
    expect(() =>
      proxiedCredential(file, {
        ...proxyVars(),
        AZURE_KUBERNETES_CA_FILE: proxy.caFile,
        AZURE_KUBERNETES_CA_DATA: proxy.caCert,
      }),
    ).toThrow(/mutually exclusive/);
  });
});

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
