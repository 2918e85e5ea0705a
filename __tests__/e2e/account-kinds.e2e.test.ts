/**
 * End to end, every account kind (NoSQL, MongoDB, Cassandra, Gremlin, Table) × every key
 * operation: the API read from ARM's account read, the API endpoint, the connection string in that
 * API's format, and every secret part masked.
 */
import { describe, expect, it } from '@jest/globals';
import { SEED, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const deployer = () => sim.state.vm.userIdentities[0]!;
const API_ACCOUNTS = Object.entries(SEED.apiAccounts);
const OPERATIONS = ['readonlykeys', 'listKeys', 'listConnectionStrings'] as const;

/** The key the operation hands out as primary-key. */
function primaryKeyFor(name: string, operation: (typeof OPERATIONS)[number]): string {
  const account = seededAccount(sim, name);
  return operation === 'readonlykeys' ? account.primaryReadonlyMasterKey : account.primaryMasterKey;
}

function expectedConnectionString(name: string, api: string, key: string): string | undefined {
  switch (api) {
    case 'mongodb':
      return `mongodb://${name}:${encodeURIComponent(key)}@${name}.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@${name}@`;
    case 'table':
      return `DefaultEndpointsProtocol=https;AccountName=${name};AccountKey=${key};TableEndpoint=https://${name}.table.cosmos.azure.com:443/;`;
    default:
      return undefined;
  }
}

const API_ENDPOINTS: Record<string, (name: string) => string> = {
  mongodb: (name) => `${name}.mongo.cosmos.azure.com:10255`,
  cassandra: (name) => `${name}.cassandra.cosmos.azure.com:10350`,
  gremlin: (name) => `wss://${name}.gremlin.cosmos.azure.com:443/`,
  table: (name) => `https://${name}.table.cosmos.azure.com:443/`,
};

describe.each(API_ACCOUNTS)('a %s account (%s)', (name, api) => {
  it.each(OPERATIONS)('%s: api, api-endpoint and the connection string of its own API, all masked', async (operation) => {
    const result = await act(sim, { 'account-name': name, operation, 'client-id': deployer().clientId, 'export-variables': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['api']).toBe(api);
    expect(result.outputs['api-endpoint']).toBe(API_ENDPOINTS[api]!(name));
    expect(result.env['COSMOS_API_ENDPOINT']).toBe(API_ENDPOINTS[api]!(name));
    const key = primaryKeyFor(name, operation);
    expect(result.outputs['primary-key']).toBe(key);
    // The format of the API, whether ARM returned it (listConnectionStrings: the simulator writes a
    // MongoDB URI's key percent-encoded, as the driver requires) or the action built it.
    const built = expectedConnectionString(name, api, key);
    if (built === undefined) {
      expect(result.outputs['connection-string']).toBeUndefined();
      expect(result.env['COSMOS_CONNECTION_STRING']).toBeUndefined();
    } else {
      expect(result.outputs['connection-string']).toBe(built);
      expect(result.env['COSMOS_CONNECTION_STRING']).toBe(built);
    }
    if (operation === 'listConnectionStrings') {
      const all = JSON.parse(result.outputs['connection-strings']!) as Array<{ type: string }>;
      expect(new Set(all.map((e) => e.type))).toEqual(
        new Set(api === 'mongodb' ? ['MongoDB'] : ['Sql', api[0]!.toUpperCase() + api.slice(1)]),
      );
    }
    expect(result.stdout).toContain(`Account '${name}' is an API for`);
    expectClean(sim, result, { envMayHoldSecrets: true });
  });
});

describe('a NoSQL account', () => {
  it('has api sql and no api-endpoint', async () => {
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['api']).toBe('sql');
    expect(result.outputs['api-endpoint']).toBeUndefined();
  });
});

describe('masking every format', () => {
  it('masks a MongoDB URI password raw and percent-decoded, a Cassandra Password= and an unknown type whole, without failing', async () => {
    const odd =
      'Endpoint=sb://contoso-cassandra.cassandra.cosmos.azure.com:10350/;SharedAccessKeyName=x;SharedAccessKey=c2VjcmV0LXBhcnQtb2YtaXQ=';
    seededAccount(sim, 'contoso-cassandra').extraConnectionStrings.push({
      connectionString: odd,
      description: 'A connection string of a kind ARM may add one day',
      keyKind: 'Primary',
      type: 'SomethingNew',
    });
    const result = await act(sim, {
      'account-name': 'contoso-cassandra',
      operation: 'listConnectionStrings',
      'client-id': deployer().clientId,
    });
    expect(result.exitCode).toBe(0);
    const account = seededAccount(sim, 'contoso-cassandra');
    expect(result.masks).toEqual(
      expect.arrayContaining([odd, 'c2VjcmV0LXBhcnQtb2YtaXQ=', account.primaryMasterKey, account.secondaryReadonlyMasterKey]),
    );
    const cassandra = `HostName=contoso-cassandra.cassandra.cosmos.azure.com;Username=contoso-cassandra;Password=${account.primaryMasterKey};Port=10350`;
    expect(result.masks).toContain(cassandra);
    expectClean(sim, result);
  });

  it('masks the percent-encoded key of a MongoDB URI it builds as well as the raw one', async () => {
    const account = seededAccount(sim, 'contoso-mongo');
    account.primaryMasterKey = `ab+/${account.primaryMasterKey.slice(4)}`;
    const result = await act(sim, { 'account-name': 'contoso-mongo', operation: 'listKeys', 'client-id': deployer().clientId });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['connection-string']).toContain(encodeURIComponent(account.primaryMasterKey));
    expect(result.masks).toEqual(expect.arrayContaining([account.primaryMasterKey, encodeURIComponent(account.primaryMasterKey)]));
    expectClean(sim, result);
  });

  it('leaves out, with a warning, other strings that name a host not the account’s, or repeat their endpoint, or name none', async () => {
    const account = seededAccount(sim, SEED.account);
    const key = account.primaryMasterKey;
    account.extraConnectionStrings.push(
      {
        connectionString: `AccountEndpoint=${account.documentEndpoint};AccountKey=${key};AccountEndpoint=https://evil.example/;`,
        description: 'Twice',
        keyKind: 'Secondary',
        type: 'Sql',
      },
      { connectionString: `AccountKey=${key};`, description: 'Nowhere', keyKind: 'Secondary', type: 'Sql' },
      {
        connectionString: `AccountEndpoint=https://${SEED.account}.sqlx.cosmos.azure.com:443/;AccountKey=${key};`,
        description: 'Primary SQL Dedicated Gateway Connection String',
        keyKind: 'Primary',
        type: 'SqlDedicatedGateway',
      },
    );
    const result = await act(sim, { 'account-name': SEED.account, operation: 'listConnectionStrings', 'client-id': deployer().clientId });
    expect(result.exitCode).toBe(0);
    const kept = (JSON.parse(result.outputs['connection-strings']!) as Array<{ description: string }>).map((e) => e.description);
    expect(kept).toContain('Primary SQL Dedicated Gateway Connection String');
    expect(kept).not.toContain('Twice');
    expect(kept).not.toContain('Nowhere');
    expect(result.stdout).toContain(
      '::warning::Left out of connection-strings: "Twice" from ARM has AccountEndpoint twice, which the SDKs read differently.',
    );
    expect(result.stdout).toContain('::warning::Left out of connection-strings: "Nowhere" from ARM names no endpoint the action can check');
    expectClean(sim, result);
  });

  it('a MongoDB 3.2 account (no serverVersion, no EnableMongo): its API endpoint is the document host, port 10255', async () => {
    const account = seededAccount(sim, 'contoso-mongo');
    account.serverVersion = '3.2';
    account.apiEndpoint = 'contoso-mongo.documents.azure.com:10255';
    const result = await act(sim, {
      'account-name': 'contoso-mongo',
      operation: 'listConnectionStrings',
      'client-id': deployer().clientId,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['api-endpoint']).toBe('contoso-mongo.documents.azure.com:10255');
    expect(result.outputs['connection-string']).toContain('@contoso-mongo.documents.azure.com:10255/');
  });

  it('refuses connection strings that send the key to another host, handing nothing out', async () => {
    const account = seededAccount(sim, 'contoso-mongo');
    account.apiEndpoint = 'evil.example.com:10255';
    const result = await act(sim, {
      'account-name': 'contoso-mongo',
      operation: 'listConnectionStrings',
      'client-id': deployer().clientId,
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('names the endpoint "evil.example.com:10255" in the primary connection string, not the account');
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });
});

describe('the smoke test on an API it cannot prove', () => {
  it.each([
    ['contoso-cassandra', 'API for Apache Cassandra'],
    ['contoso-gremlin', 'API for Apache Gremlin'],
  ])('%s: refused after the account read, before any data-plane request, with no keys handed out', async (name, label) => {
    const result = await act(sim, { 'account-name': name, operation: 'listKeys', 'client-id': deployer().clientId, 'smoke-test': 'true' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      `Account '${name}' is an ${label} account: the smoke test cannot be run against it: set smoke-test: false`,
    );
    expect(errorLine(result)).toContain('No data-plane request was made and no keys were handed out.');
    expect(sim.faults.count('cosmos')).toBe(0);
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });

  it.each([
    [
      'contoso-table',
      { database: 'appdb', container: 'smoketable' },
      'it has no databases. Leave database empty and give the table as container.',
    ],
    ['contoso-mongo', { container: 'items' }, 'the container input needs the database input too.'],
    ['contoso-mongo', { database: 'appdb', container: 'items', query: 'SELECT 1' }, 'the query input is a NoSQL query'],
    [
      'contoso-table',
      { container: 'smoketable', 'smoke-test-write': 'true' },
      'the write probe (smoke-test-write) is for API for NoSQL accounts',
    ],
  ])('%s with inputs %o that do not fit its API: refused before any data-plane request', async (name, inputs, message) => {
    const result = await act(sim, {
      'account-name': name,
      operation: 'listKeys',
      'client-id': deployer().clientId,
      'smoke-test': 'true',
      ...inputs,
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(message);
    expect(errorLine(result)).toContain('no keys were handed out');
    expect(sim.faults.requests.filter((r) => r.service !== 'imds' && r.service !== 'arm')).toEqual([]);
    expect(result.outputFile).toBe('');
  });

  it('with auth entra on a MongoDB account: refused, naming why', async () => {
    const result = await act(sim, {
      auth: 'entra',
      'account-name': 'contoso-mongo',
      'client-id': deployer().clientId,
      'smoke-test': 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('do not accept Entra ID tokens');
    expect(sim.faults.count('cosmos')).toBe(0);
  });
});

describe('the api-endpoint input', () => {
  it('replaces the derived API endpoint under a custom arm-endpoint', async () => {
    const account = seededAccount(sim, 'contoso-table');
    account.apiEndpoint = 'https://127.0.0.1:10443/';
    const result = await act(sim, {
      'account-name': 'contoso-table',
      operation: 'listConnectionStrings',
      'client-id': deployer().clientId,
      'api-endpoint': 'https://127.0.0.1:10443',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['api-endpoint']).toBe('https://127.0.0.1:10443/');
    expect(result.outputs['connection-string']).toContain('TableEndpoint=https://127.0.0.1:10443/;');
  });

  it('is refused without arm-endpoint, before any request', async () => {
    const result = await act(sim, { 'account-name': 'contoso-table', 'arm-endpoint': '', 'api-endpoint': 'x:1' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('api-endpoint');
    expect(sim.faults.count('imds') + sim.faults.count('arm')).toBe(0);
  });
});
