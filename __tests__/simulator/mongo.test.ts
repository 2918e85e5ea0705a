/**
 * The simulator's API for MongoDB data plane (simulator/mongo.ts) against the real official driver,
 * configured as Cosmos DB's own connection string configures it: if the driver rejects the
 * simulator, the simulator is wrong.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { MongoClient, MongoServerError } from 'mongodb';
import { SEED_MONGO, startMongoDataPlane, type MongoAccount } from '../../simulator/mongo.ts';
import { mongoDataPlaneForFile } from '../helpers/mongo.ts';

const accounts = new Map<string, MongoAccount>();
const suite = mongoDataPlaneForFile(accounts);

const key = (): string => randomBytes(64).toString('base64');

/** Cosmos DB's connection string for the account (the key percent-encoded), pointed at `port`. */
const connectionString = (port: number, name: string, password: string, extra = ''): string =>
  `mongodb://${name}:${encodeURIComponent(password)}@127.0.0.1:${port}/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@${name}@${extra}`;

async function withClient<T>(uri: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

const refusal = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

beforeEach(() => {
  accounts.clear();
  accounts.set('contoso-mongo', { name: 'contoso-mongo', keys: [key(), key()], serverVersion: '4.2' });
});
const main = (): MongoAccount => accounts.get('contoso-mongo')!;

describe('the real driver against the simulated API for MongoDB', () => {
  it('negotiates SCRAM-SHA-256 with the connection string Cosmos DB gives out, and reads the seed', async () => {
    const found = await withClient(connectionString(suite.current().port, 'contoso-mongo', main().keys[0]!), async (client) => {
      await client.db('admin').command({ ping: 1 });
      return client.db('appdb').collection('items').find({}).toArray();
    });
    expect(found).toEqual(SEED_MONGO['appdb']!['items']);
    expect(suite.current().authentications.at(-1)).toEqual({ account: 'contoso-mongo', mechanism: 'SCRAM-SHA-256', ok: true });
  });

  it('refuses a wrong password with code 18 AuthenticationFailed, after a real SCRAM exchange', async () => {
    const error = await refusal(
      withClient(connectionString(suite.current().port, 'contoso-mongo', key(), '&authMechanism=SCRAM-SHA-256'), (client) =>
        client.db('admin').command({ ping: 1 }),
      ),
    );
    expect(error).toBeInstanceOf(MongoServerError);
    expect(error).toMatchObject({ code: 18, codeName: 'AuthenticationFailed', errmsg: 'Invalid key' });
    expect(suite.current().authentications.at(-1)).toEqual({ account: 'contoso-mongo', mechanism: 'SCRAM-SHA-256', ok: false });
  });

  it('accepts any of the account keys, and refuses a key once it is regenerated', async () => {
    const [first, second] = main().keys;
    await withClient(connectionString(suite.current().port, 'contoso-mongo', second!), (client) => client.db('admin').command({ ping: 1 }));
    accounts.set('contoso-mongo', { ...main(), keys: [key(), second!] });
    const error = await refusal(
      withClient(connectionString(suite.current().port, 'contoso-mongo', first!), (client) => client.db('admin').command({ ping: 1 })),
    );
    expect(error).toMatchObject({ code: 18 });
  });

  it('speaks SCRAM-SHA-1 too, when a data plane offers only that (the driver follows saslSupportedMechs)', async () => {
    const sha1 = await startMongoDataPlane({
      cert: suite.pki.cert,
      key: suite.pki.key,
      account: (name) => accounts.get(name),
      mechanisms: ['SCRAM-SHA-1'],
    });
    try {
      await withClient(connectionString(sha1.port, 'contoso-mongo', main().keys[0]!), (client) => client.db('admin').command({ ping: 1 }));
      expect(sha1.authentications).toEqual([{ account: 'contoso-mongo', mechanism: 'SCRAM-SHA-1', ok: true }]);
    } finally {
      await sha1.close();
    }
  });

  it.each([
    ['4.2', 8],
    ['5.0', 13],
    ['6.0', 17],
    ['7.0', 21],
  ])(
    'answers hello as Cosmos DB does: replica set globaldb, the host the client was told, server %s as wire version %d',
    async (serverVersion, wire) => {
      accounts.set('contoso-mongo', { ...main(), serverVersion });
      const hello = await withClient(connectionString(suite.current().port, 'contoso-mongo', main().keys[0]!), (client) =>
        client.db('admin').command({ hello: 1 }),
      );
      expect(hello).toMatchObject({
        isWritablePrimary: true,
        setName: 'globaldb',
        hosts: [`127.0.0.1:${suite.current().port}`],
        maxWireVersion: wire,
        ok: 1,
      });
    },
  );

  it('answers a missing collection with NamespaceNotFound, and what it does not support with CommandNotSupported', async () => {
    const errors = await withClient(connectionString(suite.current().port, 'contoso-mongo', main().keys[0]!), async (client) => [
      await refusal(client.db('appdb').collection('orders').findOne({})),
      await refusal(client.db('admin').command({ serverStatus: 1 })),
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ code: 26, codeName: 'NamespaceNotFound', errmsg: 'Collection not found' }),
      expect.objectContaining({ code: 115, codeName: 'CommandNotSupported' }),
    ]);
  });

  it('reports the request charge of the connection’s last command (getLastRequestStatistics)', async () => {
    const stats = await withClient(
      connectionString(suite.current().port, 'contoso-mongo', main().keys[0]!, '&maxPoolSize=1'),
      async (client) => {
        await client.db('appdb').collection('items').findOne({});
        return client.db('appdb').command({ getLastRequestStatistics: 1 });
      },
    );
    expect(stats).toMatchObject({ _t: 'GetRequestStatisticsResponse', CommandName: 'find', RequestCharge: 2.28, ok: 1 });
  });
});
