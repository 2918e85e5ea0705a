/**
 * Unit tests for what the smoke test takes from the data plane (sql-answers.ts), the
 * NODE_DEBUG refusal (failures.ts) and its HTTP client for @azure/cosmos
 * (sdk-http.ts) against a local server: bounded answers, headers, aborts, error codes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { finite, partitionKeyPaths, pathsText, probeItem, regionsText, throughputText } from '../../src/smoke-test/sql-answers.ts';
import { DataPlaneAnswerTooLarge, networkDebugIn, refuseNetworkDebug } from '../../src/smoke-test/failures.ts';
import { MAX_ANSWER_BYTES, dataPlaneHttpClient } from '../../src/smoke-test/sdk-http.ts';
import { DataPlaneTransport } from '../../src/net/transport.ts';

const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

describe('NODE_DEBUG that would print request headers', () => {
  it.each([
    ['http', 'http'],
    ['HTTPS', 'https'],
    ['fs,Net', 'net'],
    ['module, tls', 'tls'],
    ['ht*', 'http'],
    ['*', 'http'],
    ['fetch', 'fetch'],
    ['UNDICI', 'undici'],
  ])('%j turns on %s', (value, module) => {
    expect(networkDebugIn(value)).toBe(module);
    expect(refuseNetworkDebug(value)?.message).toContain(`Node's '${module}' debug log`);
  });

  it.each([undefined, '', 'module', 'fs,esm', 'http2', 'h?tp', 'nett'])('%j turns on none', (value) => {
    expect(networkDebugIn(value)).toBeUndefined();
    expect(refuseNetworkDebug(value)).toBeUndefined();
  });

  it('the refusal says why and what to do, and quotes the value on one line', () => {
    const message = refuseNetworkDebug('https,x\n::warning::y')!.message;
    expect(message).toContain('NODE_DEBUG="https,x\\n::warning::y"');
    // The fix on the first line, why on the second: the value itself adds no line.
    const [first, why, ...more] = message.split('\n');
    expect(first).toMatch(/unset NODE_DEBUG for this step.*auth: entra/);
    expect(why).toContain('signatures made with the account key');
    expect(more).toEqual([]);
  });
});

describe('partition-key paths', () => {
  it.each([
    [undefined, []],
    [null, []],
    [{ paths: ['/pk'] }, ['/pk']],
    [{ paths: ['/tenant/id', '/region'], kind: 'MultiHash' }, ['/tenant/id', '/region']],
  ])('%j is read as %j', (definition, paths) => {
    expect(partitionKeyPaths('items', definition)).toEqual(paths);
  });

  it.each([
    ['/__proto__/error', '__proto__'],
    ['/constructor/prototype/x', 'constructor'],
    ['/a/prototype', 'prototype'],
  ])('%s is refused, naming the container and the segment', (path, segment) => {
    expect(() => partitionKeyPaths('items', { paths: ['/pk', path] })).toThrow(
      new RegExp(`container 'items' has the partition key path '${path}', whose segment '${segment}' .*refuses it`),
    );
  });

  it.each([[{ paths: '/pk' }], [{ paths: [1] }], [{ paths: ['pk'] }], [{ paths: [{ toString: () => '/pk' }] }]])(
    'a definition whose paths are not /paths (%j) is refused',
    (definition) => {
      expect(() => partitionKeyPaths('items', definition)).toThrow(/container 'items' answered with a partition key definition/);
    },
  );

  it('are logged each on one line', () => {
    expect(pathsText(['/a\n::warning::x', '/b'])).toBe('/a ::warning::x, /b');
    expect(pathsText([])).toBe('none');
  });
});

describe('the write probe item', () => {
  it('holds the ID at every path, in objects without a prototype', () => {
    const item = probeItem('id-1', ['/tenant/id', '/region', '/tenant/zone']);
    expect(JSON.parse(JSON.stringify(item))).toEqual({
      id: 'id-1',
      purpose: expect.any(String),
      tenant: { id: 'id-1', zone: 'id-1' },
      region: 'id-1',
    });
    expect(Object.getPrototypeOf(item)).toBeNull();
    expect(Object.getPrototypeOf(item['tenant'])).toBeNull();
  });

  it.each(['/__proto__/error', '/constructor/prototype/x', '/prototype'])('refuses %s and leaves Object.prototype untouched', (path) => {
    expect(() => probeItem('id-1', [path])).toThrow(/was refused/);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE);
  });
});

describe('regions and throughput for the log', () => {
  it.each([
    [undefined, 'reachable'],
    ['West Europe', 'reachable'],
    [[{ name: 'West Europe' }, { name: 'North Europe' }], 'regions: West Europe, North Europe'],
    [[{ name: 7 }, null, 'x', { name: ' ' }, { name: 'East US' }], 'regions: East US'],
    [[{ name: 'a\r\n::error::x' }], 'regions: a ::error::x'],
  ])('%j: %s', (locations, text) => {
    expect(regionsText(locations)).toBe(text);
  });

  it('names at most ten regions', () => {
    const locations = Array.from({ length: 12 }, (_, i) => ({ name: `r${i}` }));
    expect(regionsText(locations)).toBe('regions: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 and 2 more');
  });

  it.each([
    [undefined, 'no provisioned throughput (serverless?)'],
    [{ content: { offerThroughput: 400 } }, '400 RU/s provisioned (container)'],
    [{ content: { offerThroughput: 400, offerAutopilotSettings: { maxThroughput: 4000 } } }, 'autoscale up to 4000 RU/s (container)'],
    [{ content: { offerThroughput: '400\n::warning::x' } }, 'throughput not readable from the offer (container)'],
    [JSON.parse('{"content":{"offerThroughput":1e999}}'), 'throughput not readable from the offer (container)'],
    [
      { content: { offerThroughput: -1, offerAutopilotSettings: { maxThroughput: 'x' } } },
      'throughput not readable from the offer (container)',
    ],
    [null, 'throughput not readable from the offer (container)'],
  ])('offer %j: %s', (offer, text) => {
    expect(throughputText(offer, 'container')).toBe(text);
  });

  it('numbers are printed only when finite', () => {
    expect([finite(1.5), finite(Infinity), finite(NaN), finite('1'), finite(null)]).toEqual([
      1.5,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the HTTP client for @azure/cosmos', () => {
  type Handler = (res: ServerResponse, headers: IncomingHttpHeaders) => void;
  let server: Server;
  let handler: Handler = (res) => void res.end();
  /** Bytes the server managed to write in the last answer before the client closed it. */
  let written = 0;
  let base = '';
  const transports: DataPlaneTransport[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => handler(res, req.headers));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const transport of transports) transport.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  type Client = ReturnType<typeof dataPlaneHttpClient>;
  type Request = Parameters<Client['sendRequest']>[0];
  const client = (limit?: number): Client => {
    const transport = new DataPlaneTransport(base);
    transports.push(transport);
    return dataPlaneHttpClient(transport, limit);
  };
  const request = (fields: { url?: string; headers?: Record<string, string>; body?: string; abortSignal?: AbortSignal } = {}): Request =>
    ({
      url: fields.url ?? `${base}/dbs/appdb`,
      method: fields.body ? 'POST' : 'GET',
      headers: { toJSON: () => ({ ...fields.headers }) },
      body: fields.body,
      abortSignal: fields.abortSignal,
    }) as unknown as Request;

  /** Answers 200 in 64 KiB chunks, without a content-length, until the client stops reading. */
  const endless: Handler = (res) => {
    written = 0;
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const more = (): void => {
      while (!res.destroyed && written < 64 * 1024 * 1024) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('close', () => undefined);
    more();
  };

  it('bounds the answer at 4 MiB by default', () => {
    expect(MAX_ANSWER_BYTES).toBe(4 * 1024 * 1024);
  });

  it('reads an answer: status, headers (lower case, first of a list, own properties) and text', async () => {
    handler = (res, headers) => {
      res.setHeader('X-Ms-Request-Charge', '2.5');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ seen: headers }));
    };
    const response = await client().sendRequest(
      request({ headers: { 'x-ms-date': 'now', 'Accept-Encoding': 'gzip', 'content-length': '99' }, body: '{"id":"a"}' }),
    );
    expect(response.status).toBe(201);
    const json = response.headers.toJSON();
    expect(json['x-ms-request-charge']).toBe('2.5');
    expect(response.headers.get('X-MS-REQUEST-CHARGE')).toBe('2.5');
    expect(json['set-cookie']).toBe('a=1');
    // A header named __proto__ (Node drops it; set here) stays a header, not the object's prototype.
    response.headers.set('__proto__', 'not a prototype');
    const again = response.headers.toJSON();
    expect(Object.getOwnPropertyDescriptor(again, '__proto__')?.value).toBe('not a prototype');
    expect(Object.getPrototypeOf(again)).toBe(Object.prototype);
    const seen = (JSON.parse(response.bodyAsText!) as { seen: IncomingHttpHeaders }).seen;
    expect(seen['accept-encoding']).toBeUndefined(); // no compression asked for
    expect(seen['content-length']).toBe('10');
    expect(seen['x-ms-date']).toBe('now');
  });

  it.each([
    ['x-ms-retry-after-ms', '0', '500'],
    ['x-ms-retry-after-ms', '-5', '500'],
    ['x-ms-retry-after-ms', 'soon', '500'],
    ['x-ms-retry-after-ms', '1200', '1200'],
    ['retry-after-ms', '3', '500'],
    ['retry-after-ms', '800', '800'],
    ['retry-after', '0', '0.5'],
    ['retry-after', 'Thu, 01 Jan 1970 00:00:00 GMT', '0.5'],
    ['retry-after', 'never', '0.5'],
    ['retry-after', '2', '2'],
  ])('raises a throttling wait the SDKs read (%s: %j) to the 0.5 s floor: %j', async (name, value, floored) => {
    handler = (res) => {
      res.writeHead(429, { [name]: value });
      res.end();
    };
    const response = await client().sendRequest(request());
    expect(response.headers.get(name)).toBe(floored);
  });

  it('refuses an answer whose content-length is over the bound, without reading it', async () => {
    handler = (res) => {
      res.writeHead(200, { 'content-length': String(2048) });
      res.end(Buffer.alloc(2048, 0x20));
    };
    await expect(client(1024).sendRequest(request())).rejects.toBeInstanceOf(DataPlaneAnswerTooLarge);
  });

  it('stops reading a longer answer (no content-length) once past the bound', async () => {
    handler = endless;
    const error = await client()
      .sendRequest(request())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataPlaneAnswerTooLarge);
    expect((error as DataPlaneAnswerTooLarge).code).toBe('ANSWER_TOO_LARGE');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The server was stopped well before its 64 MiB (socket buffers let some more through).
    expect(written).toBeLessThan(MAX_ANSWER_BYTES + 8 * 1024 * 1024);
  });

  it('aborts with an AbortError when the request signal aborts, mid-answer too', async () => {
    handler = endless;
    const controller = new AbortController();
    const pending = client(Number.MAX_SAFE_INTEGER).sendRequest(request({ abortSignal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client().sendRequest(request({ abortSignal: AbortSignal.abort() }))).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("keeps Node's error code for a failed connection, as the SDK's retry policies read it", async () => {
    await expect(client().sendRequest(request({ url: 'http://127.0.0.1:9/' }))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('a connection closed mid-answer is ECONNRESET', async () => {
    handler = (res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('{"partial":');
      setTimeout(() => res.destroy(), 20);
    };
    await expect(client().sendRequest(request())).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

describe('the SDK’s request timeout', () => {
  it('is 30 s, or a second past what is left of timeout-seconds, so the budget’s abort ends a request that never answers', async () => {
    const { requestTimeoutMs } = await import('../../src/smoke-test/sql.ts');
    expect(requestTimeoutMs(120_000)).toBe(30_000);
    expect(requestTimeoutMs(29_000)).toBe(30_000);
    expect(requestTimeoutMs(10_000)).toBe(11_000);
    expect(requestTimeoutMs(0)).toBe(1000);
  });
});
