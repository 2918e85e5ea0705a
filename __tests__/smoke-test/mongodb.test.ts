/**
 * The API for MongoDB smoke test (src/smoke-test/mongodb.ts) against the simulator's MongoDB data
 * plane (simulator/mongo.ts), run in process: what it logs when it passes, and how each failure is
 * explained (wrong key, firewall, missing collection, server version too old, DNS, refused, TLS,
 * timeout, a proxy it cannot use), with no key, URI or document content in any of it.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { makeTestPki } from '../../simulator/certs.ts';
import { startMongoDataPlane, type MongoAccount } from '../../simulator/mongo.ts';
import { mongoDataPlaneForFile } from '../helpers/mongo.ts';

const logged: string[] = [];
/** Every line logged in this file, for the leak scan at the end. */
const allLogged: string[] = [];
const log = (line: string): void => void [logged, allLogged].forEach((lines) => lines.push(line));
const secrets: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  info: log,
  debug: log,
  warning: log,
  setSecret: (value: string) => secrets.push(value),
}));
const { runMongoSmokeTest } = await import('../../src/smoke-test/mongodb.ts');
const { Budget } = await import('../../src/net/budget.ts');

const key = (): string => randomBytes(64).toString('base64');
const ACCOUNT = 'contoso-mongo';
const accounts = new Map<string, MongoAccount>();
/** Every key any test used, and every message a test got: the leak scan at the end reads them. */
const usedKeys: string[] = [];
const messages: string[] = [];
const suite = mongoDataPlaneForFile(accounts);

function account(changes: Partial<MongoAccount> = {}): MongoAccount {
  const keys = [key(), key(), key(), key()];
  usedKeys.push(...keys);
  const made = { name: ACCOUNT, keys, serverVersion: '4.2', ...changes };
  accounts.set(made.name, made);
  return made;
}

async function run(options: { key: string; keyName?: string; host?: string; database?: string; container?: string; seconds?: number }) {
  const budget = new Budget(options.seconds ?? 20);
  try {
    return await runMongoSmokeTest(
      { host: options.host ?? `127.0.0.1:${suite.current().port}`, accountName: ACCOUNT, runId: '42', ...options },
      budget,
    );
  } finally {
    budget.cancel();
  }
}

/** The failure a run ends with (its message kept for the leak scan). */
async function failure(options: Parameters<typeof run>[0]): Promise<string> {
  const error = await run(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  messages.push(message);
  return message;
}

/** Sockets close a moment after the client has: wait for the data plane to see them go. */
async function connectionsClosed(): Promise<number> {
  for (let i = 0; i < 50 && suite.current().openConnections() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  return suite.current().openConnections();
}

beforeEach(() => {
  logged.length = 0;
  accounts.clear();
});

describe('a passing API for MongoDB smoke test', () => {
  it('signs in with SCRAM-SHA-256 and pings, masking the key first and closing every connection', async () => {
    const { keys } = account();
    const result = await run({ key: keys[0]! });
    expect(result.steps.map((s) => s.name)).toEqual(['ping']);
    expect(logged).toEqual([
      expect.stringMatching(
        /^Smoke test: ping ok in \d+ ms \(started at \+\d+ ms, one after the other\), 0 RU: signed in to 'contoso-mongo' with the account key, server version 4\.2 \(wire version 8\)$/,
      ),
    ]);
    expect(secrets).toContain(keys[0]);
    expect(suite.current().authentications.at(-1)).toEqual({ account: ACCOUNT, mechanism: 'SCRAM-SHA-256', ok: true });
    expect(await connectionsClosed()).toBe(0);
  });

  it('with a database and collection, reads one document by ID only and counts its request charge', async () => {
    const { keys } = account({ serverVersion: '7.0' });
    const result = await run({ key: keys[3]!, keyName: 'the secondary read-only key', database: 'appdb', container: 'items' });
    expect(result.steps.map((s) => [s.name, s.requestCharge])).toEqual([
      ['ping', 0],
      ['find one', 2.28],
    ]);
    expect(result.requestCharge).toBe(2.28);
    expect(logged[0]).toMatch(/with the secondary read-only key, server version 7\.0 \(wire version 21\)$/);
    expect(logged[1]).toMatch(
      /^Smoke test: find one ok in \d+ ms \(started at \+\d+ ms, one after the other\), 2\.28 RU: 'appdb'\.'items': 1 document\(s\) read \(content not fetched\)$/,
    );
    expect(logged.join('\n')).not.toMatch(/seeded item/);
    expect(await connectionsClosed()).toBe(0);
  });

  it('keeps the driver quiet whatever MONGODB_LOG_* says (its log would print commands and replies)', async () => {
    const { keys } = account();
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => Boolean(written.push(String(chunk))));
    const outWrite = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => Boolean(written.push(String(chunk))));
    process.env['MONGODB_LOG_ALL'] = 'debug';
    try {
      await run({ key: keys[0]!, database: 'appdb', container: 'items' });
    } finally {
      delete process.env['MONGODB_LOG_ALL'];
      write.mockRestore();
      outWrite.mockRestore();
    }
    expect(written).toEqual([]);
  });
});

describe('a failing API for MongoDB smoke test says why', () => {
  it('a wrong key: AuthenticationFailed (code 18), which key, and what to check', async () => {
    account();
    const wrong = key();
    usedKeys.push(wrong);
    const message = await failure({ key: wrong });
    expect(message).toMatch(
      /^Smoke test failed at step 'ping' against 127\.0\.0\.1:\d+ \(API for MongoDB\): the account refused the account key \(code 18, AuthenticationFailed: Invalid key\): re-run the job.*\nThe user name is the account name 'contoso-mongo'.*regenerated after the action fetched it/,
    );
    expect(suite.current().authentications.at(-1)).toEqual({ account: ACCOUNT, mechanism: 'SCRAM-SHA-256', ok: false });
    expect(await connectionsClosed()).toBe(0);
  });

  it("a key of another account is refused the same way (the user name picks the account's keys)", async () => {
    account();
    const other = account({ name: 'other-mongo' });
    expect(await failure({ key: other.keys[0]! })).toMatch(/the account refused the account key \(code 18, AuthenticationFailed/);
  });

  it('a firewall that blocks the runner: the rule to change, with the server text sanitised', async () => {
    const { keys } = account({ blockedByFirewall: true });
    expect(await failure({ key: keys[0]! })).toMatch(
      /the account's firewall or network rules block this runner \(code 13\): allow .*Networking settings.*\nThe account said: Request originated from IP 127\.0\.0\.1 through public internet\. This is blocked by your Cosmos DB account firewall settings\./,
    );
  });

  it('a collection that does not exist: NamespaceNotFound (code 26) names it and its database', async () => {
    const { keys } = account();
    const message = await failure({ key: keys[0]!, database: 'appdb', container: 'orders' });
    expect(message).toMatch(/at step 'find one'.*collection 'orders' does not exist in database 'appdb' \(code 26, NamespaceNotFound\)/);
    expect(logged[0]).toMatch(/^Smoke test: ping ok/);
  });

  it.each([
    ['4.0', /MongoDB 4\.0 \(wire version 7\)/],
    ['3.6', /MongoDB 3\.6 \(wire version 6\)/],
  ])('server version %s, older than the driver supports: upgrade the account, said at once', async (serverVersion, version) => {
    const { keys } = account({ serverVersion });
    const started = Date.now();
    const message = await failure({ key: keys[0]!, seconds: 30 });
    expect(message).toMatch(version);
    expect(message).toMatch(
      /older than the MongoDB driver the action uses supports \(4\.2 or later\)\. Upgrade the account's server version to 4\.2 or later/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a refused connection: a firewall or private endpoint rule, said at once', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const started = Date.now();
    const message = await failure({ key: key(), host: `127.0.0.1:${port}`, seconds: 30 });
    expect(message).toMatch(/the connection was refused: a firewall or private endpoint rule blocks this runner \(ECONNREFUSED\)/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a certificate that does not verify: TLS, and the CA to give Node', async () => {
    const untrusted = makeTestPki();
    const other = await startMongoDataPlane({ cert: untrusted.cert, key: untrusted.key, account: (name) => accounts.get(name) });
    try {
      const { keys } = account();
      expect(await failure({ key: keys[0]!, host: `127.0.0.1:${other.port}` })).toMatch(
        /TLS verification failed \(.*\): .*NODE_EXTRA_CA_CERTS/,
      );
    } finally {
      await other.close();
    }
  });

  it('an endpoint that accepts connections and never answers: timeout-seconds, with no socket left open', async () => {
    const sockets = new Set<Socket>();
    const open = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.resume(); // read (and drop) the TLS hello, so the client's close is seen
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const message = await failure({ key: key(), host: `127.0.0.1:${(silent.address() as { port: number }).port}`, seconds: 2 });
      expect(message).toMatch(/timed out after 2 s \(timeout-seconds\) in all/);
      expect(Date.now() - started).toBeLessThan(5000);
      for (let i = 0; i < 50 && open.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(sockets.size).toBeGreaterThan(0);
      expect(open.size).toBe(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('behind an HTTPS_PROXY the driver cannot use: says it connected directly, and why that failed', async () => {
    process.env['HTTPS_PROXY'] = 'http://proxy.example.invalid:3128';
    try {
      const message = await failure({ key: key(), host: 'contoso-mongo.mongo.cosmos.example.invalid:10255' });
      expect(message).toMatch(/DNS (could not resolve|did not answer)/);
      expect(message).toMatch(
        /names a proxy for this host \(proxy\.example\.invalid:3128\), but the MongoDB driver cannot use an HTTP proxy and connected directly/,
      );
      expect(logged).toContainEqual(
        expect.stringMatching(
          /names a proxy \(proxy\.example\.invalid:3128\) for contoso-mongo\.mongo\.cosmos\.example\.invalid:10255, .*connects directly/,
        ),
      );
    } finally {
      delete process.env['HTTPS_PROXY'];
    }
  });

  it('a host that is not host:port is refused before any connection (nothing a URI could read as credentials or options)', async () => {
    for (const host of ['evil@127.0.0.1:1', '127.0.0.1:1/?tlsInsecure=true', 'a.example,b.example:1', '127.0.0.1']) {
      expect(await failure({ key: key(), host })).toMatch(/^Smoke test not run: the API for MongoDB endpoint ".*" is not host:port\.$/);
    }
  });
});

it('no key, in any form, and no document content appears in any log line or message', () => {
  const printed = [...allLogged, ...messages].join('\n');
  expect(messages.length).toBeGreaterThan(10);
  for (const k of usedKeys) {
    expect(printed).not.toContain(k);
    expect(printed).not.toContain(encodeURIComponent(k));
    expect(printed).not.toContain(k.slice(0, 20));
  }
  expect(printed).not.toMatch(/seeded item|mongodb:\/\//);
});
