/** IMDS faults: the managed identity token and instance metadata, failing every way IMDS can (see helpers/fault-rows.ts). */
import { expect } from '@jest/globals';
import { SEED } from '../../simulator/index.ts';
import { BASE, HTML_PAGE, KEY_OUTPUTS, TOKEN, at, faultTable, type Row } from '../helpers/fault-rows.ts';
import { NO_BLACK_HOLE, QUEUE_NOT_REFUSED, useBlackHole } from '../helpers/network.ts';
import type { Result } from '../helpers/run.ts';

const blackHole = useBlackHole();

/** When the action took its IMDS token to expire, in minutes from the end of the run (from its debug log). */
function tokenExpiresInMinutes(result: Result): number {
  const expires = /::debug::IMDS token: .*expires (\S+)/.exec(result.stdout)?.[1];
  return (Date.parse(expires ?? '') - Date.now()) / 60_000;
}

const rows: Row[] = [
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
    skip: NO_BLACK_HOLE,
  },
  {
    name: 'a full accept queue, which Windows refuses: refused at once, not waited on',
    env: () => ({ AZURE_POD_IDENTITY_AUTHORITY_HOST: `http://127.0.0.1:${blackHole.port}` }),
    exit: 1,
    message: /\(ECONNREFUSED\)\. This runner does not look like an Azure VM/,
    maxMs: 2000,
    skip: QUEUE_NOT_REFUSED,
  },
  {
    name: 'accepts and never answers',
    faults: at(TOKEN, { hang: true }),
    inputs: () => ({ 'timeout-seconds': '1' }),
    exit: 1,
    message: /Timed out after 1 s .* IMDS/,
    requests: [['imds', TOKEN, 1]],
    maxMs: 2500,
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
    inputs: () => ({ 'timeout-seconds': '1' }),
    exit: 1,
    message: /Timed out after 1 s/,
    maxMs: 2500,
  },
  {
    name: '410 (upgrading) three times with Retry-After: 0, then success: retried at the 0.5 s floor, not at once',
    faults: at(TOKEN, { status: 410, headers: { 'retry-after': '0' }, body: { error: 'gone' } }, 3),
    exit: 0,
    requests: [['imds', TOKEN, 4]],
    pauseMs: [450, 1000],
    maxMs: 3000,
  },
  {
    name: '410 whose Retry-After outlasts the budget: not waited for',
    faults: at(TOKEN, { status: 410, headers: { 'retry-after': '30' } }, Infinity),
    inputs: () => ({ 'timeout-seconds': '3' }),
    exit: 1,
    message: /IMDS answered 410 \(being upgraded\) and did not recover within 3 s \(timeout-seconds\)/,
    requests: [['imds', TOKEN, 1]],
    maxMs: 2000,
  },
  {
    // 1 s, then 70 s: within the budget, and 70 s alone would fit the window, but not 70 s after the first 1 s.
    name: '410 whose next wait ends past the 70 s upgrade window: gives up, though the budget allows it',
    faults: () => [
      { service: 'imds', path: TOKEN, action: { status: 410, headers: { 'retry-after': '1' } } },
      { service: 'imds', path: TOKEN, action: { status: 410, headers: { 'retry-after': '70' } }, times: Infinity },
    ],
    inputs: () => ({ 'timeout-seconds': '300' }),
    exit: 1,
    message: /IMDS answered 410 \(being upgraded\) after 2 attempts .*70 s upgrade window/,
    requests: [['imds', TOKEN, 2]],
    pauseMs: [900, 2000],
    maxMs: 2500,
  },
  {
    name: '429 with Retry-After: 0 (seconds), then success after the 0.5 s floor, not after the 1 s backoff',
    faults: at(TOKEN, { status: 429, headers: { 'retry-after': '0' } }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    pauseMs: [450, 900],
    maxMs: 3000,
  },
  {
    name: '429 with a negative Retry-After, then success after the 0.5 s floor',
    faults: at(TOKEN, { status: 429, headers: { 'retry-after': '-5' } }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    pauseMs: [450, 900],
    maxMs: 3000,
  },
  {
    name: '429 without Retry-After, then success (1 s backoff)',
    faults: at(TOKEN, { status: 429 }),
    exit: 0,
    requests: [['imds', TOKEN, 2]],
    pauseMs: [900, 2000],
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
    name: '200 with a valid token but no expires_on: accepted, expiring per expires_in',
    faults: at(TOKEN, { omitFields: ['expires_on'] }),
    exit: 0,
    requests: [['imds', TOKEN, 1]],
    maxMs: 2000,
    check: (_s, result) => expect(tokenExpiresInMinutes(result)).toBeCloseTo(86_399 / 60, 0),
  },
  {
    name: '200 with a valid token and no expiry fields at all: accepted, expiring in 5 minutes',
    faults: at(TOKEN, { omitFields: ['expires_on', 'expires_in', 'ext_expires_in'] }),
    exit: 0,
    requests: [['imds', TOKEN, 1]],
    maxMs: 2000,
    check: (_s, result) => expect(tokenExpiresInMinutes(result)).toBeCloseTo(5, 0),
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
    faults: at(TOKEN, { status: 502, body: HTML_PAGE, headers: { 'content-type': 'text/html', 'retry-after': '0' } }, Infinity),
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

faultTable('IMDS faults', rows, BASE, KEY_OUTPUTS);
