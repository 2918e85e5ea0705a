/**
 * What the run hands out, decided once (handOut): the key, and the connection string of the
 * account's API for that key: ARM's own when it returned one (checked against the account's
 * hosts), else one written from the key and masked the moment it exists.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { AccountApi } from '../../src/azure/apis.ts';
import { CLOUDS } from '../../src/azure/clouds.ts';
import type { ConnectionString, KeySet } from '../../src/azure/keys.ts';

const secrets: string[] = [];
const warnings: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: (value: string) => secrets.push(value),
  warning: (message: string) => warnings.push(message),
}));
const { handOut, returnedConnectionString } = await import('../../src/handout/choose.ts');

const KEY = 'cHJpbWFyeQ==';
const SECOND = 'c2Vjb25kYXJ5';
const ENDPOINT = 'https://acct.documents.azure.com:443/';
const mongo = `mongodb://acct:${encodeURIComponent(KEY)}@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb`;
const entry = (type: string, keyKind: string, connectionString: string, description = ''): ConnectionString => ({
  type,
  keyKind,
  description,
  connectionString,
});
const keys = (connectionStrings?: ConnectionString[]): KeySet => ({ primaryKey: KEY, secondaryKey: SECOND, connectionStrings });
const sql: AccountApi = { api: 'sql', accountName: 'acct', apiEndpoint: '' };
const place = (account: AccountApi | undefined = sql) => ({ endpoint: ENDPOINT, account, cloud: CLOUDS.AzureCloud });

beforeEach(() => {
  secrets.length = 0;
  warnings.length = 0;
});

describe('returnedConnectionString', () => {
  const entries = [
    entry('Sql', 'Secondary', `AccountEndpoint=https://s/;AccountKey=${KEY};`),
    entry('Sql', 'Primary', `AccountEndpoint=https://p/;AccountKey=${KEY};`),
    entry('MongoDB', 'Primary', mongo),
    entry('Table', 'Primary', `TableEndpoint=https://t/;AccountKey=${KEY};`),
  ];

  it("picks the account API's string of the kind asked for", () => {
    expect(returnedConnectionString('sql', 'primary', entries)).toBe(entries[1]);
    expect(returnedConnectionString('sql', 'secondary', entries)).toBe(entries[0]);
    expect(returnedConnectionString('mongodb', 'primary', entries)).toBe(entries[2]);
    expect(returnedConnectionString('table', 'primary', entries)).toBe(entries[3]);
    expect(returnedConnectionString('table', 'secondary', entries)).toBeUndefined();
  });

  it('has none for Cassandra and Gremlin, whose clients take no connection string', () => {
    const all = [...entries, entry('Cassandra', 'Primary', `HostName=h;Password=${KEY}`), entry('Gremlin', 'Primary', `AccountKey=${KEY}`)];
    expect(returnedConnectionString('cassandra', 'primary', all)).toBeUndefined();
    expect(returnedConnectionString('gremlin', 'primary', all)).toBeUndefined();
  });

  it('reads the kind and API from the description when keyKind and type are empty; an untyped one counts as SQL', () => {
    const described = [entry('', '', `AccountKey=${KEY};`, 'Primary SQL Connection String')];
    expect(returnedConnectionString('sql', 'primary', described)).toBe(described[0]);
    const untyped = [entry('', '', `AccountKey=${KEY};`, 'Primary Connection String')];
    expect(returnedConnectionString('sql', 'primary', untyped)).toBe(untyped[0]);
    expect(
      returnedConnectionString('sql', 'primary', [entry('', '', `AccountKey=${KEY};`, 'Primary MongoDB Connection String')]),
    ).toBeUndefined();
  });

  it('passes over a string that holds no usable key', () => {
    const bad = entry('Sql', 'Primary', 'AccountEndpoint=https://p/;AccountKey=not a key;');
    const good = entry('Sql', 'Primary', `AccountEndpoint=https://q/;AccountKey=${KEY};`);
    expect(returnedConnectionString('sql', 'primary', [bad, good])).toBe(good);
  });
});

describe('handOut', () => {
  it('hands out the primary key, named for the operation', async () => {
    expect((await handOut(keys(), { operation: 'listKeys', key: 'primary' }, place())).key).toEqual({
      value: KEY,
      name: 'the primary key',
    });
    expect((await handOut(keys(), { operation: 'readonlykeys', key: 'primary' }, place())).key).toEqual({
      value: KEY,
      name: 'the primary read-only key',
    });
    expect((await handOut(keys(), { operation: 'listConnectionStrings', key: 'primary' }, place())).key).toEqual({
      value: KEY,
      name: 'the primary key',
    });
  });

  it("writes the account API's connection string from the key when ARM returned none, and masks it at once", async () => {
    const fresh = 'bWFza2VkIG5vdw==';
    const handout = await handOut({ ...keys(), primaryKey: fresh }, { operation: 'listKeys', key: 'primary' }, place());
    expect(handout.connectionString).toBe(`AccountEndpoint=${ENDPOINT};AccountKey=${fresh};`);
    expect(secrets).toContain(handout.connectionString);
    const table = await handOut(
      keys(),
      { operation: 'listKeys', key: 'primary' },
      place({ api: 'table', accountName: 'acct', apiEndpoint: 'https://acct.table.cosmos.azure.com:443/' }),
    );
    expect(table.connectionString).toBe(
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};TableEndpoint=https://acct.table.cosmos.azure.com:443/;`,
    );
    const cassandra = place({ api: 'cassandra', accountName: 'acct', apiEndpoint: 'acct.cassandra.cosmos.azure.com:10350' });
    expect((await handOut(keys(), { operation: 'listKeys', key: 'primary' }, cassandra)).connectionString).toBeUndefined();
  });

  it('without an account read (no API known), writes a NoSQL string', async () => {
    expect((await handOut(keys(), { operation: 'listKeys', key: 'primary' }, place(undefined))).connectionString).toBe(
      `AccountEndpoint=${ENDPOINT};AccountKey=${KEY};`,
    );
  });

  it("hands out ARM's own string of the account's API, and the host check vets exactly that one", async () => {
    const returned = entry('Sql', 'Primary', `AccountEndpoint=${ENDPOINT};AccountKey=${KEY};`);
    const secondary = entry('Sql', 'Secondary', `AccountEndpoint=${ENDPOINT};AccountKey=${SECOND};`);
    const handout = await handOut(keys([secondary, returned]), { operation: 'listConnectionStrings', key: 'primary' }, place());
    expect(handout.connectionString).toBe(returned.connectionString);
    expect(handout.keys.connectionStrings).toHaveLength(2);
    expect(secrets).toEqual([]);
  });

  it('stops the run when the string it would hand out names another host; nothing secret in the message', async () => {
    const stray = entry('Sql', 'Primary', `AccountEndpoint=https://evil.example/;AccountKey=${KEY};`);
    const failure = await handOut(keys([stray]), { operation: 'listConnectionStrings', key: 'primary' }, place()).catch(
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(
      /names the endpoint "evil\.example:443" in the primary connection string, not the account's \(acct\.documents\.azure\.com:443/,
    );
    expect((failure as Error).message).not.toContain(KEY);
  });

  it('stops the run when the string it would hand out sends the key without TLS', async () => {
    const plain = entry('Sql', 'Primary', `AccountEndpoint=http://acct.documents.azure.com/;AccountKey=${KEY};`);
    await expect(handOut(keys([plain]), { operation: 'listConnectionStrings', key: 'primary' }, place())).rejects.toThrow(
      "ARM's listConnectionStrings answer has a primary connection string that sends the key without TLS (http://): it is not handed out.",
    );
  });

  it('leaves out, with a warning, a stray string it would not hand out, and keeps the keys', async () => {
    const stray = entry(
      'MongoDB',
      'Primary',
      mongo.replace('acct.mongo.cosmos.azure.com', 'evil.example'),
      'Primary MongoDB Connection String',
    );
    const good = entry('Sql', 'Primary', `AccountEndpoint=${ENDPOINT};AccountKey=${KEY};`);
    const handout = await handOut(keys([stray, good]), { operation: 'listConnectionStrings', key: 'primary' }, place());
    expect(handout.keys.connectionStrings).toEqual([good]);
    expect(handout.keys.primaryKey).toBe(KEY);
    expect(warnings).toEqual([
      `Left out of connection-strings: "Primary MongoDB Connection String" from ARM names the endpoint "evil.example:10255", not one of the account's.`,
    ]);
  });

  it("key: secondary hands out the secondary key, its connection string (ARM's, or written from it), named for the operation", async () => {
    expect((await handOut(keys(), { operation: 'listKeys', key: 'secondary' }, place())).key).toEqual({
      value: SECOND,
      name: 'the secondary key',
    });
    expect((await handOut(keys(), { operation: 'readonlykeys', key: 'secondary' }, place())).key).toEqual({
      value: SECOND,
      name: 'the secondary read-only key',
    });
    expect((await handOut(keys(), { operation: 'listKeys', key: 'secondary' }, place())).connectionString).toBe(
      `AccountEndpoint=${ENDPOINT};AccountKey=${SECOND};`,
    );
    const primary = entry('Sql', 'Primary', `AccountEndpoint=${ENDPOINT};AccountKey=${KEY};`);
    const secondary = entry('Sql', 'Secondary', `AccountEndpoint=${ENDPOINT};AccountKey=${SECOND};`);
    const handout = await handOut(keys([primary, secondary]), { operation: 'listConnectionStrings', key: 'secondary' }, place());
    expect(handout.connectionString).toBe(secondary.connectionString);
  });

  it('key: secondary vets the secondary string as the one handed out: a stray one stops the run, a stray primary is only left out', async () => {
    const primary = entry('Sql', 'Primary', `AccountEndpoint=https://evil.example/;AccountKey=${KEY};`, 'Primary SQL Connection String');
    const secondary = entry('Sql', 'Secondary', `AccountEndpoint=${ENDPOINT};AccountKey=${SECOND};`);
    const handout = await handOut(keys([primary, secondary]), { operation: 'listConnectionStrings', key: 'secondary' }, place());
    expect(handout.connectionString).toBe(secondary.connectionString);
    expect(handout.keys.connectionStrings).toEqual([secondary]);
    expect(warnings).toHaveLength(1);
    const straySecondary = entry('Sql', 'Secondary', `AccountEndpoint=https://evil.example/;AccountKey=${SECOND};`);
    await expect(
      handOut(
        keys([entry('Sql', 'Primary', `AccountEndpoint=${ENDPOINT};AccountKey=${KEY};`), straySecondary]),
        { operation: 'listConnectionStrings', key: 'secondary' },
        place(),
      ),
    ).rejects.toThrow(/names the endpoint "evil\.example:443" in the secondary connection string/);
  });
});
