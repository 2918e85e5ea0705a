/** The outputs and variables of a run, all computed before any is written, and written only as asked. */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Handout } from '../../src/handout/choose.ts';

const written: Array<[string, string, string]> = [];
jest.unstable_mockModule('@actions/core', () => ({
  setOutput: (name: string, value: string) => written.push(['output', name, value]),
  exportVariable: (name: string, value: string) => written.push(['env', name, value]),
}));
const { buildOutputs, publishOutputs } = await import('../../src/handout/outputs.ts');

const ENDPOINT = 'https://acct.documents.azure.com:443/';
const handout: Handout = {
  keys: { primaryKey: 'P', secondaryKey: 'S', primaryReadonlyKey: 'PR', secondaryReadonlyKey: 'SR' },
  key: { value: 'P', name: 'the primary key' },
  connectionString: `AccountEndpoint=${ENDPOINT};AccountKey=P;`,
};

beforeEach(() => {
  written.length = 0;
});

describe('buildOutputs', () => {
  it('keys: every key, the connection string of the chosen key, and COSMOS_KEY the chosen key', () => {
    const { outputs, variables } = buildOutputs({ endpoint: ENDPOINT, handout, principalId: 'pid', identitySource: 'imds' });
    expect([...outputs]).toEqual([
      ['endpoint', ENDPOINT],
      ['primary-key', 'P'],
      ['secondary-key', 'S'],
      ['primary-readonly-key', 'PR'],
      ['secondary-readonly-key', 'SR'],
      ['connection-string', handout.connectionString],
      ['principal-id', 'pid'],
      ['identity-source', 'imds'],
      ['smoke-test', 'skipped'],
    ]);
    expect([...variables]).toEqual([
      ['COSMOS_ENDPOINT', ENDPOINT],
      ['COSMOS_KEY', 'P'],
      ['COSMOS_CONNECTION_STRING', handout.connectionString],
    ]);
  });

  it('COSMOS_KEY follows the handout, not the primary key field', () => {
    const secondary = { ...handout, key: { value: 'S', name: 'the secondary key' } };
    expect(buildOutputs({ endpoint: ENDPOINT, handout: secondary }).variables.get('COSMOS_KEY')).toBe('S');
  });

  it("an account's API and its endpoint; no connection string for an API without one", () => {
    const account = { api: 'cassandra' as const, accountName: 'acct', apiEndpoint: 'acct.cassandra.cosmos.azure.com:10350' };
    const { outputs, variables } = buildOutputs({ endpoint: ENDPOINT, handout: { ...handout, connectionString: undefined }, account });
    expect(outputs.get('api')).toBe('cassandra');
    expect(outputs.get('api-endpoint')).toBe(account.apiEndpoint);
    expect(variables.get('COSMOS_API_ENDPOINT')).toBe(account.apiEndpoint);
    expect(outputs.has('connection-string')).toBe(false);
    expect(variables.has('COSMOS_CONNECTION_STRING')).toBe(false);
  });

  it('NoSQL sets api but no api-endpoint; the vetted connection-strings list as JSON', () => {
    const list = [{ connectionString: 'AccountEndpoint=x;AccountKey=P;', description: 'd', keyKind: 'Primary', type: 'Sql' }];
    const { outputs } = buildOutputs({
      endpoint: ENDPOINT,
      handout: { ...handout, keys: { ...handout.keys, connectionStrings: list } },
      account: { api: 'sql', accountName: 'acct', apiEndpoint: '' },
    });
    expect(outputs.get('api')).toBe('sql');
    expect(outputs.has('api-endpoint')).toBe(false);
    expect(JSON.parse(outputs.get('connection-strings')!)).toEqual(list);
  });

  it('keyless: no key and no connection string; the smoke test figures when it ran', () => {
    const { outputs, variables } = buildOutputs({ endpoint: ENDPOINT, smokeTest: { ms: 123.4, requestCharge: 2.345 } });
    expect([...outputs.keys()]).toEqual(['endpoint', 'smoke-test', 'smoke-test-duration-ms', 'smoke-test-request-charge']);
    expect(outputs.get('smoke-test')).toBe('passed');
    expect(outputs.get('smoke-test-duration-ms')).toBe('123');
    expect(outputs.get('smoke-test-request-charge')).toBe('2.35');
    expect([...variables.keys()]).toEqual(['COSMOS_ENDPOINT']);
  });
});

describe('publishOutputs', () => {
  it('writes every output, and the variables only when asked', () => {
    const set = buildOutputs({ endpoint: ENDPOINT });
    publishOutputs(set, false);
    expect(written).toEqual([
      ['output', 'endpoint', ENDPOINT],
      ['output', 'smoke-test', 'skipped'],
    ]);
    written.length = 0;
    publishOutputs(set, true);
    expect(written.filter(([kind]) => kind === 'env')).toEqual([['env', 'COSMOS_ENDPOINT', ENDPOINT]]);
  });
});
