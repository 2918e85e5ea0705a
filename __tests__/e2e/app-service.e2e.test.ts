/**
 * End to end, runners on Azure Container Apps jobs and App Service: IDENTITY_ENDPOINT and
 * IDENTITY_HEADER name the platform's identity endpoint and its secret header. No instance
 * metadata there: the account's subscription and group come from the inputs.
 */
import { describe, expect, it } from '@jest/globals';
import { DATA_READER, SEED, SEED_DATA, type Simulator } from '../../simulator/index.ts';
import { BASE } from '../helpers/fault-rows.ts';
import { act, appEnv, errorLine, expectClean, grantDataRole, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const tokenRequests = (s: Simulator) => s.faults.requests.filter((r) => r.service === 'app-service');
const deployer = () => sim.state.vm.userIdentities[0]!;

describe('Container Apps and App Service runners', () => {
  it('auto picks app-service, says why in one line, and gets the keys with the inputs naming subscription and group', async () => {
    const result = await act(sim, BASE, appEnv(sim));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `Identity source: app-service (identity-source auto: IDENTITY_ENDPOINT and IDENTITY_HEADER are set (Azure Container Apps or App Service)): the container app's or web app's managed identity (the system-assigned identity) from its identity endpoint at ${sim.appServiceUrl}.`,
    );
    expect(result.outputs['identity-source']).toBe('app-service');
    expect(result.outputs['principal-id']).toBe(sim.state.vm.systemIdentity!.principalId);
    expect(result.outputs['primary-key']).toBe(seededAccount(sim).primaryReadonlyMasterKey);
    const [token, ...more] = tokenRequests(sim);
    expect(more).toEqual([]);
    expect(token!.method).toBe('GET');
    expect(token!.headers['x-identity-header']).toBe(sim.identityHeader);
    expect(Object.fromEntries(token!.query)).toEqual({ 'api-version': '2019-08-01', resource: `${sim.armUrl}/` });
    expect(sim.faults.count('imds')).toBe(0);
    expect(result.masks).toContain(sim.identityHeader);
    expectClean(sim, result);
  });

  it.each([
    ['client-id', 'client_id', () => deployer().clientId],
    ['object-id', 'object_id', () => deployer().principalId],
    ['identity-resource-id', 'mi_res_id', () => deployer().resourceId!],
  ])('selects a user-assigned identity by %s, sent as %s', async (input, param, value) => {
    const result = await act(sim, { ...BASE, operation: 'listKeys', [input]: value() }, appEnv(sim));
    expect(result.exitCode).toBe(0);
    expect(result.outputs['principal-id']).toBe(deployer().principalId);
    expect(result.outputs['primary-key']).toBe(seededAccount(sim).primaryMasterKey);
    expect(Object.fromEntries(tokenRequests(sim)[0]!.query)).toEqual({
      'api-version': '2019-08-01',
      resource: `${sim.armUrl}/`,
      [param]: value(),
    });
    expect(result.stdout).toContain(`(the user-assigned identity with ${input} ${value()})`);
    expectClean(sim, result);
  });

  it('keyless: the data-plane token comes from the same endpoint, for the cloud’s Cosmos DB audience', async () => {
    grantDataRole(sim, DATA_READER);
    const inputs = { ...BASE, auth: 'entra', 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };
    const result = await act(sim, inputs, appEnv(sim));
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(result.outputs['primary-key']).toBeUndefined();
    expect(
      tokenRequests(sim)
        .map((r) => r.query.get('resource'))
        .sort(),
    ).toEqual([`${sim.armUrl}/`, 'https://cosmos.azure.com']);
    expect(sim.faults.count('imds')).toBe(0);
    for (const token of result.tokens) expect(result.masks).toContain(token);
    expectClean(sim, result);
  });

  it('with identity-source app-service, the variables must be set: refused before any request, naming them', async () => {
    const result = await act(sim, { ...BASE, 'identity-source': 'app-service' }, { AZURE_POD_IDENTITY_AUTHORITY_HOST: '' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      'identity-source app-service needs IDENTITY_ENDPOINT and IDENTITY_HEADER, which Azure Container Apps and App Service set in an app with a managed identity; IDENTITY_ENDPOINT and IDENTITY_HEADER are not set.',
    );
    expect(sim.faults.requests).toEqual([]);
  });

  it.each([
    ['subscription-id', { 'account-name': SEED.account, 'resource-group': SEED.resourceGroup }],
    ['resource-group', { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId }],
  ])('without %s: fails before any request, naming the inputs', async (_missing, inputs) => {
    const result = await act(sim, inputs, appEnv(sim));
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      'not with identity source app-service: give subscription-id and resource-group (or account-resource-id).',
    );
    expect(sim.faults.requests).toEqual([]);
    expectClean(sim, result);
  });

  it('account-resource-id stands for account, subscription and group', async () => {
    const id = `/subscriptions/${SEED.subscriptionId}/resourceGroups/${SEED.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${SEED.account}`;
    const result = await act(sim, { 'account-resource-id': id }, appEnv(sim));
    expect(result.exitCode).toBe(0);
    expectClean(sim, result);
  });

  it('a wrong IDENTITY_HEADER: 403 explained, not retried, the header masked and never shown', async () => {
    const wrong = 'f0e1d2c3-b4a5-4968-8776-655443322110';
    const result = await act(sim, BASE, appEnv(sim, wrong));
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(`refused the request (403), not accepting X-IDENTITY-HEADER: do not set IDENTITY_HEADER yourself`);
    expect(errorLine(result)).toMatch(/%0ACorrelation ID [0-9a-f-]{36}$/);
    expect(tokenRequests(sim).map((r) => r.outcome)).toEqual([403]);
    expect(result.masks).toContain(wrong);
    expect(result.handedSecrets).toEqual([wrong]);
    expectClean(sim, result);
  });

  it('no system-assigned identity (the app has only user-assigned ones): 400 explained with the command that enables it', async () => {
    sim.state.vm.systemIdentity = undefined;
    const result = await act(sim, BASE, appEnv(sim));
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('found no system-assigned identity for this app (400)');
    expect(errorLine(result)).toContain('az containerapp job identity assign --name <job> --resource-group <group> --system-assigned');
    expect(errorLine(result)).toContain('The endpoint said: Unable to load the proper Managed Identity.');
    expect(tokenRequests(sim)).toHaveLength(1);
    expectClean(sim, result);
  });

  it('an unknown client-id: 400 explained, naming the input and the command that assigns it', async () => {
    const unknown = '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9';
    const result = await act(sim, { ...BASE, 'client-id': unknown }, appEnv(sim));
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(`found no identity with client-id ${unknown} assigned to this app (400)`);
    expect(errorLine(result)).toContain('--user-assigned <identity resource ID>');
    expectClean(sim, result);
  });

  it('auto prefers app-service to Arc when both sets of variables are there, as MSAL does', async () => {
    const result = await act(sim, BASE, { ...appEnv(sim), IMDS_ENDPOINT: sim.imdsUrl });
    expect(result.outputs['identity-source']).toBe('app-service');
    expect(sim.faults.count('imds')).toBe(0);
  });
});
