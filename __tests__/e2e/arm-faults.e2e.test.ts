/** ARM faults: the key operation and the account read, failing every way ARM (or a proxy in front of it) can (see helpers/fault-rows.ts). */
import { BASE, HTML_PAGE, KEYS, KEY_OUTPUTS, at, faultTable, keysBody, type Row } from '../helpers/fault-rows.ts';
import { NO_BLACK_HOLE, QUEUE_NOT_REFUSED, useBlackHole } from '../helpers/network.ts';

const blackHole = useBlackHole();
/** ARM at the black hole's port, with a 2 s budget. */
const atBlackHole = (): Record<string, string> => ({
  'arm-endpoint': `https://127.0.0.1:${blackHole.port}`,
  'arm-resource': 'https://management.azure.com/',
  'timeout-seconds': '2',
});

const rows: Row[] = [
  {
    name: 'refused',
    inputs: () => ({ 'arm-endpoint': 'https://127.0.0.1:9', 'arm-resource': 'https://management.azure.com/' }),
    exit: 1,
    message: /Could not reach ARM at 127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    maxMs: 2000,
  },
  {
    name: 'connect timeout (black hole)',
    inputs: atBlackHole,
    exit: 1,
    message: /Timed out after 2 s .*ARM/,
    maxMs: 3000,
    minMs: 1900,
    skip: NO_BLACK_HOLE,
  },
  {
    name: 'a full accept queue, which Windows refuses: refused at once, not waited on',
    inputs: atBlackHole,
    exit: 1,
    message: /Could not reach ARM at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    maxMs: 2000,
    skip: QUEUE_NOT_REFUSED,
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
    name: '429 with Retry-After: 0 (seconds), twice, then success after the 0.5 s floor, not after the 1 s backoff',
    faults: at(KEYS, { status: 429, headers: { 'retry-after': '0' } }, 2),
    exit: 0,
    requests: [['arm', KEYS, 3]],
    pauseMs: [450, 900],
    maxMs: 3000,
  },
  {
    // A date already reached means now (raised to the 0.5 s floor): an unread date would fall back to the 1 s backoff.
    name: '429 with Retry-After as an HTTP date already reached, then success after the 0.5 s floor',
    faults: at(KEYS, { status: 429, headers: { 'retry-after': new Date(Date.now() - 5000).toUTCString() } }),
    exit: 0,
    requests: [['arm', KEYS, 2]],
    pauseMs: [450, 900],
    maxMs: 3000,
  },
  {
    name: '429 with Retry-After as an HTTP date past the budget: not waited for',
    faults: () => [
      { service: 'arm', path: KEYS, action: { status: 429, headers: { 'retry-after': new Date(Date.now() + 3600_000).toUTCString() } } },
    ],
    exit: 1,
    message: /Retry-After 3[56]\d\d s/,
    requests: [['arm', KEYS, 1]],
    maxMs: 2000,
  },
  {
    name: '429 without Retry-After, then success (1 s backoff)',
    faults: at(KEYS, { status: 429 }),
    exit: 0,
    requests: [['arm', KEYS, 2]],
    pauseMs: [900, 2000],
    maxMs: 4000,
  },
  {
    name: '429 with Retry-After six times, past the 5 attempts of other failures: waited out within the budget (a fleet throttled together), then success',
    faults: at(KEYS, { status: 429, headers: { 'retry-after': '0' } }, 6),
    exit: 0,
    requests: [['arm', KEYS, 7]],
    maxMs: 5000,
  },
  {
    name: '429 that persists: waited out until timeout-seconds, then explained with the time waited and what to do',
    inputs: () => ({ 'timeout-seconds': '3' }),
    faults: at(
      KEYS,
      { status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'TooManyRequests', message: 'Too many requests' } } },
      Infinity,
    ),
    exit: 1,
    message:
      /throttled readonlykeys on the account and it still failed after \d+ attempt\(s\) over [23] s, having waited \d\.\d s in all \(Retry-After 0 s\), within 3 s \(timeout-seconds\): raise timeout-seconds .*use auth: entra, which makes no key calls\.%0A.*500 key list or get calls per 5 minutes/,
    maxMs: 3500,
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
    faults: at(KEYS, { status: 200, body: HTML_PAGE, headers: { 'content-type': 'text/html' } }),
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
  ...[302, 307].map((status): Row => ({
    name: `a redirect (${status}) to another host: not followed with the token`,
    faults: at(KEYS, { status, headers: { location: 'https://attacker.sim.test/collect' } }),
    exit: 1,
    message: new RegExp(`redirect \\(${status}\\) to attacker\\.sim\\.test: check arm-endpoint.*%0AThe redirect was not followed`),
    requests: [['arm', KEYS, 1]],
    maxMs: 2000,
  })),
];

faultTable('ARM faults', rows, BASE, KEY_OUTPUTS);
