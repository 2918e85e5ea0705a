/** Connection strings of every format, read: the key in them, the hosts they name, every secret part. */
import { describe, expect, it } from '@jest/globals';
import { hostsIn, keyIn, secretsIn } from '../../src/azure/connection-strings.ts';

const KEY = 'ab+/cd==';
const mongo =
  'mongodb://acct:ab%2B%2Fcd%3D%3D@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@acct@';

describe('connection strings', () => {
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
});
