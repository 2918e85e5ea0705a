/**
 * End to end, keyless: auth: entra (Entra ID on the data plane, no keys fetched), and auth: keys
 * on an account whose local (key) authentication is disabled.
 */
import { describe, expect, it } from '@jest/globals';
import { DATA_CONTRIBUTOR, DATA_READER, SEED, SEED_DATA, accountId, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, grantDataRole, seededAccount, tokenAudiences, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const system = () => sim.state.vm.systemIdentity!;
const ENTRA = {
  auth: 'entra',
  'account-name': SEED.account,
  'smoke-test': 'true',
  database: SEED_DATA.database,
  container: SEED_DATA.container,
};

describe('auth: entra (keyless)', () => {
  it('reads the endpoint from ARM and passes the smoke test with a Data Reader role, fetching no keys', async () => {
    grantDataRole(sim, DATA_READER);
    const result = await act(sim, ENTRA);
    expect(result.exitCode).toBe(0);
    expect(Object.keys(result.outputs).sort()).toEqual([
      'api',
      'endpoint',
      'identity-source',
      'principal-id',
      'smoke-test',
      'smoke-test-duration-ms',
      'smoke-test-request-charge',
    ]);
    expect(result.outputs['endpoint']).toBe(seededAccount(sim).documentEndpoint);
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(tokenAudiences(sim).sort()).toEqual([`${sim.armUrl}/`, 'https://cosmos.azure.com']);
    expect(sim.faults.requests.filter((r) => r.service === 'arm').map((r) => r.method)).toEqual(['GET']);
    expect(
      sim.faults.requests
        .filter((r) => r.service === 'cosmos')
        .every(
          (r) => String(r.headers['authorization']).includes('type%3Daad') || String(r.headers['authorization']).startsWith('type=aad'),
        ),
    ).toBe(true);
    for (const token of sim.issuedTokens) expect(result.masks).toContain(token);
    expect(result.summary).toContain('Cosmos DB access (keyless): verified');
    expectClean(sim, result);
  });

  it('with endpoint given: no ARM call, no account name, no ARM role', async () => {
    grantDataRole(sim, DATA_READER);
    sim.state.assignments = [];
    const result = await act(sim, { auth: 'entra', endpoint: sim.cosmosUrl, 'smoke-test': 'true', database: SEED_DATA.database });
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('arm')).toBe(0);
    expect(tokenAudiences(sim)).toEqual(['https://cosmos.azure.com']);
    expect(result.outputs['endpoint']).toBe(sim.cosmosUrl);
    expectClean(sim, result);
  });

  it('with endpoint and account-name: no instance metadata asked, the endpoint output keeps its port, nothing claimed used', async () => {
    const host = new URL(sim.cosmosUrl).host;
    const result = await act(sim, { auth: 'entra', endpoint: `https://${host}`, 'account-name': SEED.account });
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('imds', '/metadata/instance')).toBe(0);
    expect(result.stdout).not.toContain("Using the VM's own");
    expect(result.outputs['endpoint']).toBe(sim.cosmosUrl);
    expect(result.stdout).toContain("later steps use the identity's own token on the data plane");
    expect(result.stdout).not.toContain('smoke test uses');
  });

  it('with endpoint on the default port: the endpoint output names :443', async () => {
    const result = await act(sim, {
      auth: 'entra',
      endpoint: 'https://contoso-cosmos.documents.azure.com',
      'account-name': SEED.account,
      'arm-endpoint': '',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['endpoint']).toBe('https://contoso-cosmos.documents.azure.com:443/');
  });

  it('without a data-plane role: names the role, the command and that ARM roles do not grant data access', async () => {
    sim.state.dataPlaneAssignments = [];
    const result = await act(sim, ENTRA);
    expect(result.exitCode).toBe(1);
    const error = errorLine(result);
    expect(error).toContain(`principal ID ${system().principalId}`);
    expect(error).toContain(
      `az cosmosdb sql role assignment create --account-name ${SEED.account} --resource-group ${SEED.resourceGroup} --scope "/" --principal-id ${system().principalId} --role-definition-id ${DATA_READER}`,
    );
    expect(error).toContain('Control-plane (ARM) roles');
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });

  it('works on an account with local authentication disabled', async () => {
    sim.state.assignments.push({
      principalId: system().principalId,
      role: 'Cosmos DB Account Reader Role',
      scope: `/subscriptions/${SEED.subscriptionId}`,
    });
    grantDataRole(sim, DATA_READER, SEED.keylessAccount);
    const result = await act(sim, { ...ENTRA, 'account-name': SEED.keylessAccount });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
  });

  it('writes, reads back and deletes the marker item with the Data Contributor role', async () => {
    grantDataRole(sim, DATA_CONTRIBUTOR);
    const result = await act(sim, { ...ENTRA, 'smoke-test-write': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Smoke test: write probe ok');
    expect(sim.faults.requests.filter((r) => r.service === 'cosmos' && r.method === 'DELETE')).toHaveLength(1);
  });

  it('asks for the write role when only Data Reader is assigned and the write probe is on', async () => {
    const result = await act(sim, { ...ENTRA, 'smoke-test-write': 'true' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(`step 'write probe'`);
    expect(errorLine(result)).toContain(`--role-definition-id ${DATA_CONTRIBUTOR}`);
  });

  it('caches the data-plane token for the run, and refreshes it before it expires', async () => {
    grantDataRole(sim, DATA_READER);
    await act(sim, ENTRA);
    expect(tokenAudiences(sim).filter((r) => r === 'https://cosmos.azure.com')).toHaveLength(1);
    sim.faults.clear();
    sim.state.tokenLifetimeSeconds = 120; // inside the 5-minute refresh margin: every use refreshes
    const result = await act(sim, ENTRA);
    expect(result.exitCode).toBe(0);
    expect(tokenAudiences(sim).filter((r) => r === 'https://cosmos.azure.com').length).toBeGreaterThan(1);
  });
});

describe('auth: keys on an account with local authentication disabled', () => {
  it('fails early, hands out no keys, and suggests auth: entra', async () => {
    const deployer = sim.state.vm.userIdentities[0]!;
    const result = await act(sim, { 'account-name': SEED.keylessAccount, operation: 'listKeys', 'client-id': deployer.clientId });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('disableLocalAuth');
    expect(errorLine(result)).toContain('auth: entra');
    expect(result.outputFile).toBe('');
    expect(sim.faults.count('cosmos')).toBe(0);
    expectClean(sim, result);
  });

  it('still explains the data plane’s 401 (substatus 5202) when ARM did not say so', async () => {
    const deployer = sim.state.vm.userIdentities[0]!;
    const keyless = seededAccount(sim, SEED.keylessAccount);
    sim.faults.inject({
      service: 'arm',
      path: `/databaseAccounts/${SEED.keylessAccount}`,
      method: 'GET',
      action: {
        status: 200,
        body: {
          id: accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.keylessAccount),
          properties: { documentEndpoint: keyless.documentEndpoint, disableLocalAuth: false },
        },
      },
    });
    const result = await act(sim, {
      'account-name': SEED.keylessAccount,
      operation: 'listKeys',
      'client-id': deployer.clientId,
      'smoke-test': 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('local (key) authentication disabled (disableLocalAuth)');
    expectClean(sim, result);
  });
});
