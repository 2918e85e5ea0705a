/** The host check of connection strings: the account's own hosts, and what happens to a string that names another. */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CLOUDS } from '../../src/azure/clouds.ts';
import type { ConnectionString } from '../../src/azure/keys.ts';

const warnings: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({ warning: (message: string) => warnings.push(message), setSecret: () => undefined }));
const { accountHosts, vetConnectionStrings } = await import('../../src/handout/vet.ts');

const KEY = 'cHJpbWFyeQ==';
const ENDPOINT = 'https://acct.documents.azure.com:443/';
const entry = (connectionString: string, description = ''): ConnectionString => ({
  connectionString,
  description,
  keyKind: 'Primary',
  type: '',
});

beforeEach(() => {
  warnings.length = 0;
});

describe('accountHosts', () => {
  it('NoSQL: the document endpoint and the dedicated gateway', () => {
    expect([...accountHosts(ENDPOINT, { api: 'sql', accountName: 'acct', apiEndpoint: '' }, CLOUDS.AzureCloud)]).toEqual([
      'acct.documents.azure.com:443',
      'acct.sqlx.cosmos.azure.com:443',
    ]);
  });

  it("MongoDB: the API endpoint and 3.2's document host on 10255, in the account's cloud", () => {
    const hosts = accountHosts(
      'https://acct.documents.azure.us:443/',
      { api: 'mongodb', accountName: 'acct', apiEndpoint: 'acct.mongo.cosmos.azure.us:10255' },
      CLOUDS.AzureUSGovernment,
    );
    expect([...hosts]).toEqual([
      'acct.documents.azure.us:443',
      'acct.mongo.cosmos.azure.us:10255',
      'acct.sqlx.cosmos.azure.us:443',
      'acct.documents.azure.us:10255',
    ]);
  });

  it('Table and Gremlin: the legacy cosmosdb.<domain> host too', () => {
    const table = accountHosts(
      ENDPOINT,
      { api: 'table', accountName: 'acct', apiEndpoint: 'https://acct.table.cosmos.azure.com:443/' },
      CLOUDS.AzureCloud,
    );
    expect(table.has('acct.table.cosmos.azure.com:443')).toBe(true);
    expect(table.has('acct.table.cosmosdb.azure.com:443')).toBe(true);
    const gremlin = accountHosts(
      ENDPOINT,
      { api: 'gremlin', accountName: 'acct', apiEndpoint: 'wss://acct.gremlin.cosmos.azure.com:443/' },
      CLOUDS.AzureCloud,
    );
    expect(gremlin.has('acct.gremlin.cosmos.azure.com:443')).toBe(true);
    expect(gremlin.has('acct.gremlin.cosmosdb.azure.com:443')).toBe(true);
  });

  it('with the endpoint input (no account read): the endpoint alone', () => {
    expect([...accountHosts(ENDPOINT, undefined, CLOUDS.AzureCloud)]).toEqual(['acct.documents.azure.com:443']);
  });
});

describe('vetConnectionStrings', () => {
  const allowed = new Set(['acct.documents.azure.com:443']);
  const good = entry(`AccountEndpoint=${ENDPOINT};AccountKey=${KEY};`);
  const keys = (connectionStrings?: ConnectionString[]) => ({ primaryKey: KEY, secondaryKey: KEY, connectionStrings });

  it('keeps what names only the account hosts; a key set without strings is returned as is', async () => {
    expect((await vetConnectionStrings(keys([good]), good, allowed)).connectionStrings).toEqual([good]);
    const none = keys();
    expect(await vetConnectionStrings(none, undefined, allowed)).toBe(none);
    expect(warnings).toEqual([]);
  });

  it('leaves out, with a warning naming its description and the host, one that names another host or none', async () => {
    const stray = entry(`AccountEndpoint=https://evil.example/;AccountKey=${KEY};`, 'Secondary SQL Connection String');
    const hostless = entry(`AccountKey=${KEY};`);
    expect((await vetConnectionStrings(keys([good, stray, hostless]), good, allowed)).connectionStrings).toEqual([good]);
    expect(warnings).toEqual([
      `Left out of connection-strings: "Secondary SQL Connection String" from ARM names the endpoint "evil.example:443", not one of the account's.`,
      `Left out of connection-strings: "a connection string" from ARM names no endpoint the action can check, not one of the account's.`,
    ]);
  });

  it('leaves out, with a warning saying why, one that could be read two ways or sends the key in clear', async () => {
    const twice = entry(`AccountEndpoint=${ENDPOINT};AccountKey=${KEY};AccountEndpoint=https://evil.example/;`, 'Twice');
    const plain = entry(`AccountEndpoint=http://acct.documents.azure.com/;AccountKey=${KEY};`, 'Plain');
    expect((await vetConnectionStrings(keys([good, twice, plain]), good, allowed)).connectionStrings).toEqual([good]);
    expect(warnings).toEqual([
      'Left out of connection-strings: "Twice" from ARM has AccountEndpoint twice, which the SDKs read differently.',
      'Left out of connection-strings: "Plain" from ARM sends the key without TLS (http://).',
    ]);
  });

  it('throws when the string handed out fails, whatever its position', async () => {
    const stray = entry(`AccountEndpoint=https://evil.example/;AccountKey=${KEY};`);
    await expect(vetConnectionStrings(keys([good, stray]), stray, allowed)).rejects.toThrow(
      /No connection string was handed out and no outputs were set/,
    );
    await expect(vetConnectionStrings(keys([entry(`AccountKey=${KEY};`)]), undefined, allowed)).resolves.toBeDefined();
  });
});
