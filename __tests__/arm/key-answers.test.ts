/** Key responses: maskKeyResponse registers every secret, whatever the shape; parseKeyResponse reads the keys. */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';

const secrets: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: (value: string) => secrets.push(value),
}));
const { maskKeyResponse, parseKeyResponse } = await import('../../src/arm/key-answers.ts');

/** What ArmClient.listKeys does with a 200 answer: mask everything first, then parse. */
function maskThenParse(...[operation, body]: Parameters<typeof parseKeyResponse>): ReturnType<typeof parseKeyResponse> {
  maskKeyResponse(body);
  return parseKeyResponse(operation, body);
}

const key = (): string => randomBytes(64).toString('base64');
beforeEach(() => {
  secrets.length = 0;
});

describe('parseKeyResponse', () => {
  it('listKeys: read-write keys as primary/secondary, read-only ones alongside, all masked with URL-encoded forms', () => {
    const body = { primaryMasterKey: key(), secondaryMasterKey: key(), primaryReadonlyMasterKey: key(), secondaryReadonlyMasterKey: key() };
    const keys = maskThenParse('listKeys', body);
    expect(keys).toEqual({
      primaryKey: body.primaryMasterKey,
      secondaryKey: body.secondaryMasterKey,
      primaryReadonlyKey: body.primaryReadonlyMasterKey,
      secondaryReadonlyKey: body.secondaryReadonlyMasterKey,
    });
    for (const value of Object.values(body)) {
      expect(secrets).toContain(value);
      if (encodeURIComponent(value) !== value) expect(secrets).toContain(encodeURIComponent(value));
    }
  });

  it('readonlykeys: the read-only keys are the primary/secondary keys', () => {
    const body = { primaryReadonlyMasterKey: key(), secondaryReadonlyMasterKey: key() };
    expect(parseKeyResponse('readonlykeys', body)).toMatchObject({
      primaryKey: body.primaryReadonlyMasterKey,
      secondaryKey: body.secondaryReadonlyMasterKey,
    });
  });

  it('listConnectionStrings: picks the SQL strings by keyKind and masks each string and its key', () => {
    const [p, s] = [key(), key()];
    const cs = (k: string) => `AccountEndpoint=https://a.documents.azure.com:443/;AccountKey=${k};`;
    const body = {
      connectionStrings: [
        { connectionString: cs(s), description: 'Secondary SQL Connection String', keyKind: 'Secondary', type: 'Sql' },
        { connectionString: cs(p), description: 'Primary SQL Connection String', keyKind: 'Primary', type: 'Sql' },
      ],
    };
    const keys = maskThenParse('listConnectionStrings', body);
    expect(keys.primaryKey).toBe(p);
    expect(keys.secondaryKey).toBe(s);
    expect(keys.connectionStrings?.map((e) => e.connectionString)).toEqual([cs(s), cs(p)]);
    expect(keys.primaryReadonlyKey).toBeUndefined();
    expect(secrets).toEqual(expect.arrayContaining([cs(p), cs(s), p, s, encodeURIComponent(cs(p))]));
  });

  it.each([
    ['listKeys', { primaryMasterKey: '', secondaryMasterKey: 'abcd' }, 'primaryMasterKey is missing or empty'],
    ['listKeys', { primaryMasterKey: 'not base64!', secondaryMasterKey: 'abcd' }, 'primaryMasterKey is not base64'],
    ['readonlykeys', { error: { code: 'x' } }, 'primaryReadonlyMasterKey is missing'],
    ['listConnectionStrings', { connectionStrings: [] }, 'connectionStrings is missing or empty'],
    [
      'listConnectionStrings',
      { connectionStrings: [{ connectionString: 'mongodb://x', keyKind: 'Primary', type: 'MongoDB' }] },
      'no primary connection string holds a usable key',
    ],
    [
      'listConnectionStrings',
      { connectionStrings: [{ connectionString: `AccountKey=${key()}`, keyKind: 'Primary', type: 'Sql' }] },
      'no secondary connection string holds a usable key',
    ],
  ] as const)('%s: refuses a malformed answer (%o) without echoing it', (operation, body, message) => {
    expect(() => parseKeyResponse(operation, body as Record<string, unknown>)).toThrow(message);
  });

  it('masks a malformed answer too: every key field and connection string, whatever it holds', () => {
    const body = {
      primaryMasterKey: 'secret but not base64!',
      secondaryMasterKey: 42,
      connectionStrings: [{ connectionString: 'AccountEndpoint=https://x/;AccountKey=k3y;' }, null, { connectionString: 7 }],
    };
    maskKeyResponse(body);
    expect(() => parseKeyResponse('listKeys', body)).toThrow('primaryMasterKey is not base64');
    expect(secrets).toEqual([
      'secret but not base64!',
      encodeURIComponent('secret but not base64!'),
      body.connectionStrings[0]!.connectionString,
      encodeURIComponent(body.connectionStrings[0]!.connectionString),
      'k3y',
    ]);
  });
});

describe('listConnectionStrings of every API', () => {
  const account = 'contoso';
  const entries = (type: string, label: string, format: (k: string) => string, keys: string[]) =>
    (['Primary', 'Secondary', 'PrimaryReadonly', 'SecondaryReadonly'] as const).map((keyKind, i) => ({
      connectionString: format(keys[i]!),
      description: `${keyKind.replace('Readonly', ' Read-Only')} ${label} Connection String`,
      keyKind,
      type,
    }));

  it("MongoDB: the keys are the URIs' passwords, percent-decoded; each URI and its password, raw and decoded, are masked", () => {
    const keys = [key(), key(), key(), key()];
    const uri = (k: string) =>
      `mongodb://${account}:${encodeURIComponent(k)}@${account}.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@${account}@`;
    const body = { connectionStrings: entries('MongoDB', 'MongoDB', uri, keys) };
    const parsed = maskThenParse('listConnectionStrings', body);
    expect(parsed).toMatchObject({
      primaryKey: keys[0],
      secondaryKey: keys[1],
      primaryReadonlyKey: keys[2],
      secondaryReadonlyKey: keys[3],
    });
    for (const k of keys) expect(secrets).toEqual(expect.arrayContaining([uri(k), k, encodeURIComponent(k)]));
  });

  it('MongoDB as ARM writes it (the key not encoded, the query holding @): the same keys', () => {
    const k = key();
    const raw = `mongodb://${account}:${k}@${account}.mongo.cosmos.azure.com:10255/?ssl=true&appName=@${account}@`;
    const body = {
      connectionStrings: [entries('MongoDB', 'MongoDB', () => raw, [k])[0]!, entries('MongoDB', 'MongoDB', () => raw, [k])[0]!],
    };
    body.connectionStrings[1] = { ...body.connectionStrings[1]!, keyKind: 'Secondary', description: 'Secondary MongoDB Connection String' };
    expect(maskThenParse('listConnectionStrings', body).primaryKey).toBe(k);
    expect(secrets).toContain(k);
  });

  it("Cassandra Password=, Table AccountKey= and an unknown type's SharedAccessKey= are masked on their own; unknown types never fail the run", () => {
    const keys = [key(), key(), key(), key()];
    const cassandra = (k: string) => `HostName=${account}.cassandra.cosmos.azure.com;Username=${account};Password=${k};Port=10350`;
    const table = (k: string) =>
      `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${k};TableEndpoint=https://${account}.table.cosmos.azure.com:443/;`;
    const odd = 'Endpoint=sb://x/;SharedAccessKeyName=n;SharedAccessKey=s3cr3t-part;Unknown=1';
    const body = {
      connectionStrings: [
        ...entries('Cassandra', 'Cassandra', cassandra, keys),
        ...entries('Table', 'Table', table, keys),
        { connectionString: odd, description: 'Something new', keyKind: 'Primary', type: 'Future' },
      ],
    };
    const parsed = maskThenParse('listConnectionStrings', body);
    expect(parsed.primaryKey).toBe(keys[0]);
    expect(parsed.connectionStrings).toHaveLength(9);
    expect(secrets).toEqual(expect.arrayContaining([...keys, ...keys.map(cassandra), ...keys.map(table), odd, 's3cr3t-part']));
  });
});
