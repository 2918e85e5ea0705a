/**
 * The smoke test for API for MongoDB (RU) accounts: with the official `mongodb` driver (its own
 * chunk, loaded only for this smoke test), sign in with the account name and key over TLS and
 * `ping`; with a database and a container (collection) given, read one document there (its ID
 * only: no content is fetched or printed). Each step is timed and its request charge read with
 * Cosmos DB's `getLastRequestStatistics`; a failure is explained by mongodb-errors.ts.
 *
 * The client is configured from its parts here, as Cosmos DB's own connection string would set it
 * (TLS, replica set `globaldb`, no retryable writes, 120 s idle connections, appName
 * `@<account>@`), never from a connection string a server sent, which could turn off TLS
 * checks or name a proxy. The key goes in the options, not in a URI.
 */
import * as core from '@actions/core';
import type * as MongoDriver from 'mongodb';
import type { MongoClient, MongoClientOptions, ServerDescriptionChangedEvent } from 'mongodb';
import { ActionError, isTlsFailure } from '../report/errors.ts';
import type { Budget } from '../net/budget.ts';
import { maskSecret } from '../report/masking.ts';
import { explainMongoFailure, serverVersionText, type MongoStepName } from './mongodb-errors.ts';
import { roundCharge } from '../report/request-charge.ts';
import { serverText } from '../report/sanitize.ts';
import type { SmokeStep, SmokeTestResult } from './types.ts';
import { proxyHostFor } from '../net/transport.ts';
import { NAME, VERSION } from '../net/user-agent.ts';

export interface MongoSmokeTestOptions {
  /** The account's MongoDB endpoint, `host:port`, e.g. `<account>.mongo.cosmos.azure.com:10255`. */
  readonly host: string;
  /** The user name Cosmos DB for MongoDB expects: the account name. */
  readonly accountName: string;
  /** The password: an account key (read-write or read-only). */
  readonly key: string;
  /** Which key it is, for the messages, e.g. `the primary read-only key` (default `the account key`). */
  readonly keyName?: string;
  readonly database?: string;
  /** A collection in `database`. */
  readonly container?: string;
  /** The run's ID (a write probe would name its document after it; the MongoDB smoke test only reads). */
  readonly runId: string;
}

let driver: Promise<typeof MongoDriver> | undefined;

/** Start loading the driver (its own chunk); runMongoSmokeTest waits for it. */
function preloadMongoSmokeTest(): void {
  driver ??= import('mongodb');
  driver.catch(() => undefined);
}

/** `host:port` with a DNS name or a bracketed IPv6 address: nothing a URI could read as user info, path or options. */
const HOST_AND_PORT = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*|\[[0-9A-Fa-f:.]+\]):\d{1,5}$/;

/** Every component of the driver's own log off, whatever MONGODB_LOG_* says: it would print commands and their replies. */
const LOG_OFF = { default: 'off', command: 'off', topology: 'off', serverSelection: 'off', connection: 'off', client: 'off' } as const;

function clientOptions(options: MongoSmokeTestOptions, budget: Budget): MongoClientOptions {
  const remaining = Math.max(1, budget.remainingMs());
  return {
    auth: { username: options.accountName, password: options.key },
    authSource: 'admin',
    // No authMechanism: the driver asks the server (saslSupportedMechs) and takes SCRAM-SHA-256
    // when offered, as with the connection string Cosmos DB gives out, which names none either.
    tls: true,
    replicaSet: 'globaldb',
    // Only the host the action chose: the driver does not follow the hosts the server's hello lists.
    directConnection: true,
    retryWrites: false,
    maxIdleTimeMS: 120_000,
    appName: `@${options.accountName}@`,
    // The driver's handshake names the action too, as the User-Agent does elsewhere.
    driverInfo: { name: NAME, version: VERSION },
    // One connection: getLastRequestStatistics answers for the connection it is sent on.
    maxPoolSize: 1,
    serverSelectionTimeoutMS: remaining,
    connectTimeoutMS: Math.min(remaining, 10_000),
    socketTimeoutMS: remaining,
    mongodbLogComponentSeverities: LOG_OFF,
  };
}

/** The request charge of the last command on the client's connection; 0 when Cosmos DB does not say. */
async function lastCharge(client: MongoClient, database: string): Promise<number> {
  try {
    const stats = await client.db(database).command({ getLastRequestStatistics: 1 });
    const charge = Number(stats['RequestCharge']);
    return Number.isFinite(charge) && charge >= 0 ? charge : 0;
  } catch {
    return 0;
  }
}

/**
 * Whether the driver's monitor met an error that waiting cannot mend, so the run fails now rather
 * than when server selection times out: an account too old for the driver, a host DNS does not
 * know, a refused connection, a certificate that does not verify. Timeouts and resets are waited out.
 */
function settles(error: { name?: string; cause?: unknown } | null | undefined): boolean {
  if (!error) return false;
  if (error.name === 'MongoCompatibilityError') return true;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && (code === 'ENOTFOUND' || code === 'ECONNREFUSED' || isTlsFailure(code));
}

/** Close the client and its sockets; a server that does not answer endSessions gets 2 s, then the sockets are dropped. */
async function closeClient(client: MongoClient): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const forced = new Promise<void>((resolve) => {
    timer = setTimeout(() => void client.close(true).then(resolve, resolve), 2000);
  });
  await Promise.race([client.close().catch(() => undefined), forced]);
  clearTimeout(timer);
}

export async function runMongoSmokeTest(options: MongoSmokeTestOptions, budget: Budget): Promise<SmokeTestResult> {
  const started = performance.now();
  maskSecret(options.key);
  if (!HOST_AND_PORT.test(options.host)) {
    throw new ActionError(
      `Smoke test not run: the API for MongoDB endpoint ${JSON.stringify(serverText(options.host, 100))} is not host:port.`,
    );
  }
  const context = { ...options, keyName: options.keyName ?? 'the account key' };
  const proxy = proxyHostFor(`https://${options.host}/`);
  if (proxy) {
    core.info(
      `Smoke test: HTTPS_PROXY/HTTP_PROXY names a proxy (${proxy}) for ${options.host}, but the MongoDB driver cannot use an HTTP proxy: it connects directly.`,
    );
  }
  preloadMongoSmokeTest();
  const { MongoClient: Client } = await driver!;
  const client = new Client(`mongodb://${options.host}/`, clientOptions(options, budget));
  let wireVersion: number | undefined;
  /** An error that settles the run before the driver gives up waiting (an account too old for the driver). */
  let fatal: unknown;
  client.on('serverDescriptionChanged', (event: ServerDescriptionChangedEvent) => {
    const description = event.newDescription;
    if (description.maxWireVersion > 0) wireVersion = description.maxWireVersion;
    if (fatal === undefined && settles(description.error)) {
      fatal = description.error;
      void client.close(true);
    }
  });
  const onAbort = (): void => void client.close(true);
  budget.signal.addEventListener('abort', onAbort, { once: true });

  const steps: SmokeStep[] = [];
  const step = async (name: MongoStepName, database: string, work: () => Promise<string>): Promise<void> => {
    const t0 = performance.now();
    let detail: string;
    try {
      detail = await work();
    } catch (error) {
      throw explainMongoFailure(name, fatal ?? error, context, budget);
    }
    const ms = performance.now() - t0;
    const requestCharge = await lastCharge(client, database);
    steps.push({ name, startMs: t0 - started, ms, requestCharge, detail });
    core.info(
      `Smoke test: ${name} ok in ${Math.round(ms)} ms (started at +${Math.round(t0 - started)} ms, one after the other), ${roundCharge(requestCharge)} RU: ${detail}`,
    );
  };
  try {
    await step('ping', 'admin', async () => {
      await client.db('admin').command({ ping: 1 });
      const version = wireVersion === undefined ? '' : `, server version ${serverVersionText(wireVersion)}`;
      return `signed in to '${serverText(options.accountName, 60)}' with ${context.keyName}${version}`;
    });
    const { database, container } = options;
    if (database && container) {
      await step('find one', database, async () => {
        const found = await client
          .db(database)
          .collection(container)
          .findOne({}, { projection: { _id: 1 }, maxTimeMS: Math.max(1, budget.remainingMs()) });
        return `'${serverText(database, 255)}'.'${serverText(container, 255)}': ${found ? 1 : 0} document(s) read (content not fetched)`;
      });
    }
  } finally {
    budget.signal.removeEventListener('abort', onAbort);
    await closeClient(client);
  }
  const requestCharge = steps.reduce((sum, s) => sum + s.requestCharge, 0);
  return { steps, ms: performance.now() - started, requestCharge };
}
