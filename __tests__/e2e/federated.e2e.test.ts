/**
 * End to end, the sources that exchange a federated token at Microsoft Entra ID: workload-identity
 * (AKS with Azure Workload Identity: the service account token in AZURE_FEDERATED_TOKEN_FILE) and
 * github-oidc (GitHub's OIDC token, through ACTIONS_ID_TOKEN_REQUEST_URL). The simulated Entra ID
 * checks each assertion against the app's federated credentials, the issuer's published keys and
 * its time range, and refuses with Entra ID's own AADSTS answers.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_READER, SEED, type SimulatedTokenProxy, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator, type Result } from '../helpers/run.ts';

let sim: Simulator;
let dir: string;
let tokenFile: string;
useSimulator((started) => (sim = started));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'federated-'));
  tokenFile = join(dir, 'azure-identity-token');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deployer = () => sim.state.entra.apps[0]!;
const githubApp = () => sim.state.entra.apps[1]!;
const target = () => ({ 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup });

/** What the Azure Workload Identity webhook sets in the runner's pod (no IMDS here: its variable is cleared). */
const podEnv = (): Record<string, string> => ({
  AZURE_FEDERATED_TOKEN_FILE: tokenFile,
  AZURE_CLIENT_ID: deployer().clientId,
  AZURE_TENANT_ID: sim.state.entra.tenantId,
  AZURE_AUTHORITY_HOST: sim.entraUrl,
  AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
});

/** A GitHub job with `permissions: id-token: write`, Entra ID pointed at the simulator. */
const jobEnv = (): Record<string, string> => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: sim.oidcRequestToken,
  AZURE_AUTHORITY_HOST: sim.entraUrl,
  AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
});
const githubInputs = () => ({ ...target(), 'client-id': githubApp().clientId, 'tenant-id': sim.state.entra.tenantId });

/** The `aud` of each access token Entra ID issued to the run. */
const audiences = (result: Result): string[] =>
  result.tokens
    .map((t) => (JSON.parse(Buffer.from(t.split('.')[1] ?? '', 'base64url').toString()) as { aud?: string }).aud ?? '')
    .filter(Boolean);

describe('workload-identity (AKS)', () => {
  it('exchanges the service account token for the identity, picked by auto, and fetches the keys', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(sim, { ...target(), operation: 'listKeys' }, podEnv());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'Identity source: workload-identity (identity-source auto: AZURE_FEDERATED_TOKEN_FILE is set (Azure Workload Identity))',
    );
    expect(result.outputs['primary-key']).toBe(seededAccount(sim).primaryMasterKey);
    expect(result.outputs['principal-id']).toBe(deployer().principalId);
    expect(result.outputs['identity-source']).toBe('workload-identity');
    const [exchange, ...more] = sim.entraExchanges;
    expect(more).toEqual([]);
    expect(exchange).toMatchObject({
      tenant: sim.state.entra.tenantId,
      clientId: deployer().clientId,
      scope: `${sim.armUrl}//.default`,
      status: 200,
    });
    expect(sim.faults.requests.filter((r) => r.service === 'imds')).toEqual([]);
    expect(result.masks).toContain(exchange!.assertion);
    expectClean(sim, result);
  });

  it('keyless: the data-plane token comes from the same source, for the cloud Cosmos audience', async () => {
    sim.writeFederatedToken(tokenFile);
    sim.state.dataPlaneAssignments.push({ principalId: deployer().principalId, roleDefinitionId: DATA_READER, accountName: SEED.account });
    const result = await act(sim, { ...target(), auth: 'entra', 'smoke-test': 'true' }, podEnv());
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(result.outputs['primary-key']).toBeUndefined();
    expect(sim.entraExchanges.map((e) => e.scope).sort()).toEqual([`${sim.armUrl}//.default`, 'https://cosmos.azure.com/.default']);
    expect(audiences(result).sort()).toEqual(['https://cosmos.azure.com', `${sim.armUrl}/`].sort());
    expectClean(sim, result);
  });

  it('reads the token file afresh for each token: the kubelet rotates it', async () => {
    const first = sim.writeFederatedToken(tokenFile);
    const written = [first];
    // Tokens that expire within the refresh margin: each use of the data-plane token asks again.
    sim.state.tokenLifetimeSeconds = 120;
    sim.afterEntraExchange = () => void written.push(sim.writeFederatedToken(tokenFile));
    sim.state.dataPlaneAssignments.push({ principalId: deployer().principalId, roleDefinitionId: DATA_READER, accountName: SEED.account });
    const result = await act(sim, { ...target(), auth: 'entra', 'smoke-test': 'true' }, podEnv());
    expect(result.exitCode).toBe(0);
    const presented = sim.entraExchanges.map((e) => e.assertion);
    expect(presented.length).toBeGreaterThanOrEqual(3);
    // The first two (ARM's and the data plane's tokens, asked at once) read the first file; later ones a rotated one.
    expect(presented.slice(0, 2)).toEqual([first, first]);
    expect(presented[2]).not.toBe(first);
    expect(written).toContain(presented[2]);
    expect(new Set(presented).size).toBeGreaterThanOrEqual(2);
    for (const assertion of presented) expect(result.masks).toContain(assertion);
    expectClean(sim, result);
  });

  it('the client-id and tenant-id inputs override the webhook variables', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(
      sim,
      { ...target(), 'client-id': deployer().clientId, 'tenant-id': sim.state.entra.tenantId },
      { ...podEnv(), AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000000a', AZURE_TENANT_ID: 'other.onmicrosoft.com' },
    );
    expect(result.exitCode).toBe(0);
    expect(sim.entraExchanges[0]).toMatchObject({ clientId: deployer().clientId, tenant: sim.state.entra.tenantId });
  });

  it('names the issuer and subject the token presents, and the commands, when no federated credential matches (AADSTS700213)', async () => {
    sim.writeFederatedToken(tokenFile, { subject: 'system:serviceaccount:ci:other-runner' });
    const result = await act(sim, target(), podEnv());
    expect(result.exitCode).toBe(1);
    const error = errorLine(result);
    expect(error).toContain('(AADSTS700213)');
    expect(error).toContain(
      `issuer '${sim.issuers.aks.url}', subject 'system:serviceaccount:ci:other-runner', audience 'api://AzureADTokenExchange'`,
    );
    expect(error).toContain(
      `az identity federated-credential create --name system-serviceaccount-ci-other-runner --identity-name <identity> --resource-group <group> --issuer '${sim.issuers.aks.url}' --subject 'system:serviceaccount:ci:other-runner' --audiences 'api://AzureADTokenExchange'`,
    );
    expect(error).toContain(
      `az ad app federated-credential create --id ${deployer().clientId} --parameters '{"name":"system-serviceaccount-ci-other-runner"`,
    );
    expect(error).toMatch(/Entra trace ID [0-9a-f-]{36}, correlation ID [0-9a-f-]{36}/);
    expect(sim.entraExchanges.map((e) => e.code)).toEqual([700213]);
    expectClean(sim, result);
  });

  it('AADSTS70021: a token from an issuer no federated credential names', async () => {
    sim.writeFederatedToken(tokenFile);
    deployer().federatedCredentials = [];
    const result = await act(sim, target(), podEnv());
    expect(errorLine(result)).toContain(
      `(AADSTS70021): issuer '${sim.issuers.aks.url}', subject 'system:serviceaccount:arc-runners:arc-runner'`,
    );
    expectClean(sim, result);
  });

  it('AADSTS700016: an unknown client ID', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(sim, target(), { ...podEnv(), AZURE_CLIENT_ID: '00000000-0000-0000-0000-00000000000b' });
    expect(errorLine(result)).toContain(
      `has no application or identity with client ID 00000000-0000-0000-0000-00000000000b in tenant ${sim.state.entra.tenantId} (AADSTS700016). Check AZURE_CLIENT_ID`,
    );
    expectClean(sim, result);
  });

  it('AADSTS90002: an unknown tenant', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(sim, target(), { ...podEnv(), AZURE_TENANT_ID: '00000000-0000-0000-0000-00000000000c' });
    expect(errorLine(result)).toContain('does not know tenant 00000000-0000-0000-0000-00000000000c (AADSTS90002). Check AZURE_TENANT_ID');
    expectClean(sim, result);
  });

  it('AADSTS700024: an expired service account token, with its expiry', async () => {
    sim.writeFederatedToken(tokenFile, { lifetimeSeconds: -3600 });
    const result = await act(sim, target(), podEnv());
    expect(errorLine(result)).toMatch(
      /outside its valid time range \(AADSTS700024\), which expires at \d{4}-\d\d-\d\dT[\d:.]+Z\. The kubelet refreshes/,
    );
    expectClean(sim, result);
  });

  it('an unreadable token file fails before any request', async () => {
    const result = await act(sim, target(), podEnv());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      `The service account token in AZURE_FEDERATED_TOKEN_FILE (${tokenFile}) could not be read (ENOENT)`,
    );
    expect(sim.faults.requests).toEqual([]);
  });

  it('without subscription-id fails before any request: no instance metadata off VMs', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(sim, { 'account-name': SEED.account }, podEnv());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      'Instance metadata exists only on Azure VMs, scale sets and Arc machines, not with identity source workload-identity',
    );
    expect(sim.faults.requests).toEqual([]);
    expect(sim.entraExchanges).toEqual([]);
  });

  it('retries Entra ID 503 as @azure/identity does, then succeeds', async () => {
    sim.writeFederatedToken(tokenFile);
    sim.faults.inject({ service: 'entra', path: '/token', action: { status: 503, headers: { 'retry-after': '0' } } });
    const result = await act(sim, target(), podEnv());
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('entra', '/token')).toBe(2);
  });

  it('gives up after 4 attempts on a 503 that persists', async () => {
    sim.writeFederatedToken(tokenFile);
    sim.faults.inject({ service: 'entra', path: '/token', times: Infinity, action: { status: 503, headers: { 'retry-after': '0' } } });
    const result = await act(sim, target(), podEnv());
    expect(errorLine(result)).toContain('Microsoft Entra ID answered 503 after 4 attempts to the token request');
    expect(sim.faults.count('entra', '/token')).toBe(4);
  });
});

describe('workload-identity through the AKS token proxy (identity bindings)', () => {
  let proxy: SimulatedTokenProxy;
  beforeAll(async () => {
    proxy = await sim.tokenProxy();
  });
  /** What the webhook adds for a pod annotated azure.workload.identity/use-identity-binding: "true". */
  const bindingEnv = (ca: Record<string, string> = { AZURE_KUBERNETES_CA_FILE: proxy.caFile }): Record<string, string> => ({
    ...podEnv(),
    AZURE_KUBERNETES_TOKEN_PROXY: proxy.url,
    AZURE_KUBERNETES_SNI_NAME: proxy.sniName,
    ...ca,
  });
  const tenant = () => sim.state.entra.tenantId;

  it('sends the token request to the proxy, under its path, with its CA and SNI name; never to Entra ID itself', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(sim, { ...target(), operation: 'listKeys' }, bindingEnv());
    expect(result.exitCode).toBe(0);
    expect(result.outputs['primary-key']).toBe(seededAccount(sim).primaryMasterKey);
    expect(result.stdout).toMatch(
      /Microsoft Entra ID is reached through the AKS token proxy at 127\.0\.0\.1:\d+ \(AZURE_KUBERNETES_TOKEN_PROXY\), directly, SNI name token-proxy\.aks\.sim\.test, trusting the CA in AZURE_KUBERNETES_CA_FILE\./,
    );
    expect(sim.faults.requests.filter((r) => r.service === 'token-proxy').map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /identity-binding/${tenant()}/oauth2/v2.0/token`,
    ]);
    expect(sim.faults.requests.filter((r) => r.service === 'entra')).toEqual([]);
    expect(new Set(proxy.servernames)).toEqual(new Set([proxy.sniName]));
    expect(sim.entraExchanges).toMatchObject([{ clientId: deployer().clientId, status: 200 }]);
    expectClean(sim, result);
  });

  it('takes the CA from AZURE_KUBERNETES_CA_DATA', async () => {
    sim.writeFederatedToken(tokenFile);
    const result = await act(sim, target(), bindingEnv({ AZURE_KUBERNETES_CA_DATA: proxy.caCert }));
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('token-proxy', '/oauth2/v2.0/token')).toBe(1);
  });

  it("reads the CA file again for every token: the cluster's CA rotates between two of them", async () => {
    sim.writeFederatedToken(tokenFile);
    sim.afterEntraExchange = () => proxy.rotateCa();
    sim.state.dataPlaneAssignments.push({ principalId: deployer().principalId, roleDefinitionId: DATA_READER, accountName: SEED.account });
    // Tokens that expire within the refresh margin: each use of the data-plane token asks again, after a rotation.
    sim.state.tokenLifetimeSeconds = 120;
    const result = await act(sim, { ...target(), auth: 'entra', 'smoke-test': 'true' }, bindingEnv());
    expect(result.exitCode).toBe(0);
    expect(sim.entraExchanges.length).toBeGreaterThanOrEqual(3);
    expect(sim.entraExchanges.every((e) => e.status === 200)).toBe(true);
  });

  it('without the SNI name TLS verification fails, and the message leads with the variables to check', async () => {
    sim.writeFederatedToken(tokenFile);
    const env = bindingEnv();
    delete env['AZURE_KUBERNETES_SNI_NAME'];
    const result = await act(sim, target(), env);
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(
      /^::error::Check AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA .* and AZURE_KUBERNETES_SNI_NAME .*: TLS verification failed: could not reach Microsoft Entra ID through the AKS token proxy at 127\.0\.0\.1:\d+ \(AZURE_KUBERNETES_TOKEN_PROXY\) \(ERR_TLS_CERT_ALTNAME_INVALID\)/,
    );
    expect(sim.entraExchanges).toEqual([]);
    expectClean(sim, result);
  });

  it('refuses, before any request, an SNI name without the proxy, both CA sources, and a proxy that is not https', async () => {
    sim.writeFederatedToken(tokenFile);
    const stray = await act(sim, target(), { ...podEnv(), AZURE_KUBERNETES_SNI_NAME: proxy.sniName });
    expect(errorLine(stray)).toContain('Set AZURE_KUBERNETES_TOKEN_PROXY too, or unset AZURE_KUBERNETES_SNI_NAME');
    const both = await act(sim, target(), bindingEnv({ AZURE_KUBERNETES_CA_FILE: proxy.caFile, AZURE_KUBERNETES_CA_DATA: proxy.caCert }));
    expect(errorLine(both)).toContain('Unset AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA');
    const plain = await act(sim, target(), {
      ...bindingEnv(),
      AZURE_KUBERNETES_TOKEN_PROXY: proxy.url.replace('https:', 'http:'),
    });
    expect(errorLine(plain)).toContain('Set AZURE_KUBERNETES_TOKEN_PROXY to an https URL');
    expect(sim.faults.requests).toEqual([]);
    expect(proxy.servernames).toEqual([]);
  });
});

describe('github-oidc', () => {
  it("exchanges GitHub's OIDC token for the app, picked by auto from tenant-id, and fetches the keys", async () => {
    const result = await act(sim, githubInputs(), jobEnv());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'Identity source: github-oidc (identity-source auto: the tenant-id input is given and the job can get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is set))',
    );
    expect(result.outputs['primary-readonly-key']).toBe(seededAccount(sim).primaryReadonlyMasterKey);
    expect(result.outputs['principal-id']).toBe(githubApp().principalId);
    expect(result.outputs['identity-source']).toBe('github-oidc');
    expect(result.summary).toContain('<td>federated identity credential, from github-oidc</td>');
    const [request, ...others] = sim.faults.requests.filter((r) => r.service === 'oidc' && r.path.endsWith('/idtoken'));
    expect(others).toEqual([]);
    expect(request!.query.get('audience')).toBe('api://AzureADTokenExchange');
    expect(request!.headers['authorization']).toBe(`Bearer ${sim.oidcRequestToken}`);
    const [exchange] = sim.entraExchanges;
    expect(exchange).toMatchObject({ clientId: githubApp().clientId, status: 200 });
    expect(JSON.parse(Buffer.from(exchange!.assertion.split('.')[1]!, 'base64url').toString())).toMatchObject({
      iss: sim.issuers.github.url,
      sub: 'repo:contoso/deploy:ref:refs/heads/main',
      aud: 'api://AzureADTokenExchange',
    });
    expect(result.masks).toContain(exchange!.assertion);
    expectClean(sim, result);
  });

  it("keyless: one GitHub token for both of the run's Entra ID tokens", async () => {
    sim.state.dataPlaneAssignments.push({ principalId: githubApp().principalId, roleDefinitionId: DATA_READER, accountName: SEED.account });
    const result = await act(sim, { ...githubInputs(), auth: 'entra', 'smoke-test': 'true' }, jobEnv());
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(sim.faults.count('oidc', '/idtoken')).toBe(1);
    expect(sim.entraExchanges.map((e) => e.scope).sort()).toEqual([`${sim.armUrl}//.default`, 'https://cosmos.azure.com/.default']);
    expect(audiences(result).filter((a) => a.includes('cosmos'))).toEqual(['https://cosmos.azure.com']);
    expectClean(sim, result);
  });

  it('a job in an environment presents its environment subject, and the message says how to trust it', async () => {
    sim.state.github.environment = 'prod';
    const result = await act(sim, githubInputs(), jobEnv());
    expect(result.exitCode).toBe(1);
    const error = errorLine(result);
    expect(error).toContain(
      `(AADSTS700213): issuer '${sim.issuers.github.url}', subject 'repo:contoso/deploy:environment:prod', audience 'api://AzureADTokenExchange'`,
    );
    expect(error).toContain(
      `az ad app federated-credential create --id ${githubApp().clientId} --parameters '{"name":"repo-contoso-deploy-environment-prod","issuer":"${sim.issuers.github.url}","subject":"repo:contoso/deploy:environment:prod","audiences":["api://AzureADTokenExchange"]}'`,
    );
    expect(error).toContain('GitHub makes the subject from the repository and the job');
    expectClean(sim, result);
  });

  it('a branch name shaped like a key is printed exactly, so the command it gives does match', async () => {
    sim.state.github.ref = 'refs/heads/feature/JIRA1234/AddCosmosDB2Support';
    const result = await act(sim, githubInputs(), jobEnv());
    expect(result.exitCode).toBe(1);
    const subject = 'repo:contoso/deploy:ref:refs/heads/feature/JIRA1234/AddCosmosDB2Support';
    expect(errorLine(result)).toContain(`subject '${subject}'`);
    expect(errorLine(result)).toContain(`--subject '${subject}'`);
    expect(errorLine(result)).not.toContain('[redacted]');
  });

  it("GitHub's token service hanging: the step ends at timeout-seconds, not at the job's timeout", async () => {
    sim.faults.inject({ service: 'oidc', times: Infinity, action: { hang: true } });
    const result = await act(sim, { ...githubInputs(), 'timeout-seconds': '2' }, jobEnv());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("Timed out after 2 s (timeout-seconds) waiting for GitHub's OIDC token");
    expect(result.ms).toBeLessThan(6000);
  });

  it('AADSTS7002138: a subject that matches only case-insensitively', async () => {
    sim.state.github.repository = 'Contoso/Deploy';
    const result = await act(sim, githubInputs(), jobEnv());
    expect(errorLine(result)).toContain('(AADSTS7002138)');
    expect(errorLine(result)).toContain('compares it case-sensitively');
  });

  it('AADSTS700212: an audience input the federated credential does not expect (public cloud: no sovereign advice)', async () => {
    const result = await act(sim, { ...githubInputs(), audience: 'api://Other' }, jobEnv());
    expect(errorLine(result)).toContain("(AADSTS700212): issuer '");
    expect(errorLine(result)).toContain("audience 'api://Other'");
    expect(errorLine(result)).not.toContain('Set the audience input');
    expect(sim.entraExchanges.map((e) => e.code)).toEqual([700212]);
    expect(sim.faults.requests.find((r) => r.path.endsWith('/idtoken'))!.query.get('audience')).toBe('api://Other');
  });

  it.each([
    ['AzureUSGovernment', 'api://AzureADTokenExchangeUSGov'],
    ['AzureChinaCloud', 'api://AzureADTokenExchangeChina'],
  ])(
    "AADSTS700212 in %s, the credential made for the cloud's own audience: the message leads with the audience input to set",
    async (cloud, own) => {
      const [credential, ...others] = githubApp().federatedCredentials;
      githubApp().federatedCredentials = [{ ...credential!, audiences: [own] }, ...others];
      const result = await act(sim, { ...githubInputs(), cloud }, jobEnv());
      expect(result.exitCode).toBe(1);
      expect(sim.entraExchanges.map((e) => e.code)).toEqual([700212]);
      const [first, ...details] = errorLine(result)
        .replace(/^::error::/, '')
        .split('%0A');
      expect(first).toBe(
        `Set the audience input to ${own}, ${cloud}'s own token exchange audience, or add 'api://AzureADTokenExchange' to the federated credential's audiences: ` +
          `Microsoft Entra ID has no federated credential on client ID ${githubApp().clientId} for the audience GitHub's token carries (AADSTS700212).`,
      );
      expect(details.join('\n')).toContain(`audience 'api://AzureADTokenExchange'`);
      expect(details.join('\n')).toContain('az ad app federated-credential create');
      expectClean(sim, result);

      // With the audience input set to the cloud's own, the same credential matches.
      sim.entraExchanges.length = 0;
      const fixed = await act(sim, { ...githubInputs(), cloud, audience: own }, jobEnv());
      expect(fixed.exitCode).toBe(0);
      expect(sim.entraExchanges.map((e) => e.status)).toEqual([200]);
    },
  );

  it('AADSTS700016 and AADSTS90002 name the inputs to check', async () => {
    const client = await act(sim, { ...githubInputs(), 'client-id': '00000000-0000-0000-0000-00000000000d' }, jobEnv());
    expect(errorLine(client)).toContain('(AADSTS700016). Check the client-id input');
    const tenant = await act(sim, { ...githubInputs(), 'tenant-id': 'fabrikam.onmicrosoft.com' }, jobEnv());
    expect(errorLine(tenant)).toContain('does not know tenant fabrikam.onmicrosoft.com (AADSTS90002). Check the tenant-id input');
    expectClean(sim, tenant);
  });

  it('without id-token permission fails before any request, naming the permissions block, after its Identity source line', async () => {
    // identity-source github-oidc: with auto, a job that cannot get an OIDC token keeps the usual order (tenant-id is a guard).
    const result = await act(sim, { ...githubInputs(), 'identity-source': 'github-oidc' }, { AZURE_AUTHORITY_HOST: sim.entraUrl });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Identity source: github-oidc (the identity-source input).');
    expect(errorLine(result)).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is not set');
    expect(errorLine(result)).toContain('permissions: { id-token: write, contents: read }');
    expect(sim.faults.requests).toEqual([]);
  });

  it('a refused request token is explained, without the token', async () => {
    const result = await act(sim, githubInputs(), { ...jobEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'stale-request-token-of-another-job' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(
      /Could not get GitHub's OIDC token for audience api:\/\/AzureADTokenExchange: the token service at 127\.0\.0\.1:\d+ answered 401\. The token service refused the job's request token/,
    );
    expect(result.masks).toContain('stale-request-token-of-another-job');
    expect(sim.entraExchanges).toEqual([]);
    expectClean(sim, result);
  });

  it('without subscription-id fails before any request', async () => {
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'client-id': githubApp().clientId, 'tenant-id': sim.state.entra.tenantId },
      jobEnv(),
    );
    expect(errorLine(result)).toContain(
      'not with identity source github-oidc: give subscription-id and resource-group (or account-resource-id)',
    );
    expect(sim.faults.requests).toEqual([]);
  });

  it('identity-source github-oidc refuses object-id: Entra ID knows the identity by its client ID', async () => {
    const result = await act(
      sim,
      { ...target(), 'identity-source': 'github-oidc', 'tenant-id': sim.state.entra.tenantId, 'object-id': githubApp().principalId },
      jobEnv(),
    );
    expect(errorLine(result)).toContain('give client-id');
    expect(sim.faults.requests).toEqual([]);
  });
});
