/**
 * End to end, the smoke test: the bundle (a fresh build of src/) against the simulator, whose
 * data plane is @vercel/cosmosdb-server over TLS behind a master-key signature verifier.
 */
import { describe, expect, it } from '@jest/globals';
import { Agent } from 'node:https';
import { CosmosClient } from '@azure/cosmos';
import { DATA_READER, SEED, SEED_DATA, type Simulator } from '../../simulator/index.ts';
import { applyMasks } from '../../simulator/runner.ts';
import { findLeaks, secretsOf } from '../helpers/leaks.ts';
import { startConnectProxy } from '../helpers/network.ts';
import { DRIVERS, LIST_MODULES, chunkHolding, loaded, loadedFiles } from '../helpers/chunks.ts';
import { act, errorLine, expectClean, grantDataRole, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const deployer = () => sim.state.vm.userIdentities[0]!;
const readOnly = { 'account-name': SEED.account, 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };
const readWrite = { ...readOnly, operation: 'listKeys', 'client-id': '' };

/** Items whose ID starts with `prefix`, read directly from the data plane. */
async function itemsStartingWith(prefix: string): Promise<string[]> {
  const client = new CosmosClient({
    endpoint: sim.cosmosUrl,
    key: seededAccount(sim).primaryMasterKey,
    agent: new Agent({ ca: sim.caCert, keepAlive: false }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  try {
    const container = client.database(SEED_DATA.database).container(SEED_DATA.container);
    const { resources } = await container.items.query<{ id: string }>('SELECT c.id FROM c').fetchAll();
    return resources.map((r) => r.id).filter((id) => id.startsWith(prefix));
  } finally {
    client.dispose();
  }
}

describe('smoke test passes', () => {
  it('with a read-only key: account, database, container (with throughput) and the default query', async () => {
    const result = await act(sim, readOnly);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(Number(result.outputs['smoke-test-duration-ms'])).toBeGreaterThan(0);
    expect(Number(result.outputs['smoke-test-request-charge'])).toBeGreaterThan(0);
    for (const step of ['account', 'database', 'container', 'query']) expect(result.stdout).toContain(`Smoke test: ${step} ok`);
    // They run together, and the log and summary say so.
    expect(result.stdout).toMatch(/Smoke test: query ok in \d+ ms \(started at \+\d+ ms, in parallel with 3 other step\(s\)\)/);
    expect(result.summary).toContain('started at (ms)');
    expect(result.stdout).toContain('400 RU/s provisioned');
    expect(result.summary).toContain('Smoke test');
    const query = sim.faults.requests.find(
      (r) => r.service === 'cosmos' && r.method === 'POST' && r.path.endsWith('/docs') && r.headers['x-ms-documentdb-isquery'],
    );
    expect(query).toBeDefined();
    expect(result.stdout).not.toContain('seeded by the simulator'); // no item content
    expectClean(sim, result);
  });

  it('with a read-write key and the write probe, leaving no item behind', async () => {
    const result = await act(sim, { ...readWrite, 'client-id': deployer().clientId, 'smoke-test-write': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Smoke test: write probe ok');
    expect(sim.faults.requests.filter((r) => r.service === 'cosmos' && r.method === 'DELETE')).toHaveLength(1);
    expect(await itemsStartingWith('smoke-test-')).toEqual([]);
    expectClean(sim, result);
  });

  it('with only the account read when no database is given, without loading the MongoDB driver', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'smoke-test': 'true' }, LIST_MODULES);
    expect(result.exitCode).toBe(0);
    expect(loaded(result.stderr, chunkHolding(DRIVERS.cosmos))).toBe(true);
    expect(loaded(result.stderr, chunkHolding(DRIVERS.mongodb))).toBe(false);
    expect(sim.faults.requests.filter((r) => r.service === 'cosmos').map((r) => `${r.method} ${r.path}`)).toEqual(['GET /']);
  });

  it('is skipped by default, without loading any chunk', async () => {
    const result = await act(sim, { 'account-name': SEED.account }, LIST_MODULES);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('skipped');
    expect(result.outputs['smoke-test-duration-ms']).toBeUndefined();
    expect(sim.faults.count('cosmos')).toBe(0);
    expect(loadedFiles(result.stderr).filter((file) => /^\d+\.index\.js$/.test(file))).toEqual([]);
    expect(loadedFiles(result.stderr)).toContain('index.js');
  });
});

describe('smoke test failures name the step and the cause', () => {
  it('a wrong (rotated) key: 401', async () => {
    const other = Buffer.alloc(64, 7).toString('base64');
    sim.faults.inject({
      service: 'arm',
      path: '/readonlykeys',
      action: { status: 200, body: { primaryReadonlyMasterKey: other, secondaryReadonlyMasterKey: other } },
    });
    const result = await act(sim, readOnly);
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("Smoke test failed at step 'account'");
    expect(errorLine(result)).toContain('the key was refused (401)');
    expect(result.outputFile).toBe('');
    expect(findLeaks(result, [...secretsOf(sim), other])).toEqual([]);
    expect(result.masks).toContain(other);
  });

  it('local authentication disabled on the account: 401 substatus 5202', async () => {
    const result = await act(sim, {
      'account-name': SEED.keylessAccount,
      operation: 'listKeys',
      'client-id': deployer().clientId,
      'smoke-test': 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('local (key) authentication disabled (disableLocalAuth)');
    expect(errorLine(result)).toContain('Cosmos DB Built-in Data Reader');
    expectClean(sim, result);
  });

  it.each([
    ['database', { database: 'nodb' }, "database 'nodb' does not exist"],
    ['container', { container: 'nocontainer' }, "container 'nocontainer' does not exist in database 'appdb'"],
  ])('a missing %s: 404', async (_what, inputs, message) => {
    const result = await act(sim, { ...readOnly, ...inputs });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(message);
    expectClean(sim, result);
  });

  it('a read-only key with smoke-test-write: an input error before any network call', async () => {
    const result = await act(sim, { ...readOnly, 'smoke-test-write': 'true' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("Input 'smoke-test-write'");
    expect(errorLine(result)).toContain('listKeys');
    expect(sim.faults.requests).toEqual([]);
  });

  it('throttling that outlasts the SDK’s retries: 429', async () => {
    sim.faults.inject({
      service: 'cosmos',
      path: '/colls/items',
      times: Infinity,
      action: {
        status: 429,
        headers: { 'x-ms-retry-after-ms': '5', 'x-ms-substatus': '3200' },
        body: { code: 'TooManyRequests', message: 'Request rate is large' },
      },
    });
    const result = await act(sim, readOnly);
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("step 'container'");
    expect(errorLine(result)).toContain('throttled the request (429)');
    expect(sim.faults.count('cosmos', '/colls/items')).toBeGreaterThan(5);
    expectClean(sim, result);
  });
});

describe('the data plane through a proxy (HTTPS_PROXY, NO_PROXY), as ARM', () => {
  // The data plane by a name that is not loopback (loopback is never proxied): management.sim.test,
  // which the test certificate names, resolves to 127.0.0.1 inside the action (helpers/fake-dns.ts);
  // the data plane tells accounts apart by host and port. ARM stays at 127.0.0.1: direct.
  const fakeDns = new URL('../helpers/fake-dns.ts', import.meta.url).href;
  const port = (): number => Number(new URL(sim.cosmosUrl).port);
  const byName = (s: Simulator): void => void (seededAccount(s).documentEndpoint = `https://management.sim.test:${port()}/`);

  it('goes through HTTPS_PROXY: every data-plane request tunnelled, IMDS and loopback ARM not', async () => {
    byName(sim);
    const proxy = await startConnectProxy(port());
    try {
      const result = await act(sim, readOnly, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NODE_OPTIONS: `--import ${fakeDns}` });
      expect(result.exitCode).toBe(0);
      expect(result.outputs['smoke-test']).toBe('passed');
      expect(sim.faults.count('cosmos')).toBeGreaterThanOrEqual(5);
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT management.sim.test:${port()}`]));
      expect(sim.faults.requests.filter((r) => r.service !== 'cosmos').every((r) => r.headers['x-forwarded-for'] === undefined)).toBe(true);
      expect(result.stdout).toContain(`Smoke test: data-plane requests go through the proxy at ${new URL(proxy.url).host}`);
      expectClean(sim, result);
    } finally {
      await proxy.close();
    }
  });

  it('honours NO_PROXY: the data plane is reached directly', async () => {
    byName(sim);
    const proxy = await startConnectProxy(port());
    try {
      const result = await act(sim, readOnly, { HTTPS_PROXY: proxy.url, NO_PROXY: 'sim.test', NODE_OPTIONS: `--import ${fakeDns}` });
      expect(result.exitCode).toBe(0);
      expect(proxy.seen).toEqual([]);
      expect(sim.faults.count('cosmos')).toBeGreaterThanOrEqual(5);
      expect(result.stdout).not.toContain('go through the proxy');
    } finally {
      await proxy.close();
    }
  });

  it('a proxy that refuses: the step, the host and the proxy named', async () => {
    byName(sim);
    const result = await act(
      sim,
      { ...readOnly, 'timeout-seconds': '4' },
      { HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1', NODE_OPTIONS: `--import ${fakeDns}` },
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(
      /Smoke test failed at step '\w+' against management\.sim\.test:\d+ through the proxy at 127\.0\.0\.1:9:/,
    );
    expect(sim.faults.count('cosmos')).toBe(0);
  });
});

describe('NODE_DEBUG and secrets', () => {
  it('a keyless smoke test runs under NODE_DEBUG=https: the token its log shows is masked', async () => {
    grantDataRole(sim, DATA_READER);
    const result = await act(sim, { ...readOnly, auth: 'entra' }, { NODE_DEBUG: 'https' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['smoke-test']).toBe('passed');
    // Node's https log prints the data-plane requests' headers, token included: the runner masks it.
    expect(result.stderr).toMatch(/authorization: 'type(=|%3D)aad/);
    const shown = applyMasks(result.stderr, result.masks);
    for (const token of sim.issuedTokens) expect(shown.includes(token)).toBe(false);
    expect(findLeaks({ ...result, stderr: shown }, secretsOf(sim)).filter((leak) => !leak.includes('request credentials'))).toEqual([]);
  });

  it('a key-based smoke test is refused before any data-plane request; the keys were masked, none is printed', async () => {
    const result = await act(sim, readOnly, { NODE_DEBUG: 'http,https' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("NODE_DEBUG=\"http,https\" turns on Node's 'http' debug log");
    expect(sim.faults.count('cosmos')).toBe(0);
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });
});
