/**
 * The simulated API for Table data plane: Azurite's table service (Microsoft's storage emulator,
 * a real server speaking the Table REST API and checking SharedKey and SharedKeyLite signatures),
 * run in this process on loopback over TLS, in memory. Started in process, not as a child:
 * loading it costs ~250 ms once per process (a child took 320-780 ms to be ready, would need a
 * fixed port, as Azurite prints none when given 0, and reads its accounts only from
 * AZURITE_ACCOUNTS at start and each minute).
 *
 * - Accounts are addressed product-style, as Cosmos DB's are: `https://<account>.table.sim.test:<port>/`
 *   (Azurite takes the account from the host's first label; the test certificate names
 *   `*.table.sim.test`, which helpers/fake-dns.ts resolves to 127.0.0.1 in the action's process).
 * - Keys come from `lookup` at each request, so they follow the simulator's state (and its
 *   rotation on reset). Cosmos DB accepts an account's four keys on the Table API: the two
 *   read-write keys as Azurite's key1 and key2, and the two read-only keys, which are refused on
 *   writes (403), as Cosmos DB does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Agent } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Faults } from './faults.ts';
import type { Account } from './state.ts';

/** The host names Table endpoints have here: `<account>.table.sim.test` (the certificate names the wildcard). */
const TABLE_HOST_SUFFIX = 'table.sim.test';

/** What `seed` writes: one table with one entity. */
export const SEED_TABLE = { table: 'smoketable', partitionKey: 'seed', rowKey: '1' } as const;

type TableKeys = Pick<Account, 'primaryMasterKey' | 'secondaryMasterKey' | 'primaryReadonlyMasterKey' | 'secondaryReadonlyMasterKey'>;

export interface TableServiceOptions {
  /** The server certificate and key (signed by the simulator's test CA; it must name `*.table.sim.test`). */
  readonly cert: string;
  readonly key: string;
  /** Where to listen (default 127.0.0.1). */
  readonly host?: string;
  /** The keys of the account named `name`, or undefined when no such Table account exists (404). */
  readonly lookup: (name: string) => TableKeys | undefined;
  /** Applied (service 'table') before Azurite sees a request; requests are logged there. */
  readonly faults?: Faults;
}

export interface TableService {
  readonly port: number;
  /** The account's Table endpoint here: `https://<account>.table.sim.test:<port>/`. */
  endpointOf(accountName: string): string;
  /**
   * Seed the account through the front door: table SEED_TABLE.table with one entity, signed with
   * `key` (a read-write key), trusting `ca`. Sent path-style (`https://<host>:<port>/<account>/…`),
   * so this process needs no DNS for `*.table.sim.test`.
   */
  seed(accountName: string, key: string, ca: string): Promise<void>;
  close(): Promise<void>;
}

/** Azurite's account record: a name and up to two keys (decoded). */
interface AzuriteAccount {
  readonly name: string;
  readonly key1: Buffer;
  readonly key2?: Buffer;
}

interface AccountStore {
  getAccount(name: string): AzuriteAccount | undefined;
}

interface Authenticator {
  dataStore: AccountStore;
  validate: (this: Authenticator, req: { getMethod(): string }, context: unknown) => Promise<boolean | undefined>;
}

interface AzuriteTableServer {
  readonly httpServer: Server;
  accountDataStore: AccountStore;
  start(): Promise<void>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
/** Azurite's table service: its modules (CommonJS) are loaded from this folder. */
const AZURITE_TABLE = dirname(require.resolve('azurite/dist/src/table/TableServer.js'));
const azurite = (path: string): unknown => (require(join(AZURITE_TABLE, path)) as { default: unknown }).default;

/** For each read-write key store, the store of the same accounts' read-only keys. */
const readOnlyStores = new WeakMap<AccountStore, AccountStore>();

/**
 * Teach Azurite's SharedKey and SharedKeyLite checks the read-only keys: when a signature
 * matches neither read-write key, it is checked again with the read-only pair, and accepted for
 * reads only. Done once per process, on the classes' prototypes; only stores this module made
 * have a read-only pair, so other Azurite instances are untouched.
 */
function acceptReadOnlyKeys(): void {
  for (const path of ['authentication/TableSharedKeyAuthenticator.js', 'authentication/TableSharedKeyLiteAuthenticator.js']) {
    const prototype = (azurite(path) as { prototype: Authenticator & { readOnlyKeysTaught?: true } }).prototype;
    if (prototype.readOnlyKeysTaught) continue;
    const validate = prototype.validate;
    prototype.validate = async function (req, context) {
      const verdict = await validate.call(this, req, context);
      const readOnly = readOnlyStores.get(this.dataStore);
      if (verdict !== false || !readOnly) return verdict;
      const withReadOnlyKeys = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as Authenticator, this, {
        dataStore: readOnly,
      });
      const read = /^(GET|HEAD)$/i.test(req.getMethod());
      return (await validate.call(withReadOnlyKeys, req, context)) === true && read;
    };
    prototype.readOnlyKeysTaught = true;
  }
}

function account(name: string, first: string, second: string): AzuriteAccount {
  return { name, key1: Buffer.from(first, 'base64'), key2: Buffer.from(second, 'base64') };
}

/** Start Azurite's table service on TLS; `close()` stops it and drops every connection. */
export async function startTableService(options: TableServiceOptions): Promise<TableService> {
  const TableConfiguration = azurite('TableConfiguration.js') as new (...args: unknown[]) => object;
  const TableServer = azurite('TableServer.js') as new (config: object) => AzuriteTableServer;
  acceptReadOnlyKeys();
  const host = options.host ?? '127.0.0.1';
  // Azurite reads the certificate from files, once, when the server is made.
  const dir = mkdtempSync(join(tmpdir(), 'cosmos-sim-table-'));
  let server: AzuriteTableServer;
  try {
    writeFileSync(join(dir, 'cert.pem'), options.cert);
    writeFileSync(join(dir, 'key.pem'), options.key, { mode: 0o600 });
    // host, port (0: any), keep-alive timeout (0: Node's), metadata DB path (unused in memory),
    // debug log off, access log off, its stream, debug log path, loose off, API version check on,
    // certificate, key, PFX password, OAuth off, product-style URLs on, in-memory persistence.
    const config = new TableConfiguration(host, 0, 0, join(dir, 'unused.db'), false, false, undefined, undefined, false, false,
      join(dir, 'cert.pem'), join(dir, 'key.pem'), '', undefined, false, true); // prettier-ignore
    server = new TableServer(config);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const store: AccountStore = {
    getAccount: (name) => {
      const keys = options.lookup(name);
      return keys && account(name, keys.primaryMasterKey, keys.secondaryMasterKey);
    },
  };
  const readOnly: AccountStore = {
    getAccount: (name) => {
      const keys = options.lookup(name);
      return keys && account(name, keys.primaryReadonlyMasterKey, keys.secondaryReadonlyMasterKey);
    },
  };
  readOnlyStores.set(store, readOnly);
  // Azurite's own store reads AZURITE_ACCOUNTS (and otherwise knows only devstoreaccount1): the
  // authenticators, made with the server, hold it, so its lookup is replaced in place.
  server.accountDataStore.getAccount = (name) => store.getAccount(name);
  readOnlyStores.set(server.accountDataStore, readOnly);
  const faults = options.faults;
  if (faults) {
    const [azuriteListener] = server.httpServer.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    server.httpServer.removeAllListeners('request');
    server.httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
      faults.apply('table', req, res).then(
        (answered) => {
          if (!answered) azuriteListener!(req, res);
        },
        () => req.socket.destroy(),
      );
    });
  }
  await server.start();
  const port = (server.httpServer.address() as AddressInfo).port;
  return {
    port,
    endpointOf: (accountName) => `https://${accountName}.${TABLE_HOST_SUFFIX}:${port}/`,
    seed: (accountName, key, ca) => seedTable(`https://${host}:${port}/${accountName}`, accountName, key, ca),
    async close() {
      const closed = new Promise((resolve) => server.httpServer.once('close', resolve));
      await server.close();
      server.httpServer.closeAllConnections();
      await closed;
    },
  };
}

/** Create SEED_TABLE.table with one entity, through `endpoint` with the real @azure/data-tables (signed requests, trusting `ca`). */
async function seedTable(endpoint: string, accountName: string, key: string, ca: string): Promise<void> {
  const { AzureNamedKeyCredential, TableClient } = await import('@azure/data-tables');
  const agent = new Agent({ ca, keepAlive: false });
  const client = new TableClient(endpoint, SEED_TABLE.table, new AzureNamedKeyCredential(accountName, key), { agent });
  await client.createTable();
  await client.upsertEntity({ partitionKey: SEED_TABLE.partitionKey, rowKey: SEED_TABLE.rowKey, note: 'seeded by the simulator' });
}
