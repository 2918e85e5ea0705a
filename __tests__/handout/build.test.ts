/** Connection strings written from a key, in each API's format. */
import { describe, expect, it } from '@jest/globals';
import { buildConnectionString, connectionStringType } from '../../src/handout/build.ts';

const KEY = 'ab+/cd==';

describe('buildConnectionString', () => {
  it('builds each API format, the MongoDB key percent-encoded, none for Cassandra and Gremlin', () => {
    const mongo = buildConnectionString('mongodb', {
      accountName: 'acct',
      key: KEY,
      endpoint: '',
      apiEndpoint: 'acct.mongo.cosmos.azure.com:10255',
    });
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

  it("names the type listConnectionStrings gives each API's own strings", () => {
    expect(connectionStringType('sql')).toBe('sql');
    expect(connectionStringType('mongodb')).toBe('mongodb');
    expect(connectionStringType('table')).toBe('table');
    expect(connectionStringType('cassandra')).toBeUndefined();
    expect(connectionStringType('gremlin')).toBeUndefined();
  });
});
