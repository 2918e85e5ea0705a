/**
 * End to end, beyond keys: Entra ID on the data plane (auth: entra), Azure Arc-enabled runners,
 * and the cloud found from instance metadata (cloud: auto).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_CONTRIBUTOR, DATA_READER, SEED, SEED_DATA, accountId, usGovernment, type Simulator } from '../simulator/index.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator } from './helpers/run.ts';

let sim: Simulator;
let tokensDir: string;
useSimulator((started) => (sim = started));
beforeEach(() => {
  tokensDir = mkdtempSync(join(tmpdir(), 'arc-tokens-'));
});
afterEach(() => rmSync(tokensDir, { recursive: true, force: true }));

const system = () => sim.state.vm.systemIdentity!;
const grant = (roleDefinitionId: typeof DATA_READER | typeof DATA_CONTRIBUTOR, accountName: string = SEED.account): void => {
  sim.state.dataPlaneAssignments.push({ principalId: system().principalId, roleDefinitionId, accountName });
};
const tokenRequests = (): string[] =>
  sim.faults.requests.filter((r) => r.path.endsWith('/token') && r.outcome === 200).map((r) => r.query.get('resource') ?? '');
const ENTRA = {
  auth: 'entra',
  'account-name': SEED.account,
  'smoke-test': 'true',
  database: SEED_DATA.database,
  container: SEED_DATA.container,
};

describe('auth: entra (keyless)', () => {
  it('reads the endpoint from ARM and passes the smoke test with a Data Reader role, fetching no keys', async () => {
    grant(DATA_READER);
    const result = await act(sim, ENTRA);
    expect(result.exitCode).toBe(0);
    expect(Object.keys(result.outputs).sort()).toEqual([
      'endpoint',
      'principal-id',
      'smoke-test',
      'smoke-test-duration-ms',
      'smoke-test-request-charge',
    ]);
    expect(result.outputs['endpoint']).toBe(seededAccount(sim).documentEndpoint);
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(tokenRequests().sort()).toEqual([`${sim.armUrl}/`, 'https://cosmos.azure.com']);
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
    grant(DATA_READER);
    sim.state.assignments = [];
    const result = await act(sim, { auth: 'entra', endpoint: sim.cosmosUrl, 'smoke-test': 'true', database: SEED_DATA.database });
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('arm')).toBe(0);
    expect(tokenRequests()).toEqual(['https://cosmos.azure.com']);
    expect(result.outputs['endpoint']).toBe(sim.cosmosUrl);
    expectClean(sim, result);
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
    grant(DATA_READER, SEED.keylessAccount);
    const result = await act(sim, { ...ENTRA, 'account-name': SEED.keylessAccount });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
  });

  it('writes, reads back and deletes the marker item with the Data Contributor role', async () => {
    grant(DATA_CONTRIBUTOR);
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
    grant(DATA_READER);
    await act(sim, ENTRA);
    expect(tokenRequests().filter((r) => r === 'https://cosmos.azure.com')).toHaveLength(1);
    sim.faults.clear();
    sim.state.tokenLifetimeSeconds = 120; // inside the 5-minute refresh margin: every use refreshes
    const result = await act(sim, ENTRA);
    expect(result.exitCode).toBe(0);
    expect(tokenRequests().filter((r) => r === 'https://cosmos.azure.com').length).toBeGreaterThan(1);
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

describe('Azure Arc-enabled runners', () => {
  const arcEnv = (): Record<string, string> => ({
    IDENTITY_ENDPOINT: `${sim.imdsUrl}/metadata/identity/oauth2/token`,
    IMDS_ENDPOINT: sim.imdsUrl,
    AZURE_ARC_TOKENS_DIR: tokensDir,
    AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
  });
  const challenge = (realm: string) => ({
    status: 401,
    headers: { 'www-authenticate': `Basic realm=${realm}` },
    body: { error: 'unauthorized' },
  });

  it('answers the challenge with the key file and gets a token', async () => {
    sim.state.arc = { tokensDir };
    const result = await act(sim, { 'account-name': SEED.account }, arcEnv());
    expect(result.exitCode).toBe(0);
    const tokens = sim.faults.requests.filter((r) => r.path.endsWith('/token'));
    expect(tokens.map((r) => r.outcome)).toEqual([401, 200]);
    expect(tokens[0]!.headers['authorization']).toBeUndefined();
    const secret = String(tokens[1]!.headers['authorization']).replace('Basic ', '');
    expect(tokens[1]!.query.get('api-version')).toBe('2020-06-01');
    expect(result.masks).toContain(secret);
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(secret);
    expect(sim.faults.count('imds', '/metadata/instance')).toBe(1);
    expectClean(sim, result);
  });

  it.each([
    ['outside the tokens folder', () => '/etc/passwd', /outside its tokens folder/],
    ['climbing out with ..', () => `${tokensDir}/../escape.key`, /outside its tokens folder/],
    ['not a .key file', () => `${tokensDir}/secret.txt`, /outside its tokens folder/],
    ['missing', () => `${tokensDir}/missing.key`, /could not be read \(ENOENT\)/],
  ])('refuses a realm %s', async (_what, realm, message) => {
    sim.faults.inject({ service: 'imds', path: '/token', action: challenge(realm()) });
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      arcEnv(),
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(message);
    expect(sim.faults.count('imds', '/token')).toBe(1);
  });

  it('refuses a key file over 4096 bytes', async () => {
    writeFileSync(join(tokensDir, 'big.key'), 'x'.repeat(5000));
    sim.faults.inject({ service: 'imds', path: '/token', action: challenge(join(tokensDir, 'big.key')) });
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      arcEnv(),
    );
    expect(errorLine(result)).toContain('over 4096 bytes');
  });

  it('stops at a second 401', async () => {
    writeFileSync(join(tokensDir, 'a.key'), 'not-the-secret');
    sim.faults.inject({ service: 'imds', path: '/token', times: 2, action: challenge(join(tokensDir, 'a.key')) });
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      arcEnv(),
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('refused the secret from its own key file (401 again)');
    expect(sim.faults.count('imds', '/token')).toBe(2);
    expect(result.masks).toContain('not-the-secret');
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('not-the-secret');
  });

  it('refuses a user-assigned identity selector (Arc machines have only their own identity)', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'client-id': SEED.subscriptionId }, arcEnv());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('Azure Arc-enabled server');
    expect(sim.faults.requests).toEqual([]);
  });

  it('ignores a stray IDENTITY_ENDPOINT without IMDS_ENDPOINT', async () => {
    const result = await act(sim, { 'account-name': SEED.account }, { IDENTITY_ENDPOINT: 'http://127.0.0.1:9/token' });
    expect(result.exitCode).toBe(0);
  });
});

describe('cloud: auto', () => {
  it('finds Azure US Government from instance metadata and asks for that cloud’s data-plane audience', async () => {
    usGovernment(sim.state);
    grant(DATA_READER);
    const result = await act(sim, { auth: 'entra', endpoint: sim.cosmosUrl, cloud: 'auto', 'smoke-test': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Cloud: AzureUSGovernment');
    expect(tokenRequests()).toEqual(['https://cosmos.azure.us']);
    expectClean(sim, result);
  });

  it('costs no extra round trip in the public cloud', async () => {
    sim.faults.inject(
      { service: 'imds', times: Infinity, action: { delayMs: 150 } },
      { service: 'arm', times: Infinity, action: { delayMs: 150 } },
    );
    const result = await act(sim, {
      'account-name': SEED.account,
      'subscription-id': SEED.subscriptionId,
      'resource-group': SEED.resourceGroup,
      cloud: 'auto',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Cloud: AzureCloud');
    expect(sim.faults.sequentialRoundTrips()).toBe(2);
  });
});
