/** Connection strings of every format, read: the key in them and every secret part. */
import { describe, expect, it } from '@jest/globals';
import { keyIn, secretsIn } from '../../src/azure/connection-strings.ts';

const KEY = 'ab+/cd==';
const mongo =
  'mongodb://acct:ab%2B%2Fcd%3D%3D@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@acct@';

describe('connection strings', () => {
  it('finds the key in every format', () => {
    expect(keyIn(mongo)).toBe(KEY);
    expect(keyIn(`HostName=h;Username=u;Password=${KEY};Port=10350`)).toBe(KEY);
    expect(keyIn(`AccountEndpoint=https://a/;AccountKey=${KEY};`)).toBe(KEY);
    expect(keyIn('AccountKey=not base64!')).toBeUndefined();
    // A key that differs between two parts of the same name is no key.
    expect(keyIn(`AccountKey=${KEY};AccountKey=abcd;`)).toBeUndefined();
    // A URI's password as the MongoDB driver reads it: the user info ends at the first "@".
    expect(keyIn(`mongodb://u:${encodeURIComponent(KEY)}@h:1/@x`)).toBe(KEY);
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
    // A password as a URL parser reads it (the tab dropped), and a SAS with its signature on its own.
    expect(secretsIn('mongodb://u:ab\tcd%3D@h/')).toEqual(expect.arrayContaining(['abcd=']));
    expect(secretsIn('TableEndpoint=https://t/;SharedAccessSignature=sv=1&sig=c2ln%3D')).toEqual(
      expect.arrayContaining(['sv=1&sig=c2ln%3D', 'c2ln%3D', 'c2ln=']),
    );
  });
});
