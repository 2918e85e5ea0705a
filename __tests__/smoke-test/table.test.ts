/**
 * The API for Table smoke test (src/smoke-test/table.ts) against the simulator's Table data
 * plane: Azurite's table service over TLS (simulator/table.ts), in this process, reached by name
 * (`<account>.table.sim.test`, resolved by helpers/fake-dns.ts) through the action's own
 * transport, trusting the test CA. What the action logs (info and debug) is captured and scanned.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { AzureNamedKeyCredential, TableClient } from '@azure/data-tables';
import { setLogLevel } from '@azure/logger';
import { randomBytes } from 'node:crypto';
import dns from 'node:dns';
import { Agent } from 'node:https';
import { createServer, type AddressInfo, type Server } from 'node:net';
import tls from 'node:tls';
import { makeTestPki } from '../../simulator/certs.ts';
import { Faults } from '../../simulator/faults.ts';
import { SEED_TABLE, startTableService, type TableService } from '../../simulator/table.ts';

const logged: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  info: (line: string) => void logged.push(line),
  debug: (line: string) => void logged.push(`::debug::${line}`),
  warning: (line: string) => void logged.push(`::warning::${line}`),
  setSecret: () => undefined,
}));
const { runTableSmokeTest, preloadTableSmokeTest } = await import('../../src/smoke-test/table.ts');
const { Budget } = await import('../../src/net/budget.ts');
type Options = Parameters<typeof runTableSmokeTest>[0];

const key = (): string => randomBytes(64).toString('base64');
const ACCOUNT = 'tables1';
const keys = { primaryMasterKey: key(), secondaryMasterKey: key(), primaryReadonlyMasterKey: key(), secondaryReadonlyMasterKey: key() };
const secrets = Object.values(keys);
const pki = makeTestPki();
const faults = new Faults();
let table: TableService;
const originalLookup = dns.lookup;
const defaultCas = tls.getCACertificates('default');

beforeAll(async () => {
  // The action's process gets these from NODE_OPTIONS=--import fake-dns.ts and NODE_EXTRA_CA_CERTS;
  // here they are set for this file and undone after it.
  await import('../helpers/fake-dns.ts');
  tls.setDefaultCACertificates([...defaultCas, pki.caCert]);
  table = await startTableService({ cert: pki.cert, key: pki.key, faults, lookup: (name) => (name === ACCOUNT ? keys : undefined) });
  await table.seed(ACCOUNT, keys.primaryMasterKey, pki.caCert);
  // The Azure SDK's own log (to core.debug, sanitised, by sdk-http.ts) is on, to be scanned too.
  setLogLevel('info');
});

afterAll(async () => {
  setLogLevel('warning');
  await table?.close();
  dns.lookup = originalLookup;
  tls.setDefaultCACertificates(defaultCas);
});

beforeEach(() => {
  faults.clear();
  logged.length = 0;
});

const options = (more: Partial<Options> = {}): Options => ({
  apiEndpoint: table.endpointOf(ACCOUNT),
  accountName: ACCOUNT,
  key: keys.primaryReadonlyMasterKey,
  keyName: 'the primary read-only key',
  container: SEED_TABLE.table,
  ...more,
});

/** The smoke test's error message, when it fails as it should. */
async function failure(more: Partial<Options>, seconds = 10): Promise<string> {
  const budget = new Budget(seconds);
  try {
    await runTableSmokeTest(options(more), budget);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    // What went wrong and the fix on the first line; only the request ID or the why on lines of
    // their own: nothing the server sent adds a line.
    const [, ...details] = message.split('\n');
    for (const line of details) expect(line).toMatch(/^(Request ID [\w-]+|That log can print .*)$/);
    return message;
  } finally {
    budget.cancel();
  }
  throw new Error('the smoke test passed');
}

/** Secrets (whole, URL-encoded, or as hex bytes) and key signatures found in `texts`. */
function leaks(...texts: string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) {
      for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret, 'base64').toString('hex'), secret.slice(10, 40)]) {
        if (text.includes(form)) found.push(`a key (${form.slice(0, 6)}…)`);
      }
    }
    if (/SharedKey(Lite)?\s+\w+:[A-Za-z0-9+/=]{20}/.test(text)) found.push('a SharedKey signature');
  }
  return found;
}

describe('the Table smoke test passes', () => {
  it('lists one table and queries one entity of the named table, timing each step', async () => {
    preloadTableSmokeTest();
    const budget = new Budget(10);
    const result = await runTableSmokeTest(options(), budget);
    budget.cancel();
    expect(result.steps.map((s) => [s.name, s.requestCharge, s.detail])).toEqual([
      ['list tables', 0, 'the key is accepted; listed 1 table'],
      ['query', 0, `table '${SEED_TABLE.table}', 1 entity on the first page (top 1)`],
    ]);
    expect(result.steps.every((s) => s.ms > 0 && s.ms <= result.ms)).toBe(true);
    expect(result.requestCharge).toBe(0);
    expect(logged).toContainEqual(
      expect.stringMatching(
        /^Smoke test: list tables ok in \d+ ms \(started at \+\d+ ms, in parallel with 1 other step\(s\)\), 0 RU: the key is accepted; listed 1 table$/,
      ),
    );
    expect(logged).toContainEqual(
      expect.stringMatching(
        /^Smoke test: query ok in \d+ ms \(started at \+\d+ ms, in parallel with 1 other step\(s\)\), 0 RU: table 'smoketable', 1 entity on the first page/,
      ),
    );
    // One request each, asking for one table and for one entity's keys only.
    const requests = faults.requests.map((r) => [r.method, r.path, r.query.get('$top'), r.query.get('$select')]);
    expect(requests).toEqual(
      expect.arrayContaining([
        ['GET', '/Tables', '1', null],
        ['GET', `/${SEED_TABLE.table}()`, '1', 'PartitionKey,RowKey'],
      ]),
    );
    expect(requests).toHaveLength(2);
    expect(logged.join('\n')).not.toContain('seeded by the simulator'); // no entity content
    expect(logged.some((l) => l.startsWith('::debug::'))).toBe(true); // the SDK's log was on
    expect(leaks(...logged)).toEqual([]);
  });

  it.each(Object.keys(keys))('with the %s (read-only keys are accepted for reads, as Cosmos DB does)', async (name) => {
    const budget = new Budget(10);
    const result = await runTableSmokeTest(options({ key: keys[name as keyof typeof keys], container: undefined }), budget);
    budget.cancel();
    expect(result.steps.map((s) => s.name)).toEqual(['list tables']);
    expect(leaks(...logged)).toEqual([]);
  });

  it('reports the request charge the endpoint sends in x-ms-request-charge', async () => {
    faults.inject({
      service: 'table',
      path: '/Tables',
      action: { status: 200, headers: { 'x-ms-request-charge': '2.5', 'content-type': 'application/json' }, body: { value: [] } },
    });
    const budget = new Budget(10);
    const result = await runTableSmokeTest(options({ container: undefined }), budget);
    budget.cancel();
    expect(result.steps).toEqual([
      expect.objectContaining({ requestCharge: 2.5, detail: 'the key is accepted; the account has no table yet' }),
    ]);
    expect(logged).toContainEqual(expect.stringMatching(/^Smoke test: list tables ok in \d+ ms \(started at \+\d+ ms\), 2.5 RU:/));
  });
});

describe('the Table smoke test fails, explained', () => {
  it('a wrong key: which key, and what to check (Azurite answers as Azure Storage: 403 AuthorizationFailure)', async () => {
    const message = await failure({ key: key() });
    expect(message).toMatch(
      /^Smoke test failed at step 'list tables' against tables1\.table\.sim\.test:\d+: the account key was refused \(403 AuthorizationFailure\): the primary read-only key is wrong, was regenerated after it was fetched, or is not a key of account 'tables1'\. .*Table endpoint and account-name name the same account\.\nRequest ID [0-9a-f-]{36}$/,
    );
    expect(leaks(message, ...logged)).toEqual([]);
  });

  it('a key refused as the Cosmos DB gateway words it (401 Unauthorized)', async () => {
    const body = {
      'odata.error': {
        code: 'Unauthorized',
        message: {
          lang: 'en-us',
          value: `The input authorization token can't serve the request. The wrong key is being used or the expected payload is not built as per the protocol. Key ${keys.primaryMasterKey}\r\nActivityId: 0f2a…`,
        },
      },
    };
    faults.inject({ service: 'table', action: { status: 401, headers: { 'x-ms-activity-id': 'act-1' }, body } });
    const message = await failure({ container: undefined });
    expect(message).toContain("step 'list tables'");
    expect(message).toContain('the account key was refused (401 Unauthorized): the primary read-only key is wrong');
    expect(message).toContain('\nRequest ID act-1');
    expect(message).not.toContain('input authorization token'); // the server's text is never printed
    expect(leaks(message, ...logged)).toEqual([]);
  });

  it("the account's firewall (403 with the gateway's firewall text)", async () => {
    const text =
      'Request originated from IP 203.0.113.9 through public internet. This is blocked by your Cosmos DB account firewall settings.';
    faults.inject({
      service: 'table',
      times: Infinity,
      action: { status: 403, body: { 'odata.error': { code: 'Forbidden', message: { lang: 'en-us', value: text } } } },
    });
    const message = await failure({});
    expect(message).toMatch(
      /step 'list tables' .*firewall or network rules block this runner \(403 Forbidden\)\. Allow the runner's network/,
    );
    expect(message).not.toContain('203.0.113.9');
  });

  it('disabled local auth (keys refused whatever they are)', async () => {
    const text = 'Local Authorization is disabled. Use an AAD token to authorize all requests.';
    faults.inject({
      service: 'table',
      times: Infinity,
      action: { status: 401, body: { 'odata.error': { code: 'Unauthorized', message: { lang: 'en-us', value: text } } } },
    });
    expect(await failure({ container: undefined })).toMatch(
      /local \(key\) authentication disabled \(disableLocalAuth\), so no key works \(401 Unauthorized\)/,
    );
  });

  it('a missing table: named, with the input to check (404 TableNotFound)', async () => {
    const message = await failure({ container: 'NoSuchTable' });
    expect(message).toMatch(
      /^Smoke test failed at step 'query' against tables1\.table\.sim\.test:\d+: table 'NoSuchTable' does not exist in account 'tables1' \(404 TableNotFound\)\. Check the container input/,
    );
  });

  it('an account the endpoint does not serve (404 on the list)', async () => {
    const message = await failure({ apiEndpoint: table.endpointOf('other'), accountName: 'other' });
    expect(message).toMatch(/step 'list tables' .*answered 404 ResourceNotFound: it serves no account 'other'/);
  });

  it('a table name with hostile text is quoted on one line, bounded', async () => {
    const message = await failure({ container: `x\n::error::injected${'y'.repeat(300)}` });
    expect(message).toContain("table 'x ::error::injected");
    expect(message.length).toBeLessThan(800);
  });

  it('an unreachable endpoint: refused connections, retried twice', async () => {
    const port = await closedPort();
    const started = performance.now();
    const message = await failure({ apiEndpoint: `https://${ACCOUNT}.table.sim.test:${port}/`, container: undefined });
    expect(message).toMatch(
      /against tables1\.table\.sim\.test:\d+: the connection was refused: a firewall or private endpoint rule blocks this runner \(ECONNREFUSED\)\.$/,
    );
    expect(performance.now() - started).toBeGreaterThan(1000); // two retries, at least 0.5 s each
  });

  it('a certificate that does not name the host: TLS named, with the fix', async () => {
    // The test certificate names *.table.sim.test, not this other name of the same server.
    const message = await failure({ apiEndpoint: `https://${ACCOUNT}.tables.sim.test:${table.port}/` });
    expect(message).toMatch(
      /step 'list tables' against tables1\.tables\.sim\.test:\d+: TLS verification failed \(ERR_TLS_CERT_ALTNAME_INVALID\): if a TLS-inspecting proxy sits in between, give Node its CA with NODE_EXTRA_CA_CERTS, or set NODE_USE_SYSTEM_CA=1 if the system certificate store trusts it\.$/,
    );
    expect(faults.requests).toEqual([]);
  });

  it('an endpoint that never answers: the run budget (timeout-seconds) ends it', async () => {
    faults.inject({ service: 'table', times: Infinity, action: { hang: true } });
    const started = performance.now();
    const message = await failure({}, 1);
    expect(message).toMatch(/step 'list tables' .*timed out after 1 s \(timeout-seconds\) in all/);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('503 that persists: retried, then the status given', async () => {
    faults.inject({ service: 'table', times: Infinity, action: { status: 503, headers: { 'retry-after': '0' }, body: '' } });
    const started = performance.now();
    const message = await failure({ container: undefined });
    expect(message).toMatch(/step 'list tables' .*the Table endpoint answered 503\.$/);
    expect(faults.count('table')).toBe(3);
    expect(performance.now() - started).toBeGreaterThan(1000); // Retry-After: 0 raised to the 0.5 s floor, twice
  });

  it('refuses to run under a NODE_DEBUG that prints request headers (the key signatures), with no keyless advice', async () => {
    process.env['NODE_DEBUG'] = 'https';
    try {
      const message = await failure({});
      expect(message).toMatch(/^Smoke test not run: NODE_DEBUG="https" turns on Node's 'https' debug log/);
      expect(message).not.toContain('auth: entra');
      expect(faults.requests).toEqual([]);
    } finally {
      delete process.env['NODE_DEBUG'];
    }
  });
});

describe('the simulated Table data plane (Azurite) holds to Cosmos DB key rules', () => {
  /** A TableClient of the real SDK for the seeded table, signing with `secret`. */
  const client = (secret: string): TableClient =>
    new TableClient(table.endpointOf(ACCOUNT), SEED_TABLE.table, new AzureNamedKeyCredential(ACCOUNT, secret), {
      agent: new Agent({ ca: pki.caCert, keepAlive: false }),
      retryOptions: { maxRetries: 0 },
    });
  const statusOf = (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => 'ok',
      (error: { statusCode?: number }) => error.statusCode,
    );

  it('read-write keys may write; read-only keys may read but not write (403)', async () => {
    const entity = { partitionKey: 'probe', rowKey: randomBytes(4).toString('hex') };
    expect(await statusOf(client(keys.secondaryMasterKey).upsertEntity(entity))).toBe('ok');
    expect(await statusOf(client(keys.primaryReadonlyMasterKey).getEntity(entity.partitionKey, entity.rowKey))).toBe('ok');
    expect(await statusOf(client(keys.secondaryReadonlyMasterKey).upsertEntity({ ...entity, more: 1 }))).toBe(403);
    expect(await statusOf(client(keys.primaryReadonlyMasterKey).deleteEntity(entity.partitionKey, entity.rowKey))).toBe(403);
    expect(await statusOf(client(keys.primaryMasterKey).deleteEntity(entity.partitionKey, entity.rowKey))).toBe('ok');
  });

  it('keys are read at each request: a regenerated key is refused at once, its successor accepted', async () => {
    const old = keys.primaryReadonlyMasterKey;
    keys.primaryReadonlyMasterKey = key();
    secrets.push(keys.primaryReadonlyMasterKey);
    expect(await statusOf(client(old).getEntity(SEED_TABLE.partitionKey, SEED_TABLE.rowKey))).toBe(403);
    expect(await statusOf(client(keys.primaryReadonlyMasterKey).getEntity(SEED_TABLE.partitionKey, SEED_TABLE.rowKey))).toBe('ok');
  });

  it("Azurite's own emulator account is not served", async () => {
    const emulator = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    const devstore = new TableClient(
      table.endpointOf('devstoreaccount1'),
      SEED_TABLE.table,
      new AzureNamedKeyCredential('devstoreaccount1', emulator),
      {
        agent: new Agent({ ca: pki.caCert, keepAlive: false }),
        retryOptions: { maxRetries: 0 },
      },
    );
    expect(await statusOf(devstore.getEntity(SEED_TABLE.partitionKey, SEED_TABLE.rowKey))).toBe(404);
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
