/**
 * End to end: spawns the bundle (a fresh build of src/, see ACTION_PATH) as the runner does,
 * against the local Azure simulator (IMDS + ARM over TLS on loopback), and checks outputs,
 * masks, exit code and leaks.
 */
import { describe, expect, it } from '@jest/globals';
import { SEED, accountId, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const account = () => seededAccount(sim);
const deployer = () => sim.state.vm.userIdentities[0]!;
const system = () => sim.state.vm.systemIdentity!;

describe('key operations', () => {
  it('readonlykeys with the system identity and the VM’s own subscription and group', async () => {
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(0);
    const a = account();
    expect(result.outputs).toEqual({
      endpoint: a.documentEndpoint,
      api: 'sql',
      'primary-key': a.primaryReadonlyMasterKey,
      'secondary-key': a.secondaryReadonlyMasterKey,
      'primary-readonly-key': a.primaryReadonlyMasterKey,
      'secondary-readonly-key': a.secondaryReadonlyMasterKey,
      'connection-string': `AccountEndpoint=${a.documentEndpoint};AccountKey=${a.primaryReadonlyMasterKey};`,
      'principal-id': system().principalId,
      'identity-source': 'imds',
      'smoke-test': 'skipped',
    });
    expect(result.stdout).toContain(
      'Identity source: imds (identity-source auto: no other identity source is configured here: an Azure VM or scale set)',
    );
    for (const key of [a.primaryReadonlyMasterKey, a.secondaryReadonlyMasterKey]) {
      expect(result.masks).toContain(key);
      expect(result.masks).toContain(encodeURIComponent(key));
    }
    expect(result.masks).toContain(sim.issuedTokens.at(-1));
    expect(result.masks).not.toContain(a.documentEndpoint);
    expect(result.masks).not.toContain(system().principalId);
    expect(sim.faults.count('imds', '/metadata/instance')).toBe(1);
    expect(result.envFile).toBe('');
    expect(result.summary).toContain('Cosmos DB keys: fetched');
    expect(result.summary).toContain(SEED.account);
    expectClean(sim, result);
  });

  it('listKeys with a user-assigned identity selected by client-id, subscription and group given', async () => {
    const result = await act(sim, {
      'account-name': SEED.account,
      'subscription-id': SEED.subscriptionId,
      'resource-group': SEED.resourceGroup,
      operation: 'LISTKEYS',
      'client-id': deployer().clientId,
    });
    expect(result.exitCode).toBe(0);
    const a = account();
    expect(result.outputs['primary-key']).toBe(a.primaryMasterKey);
    expect(result.outputs['secondary-key']).toBe(a.secondaryMasterKey);
    expect(result.outputs['primary-readonly-key']).toBe(a.primaryReadonlyMasterKey);
    expect(result.outputs['principal-id']).toBe(deployer().principalId);
    expect(sim.faults.count('imds', '/metadata/instance')).toBe(0);
    const token = sim.faults.requests.find((r) => r.path.endsWith('/token'))!;
    expect(token.query.get('client_id')).toBe(deployer().clientId);
    // A custom arm-endpoint is its own token audience unless arm-resource says otherwise.
    expect(token.query.get('resource')).toBe(`${sim.armUrl}/`);
    expect(token.headers['metadata']).toBe('true');
    expectClean(sim, result);
  });

  it('listConnectionStrings with identity-resource-id and account-resource-id, exporting variables', async () => {
    const id = accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account);
    const result = await act(sim, {
      'account-resource-id': id,
      operation: 'listConnectionStrings',
      'identity-resource-id': deployer().resourceId!,
      'export-variables': 'true',
    });
    expect(result.exitCode).toBe(0);
    const a = account();
    const primary = `AccountEndpoint=${a.documentEndpoint};AccountKey=${a.primaryMasterKey};`;
    expect(result.outputs['connection-string']).toBe(primary);
    expect(result.outputs['primary-key']).toBe(a.primaryMasterKey);
    expect(result.outputs['secondary-key']).toBe(a.secondaryMasterKey);
    expect(result.outputs['secondary-readonly-key']).toBe(a.secondaryReadonlyMasterKey);
    const list = JSON.parse(result.outputs['connection-strings']!) as Array<{ keyKind: string }>;
    expect(list.map((c) => c.keyKind)).toEqual(['Primary', 'Secondary', 'PrimaryReadonly', 'SecondaryReadonly']);
    expect(result.masks).toContain(primary);
    expect(result.env).toEqual({ COSMOS_ENDPOINT: a.documentEndpoint, COSMOS_KEY: a.primaryMasterKey, COSMOS_CONNECTION_STRING: primary });
    expect(sim.faults.requests.find((r) => r.path.endsWith('/token'))!.query.get('msi_res_id')).toBe(deployer().resourceId);
    expectClean(sim, result, { envMayHoldSecrets: true });
  });

  it('asks IMDS for the arm-resource audience when given', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'arm-resource': 'https://management.azure.com' });
    expect(result.exitCode).toBe(0);
    expect(sim.faults.requests.find((r) => r.path.endsWith('/token'))!.query.get('resource')).toBe('https://management.azure.com/');
  });

  it('selects a user-assigned identity by object-id', async () => {
    const result = await act(sim, { 'account-name': SEED.account, operation: 'listKeys', 'object-id': deployer().principalId });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['principal-id']).toBe(deployer().principalId);
    expectClean(sim, result);
  });

  it('makes two sequential round trips: IMDS calls in parallel, then the key call and account read in parallel', async () => {
    const variants: Array<Record<string, string>> = [{}, { 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup }];
    for (const inputs of variants) {
      sim.faults.clear();
      // Loopback answers in microseconds; a latency per request makes overlap (or its absence) visible.
      sim.faults.inject(
        { service: 'imds', times: Infinity, action: { delayMs: 150 } },
        { service: 'arm', times: Infinity, action: { delayMs: 150 } },
      );
      const result = await act(sim, { 'account-name': SEED.account, ...inputs });
      expect(result.exitCode).toBe(0);
      expect(sim.faults.sequentialRoundTrips()).toBe(2);
    }
    expect(sim.faults.requests.map((r) => `${r.service} ${r.method} ${r.path.split('/').pop()}`).sort()).toEqual([
      'arm GET contoso-cosmos',
      'arm POST readonlykeys',
      'imds GET token',
    ]);
    expect(sim.faults.requests.map((r) => r.outcome)).toEqual([200, 200, 200]);
  });
});

describe('failures name the cause and the fix', () => {
  it('403: names the action, the scope, the role and the az command with the principal ID', async () => {
    const result = await act(sim, { 'account-name': SEED.account, operation: 'listKeys' });
    expect(result.exitCode).toBe(1);
    const error = errorLine(result);
    expect(error).toContain('Microsoft.DocumentDB/databaseAccounts/listKeys/action');
    expect(error).toContain('DocumentDB Account Contributor');
    expect(error).toContain(`az role assignment create --assignee-object-id ${system().principalId}`);
    expect(error).toContain(accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account));
    expect(error).toMatch(/request ID [0-9a-f-]{36}/);
    expect(result.outputFile).toBe('');
    expect(result.summary).toContain('Cosmos DB keys: failed');
    expectClean(sim, result);
  });

  it('an IMDS failure: the summary still shows the subscription and group the inputs gave', async () => {
    sim.faults.inject({
      service: 'imds',
      times: Infinity,
      action: { status: 400, body: { error: 'invalid_request', error_description: 'Identity not found' } },
    });
    const result = await act(sim, {
      'account-name': SEED.account,
      'subscription-id': SEED.subscriptionId,
      'resource-group': SEED.resourceGroup,
    });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain(SEED.subscriptionId);
    expect(result.summary).toContain(SEED.resourceGroup);
    expect(result.summary).not.toContain('(not resolved)');
  });

  it('403 for readonlykeys names the Cosmos DB Account Reader Role', async () => {
    sim.state.assignments = [];
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('Cosmos DB Account Reader Role');
    expect(errorLine(result)).toContain('readonlykeys/action');
    expectClean(sim, result);
  });

  it.each([
    [
      'subscription',
      { 'subscription-id': '00000000-0000-0000-0000-000000000001', 'resource-group': SEED.resourceGroup },
      /Subscription '00000000-0000-0000-0000-000000000001' was not found/,
    ],
    [
      'resource group',
      { 'subscription-id': SEED.subscriptionId, 'resource-group': 'rg-missing' },
      /Resource group 'rg-missing' was not found/,
    ],
  ])('404: says the %s was not found', async (_what, inputs, message) => {
    sim.state.assignments.push({
      principalId: system().principalId,
      role: 'DocumentDB Account Contributor',
      scope: `/subscriptions/${SEED.subscriptionId}`,
    });
    const result = await act(sim, { 'account-name': SEED.account, ...inputs });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(message);
    expectClean(sim, result);
  });

  it('404: says the account was not found', async () => {
    sim.state.assignments.push({
      principalId: system().principalId,
      role: 'Cosmos DB Account Reader Role',
      scope: `/subscriptions/${SEED.subscriptionId}`,
    });
    const result = await act(sim, { 'account-name': 'no-such-account' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("Cosmos DB account 'no-such-account' was not found in resource group 'rg-runners'");
  });

  it('IMDS 400 with several user-assigned identities explains identity selection', async () => {
    sim.state.vm.systemIdentity = undefined;
    sim.state.vm.userIdentities.push({ principalId: crypto.randomUUID(), clientId: crypto.randomUUID(), resourceId: '/x' });
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('several user-assigned identities');
    expect(errorLine(result)).toContain('client-id');
    expect(sim.faults.count('imds', '/token')).toBe(1);
    expect(sim.faults.count('arm')).toBe(0);
  });

  it('IMDS 400 for an unknown client-id names the input', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'client-id': '11111111-2222-3333-4444-555555555555' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("No identity with client-id '11111111-2222-3333-4444-555555555555' is assigned to this VM");
  });

  it('no system identity and no selector: says how to enable one', async () => {
    sim.state.vm.systemIdentity = undefined;
    sim.state.vm.userIdentities = [];
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('az vm identity assign');
  });

  it('an unknown api-version (never published) names the input', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'api-version': '2015-04-09' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("api-version '2015-04-09' (the api-version input)");
  });
});
