/**
 * Azure Cosmos DB for MongoDB (RU), as the official driver meets it: a wire-protocol responder on
 * loopback over TLS (the simulator's certificate) that answers the handshake as Cosmos DB does (a
 * one-member replica set `globaldb` whose host is the one the client was told, the wire version
 * of the account's server version), authenticates with real SCRAM (mongo-scram.ts: user = account
 * name, password = an account key), and serves `ping`, `find` from seeded data,
 * `getLastRequestStatistics` (Cosmos DB's own command for request charges), `buildInfo`,
 * `killCursors` and `endSessions`. Anything else: 115 CommandNotSupported, as Cosmos DB answers.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type TLSSocket } from 'node:tls';
import { Binary, Long, type Document } from 'mongodb';
import { ScramError, authenticationFailed, finish, start, type Conversation, type Mechanism } from './mongo-scram.ts';
import { MessageReader, encodeReply, type Request } from './mongo-wire.ts';

/** One API for MongoDB account as the data plane knows it. */
export interface MongoAccount {
  readonly name: string;
  /** The passwords it accepts: its keys (read-write and read-only). */
  readonly keys: readonly string[];
  /** The account's server version: 3.6, 4.0, 4.2, 5.0, 6.0 or 7.0. */
  readonly serverVersion: string;
  /** Its IP firewall does not let the runner in: every command after the handshake is refused. */
  readonly blockedByFirewall?: boolean;
}

/** database → collection → documents. */
export type MongoData = Readonly<Record<string, Readonly<Record<string, readonly Document[]>>>>;

/** The seed every account sees: database `appdb`, collection `items`, two documents. */
export const SEED_MONGO: MongoData = {
  appdb: {
    items: [
      { _id: 'item-1', name: 'first seeded item' },
      { _id: 'item-2', name: 'second seeded item' },
    ],
  },
};

export interface MongoOptions {
  readonly cert: string;
  readonly key: string;
  /** The account a name (from the client's appName `@<account>@`, SNI or SCRAM user) stands for, read at each use. */
  readonly account: (name: string) => MongoAccount | undefined;
  readonly data?: MongoData;
  readonly host?: string;
  /** The mechanisms offered in `saslSupportedMechs` and accepted in `saslStart`. */
  readonly mechanisms?: readonly Mechanism[];
}

export interface MongoDataPlane {
  readonly port: number;
  /** Each authentication attempt: which account, mechanism and outcome. */
  readonly authentications: Array<{ readonly account: string; readonly mechanism: Mechanism; readonly ok: boolean }>;
  /** Each command the clients sent, by name (handshakes and monitoring included). */
  readonly commands: string[];
  /** Connections open now. */
  openConnections(): number;
  close(): Promise<void>;
}

/** MongoDB's wire version of each server version Cosmos DB for MongoDB offers. */
const WIRE_VERSIONS: Readonly<Record<string, number>> = { '3.6': 6, '4.0': 7, '4.2': 8, '4.4': 9, '5.0': 13, '6.0': 17, '7.0': 21 };
/** Request charges the simulator reports for a command (what a small read costs on Cosmos DB). */
const CHARGES: Readonly<Record<string, number>> = { find: 2.28, ping: 0 };

interface Connection {
  readonly id: number;
  readonly socket: TLSSocket;
  /** The account the client named (appName or SNI), before it authenticates. */
  named?: MongoAccount;
  authenticated?: MongoAccount;
  conversation?: Conversation;
  last?: { command: string; charge: number; ms: number };
}

const failure = (code: number, codeName: string, errmsg: string): Document => ({ ok: 0, errmsg, code, codeName });

export async function startMongoDataPlane(options: MongoOptions): Promise<MongoDataPlane> {
  const data = options.data ?? SEED_MONGO;
  const mechanisms = options.mechanisms ?? ['SCRAM-SHA-256', 'SCRAM-SHA-1'];
  const authentications: MongoDataPlane['authentications'] = [];
  const commands: string[] = [];
  const sockets = new Set<TLSSocket>();
  let nextId = 1;

  const hello = (conn: Connection, command: Document, name: string): Document => {
    const application = (command['client'] as { application?: { name?: unknown } } | undefined)?.application?.name;
    const named = typeof application === 'string' ? /^@(.+)@$/.exec(application)?.[1] : undefined;
    const sni = typeof conn.socket.servername === 'string' ? conn.socket.servername.split('.')[0] : undefined;
    conn.named ??= options.account(named ?? sni ?? '');
    const account = conn.authenticated ?? conn.named;
    // The host the client was told (SNI when it used a name), so the driver keeps it as the primary.
    const self = `${conn.socket.servername || conn.socket.localAddress}:${conn.socket.localPort}`;
    const reply: Document = {
      [name === 'hello' ? 'isWritablePrimary' : 'ismaster']: true,
      ...(command['helloOk'] ? { helloOk: true } : {}),
      secondary: false,
      setName: 'globaldb',
      setVersion: 1,
      hosts: [self],
      primary: self,
      maxBsonObjectSize: 16 * 1024 * 1024,
      maxMessageSizeBytes: 48_000_000,
      maxWriteBatchSize: 100_000,
      localTime: new Date(),
      logicalSessionTimeoutMinutes: 30,
      connectionId: conn.id,
      minWireVersion: 0,
      maxWireVersion: WIRE_VERSIONS[account?.serverVersion ?? '4.2'] ?? 8,
      readOnly: false,
      ok: 1,
    };
    const asked: unknown = command['saslSupportedMechs'];
    if (typeof asked === 'string' && options.account(asked.replace(/^admin\./, ''))) reply['saslSupportedMechs'] = [...mechanisms];
    return reply;
  };

  const sasl = (conn: Connection, command: Document, name: string): Document => {
    try {
      if (name === 'saslStart') {
        const mechanism = command['mechanism'] as Mechanism;
        if (!mechanisms.includes(mechanism)) return failure(2, 'BadValue', `Unsupported mechanism ${String(mechanism)}`);
        conn.conversation = start(mechanism, Buffer.from((command['payload'] as Binary).buffer));
        const blocked = options.account(conn.conversation.user)?.blockedByFirewall;
        if (blocked) return firewall(conn);
        return { conversationId: 1, done: false, payload: new Binary(Buffer.from(conn.conversation.serverFirst)), ok: 1 };
      }
      const conversation = conn.conversation;
      conn.conversation = undefined;
      if (!conversation) throw authenticationFailed();
      const account = options.account(conversation.user);
      try {
        const final = finish(conversation, Buffer.from((command['payload'] as Binary).buffer), account?.keys ?? []);
        conn.authenticated = account;
        authentications.push({ account: conversation.user, mechanism: conversation.mechanism, ok: true });
        return { conversationId: 1, done: true, payload: new Binary(Buffer.from(final)), ok: 1 };
      } catch (refused) {
        authentications.push({ account: conversation.user, mechanism: conversation.mechanism, ok: false });
        throw refused;
      }
    } catch (refused) {
      if (refused instanceof ScramError) return failure(refused.code, refused.codeName, refused.message);
      throw refused;
    }
  };

  /** Cosmos DB's firewall text (its data-plane 403 message), with the client's address. */
  const firewall = (conn: Connection): Document =>
    failure(
      13,
      'Unauthorized',
      `Request originated from IP ${conn.socket.remoteAddress ?? 'unknown'} through public internet. This is blocked by your Cosmos DB account firewall settings. More info: https://aka.ms/cosmosdb-tsg-forbidden`,
    );

  const find = (command: Document, database: string): Document => {
    const collection = String(command['find']);
    const documents = data[database]?.[collection];
    if (!documents) return failure(26, 'NamespaceNotFound', 'Collection not found');
    const filter = (command['filter'] ?? {}) as Document;
    const matching = documents.filter((d) => Object.entries(filter).every(([field, value]) => d[field] === value));
    const limit = Math.abs(Number(command['limit'] ?? 0)) || Number(command['batchSize'] ?? 0) || 101;
    return { cursor: { firstBatch: matching.slice(0, limit), id: Long.ZERO, ns: `${database}.${collection}` }, ok: 1 };
  };

  const answer = (conn: Connection, request: Request): Document => {
    const command = request.command;
    const name = Object.keys(command)[0] ?? '';
    commands.push(name);
    const lower = name.toLowerCase();
    if (lower === 'ismaster' || lower === 'hello') return hello(conn, command, lower);
    if (name === 'saslStart' || name === 'saslContinue') return sasl(conn, command, name);
    if (name === 'endSessions') return { ok: 1 };
    if (!conn.authenticated) return failure(13, 'Unauthorized', 'Not Authenticated');
    if (conn.authenticated.blockedByFirewall) return firewall(conn);
    if (name === 'getLastRequestStatistics') {
      const last = conn.last ?? { command: 'OP_MSG', charge: 0, ms: 0 };
      return {
        _t: 'GetRequestStatisticsResponse',
        ok: 1,
        CommandName: last.command,
        RequestCharge: last.charge,
        RequestDurationInMilliSeconds: last.ms,
      };
    }
    const started = performance.now();
    const database = String(command['$db'] ?? request.collection?.split('.')[0] ?? 'admin');
    let reply: Document;
    if (name === 'ping' || name === 'killCursors') reply = { ok: 1 };
    else if (name === 'find') reply = find(command, database);
    else if (name === 'buildInfo' || name === 'buildinfo') {
      const version = `${conn.authenticated.serverVersion}.0`;
      reply = { version, versionArray: [...version.split('.').map(Number), 0], ok: 1 };
    } else reply = failure(115, 'CommandNotSupported', `Command ${name} not supported`);
    conn.last = { command: name, charge: CHARGES[name] ?? 1, ms: performance.now() - started };
    return reply;
  };

  const server = createServer({ cert: options.cert, key: options.key }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const conn: Connection = { id: nextId++, socket };
    const reader = new MessageReader();
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const request of reader.push(chunk)) {
          const reply = answer(conn, request);
          if (!request.noReply) socket.write(encodeReply(request, reply));
        }
      } catch {
        socket.destroy(); // what the simulator cannot read, a server would not answer either
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host ?? '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    authentications,
    commands,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
