/**
 * The fault matrix: each row spawns dist/index.js against the simulator with one fault in IMDS,
 * ARM or the Cosmos DB data plane, with debug logging on, and checks the exit code, the exact
 * requests made, the time bound, that outputs are all set or none, the message, and that no
 * secret leaked anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEED, SEED_DATA, type Fault, type Simulator } from '../simulator/index.ts';
import type { ActionRun } from '../simulator/runner.ts';
import { findLeaks, secretsOf } from './helpers/leaks.ts';
import { startBlackHole, startConnectProxy, type BlackHole } from './helpers/network.ts';
import { act, errorLine, seededAccount, useSimulator } from './helpers/run.ts';

let sim: Simulator;
let blackHole: BlackHole;
useSimulator((started) => (sim = started));
beforeAll(async () => {
  blackHole = await startBlackHole();
});
afterAll(() => {
  blackHole.close();
});

const KEY_OUTPUTS = [
  'endpoint',
  'primary-key',
  'secondary-key',
  'primary-readonly-key',
  'secondary-readonly-key',
  'connection-string',
  'principal-id',
  'smoke-test',
];
const SMOKE_OUTPUTS = [...KEY_OUTPUTS, 'smoke-test-duration-ms', 'smoke-test-request-charge'];
const BASE = {
  'account-name': SEED.account,
  'subscription-id': SEED.subscriptionId,
  'resource-group': SEED.resourceGroup,
  'timeout-seconds': '8',
};
const SMOKE = { ...BASE, 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };

interface Row {
  readonly name: string;
  /** Faults to inject (built when the row runs, so they can use the live simulator). */
  readonly faults?: (sim: Simulator) => Fault[];
  readonly inputs?: (sim: Simulator) => Record<string, string>;
  readonly env?: (sim: Simulator) => Record<string, string>;
  readonly before?: (sim: Simulator) => void;
  readonly exit: 0 | 1;
  /** A part of the ::error:: line (failures only). */
  readonly message?: RegExp;
  /** Exact request counts: [service, path substring, count]. */
  readonly requests?: ReadonlyArray<readonly [Fault['service'], string, number]>;
  /** Upper bound on the whole run, start-up included. */
  readonly maxMs: number;
  readonly minMs?: number;
}

const at = (path: string, action: Fault['action'], times = 1): ((s: Simulator) => Fault[]) => {
  const service: Fault['service'] = path.startsWith('/metadata') ? 'imds' : path.startsWith('/dbs') || path === '/' ? 'cosmos' : 'arm';
  return () => [{ service, path, action, times }];
};
const TOKEN = '/metadata/identity/oauth2/token';
const KEYS = '/readonlykeys';
const html = '<html><body><h1>502 Bad Gateway</h1><p>corporate-proxy</p></body></html>';
const keysBody = (s: Simulator): string => {
  const a = seededAccount(s);
  return JSON.stringify({ primaryReadonlyMasterKey: a.primaryReadonlyMasterKey, secondaryReadonlyMasterKey: a.secondaryReadonlyMasterKey });
};

const imdsRows: Row[] = [
  {
    name: 'refused',
    env: () => ({ AZURE_POD_IDENTITY_AUTHORITY_HOST: 'http://127.0.0.1:9' }),
    exit: 1,
    message: /\(ECONNREFUSED\)\. This runner does not look like an Azure VM/,
    requests: [['imds', '', 0]],
    maxMs: 2000,
  },
  {
    name: 'connect timeout (black hole)',
    env: () => ({ AZURE_POD_IDENTITY_AUTHORITY_HOST: `http://127.0.0.1:${blackHole.port}` }),
    exit: 1,
    message: /\(ECONNECTTIMEOUT\)\. This runner does not look like an Azure VM/,
    maxMs: 5000,
    minMs: 2900,
  },
  {
    name: 'accepts and never answers',
    faults: at(TOKEN, { hang: true }),
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /Timed out after 2 s .* IMDS/,
    requests: [['imds', TOKEN, 1]],
    maxMs: 4000,
  },
  { name: 'reset before answering, once', faults: at(TOKEN, { reset: true }), exit: 0, requests: [['imds', TOKEN, 2]], maxMs: 3500 },
  { name: 'reset mid-body, once', faults: at(TOKEN, { resetMidBody: true }), exit: 0, requests: [['imds', TOKEN, 2]], maxMs: 3500 },
  {
    name: 'slow body within the budget (instance metadata)',
    faults: () => [
      {
        service: 'imds',
        path: '/metadata/instance',
        action: {
          slowBody: JSON.stringify({ compute: { subscriptionId: SEED.subscriptionId, resourceGroupName: SEED.resourceGroup } }),
          byteDelayMs: 5,
        },
      },
    ],
    inputs: () => ({ 'subscription-id': '', 'resource-group': '' }),
    exit: 0,
    requests: [['imds', '/metadata/instance', 1]],
    maxMs: 4000,
  },
  {
    name: 'slow body past the budget',
    faults: at(TOKEN, { slowBody: 'x'.repeat(2000), byteDelayMs: 5 }),
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /Timed out after 2 s/,
    maxMs: 4000,
  },
  {
    name: '410 (upgrading) three times, then success',
    faults: at(TOKEN, { status: 410, headers: { 'retry-after': '0' }, body: { error: 'gone' } }, 3),
    exit: 0,
    requests: [['imds', TOKEN, 4]],
    maxMs: 3000,
  },
  {
    name: '410 past the 70 s window',
    faults: at(TOKEN, { status: 410, headers: { 'retry-after': '30' } }, Infinity),
    inputs: () => ({ 'timeout-seconds': '3' }),
    exit: 1,
    message: /IMDS answered 410/,
    requests: [['imds', TOKEN, 1]],
    maxMs: 3000,
  },
  {
    name: '429 with Retry-After (seconds), then success',
    faults: at(TOKEN, { status: 429, headers: { 'retry-after': '1' } }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    minMs: 1000,
    maxMs: 4000,
  },
  {
    name: '429 without Retry-After, then success (1 s backoff)',
    faults: at(TOKEN, { status: 429 }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    minMs: 1000,
    maxMs: 4000,
  },
  {
    name: '404 (identity propagating), then success',
    faults: at(TOKEN, { status: 404, headers: { 'retry-after': '0' } }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    maxMs: 3000,
  },
  ...[500, 502, 503, 504].map((status): Row => ({
    name: `${status}, then success`,
    faults: at(TOKEN, { status, headers: { 'retry-after': '0' } }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    maxMs: 3000,
  })),
  {
    name: '503 that persists: 1 + 3 retries',
    faults: at(TOKEN, { status: 503, headers: { 'retry-after': '0' } }, Infinity),
    exit: 1,
    message: /IMDS answered 503 after 4 attempts/,
    requests: [['imds', TOKEN, 4]],
    maxMs: 3000,
  },
  {
    name: '400 is not retried',
    faults: at(TOKEN, { status: 400, body: { error: 'invalid_request', error_description: 'Identity not found' } }, Infinity),
    exit: 1,
    message: /no system-assigned managed identity/,
    requests: [['imds', TOKEN, 1]],
    maxMs: 2000,
  },
  {
    name: '200 that is not JSON',
    faults: at(TOKEN, { status: 200, body: 'not json' }),
    exit: 1,
    message: /without an access_token/,
    maxMs: 2000,
  },
  {
    name: '200 with a token but no expiry fields',
    faults: () => [
      {
        service: 'imds',
        path: TOKEN,
        action: { status: 200, body: { access_token: 'opaque-token-without-claims', token_type: 'Bearer' } },
      },
    ],
    exit: 1,
    message: /ARM rejected the managed identity's token/,
    maxMs: 2000,
  },
  {
    name: '200 JSON without access_token',
    faults: at(TOKEN, { status: 200, body: { token_type: 'Bearer' } }),
    exit: 1,
    message: /without an access_token/,
    maxMs: 2000,
  },
  {
    name: 'an HTML error page from a proxy (502, persistent)',
    faults: at(TOKEN, { status: 502, body: html, headers: { 'content-type': 'text/html', 'retry-after': '0' } }, Infinity),
    exit: 1,
    message: /IMDS answered 502 after 4 attempts/,
    maxMs: 3000,
  },
  {
    name: 'a huge body (bounded read)',
    faults: at(TOKEN, { status: 200, body: 'x'.repeat(3 * 1024 * 1024) }),
    exit: 1,
    message: /oversized body/,
    maxMs: 3000,
  },
];

const armRows: Row[] = [
  {
    name: 'refused',
    inputs: () => ({ 'arm-endpoint': 'https://127.0.0.1:9', 'arm-resource': 'https://management.azure.com/' }),
    exit: 1,
    message: /Could not reach ARM at 127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    maxMs: 2000,
  },
  {
    name: 'connect timeout (black hole)',
    inputs: () => ({
      'arm-endpoint': `https://127.0.0.1:${blackHole.port}`,
      'arm-resource': 'https://management.azure.com/',
      'timeout-seconds': '3',
    }),
    exit: 1,
    message: /Timed out after 3 s .*ARM/,
    maxMs: 5000,
    minMs: 2900,
  },
  {
    name: 'accepts and never answers',
    faults: at(KEYS, { hang: true }),
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /Timed out after 2 s .*ARM \(readonlykeys\)/,
    requests: [['arm', KEYS, 1]],
    maxMs: 4000,
  },
  { name: 'reset before answering, once', faults: at(KEYS, { reset: true }), exit: 0, requests: [['arm', KEYS, 2]], maxMs: 3500 },
  { name: 'reset mid-body, once', faults: at(KEYS, { resetMidBody: true }), exit: 0, requests: [['arm', KEYS, 2]], maxMs: 3500 },
  {
    name: 'slow body within the budget',
    faults: (s) => [{ service: 'arm', path: KEYS, action: { slowBody: keysBody(s), byteDelayMs: 3 } }],
    exit: 0,
    requests: [['arm', KEYS, 1]],
    maxMs: 4000,
  },
  {
    name: 'slow body past the budget',
    faults: (s) => [{ service: 'arm', path: KEYS, action: { slowBody: keysBody(s), byteDelayMs: 20 } }],
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /Timed out after 2 s/,
    maxMs: 4000,
  },
  {
    name: '429 with Retry-After in seconds, twice, then success',
    faults: at(KEYS, { status: 429, headers: { 'retry-after': '0' } }, 2),
    exit: 0,
    requests: [['arm', KEYS, 3]],
    maxMs: 3000,
  },
  {
    name: '429 with Retry-After as an HTTP date, then success',
    faults: () => [
      { service: 'arm', path: KEYS, action: { status: 429, headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() } } },
    ],
    exit: 0,
    requests: [['arm', KEYS, 2]],
    minMs: 900,
    maxMs: 5000,
  },
  {
    name: '429 without Retry-After, then success (1 s backoff)',
    faults: at(KEYS, { status: 429 }),
    exit: 0,
    requests: [['arm', KEYS, 2]],
    minMs: 1000,
    maxMs: 4000,
  },
  {
    name: '429 that persists: 1 + 4 retries, with the per-account limit explained',
    faults: at(
      KEYS,
      { status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'TooManyRequests', message: 'Too many requests' } } },
      Infinity,
    ),
    exit: 1,
    message: /throttled readonlykeys .* 5 attempt\(s\).*500 key list or get calls per 5 minutes/,
    requests: [['arm', KEYS, 5]],
    maxMs: 3000,
  },
  {
    name: '429 whose Retry-After outlasts the budget: no wait',
    faults: at(KEYS, { status: 429, headers: { 'retry-after': '120' } }, Infinity),
    exit: 1,
    message: /Retry-After 120 s/,
    requests: [['arm', KEYS, 1]],
    maxMs: 2000,
  },
  ...[500, 502, 503, 504].map((status): Row => ({
    name: `${status}, then success`,
    faults: at(KEYS, { status, headers: { 'retry-after': '0' } }),
    exit: 0,
    requests: [['arm', KEYS, 2]],
    maxMs: 3000,
  })),
  {
    name: '503 that persists: 1 + 4 retries',
    faults: at(KEYS, { status: 503, headers: { 'retry-after': '0' } }, Infinity),
    exit: 1,
    message: /ARM failed with 503 for readonlykeys on the account after 5 attempt/,
    requests: [['arm', KEYS, 5]],
    maxMs: 3000,
  },
  {
    name: '200 that is not JSON',
    faults: at(KEYS, { status: 200, body: 'primary=abc' }),
    exit: 1,
    message: /answer to readonlykeys is not JSON\. No outputs/,
    maxMs: 2000,
  },
  {
    name: '200 JSON without the key fields',
    faults: at(KEYS, { status: 200, body: { value: [] } }),
    exit: 1,
    message: /primaryReadonlyMasterKey is missing or empty/,
    maxMs: 2000,
  },
  {
    name: '200 with empty keys',
    faults: at(KEYS, { status: 200, body: { primaryReadonlyMasterKey: '', secondaryReadonlyMasterKey: '' } }),
    exit: 1,
    message: /missing or empty/,
    maxMs: 2000,
  },
  {
    name: '200 with keys that are not base64',
    faults: at(KEYS, { status: 200, body: { primaryReadonlyMasterKey: 'not base64!', secondaryReadonlyMasterKey: 'x' } }),
    exit: 1,
    message: /primaryReadonlyMasterKey is not base64/,
    maxMs: 2000,
  },
  {
    name: 'an HTML page with status 200 (a proxy)',
    faults: at(KEYS, { status: 200, body: html, headers: { 'content-type': 'text/html' } }),
    exit: 1,
    message: /HTML page, so a proxy or firewall/,
    maxMs: 2000,
  },
  {
    name: '200 with an error field',
    faults: at(KEYS, { status: 200, body: { error: { code: 'InternalError', message: 'oops' } } }),
    exit: 1,
    message: /status 200 but an error \(InternalError: oops\)/,
    maxMs: 2000,
  },
  {
    name: 'a huge body (bounded read)',
    faults: at(KEYS, { status: 200, body: `{"a":"${'x'.repeat(3 * 1024 * 1024)}"}` }),
    exit: 1,
    message: /over 1 MiB/,
    maxMs: 3000,
  },
  {
    name: 'a redirect to another host: not followed with the token',
    faults: at(KEYS, { status: 302, headers: { location: 'https://attacker.sim.test/collect' } }),
    exit: 1,
    message: /redirect \(302\) to attacker\.sim\.test\. It was not followed/,
    requests: [['arm', KEYS, 1]],
    maxMs: 2000,
  },
];

const cosmosRows: Row[] = [
  {
    name: 'refused',
    before: (s) => void (seededAccount(s).documentEndpoint = 'https://127.0.0.1:9/'),
    exit: 1,
    message: /step 'account'.*connection was refused.*ECONNREFUSED/,
    maxMs: 6000,
  },
  {
    name: 'connect timeout (black hole)',
    before: (s) => void (seededAccount(s).documentEndpoint = `https://127.0.0.1:${blackHole.port}/`),
    inputs: () => ({ 'timeout-seconds': '3' }),
    exit: 1,
    message: /step 'account'.*timed out after 3 s/,
    maxMs: 6000,
  },
  {
    name: 'accepts and never answers',
    faults: at('/dbs/appdb', { hang: true }, Infinity),
    inputs: () => ({ 'timeout-seconds': '3' }),
    exit: 1,
    message: /step 'database'.*timed out after 3 s/,
    maxMs: 6000,
  },
  {
    name: 'slow body within the budget',
    faults: () => [{ service: 'cosmos', path: '/dbs/appdb', method: 'GET', action: { delayMs: 300 } }],
    exit: 0,
    maxMs: 5000,
  },
  {
    name: '429 once, then success (the SDK retries)',
    faults: at('/dbs/appdb/colls/items', {
      status: 429,
      headers: { 'x-ms-retry-after-ms': '5' },
      body: { code: 'TooManyRequests', message: 'rate' },
    }),
    exit: 0,
    maxMs: 5000,
  },
  {
    name: '500 that persists',
    faults: at('/dbs/appdb', { status: 500, body: { code: 'InternalServerError', message: 'x' } }, Infinity),
    exit: 1,
    message: /step 'database'.*answered 500/,
    maxMs: 6000,
  },
  {
    name: 'an HTML error page (a proxy)',
    faults: at('/dbs/appdb', { status: 502, body: html, headers: { 'content-type': 'text/html' } }, Infinity),
    exit: 1,
    message: /step 'database'/,
    maxMs: 6000,
  },
];

async function runRow(row: Row, base: Record<string, string>, outputs: string[]): Promise<ActionRun> {
  row.before?.(sim);
  if (row.faults) sim.faults.inject(...row.faults(sim));
  const result = await act(sim, { ...base, ...row.inputs?.(sim) }, row.env?.(sim));
  expect({ exit: result.exitCode, error: errorLine(result) }).toEqual({
    exit: row.exit,
    error: row.exit ? expect.stringMatching(row.message ?? /./) : '',
  });
  for (const [service, path, count] of row.requests ?? [])
    expect([service, path, sim.faults.count(service, path)]).toEqual([service, path, count]);
  expect(result.ms).toBeLessThan(row.maxMs + 1500); // start-up of a cold node process included
  if (row.minMs) expect(result.ms).toBeGreaterThanOrEqual(row.minMs);
  // All outputs or none, never half a set.
  expect(Object.keys(result.outputs).sort()).toEqual(row.exit === 0 ? [...outputs].sort() : []);
  expect(findLeaks(result, secretsOf(sim))).toEqual([]);
  return result;
}

describe('IMDS faults', () => {
  it.each(imdsRows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    await runRow(row, BASE, KEY_OUTPUTS);
  });
});

describe('ARM faults', () => {
  it.each(armRows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    await runRow(row, BASE, KEY_OUTPUTS);
  });
});

describe('Cosmos DB data plane faults (smoke test)', () => {
  it.each(cosmosRows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    await runRow(row, SMOKE, SMOKE_OUTPUTS);
  });
});

describe('proxies', () => {
  // --import takes a URL (a bare Windows path would not do).
  const fakeDns = new URL('./helpers/fake-dns.ts', import.meta.url).href;
  const viaName = (s: Simulator): string => `https://management.sim.test:${new URL(s.armUrl).port}`;

  it('ARM goes through HTTPS_PROXY; IMDS never does', async () => {
    const proxy = await startConnectProxy(Number(new URL(sim.armUrl).port));
    try {
      const result = await act(
        sim,
        { ...BASE, 'arm-endpoint': viaName(sim) },
        { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NODE_OPTIONS: `--import ${fakeDns}` },
      );
      expect(result.exitCode).toBe(0);
      expect(proxy.seen).toEqual([
        `CONNECT management.sim.test:${new URL(sim.armUrl).port}`,
        `CONNECT management.sim.test:${new URL(sim.armUrl).port}`,
      ]);
      expect(sim.faults.count('imds')).toBe(1);
      expect(sim.faults.requests.every((r) => r.headers['x-forwarded-for'] === undefined)).toBe(true);
      expect(result.stdout).toContain('ARM requests go through the proxy');
      expect(findLeaks(result, secretsOf(sim))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('NO_PROXY is honoured', async () => {
    const proxy = await startConnectProxy(Number(new URL(sim.armUrl).port));
    try {
      const result = await act(
        sim,
        { ...BASE, 'arm-endpoint': viaName(sim) },
        { HTTPS_PROXY: proxy.url, NO_PROXY: 'sim.test', NODE_OPTIONS: `--import ${fakeDns}` },
      );
      expect(result.exitCode).toBe(0);
      expect(proxy.seen).toEqual([]);
      expect(sim.faults.count('arm')).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('a proxy that refuses: a clear message', async () => {
    const result = await act(
      sim,
      { ...BASE, 'arm-endpoint': viaName(sim) },
      { HTTPS_PROXY: 'http://127.0.0.1:9', NODE_OPTIONS: `--import ${fakeDns}` },
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/Could not reach ARM at management\.sim\.test:\d+ through the proxy at 127\.0\.0\.1:9 \(ECONN\w+\)/);
  });
});
