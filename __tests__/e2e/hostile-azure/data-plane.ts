/**
 * Hostile data-plane answers, met by the smoke test: region names, partition-key paths and
 * offers holding workflow commands or prototype paths, an answer too large to read, and
 * NODE_DEBUG logs that would print the key's signatures. The row names give the finding of the
 * hostile-answers issue each covers.
 */
import { expect } from '@jest/globals';
import { DATA_READER, SEED, SEED_DATA, type Fault, type Simulator } from '../../../simulator/index.ts';
import { INJECTIONS, type Bystander, type HostileRow } from '../../helpers/hostile-rows.ts';
import { grantDataRole, seededAccount } from '../../helpers/run.ts';

/** The smoke test's inputs (the table's base inputs run none). */
const SMOKE = { 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };
/** The smoke test with the write probe: a read-write key, from the user-assigned identity that may list keys. */
const WRITE = (sim: Simulator): Record<string, string> => ({
  ...SMOKE,
  'smoke-test-write': 'true',
  operation: 'listKeys',
  'client-id': sim.state.vm.userIdentities[0]!.clientId,
});

/** The seeded container's definition as the data plane answers it, with other partition-key paths. */
const containerBody = (paths: readonly string[]): object => ({
  id: SEED_DATA.container,
  _rid: 'q0xTAKxMjhU=',
  _self: 'dbs/q0xTAA==/colls/q0xTAKxMjhU=/',
  _etag: '"00000000-0000-0000-0000-000000000000"',
  _ts: 1700000000,
  partitionKey: { paths, kind: 'Hash', version: 2 },
  indexingPolicy: { indexingMode: 'consistent', automatic: true, includedPaths: [{ path: '/*' }], excludedPaths: [] },
});

/** The container read (the smoke test's only GET under /colls/items before its write probe) answers `body`. */
const containerRead = (body: string | object) => (): Fault[] => [
  { service: 'cosmos', path: `/colls/${SEED_DATA.container}`, method: 'GET', action: { status: 200, body } },
];

/** The account read, with regions named by INJECTIONS whose endpoints are the bystander's. */
const accountRead = (_sim: Simulator, bystander: Bystander): Fault[] => {
  const locations = INJECTIONS.map((name) => ({ name, databaseAccountEndpoint: bystander.url }));
  const body = {
    id: SEED.account,
    _rid: `${SEED.account}.documents.azure.com`,
    writableLocations: locations,
    readableLocations: locations,
    enableMultipleWriteLocations: false,
    userConsistencyPolicy: { defaultConsistencyLevel: 'Session' },
  };
  return [{ service: 'cosmos', path: '/', method: 'GET', action: { status: 200, body } }];
};

/** Every stdout line that holds a payload is the smoke test's own line for `step`. */
const payloadsOnlyIn =
  (step: string) =>
  (_sim: Simulator, result: { stdout: string }): void => {
    const lines = result.stdout.split(/\r?\n|\r|\u2028|\u2029/).filter((line) => line.includes('PWNED'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !line.startsWith(`Smoke test: ${step} ok`))).toEqual([]);
  };

/** No write reached the data plane: no upsert, no delete. */
const noWrite = (sim: Simulator): void => {
  const writes = sim.faults.requests.filter(
    (r) => r.service === 'cosmos' && (r.method === 'DELETE' || r.method === 'PUT' || r.headers['x-ms-documentdb-is-upsert'] !== undefined),
  );
  expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([]);
};

export const dataPlaneRows: HostileRow[] = [
  {
    name: '1: region names holding workflow commands are logged on one line, and their endpoints are never called',
    inputs: () => ({ 'smoke-test': 'true' }),
    faults: accountRead,
    exit: 0,
    requests: [['cosmos', '/', 1]],
    check: payloadsOnlyIn('account'),
  },
  {
    name: '1: partition-key paths holding workflow commands are logged on one line',
    inputs: () => SMOKE,
    faults: containerRead(containerBody(INJECTIONS.map((payload) => `/${payload}`))),
    exit: 0,
    requests: [['cosmos', `/colls/${SEED_DATA.container}`, 3]], // the container read, the query's plan and page
    check: payloadsOnlyIn('container'),
  },
  {
    name: '1: throughput that is not a number (workflow commands) is not logged',
    inputs: () => SMOKE,
    faults: () => [
      {
        service: 'cosmos',
        path: '/offers',
        method: 'POST',
        action: {
          status: 200,
          headers: { 'x-ms-request-charge': '1', 'x-ms-item-count': '1' },
          body: {
            _rid: '',
            _count: 1,
            Offers: [
              {
                id: 'offer1',
                offerResourceId: 'q0xTAKxMjhU=',
                offerVersion: 'V2',
                content: { offerThroughput: INJECTIONS[0], offerAutopilotSettings: { maxThroughput: INJECTIONS[1] } },
              },
            ],
          },
        },
      },
    ],
    exit: 0,
    check: (_sim, result) => {
      expect(result.stdout).toContain('throughput not readable from the offer (container)');
      expect(result.stdout).not.toContain('PWNED');
    },
  },
  {
    name: '3: a partition-key path /__proto__/error is refused, naming the container, before the write probe',
    inputs: WRITE,
    faults: containerRead(containerBody(['/__proto__/error'])),
    exit: 1,
    message: /step 'container': container 'items' has the partition key path '\/__proto__\/error', whose segment '__proto__' .*refuses it/,
    check: noWrite,
  },
  {
    name: '3: a partition-key path /constructor/prototype/x is refused too',
    inputs: WRITE,
    faults: containerRead(containerBody(['/tenant', '/constructor/prototype/x'])),
    exit: 1,
    message: /container 'items' has the partition key path '\/constructor\/prototype\/x', whose segment 'constructor' /,
    check: noWrite,
  },
  {
    name: "6: a data-plane answer over 4 MiB is refused in the action's words, not read whole",
    inputs: () => SMOKE,
    faults: containerRead(JSON.stringify({ ...containerBody(['/pk']), padding: 'x'.repeat(5 * 1024 * 1024) })),
    exit: 1,
    message: /step 'container' against 127\.0\.0\.1:\d+: the answer was larger than 4 MiB, more than Cosmos DB sends/,
    requests: [['cosmos', `/colls/${SEED_DATA.container}`, 3]],
  },
  {
    name: '8: NODE_DEBUG=https with a key: the smoke test is refused before any data-plane request',
    inputs: () => SMOKE,
    env: () => ({ NODE_DEBUG: 'https' }),
    exit: 1,
    message: /Smoke test not run: NODE_DEBUG="https" turns on Node's 'https' debug log: unset NODE_DEBUG for this step.*auth: entra/,
    requests: [['cosmos', '/', 0]],
  },
  {
    name: '8: NODE_DEBUG=fs,Net (a list, any case) with a key: refused too',
    inputs: () => SMOKE,
    env: () => ({ NODE_DEBUG: 'fs,Net' }),
    exit: 1,
    message: /NODE_DEBUG="fs,Net" turns on Node's 'net' debug log/,
    requests: [['cosmos', '/', 0]],
  },
  {
    name: '8: NODE_DEBUG=ht* with a key: refused (the wildcard covers http and https)',
    inputs: () => SMOKE,
    env: () => ({ NODE_DEBUG: 'ht*' }),
    exit: 1,
    message: /NODE_DEBUG="ht\*" turns on Node's 'http' debug log/,
    requests: [['cosmos', '/', 0]],
  },
  {
    name: '8: every network NODE_DEBUG on a keys-only run: it passes and the leak scan finds nothing',
    env: () => ({ NODE_DEBUG: 'http,https,net,tls,fetch,undici' }),
    exit: 0,
    requests: [['cosmos', '/', 0]],
  },
  {
    name: '8: NODE_DEBUG=http with a keyless smoke test (auth: entra): not refused, nothing leaks',
    inputs: () => ({ ...SMOKE, auth: 'entra' }),
    before: (sim) => grantDataRole(sim, DATA_READER),
    env: () => ({ NODE_DEBUG: 'http' }),
    exit: 0,
  },
  {
    name: '9: a proxy in HTTPS_PROXY that refuses: the smoke test goes through it (as ARM would), is refused, and says so',
    // (The SDK retries a refused tunnel until the budget runs out: a short one keeps the row fast.)
    // The data plane by a name that is not loopback (loopback is never proxied), resolved to
    // 127.0.0.1 inside the action by helpers/fake-dns.ts; ARM stays at 127.0.0.1: direct.
    before: (sim) => void (seededAccount(sim).documentEndpoint = `https://management.sim.test:${new URL(sim.cosmosUrl).port}/`),
    inputs: () => ({ ...SMOKE, 'timeout-seconds': '2' }),
    env: () => ({
      HTTPS_PROXY: 'http://127.0.0.1:9',
      NODE_OPTIONS: `--import ${new URL('../../helpers/fake-dns.ts', import.meta.url).href}`,
    }),
    exit: 1,
    message: /through the proxy at 127\.0\.0\.1:9/,
    requests: [['cosmos', '/', 0]],
  },
  ...['warning', 'verbose'].map((level): HostileRow => ({
    name: `1: with AZURE_LOG_LEVEL=${level}, the SDK's log of a data-plane error holding workflow commands stays sanitised`,
    inputs: () => SMOKE,
    env: () => ({ AZURE_LOG_LEVEL: level }),
    faults: () => [
      {
        service: 'cosmos',
        path: `/dbs/${SEED_DATA.database}`,
        times: Infinity,
        action: { status: 400, body: { code: 'BadRequest', message: INJECTIONS.join(' ') } },
      },
    ],
    exit: 1,
    message: /step 'database'/,
  })),
  {
    name: '4: the data plane throttling with x-ms-retry-after-ms 0 forever: the SDK still waits 0.5 s between attempts',
    inputs: () => ({ ...SMOKE, container: '' }),
    faults: () => [
      {
        service: 'cosmos',
        path: `/dbs/${SEED_DATA.database}`,
        times: Infinity,
        action: { status: 429, headers: { 'x-ms-retry-after-ms': '0' }, body: { code: 'TooManyRequests', message: 'rate' } },
      },
    ],
    exit: 1,
    message: /throttled the request \(429\)/,
    check: (sim) => {
      const hits = sim.faults.requests.filter((r) => r.service === 'cosmos' && r.path === `/dbs/${SEED_DATA.database}`);
      expect(hits.length).toBe(10); // the SDK's 1 + 9 retries (src/smoke-test/sql.ts)
      for (let i = 1; i < hits.length; i++) expect(hits[i]!.at - hits[i - 1]!.finishedAt).toBeGreaterThanOrEqual(450);
    },
  },
];
