/** The account's API from ARM's account read, its endpoint per cloud, and connection strings of every format. */
import { describe, expect, it } from '@jest/globals';
import { apiEndpointOf, apiOf, mongoServerVersionOf } from '../src/account-apis.ts';
import { CLOUDS } from '../src/clouds.ts';
import { buildConnectionString, hostsIn, keyIn, primaryConnectionStringFor, secretsIn } from '../src/connection-strings.ts';

const KEY = 'ab+/cd==';

describe('apiOf', () => {
  it.each([
    [{ kind: 'GlobalDocumentDB', properties: { capabilities: [] } }, 'sql'],
    [{ kind: 'GlobalDocumentDB' }, 'sql'],
    [{ kind: 'Parse', properties: {} }, 'sql'],
    [{ kind: 'MongoDB', properties: { capabilities: [{ name: 'EnableMongo' }] } }, 'mongodb'],
    [{ kind: 'mongodb' }, 'mongodb'],
    [{ kind: 'GlobalDocumentDB', properties: { capabilities: [{ name: 'EnableServerless' }, { name: 'EnableCassandra' }] } }, 'cassandra'],
    [{ kind: 'GlobalDocumentDB', properties: { capabilities: [{ name: 'enablegremlin' }] } }, 'gremlin'],
    [{ kind: 'GlobalDocumentDB', properties: { capabilities: [{ name: 'EnableTable' }] } }, 'table'],
    [{ kind: 42, properties: { capabilities: 'EnableTable' } }, 'sql'],
    [{ properties: { capabilities: [null, 7, { name: 5 }] } }, 'sql'],
  ])('%o is %s', (account, api) => {
    expect(apiOf(account)).toBe(api);
  });

  it('reads a MongoDB server version, and nothing that is not one; 3.2 when neither it nor EnableMongo is there', () => {
    expect(mongoServerVersionOf({ kind: 'MongoDB', properties: { apiProperties: { serverVersion: '4.2' } } })).toBe('4.2');
    expect(mongoServerVersionOf({ kind: 'MongoDB', properties: { capabilities: [] } })).toBe('3.2');
    expect(mongoServerVersionOf({ kind: 'MongoDB', properties: { capabilities: [{ name: 'EnableMongo' }] } })).toBeUndefined();
    expect(mongoServerVersionOf({ properties: { apiProperties: { serverVersion: '4.2\n::x' } } })).toBeUndefined();
    expect(mongoServerVersionOf({})).toBeUndefined();
  });
});

describe('apiEndpointOf', () => {
  it.each([
    ['AzureCloud', 'mongodb', 'acct.mongo.cosmos.azure.com:10255'],
    ['AzureUSGovernment', 'mongodb', 'acct.mongo.cosmos.azure.us:10255'],
    ['AzureChinaCloud', 'cassandra', 'acct.cassandra.cosmos.azure.cn:10350'],
    ['AzureUSGovernment', 'gremlin', 'wss://acct.gremlin.cosmos.azure.us:443/'],
    ['AzureChinaCloud', 'table', 'https://acct.table.cosmos.azure.cn:443/'],
    ['AzureCloud', 'sql', ''],
  ] as const)('%s %s: %s', (cloud, api, endpoint) => {
    expect(apiEndpointOf(api, 'acct', CLOUDS[cloud])).toBe(endpoint);
  });

  it('MongoDB server version 3.2 answers on the document endpoint host', () => {
    expect(apiEndpointOf('mongodb', 'acct', CLOUDS.AzureCloud, '3.2')).toBe('acct.documents.azure.com:10255');
  });
});

describe('connection strings', () => {
  const mongo = buildConnectionString('mongodb', {
    accountName: 'acct',
    key: KEY,
    endpoint: '',
    apiEndpoint: 'acct.mongo.cosmos.azure.com:10255',
  })!;

  it('builds each API format, the MongoDB key percent-encoded, none for Cassandra and Gremlin', () => {
    expect(mongo).toBe(
      'mongodb://acct:ab%2B%2Fcd%3D%3D@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@acct@',
    );
    const parts = { accountName: 'acct', key: KEY, endpoint: 'https://acct.documents.azure.com:443/', apiEndpoint: 'x' };
    expect(buildConnectionString('sql', parts)).toBe(`AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey=${KEY};`);
    expect(buildConnectionString('table', { ...parts, apiEndpoint: 'https://acct.table.cosmos.azure.com:443/' })).toBe(
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};TableEndpoint=https://acct.table.cosmos.azure.com:443/;`,
    );
    expect(buildConnectionString('cassandra', parts)).toBeUndefined();
    expect(buildConnectionString('gremlin', parts)).toBeUndefined();
  });

  it('finds the key and the hosts in every format', () => {
    expect(keyIn(mongo)).toBe(KEY);
    expect(hostsIn(mongo)).toEqual(['acct.mongo.cosmos.azure.com:10255']);
    expect(hostsIn('mongodb://u:p@h1:1,h2/?appName=@u@')).toEqual(['h1:1', 'h2:27017']);
    expect(keyIn(`HostName=h;Username=u;Password=${KEY};Port=10350`)).toBe(KEY);
    expect(hostsIn(`HostName=h;Username=u;Password=${KEY};Port=10350`)).toEqual(['h:10350']);
    expect(hostsIn(`DefaultEndpointsProtocol=https;AccountKey=k;TableEndpoint=https://T.table.cosmos.azure.com:443/;`)).toEqual([
      't.table.cosmos.azure.com:443',
    ]);
    expect(hostsIn('AccountEndpoint=https://a.documents.azure.com/;AccountKey=k;')).toEqual(['a.documents.azure.com:443']);
    expect(keyIn('AccountKey=not base64!')).toBeUndefined();
    // A repeated part is read as a client might: every occurrence is a host to check, a key that differs is no key.
    expect(hostsIn('AccountEndpoint=https://a/;AccountKey=k;AccountEndpoint=https://evil/;')).toEqual(['a:443', 'evil:443']);
    expect(keyIn(`AccountKey=${KEY};AccountKey=abcd;`)).toBeUndefined();
    expect(hostsIn('DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k;EndpointSuffix=core.windows.net')).toEqual([
      'core.windows.net:443',
    ]);
    expect(hostsIn(`mongodb://u:p@evil:1/?x=;AccountEndpoint=https://a/`)).toEqual(['a:443', 'evil:1']);
  });

  it('lists every secret part: whole, AccountKey, Password, SharedAccessKey, a URI password raw and decoded', () => {
    expect(secretsIn(mongo)).toEqual([mongo, 'ab%2B%2Fcd%3D%3D', KEY]);
    expect(secretsIn('A=1;SharedAccessKey=s1;Password=p1;AccountKey=k1')).toEqual([
      'A=1;SharedAccessKey=s1;Password=p1;AccountKey=k1',
      'k1',
      'p1',
      's1',
    ]);
    expect(secretsIn('mongodb://u:%E0%A4%A@h/')).toEqual(['mongodb://u:%E0%A4%A@h/', '%E0%A4%A']);
  });

  it("picks the primary connection string of the account's API", () => {
    const entry = (type: string, keyKind: string, connectionString: string) => ({ type, keyKind, description: '', connectionString });
    const entries = [
      entry('Sql', 'Secondary', `AccountEndpoint=https://s/;AccountKey=${KEY};`),
      entry('Sql', 'Primary', `AccountEndpoint=https://p/;AccountKey=${KEY};`),
      entry('MongoDB', 'Primary', mongo),
      entry('Table', 'Primary', `TableEndpoint=https://t/;AccountKey=${KEY};`),
    ];
    expect(primaryConnectionStringFor('sql', entries)).toBe(`AccountEndpoint=https://p/;AccountKey=${KEY};`);
    expect(primaryConnectionStringFor('mongodb', entries)).toBe(mongo);
    expect(primaryConnectionStringFor('table', entries)).toBe(`TableEndpoint=https://t/;AccountKey=${KEY};`);
    expect(primaryConnectionStringFor('cassandra', entries)).toBeUndefined();
    const described = [{ type: '', keyKind: '', description: 'Primary SQL Connection String', connectionString: `AccountKey=${KEY};` }];
    expect(primaryConnectionStringFor('sql', described)).toBe(`AccountKey=${KEY};`);
  });
});
