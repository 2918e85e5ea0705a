/**
 * The simulator's API for Table data plane: Azurite's table service over TLS (simulator/table.ts),
 * in this process, reached by name (`<account>.table.sim.test`, resolved by helpers/fake-dns.ts),
 * with the real @azure/data-tables client.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AzureNamedKeyCredential, TableClient } from '@azure/data-tables';
import { randomBytes } from 'node:crypto';
import dns from 'node:dns';
import { Agent } from 'node:https';
import { makeTestPki } from '../simulator/certs.ts';
import { SEED_TABLE, startTableService, type TableService } from '../simulator/table.ts';

const key = (): string => randomBytes(64).toString('base64');
const ACCOUNT = 'tables1';
const keys = { primaryMasterKey: key(), secondaryMasterKey: key(), primaryReadonlyMasterKey: key(), secondaryReadonlyMasterKey: key() };
const pki = makeTestPki();
let table: TableService;
const originalLookup = dns.lookup;

beforeAll(async () => {
  // The action's process gets this from NODE_OPTIONS=--import fake-dns.ts; here it is set for this file and undone after it.
  await import('./helpers/fake-dns.ts');
  table = await startTableService({ cert: pki.cert, key: pki.key, lookup: (name) => (name === ACCOUNT ? keys : undefined) });
  await table.seed(ACCOUNT, keys.primaryMasterKey, pki.caCert);
});

afterAll(async () => {
  await table?.close();
  dns.lookup = originalLookup;
});

describe('the simulated Table data plane (Azurite) holds to Cosmos DB key rules', () => {
  /** A TableClient of the real SDK for the seeded table, signing with `secret`. */
  const client = (secret: string): TableClient =>
    new TableClient(table.endpointOf(ACCOUNT), SEED_TABLE.table, new AzureNamedKeyCredential(ACCOUNT, secret), {
      agent: new Agent({ ca: pki.caCert, keepAlive: false }),
      retryOptions: { maxRetries: 0 },
    });
  const statusOf = (promise: Promise<unknown>): Promise<unknown> =>
    promise.then(
      () => 'ok',
      (error: { statusCode?: number }) => error.statusCode,
    );

  it('read-write keys may write; read-only keys may read but not write (403)', async () => {
    const entity = { partitionKey: 'probe', rowKey: randomBytes(4).toString('hex') };
    expect(await statusOf(client(keys.secondaryMasterKey).upsertEntity(entity))).toBe('ok');
    expect(await statusOf(client(keys.primaryReadonlyMasterKey).getEntity(entity.partitionKey, entity.rowKey))).toBe('ok');
    expect(await statusOf(client(keys.secondaryReadonlyMasterKey).upsertEntity({ ...entity, more: 1 }))).toBe(403);
    expect(await statusOf(client(keys.primaryReadonlyMasterKey).deleteEntity(entity.partitionKey, entity.rowKey))).toBe(403);
    expect(await statusOf(client(keys.primaryMasterKey).deleteEntity(entity.partitionKey, entity.rowKey))).toBe('ok');
  });

  it('keys are read at each request: a regenerated key is refused at once, its successor accepted', async () => {
    const old = keys.primaryReadonlyMasterKey;
    keys.primaryReadonlyMasterKey = key();
    expect(await statusOf(client(old).getEntity(SEED_TABLE.partitionKey, SEED_TABLE.rowKey))).toBe(403);
    expect(await statusOf(client(keys.primaryReadonlyMasterKey).getEntity(SEED_TABLE.partitionKey, SEED_TABLE.rowKey))).toBe('ok');
  });

  it("Azurite's own emulator account is not served", async () => {
    const emulator = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    const devstore = new TableClient(
      table.endpointOf('devstoreaccount1'),
      SEED_TABLE.table,
      new AzureNamedKeyCredential('devstoreaccount1', emulator),
      {
        agent: new Agent({ ca: pki.caCert, keepAlive: false }),
        retryOptions: { maxRetries: 0 },
      },
    );
    expect(await statusOf(devstore.getEntity(SEED_TABLE.partitionKey, SEED_TABLE.rowKey))).toBe(404);
  });
});
