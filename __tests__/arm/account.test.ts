/** ARM's account read: the account's API, and an API for MongoDB account's server version. */
import { describe, expect, it } from '@jest/globals';
import { apiOf, mongoServerVersionOf } from '../../src/arm/account.ts';

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
