/** Key responses: maskKeyResponse registers every secret, whatever the shape; parseKeyResponse reads the keys. */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';

const secrets: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: (value: string) => secrets.push(value),
}));
const { maskKeyResponse, parseKeyResponse, accountKeyOf } = await import('../src/keys.ts');

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
    expect(keys.primaryConnectionString).toBe(cs(p));
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
      'no primary SQL connection string',
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

describe('accountKeyOf', () => {
  it('reads the AccountKey of a connection string', () => {
    expect(accountKeyOf('AccountEndpoint=https://x/;AccountKey=ab+/cd==;')).toBe('ab+/cd==');
    expect(accountKeyOf('AccountEndpoint=https://x/')).toBeUndefined();
  });
});
