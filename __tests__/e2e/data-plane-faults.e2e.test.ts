/** Cosmos DB data plane faults, met by the smoke test (see helpers/fault-rows.ts). */
import { expect } from '@jest/globals';
import { HTML_PAGE, SMOKE, SMOKE_OUTPUTS, at, faultTable, type Row } from '../helpers/fault-rows.ts';
import { NO_BLACK_HOLE, QUEUE_NOT_REFUSED, useBlackHole } from '../helpers/network.ts';
import { seededAccount } from '../helpers/run.ts';

const blackHole = useBlackHole();

const rows: Row[] = [
  {
    name: 'refused',
    before: (s) => void (seededAccount(s).documentEndpoint = 'https://127.0.0.1:9/'),
    exit: 1,
    message: /step 'account'.*connection was refused: a firewall or private endpoint rule blocks this runner.*ECONNREFUSED/,
    maxMs: 6000,
  },
  {
    name: 'connect timeout (black hole)',
    before: (s) => void (seededAccount(s).documentEndpoint = `https://127.0.0.1:${blackHole.port}/`),
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /step 'account'.*timed out after 2 s/,
    maxMs: 4000,
    skip: NO_BLACK_HOLE,
  },
  {
    name: 'a full accept queue, which Windows refuses: refused at once, not waited on',
    before: (s) => void (seededAccount(s).documentEndpoint = `https://127.0.0.1:${blackHole.port}/`),
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /step 'account'.*connection was refused: a firewall or private endpoint rule blocks this runner.*ECONNREFUSED/,
    maxMs: 6000,
    skip: QUEUE_NOT_REFUSED,
  },
  {
    name: 'accepts and never answers',
    faults: at('/dbs/appdb', { hang: true }, Infinity),
    inputs: () => ({ 'timeout-seconds': '2' }),
    exit: 1,
    message: /step 'database'.*timed out after 2 s/,
    maxMs: 4000,
  },
  {
    name: 'slow body within the budget (the database and container reads, each in ten parts 60 ms apart)',
    // A fault's path matches as a substring, so '/dbs/appdb' also matches the container read, which the
    // smoke test sends at the same moment: a one-time fault went to whichever arrived first. Both drip.
    faults: () => [{ service: 'cosmos', path: '/dbs/appdb', method: 'GET', action: { dripBodyMs: 60 }, times: Infinity }],
    exit: 0,
    maxMs: 5000,
    check: (s) => {
      const read = s.faults.requests.find((r) => r.service === 'cosmos' && r.method === 'GET' && r.path === '/dbs/appdb')!;
      expect(read.finishedAt - read.at).toBeGreaterThanOrEqual(500);
    },
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
    name: '401 saying local authorization is disabled, with substatus 0: explained as disableLocalAuth',
    faults: at(
      '/dbs/appdb',
      {
        status: 401,
        headers: { 'x-ms-substatus': '0' },
        body: { code: 'Unauthorized', message: 'Local Authorization is disabled. Use an AAD token to authorize all requests.' },
      },
      Infinity,
    ),
    exit: 1,
    message: /step 'database'.*local \(key\) authentication disabled \(disableLocalAuth\)/,
    maxMs: 6000,
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
    faults: at('/dbs/appdb', { status: 502, body: HTML_PAGE, headers: { 'content-type': 'text/html' } }, Infinity),
    exit: 1,
    message: /step 'database'/,
    maxMs: 6000,
  },
];

faultTable('Cosmos DB data plane faults (smoke test)', rows, SMOKE, SMOKE_OUTPUTS);
