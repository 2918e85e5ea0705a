/** The shared HTTP layer: retries as a policy says (with a floor under every wait and caps on attempts), within the time budget, bounded bodies. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'node:http';
import { ARM_RETRY } from '../../src/arm/client.ts';
import { BodyTooLarge, NetworkFailure, send, type Transport } from '../../src/net/http.ts';
import { Budget } from '../../src/net/budget.ts';
import { MIN_RETRY_DELAY_MS, RequestLimit, RequestLimitReached, parseRetryAfter, type RetryPolicy } from '../../src/net/retry.ts';
import { IMDS_RETRY } from '../../src/credentials/metadata-service.ts';

let server: Server;
let base: string;
let script: Array<(res: ServerResponse) => void> = [];
let hits = 0;
/** When each request arrived (ms since the epoch). */
let arrivals: number[] = [];
const agent = new Agent({ keepAlive: false });
const transport: Transport = { agent: () => agent, connectTimeoutMs: 1000 };

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    arrivals.push(Date.now());
    const next = script.shift();
    if (next) next(res);
    else res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  agent.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Two retries, as soon as allowed (the floor makes that MIN_RETRY_DELAY_MS). */
const fast: RetryPolicy = {
  statusCodes: [503],
  errorCodes: ['ECONNRESET'],
  maxAttempts: 10,
  delay: (_f, attempt) => (attempt <= 2 ? 0 : undefined),
};

function go(policy: RetryPolicy = fast, seconds = 5, limit?: RequestLimit) {
  hits = 0;
  arrivals = [];
  return send(transport, { url: new URL(`${base}/x`), method: 'POST', headers: {}, body: '' }, policy, new Budget(seconds), limit);
}

/** The pauses between consecutive requests, in ms. */
const gaps = (): number[] => arrivals.slice(1).map((at, i) => at - arrivals[i]!);

describe('send', () => {
  it('retries a retryable status and counts the attempts', async () => {
    script = [(res) => res.writeHead(503).end(), (res) => res.writeHead(503).end()];
    const res = await go();
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(3);
    expect(hits).toBe(3);
  });

  it('returns the last answer, body included, when the policy gives up', async () => {
    script = [0, 1, 2, 3].map(() => (res) => res.writeHead(503, { 'x-ms-request-id': 'r' }).end('{"error":{"code":"Busy"}}'));
    const res = await go();
    expect(res.status).toBe(503);
    expect(res.body).toBe('{"error":{"code":"Busy"}}');
    expect(res.headers['x-ms-request-id']).toBe('r');
    expect(res.attempts).toBe(3);
    script = [];
  });

  it('does not retry a status outside the policy, and keeps its body', async () => {
    script = [(res) => res.writeHead(403).end('{"error":{"code":"AuthorizationFailed"}}')];
    const res = await go();
    expect([res.status, res.attempts, res.body]).toEqual([403, 1, '{"error":{"code":"AuthorizationFailed"}}']);
  });

  it('gives up rather than wait past the budget', async () => {
    script = [(res) => res.writeHead(503, { 'retry-after': '30' }).end()];
    const slow: RetryPolicy = { ...fast, delay: (f) => f.retryAfterMs };
    const started = Date.now();
    const res = await go(slow, 2);
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out a server that never answers, within the budget', async () => {
    script = [() => undefined];
    const started = Date.now();
    const error = await go(fast, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkFailure);
    expect((error as NetworkFailure).timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries a connection reset, and names a refused connection without retrying it', async () => {
    script = [(res) => res.socket?.destroy()];
    expect((await go()).attempts).toBe(2);
    const refused = await send(transport, { url: new URL('http://127.0.0.1:9/x'), method: 'GET', headers: {} }, fast, new Budget(5)).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'ECONNREFUSED', attempts: 1, timedOut: false });
  });

  it('waits at least MIN_RETRY_DELAY_MS whatever Retry-After says: 0, negative, a past date, garbage', async () => {
    const values = ['0', '-5', new Date(Date.now() - 60_000).toUTCString(), 'soon'];
    script = values.map((value) => (res) => res.writeHead(503, { 'retry-after': value }).end());
    const eager: RetryPolicy = { ...fast, delay: (f) => f.retryAfterMs ?? 0 };
    const res = await go(eager);
    expect([res.status, res.attempts]).toEqual([200, 5]);
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(MIN_RETRY_DELAY_MS - 20);
  });

  it('shows the policy a Retry-After under the floor as the floor', async () => {
    script = [(res) => res.writeHead(503, { 'retry-after': '0' }).end()];
    const seen: Array<number | undefined> = [];
    await go({ ...fast, delay: (f) => (seen.push(f.retryAfterMs), 0) });
    expect(seen).toEqual([MIN_RETRY_DELAY_MS]);
  });

  it('stops at the policy’s maxAttempts, whatever its delay says, and says so', async () => {
    script = [0, 1, 2].map(() => (res) => res.writeHead(503).end());
    const res = await go({ ...fast, maxAttempts: 2, delay: () => 0 });
    expect([res.status, res.attempts, res.gaveUp, hits]).toEqual([503, 2, 'attempts', 2]);
    script = [];
  });

  it('gives up on a delay that is not a finite number (no hot loop on NaN)', async () => {
    script = [(res) => res.writeHead(503).end()];
    const res = await go({ ...fast, delay: () => Number.NaN });
    expect([res.status, res.attempts, res.gaveUp]).toEqual([503, 1, 'policy']);
  });

  it('gives a RequestLimit back its place for each request answered for good', async () => {
    const limit = new RequestLimit(1);
    for (let i = 0; i < 3; i++) expect((await go(fast, 5, limit)).status).toBe(200);
    script = [(res) => res.writeHead(403).end()];
    expect((await go(fast, 5, limit)).status).toBe(403);
    expect((await go(fast, 5, limit)).status).toBe(200);
  });

  it('shares a RequestLimit between calls: retries stop at it, and a call past it is not sent', async () => {
    const limit = new RequestLimit(3);
    script = [0, 1, 2, 3].map(() => (res) => res.writeHead(503).end());
    const res = await go({ ...fast, delay: () => 0 }, 5, limit);
    expect([res.status, res.attempts, res.gaveUp, hits]).toEqual([503, 3, 'limit', 3]);
    await expect(go(fast, 5, limit)).rejects.toBeInstanceOf(RequestLimitReached);
    expect(hits).toBe(0);
    script = [];
  });

  it('refuses a body over 1 MiB', async () => {
    script = [(res) => res.end(Buffer.alloc(2 * 1024 * 1024, 'a'))];
    await expect(go()).rejects.toBeInstanceOf(BodyTooLarge);
  });
});

describe('retry policies', () => {
  it('IMDS: 1, 2, 4 s for 404/429/5xx, then gives up; 410 every 10 s within 70 s; 8 attempts at most (MSAL: 1 + 7 for 410)', () => {
    expect([1, 2, 3, 4].map((n) => IMDS_RETRY.delay({ status: 500 }, n, 0))).toEqual([1000, 2000, 4000, undefined]);
    expect(IMDS_RETRY.delay({ status: 410 }, 6, 60_000)).toBe(10_000);
    expect(IMDS_RETRY.delay({ status: 410 }, 7, 61_000)).toBeUndefined();
    // Seven 10 s waits fill the 70 s window: the cap and the window agree.
    expect(IMDS_RETRY.maxAttempts).toBe(8);
    expect(IMDS_RETRY.statusCodes).not.toContain(400);
  });

  it('ARM: Retry-After when given, else 1, 2, 4, 8 s; 5 attempts at most', () => {
    expect(ARM_RETRY.delay({ status: 429, retryAfterMs: 3000 }, 1, 0)).toBe(3000);
    expect([1, 2, 3, 4, 5].map((n) => ARM_RETRY.delay({ status: 503 }, n, 0))).toEqual([1000, 2000, 4000, 8000, undefined]);
    expect(ARM_RETRY.maxAttempts).toBe(5);
    expect(ARM_RETRY.statusCodes).not.toContain(404);
  });

  it('parses Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    const date = parseRetryAfter(new Date(Date.now() + 5000).toUTCString())!;
    expect(date).toBeGreaterThan(3000);
    expect(date).toBeLessThanOrEqual(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-5')).toBe(0);
    expect(parseRetryAfter(new Date(Date.now() - 5000).toUTCString())).toBe(0);
  });
});
