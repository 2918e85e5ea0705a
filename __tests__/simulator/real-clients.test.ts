/**
 * The simulator, checked by Azure's own clients: `ManagedIdentityCredential` (@azure/identity,
 * MSAL's IMDS source, pointed at the simulated IMDS by AZURE_POD_IDENTITY_AUTHORITY_HOST) and
 * `CosmosDBManagementClient` (@azure/arm-cosmosdb, `endpoint` = the simulated ARM). Each key
 * operation and the account read, for every account kind, must parse into what the simulator
 * holds. When a real client rejects the simulator, the simulator is wrong.
 *
 * TLS: the clients run in this process; the ARM client trusts the simulator's CA through its
 * pipeline's `agent` option (IMDS is plain HTTP). Every HTTP request the process sends is recorded
 * (Node's `http.client.request.created` and undici's `undici:request:create` channels): all must go
 * to the simulator, none to 169.254.169.254.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CosmosDBManagementClient, type DatabaseAccountConnectionString } from '@azure/arm-cosmosdb';
import { ManagedIdentityCredential } from '@azure/identity';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { Agent } from 'node:https';
import { apiEndpointHost } from '../../src/azure/apis.ts';
import { apiOf } from '../../src/arm/account.ts';
import { keyIn, keyKindOf } from '../../src/azure/connection-strings.ts';
import { destinationsOf } from '../../src/azure/destinations.ts';
import { returnedConnectionString } from '../../src/handout/choose.ts';
import type { KeyKind } from '../../src/azure/keys.ts';
import { PUBLISHED_STABLE_API_VERSIONS } from '../../simulator/api-versions.ts';
import { SEED, accountId, startSimulator, usGovernment, type Simulator } from '../../simulator/index.ts';
import type { Account, Identity } from '../../simulator/state.ts';
import { MSAL_SOURCE_VARIABLES } from '../helpers/msal-env.ts';

/** The SDK's own default api-version (@azure/arm-cosmosdb 17's operations), a published stable one: the client is left to send it. */
const SDK_API_VERSION = '2026-03-15';

let sim: Simulator;
let agent: Agent;
/** Host (with port) of every HTTP request this process sent while the clients ran. */
const sent: string[] = [];
const onNodeRequest = (message: unknown): void => {
  const request = (message as { request: ClientRequest }).request;
  sent.push(String(request.getHeader('host') ?? request.host));
};
const onUndiciRequest = (message: unknown): void => {
  const request = (message as { request: { origin: string } }).request;
  sent.push(new URL(request.origin).host);
};

beforeAll(async () => {
  sim = await startSimulator();
  agent = new Agent({ ca: sim.caCert });
  for (const name of MSAL_SOURCE_VARIABLES) delete process.env[name];
  process.env['AZURE_POD_IDENTITY_AUTHORITY_HOST'] = sim.imdsUrl;
  subscribe('http.client.request.created', onNodeRequest);
  subscribe('undici:request:create', onUndiciRequest);
});
beforeEach(() => sim.faults.clear());
afterAll(async () => {
  unsubscribe('http.client.request.created', onNodeRequest);
  unsubscribe('undici:request:create', onUndiciRequest);
  delete process.env['AZURE_POD_IDENTITY_AUTHORITY_HOST'];
  agent.destroy();
  await sim.close();
});

function claimsOf(token: string): { aud: string; oid: string; appid: string } {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { aud: string; oid: string; appid: string };
}

function accountOf(name: string): Account {
  const account = sim.state.subscriptions.get(SEED.subscriptionId)?.get(SEED.resourceGroup)?.get(name);
  if (!account) throw new Error(`no seeded account ${name}`);
  return account;
}

const deployer = (): Identity => sim.state.vm.userIdentities[0]!;
const system = (): Identity => sim.state.vm.systemIdentity!;

/** The real ARM client against the simulated ARM; its token audience is the custom endpoint itself, as the action asks for it. */
function armClient(credential: ManagedIdentityCredential, scope = `${sim.armUrl}/.default`): CosmosDBManagementClient {
  return new CosmosDBManagementClient(credential, SEED.subscriptionId, {
    endpoint: sim.armUrl,
    credentials: { scopes: [scope] },
    agent,
  });
}

const KEY_FIELDS: Readonly<Record<KeyKind, keyof Account>> = {
  primary: 'primaryMasterKey',
  secondary: 'secondaryMasterKey',
  primaryreadonly: 'primaryReadonlyMasterKey',
  secondaryreadonly: 'secondaryReadonlyMasterKey',
};

/** The connection string `type` of each API's own strings, as the SDK names them (KnownType). */
const OWN_TYPE: Readonly<Record<Account['api'], string>> = {
  sql: 'Sql',
  mongodb: 'MongoDB',
  cassandra: 'Cassandra',
  gremlin: 'Gremlin',
  table: 'Table',
};

const hostOf = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '443'}`;
};

describe('ManagedIdentityCredential against the simulated IMDS', () => {
  // MSAL caches managed-identity tokens process-wide (ManagedIdentityApplication.nodeStorage is static):
  // a test that counts IMDS requests asks for an identity and resource no earlier test asked for.
  it('gets a system-assigned token, asking as MSAL does: token path with a slash, resource without one, api-version 2018-02-01, Metadata: true', async () => {
    const token = await new ManagedIdentityCredential().getToken('https://management.core.windows.net/.default');
    expect(token.tokenType).toBe('Bearer');
    expect(claimsOf(token.token)).toMatchObject({ aud: 'https://management.core.windows.net', oid: system().principalId });
    // expires_on (a string of epoch seconds) read as the token's expiry.
    expect(Math.abs(token.expiresOnTimestamp - (Date.now() + sim.state.tokenLifetimeSeconds * 1000))).toBeLessThan(5000);
    const [request, ...more] = sim.faults.requests;
    expect(more).toEqual([]);
    expect(request?.path).toBe('/metadata/identity/oauth2/token/');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      'api-version': '2018-02-01',
      resource: 'https://management.core.windows.net',
    });
    expect(request?.headers['metadata']).toBe('true');
    expect(request?.outcome).toBe(200);
  });

  it.each([
    ['clientId', 'client_id', (i: Identity) => new ManagedIdentityCredential({ clientId: i.clientId }), (i: Identity) => i.clientId],
    [
      'resourceId',
      'msi_res_id',
      (i: Identity) => new ManagedIdentityCredential({ resourceId: i.resourceId! }),
      (i: Identity) => i.resourceId,
    ],
    ['objectId', 'object_id', (i: Identity) => new ManagedIdentityCredential({ objectId: i.principalId }), (i: Identity) => i.principalId],
  ])('gets a user-assigned token selected by %s (%s in the query)', async (_, parameter, credential, value) => {
    const token = await credential(deployer()).getToken('https://management.azure.com/.default');
    expect(claimsOf(token.token)).toMatchObject({ oid: deployer().principalId, appid: deployer().clientId });
    expect(sim.faults.requests.map((r) => r.query.get(parameter))).toEqual([value(deployer())]);
  });

  it("fails with IMDS's own words for an unknown identity and an unknown resource, without retrying", async () => {
    const unknown = new ManagedIdentityCredential({ clientId: '00000000-0000-0000-0000-000000000000' });
    await expect(unknown.getToken('https://management.azure.com/.default')).rejects.toThrow(/invalid_request.*Identity not found/);
    await expect(new ManagedIdentityCredential().getToken('https://nowhere.example/.default')).rejects.toThrow(
      /invalid_resource.*AADSTS500011/,
    );
    expect(sim.faults.requests.map((r) => r.outcome)).toEqual([400, 400]);
  });
});

describe('CosmosDBManagementClient against the simulated ARM', () => {
  const names = [SEED.account, ...Object.keys(SEED.apiAccounts)];

  it.each(names)('%s: the account read and every key operation parse into what the simulator holds', async (name) => {
    const client = armClient(new ManagedIdentityCredential({ clientId: deployer().clientId }));
    const account = accountOf(name);

    const read = await client.databaseAccounts.get(SEED.resourceGroup, name);
    expect(read).toMatchObject({
      id: accountId(SEED.subscriptionId, SEED.resourceGroup, name),
      name,
      type: 'Microsoft.DocumentDB/databaseAccounts',
      documentEndpoint: account.documentEndpoint,
      disableLocalAuth: account.disableLocalAuth,
      provisioningState: 'Succeeded',
    });
    // The SDK flattens `properties`; the action reads kind and capabilities from ARM's shape.
    expect(apiOf({ kind: read.kind, properties: { capabilities: read.capabilities } })).toBe(account.api);
    expect(read.apiProperties?.serverVersion).toBe(account.serverVersion);
    expect(read.locations?.map((l) => l.documentEndpoint)).toEqual([account.documentEndpoint]);

    expect(await client.databaseAccounts.listKeys(SEED.resourceGroup, name)).toEqual({
      primaryMasterKey: account.primaryMasterKey,
      secondaryMasterKey: account.secondaryMasterKey,
      primaryReadonlyMasterKey: account.primaryReadonlyMasterKey,
      secondaryReadonlyMasterKey: account.secondaryReadonlyMasterKey,
    });
    const readonly = {
      primaryReadonlyMasterKey: account.primaryReadonlyMasterKey,
      secondaryReadonlyMasterKey: account.secondaryReadonlyMasterKey,
    };
    expect(await client.databaseAccounts.listReadOnlyKeys(SEED.resourceGroup, name)).toEqual(readonly);
    expect(await client.databaseAccounts.getReadOnlyKeys(SEED.resourceGroup, name)).toEqual(readonly);

    const { connectionStrings = [] } = await client.databaseAccounts.listConnectionStrings(SEED.resourceGroup, name);
    const entries = connectionStrings.map((e: DatabaseAccountConnectionString) => ({
      connectionString: e.connectionString ?? '',
      description: e.description ?? '',
      keyKind: e.keyKind ?? '',
      type: e.type ?? '',
    }));
    // The account's own API has a string for each of the four keys.
    const own = entries.filter((e) => e.type === OWN_TYPE[account.api]);
    expect(own.map((e) => e.keyKind).sort()).toEqual(['Primary', 'PrimaryReadonly', 'Secondary', 'SecondaryReadonly']);
    // Every string carries the key its keyKind names and points at this account.
    const accountHosts = [hostOf(account.documentEndpoint), ...(account.apiEndpoint ? [apiEndpointHost(account.apiEndpoint)] : [])];
    for (const entry of entries) {
      const kind = keyKindOf(entry);
      expect(kind).toBeDefined();
      expect(keyIn(entry.connectionString)).toBe(account[KEY_FIELDS[kind!]]);
      // Read as its client reads it, it sends the key only to this account, over TLS.
      const reading = await destinationsOf(entry.connectionString);
      expect(reading).toEqual({ destinations: expect.arrayContaining([]) as unknown });
      const destinations = 'destinations' in reading ? reading.destinations : [];
      expect(destinations.length).toBeGreaterThan(0);
      for (const host of destinations) expect(accountHosts).toContain(host);
      if (entry.type === 'Sql') {
        expect(entry.connectionString).toBe(`AccountEndpoint=${account.documentEndpoint};AccountKey=${keyIn(entry.connectionString)};`);
      }
      // The portal's Gremlin string names the documents host, not the Gremlin (wss) one.
      if (entry.type === 'Gremlin') {
        expect(entry.connectionString).toBe(
          `AccountEndpoint=https://${name}.documents.azure.com:443/;AccountKey=${keyIn(entry.connectionString)};ApiKind=Gremlin;`,
        );
      }
    }
    const primary = returnedConnectionString(account.api, 'primary', entries)?.connectionString;
    if (account.api === 'cassandra' || account.api === 'gremlin') expect(primary).toBeUndefined();
    else expect(primary && keyIn(primary)).toBe(account.primaryMasterKey);
  });

  it('with the system-assigned identity (Account Reader on one account): reads it and its read-only keys; ARM refuses listKeys with an error the SDK parses', async () => {
    const client = armClient(new ManagedIdentityCredential(), 'https://management.azure.com/.default');
    const account = accountOf(SEED.account);
    expect((await client.databaseAccounts.get(SEED.resourceGroup, SEED.account)).documentEndpoint).toBe(account.documentEndpoint);
    expect(await client.databaseAccounts.listReadOnlyKeys(SEED.resourceGroup, SEED.account)).toEqual({
      primaryReadonlyMasterKey: account.primaryReadonlyMasterKey,
      secondaryReadonlyMasterKey: account.secondaryReadonlyMasterKey,
    });
    const refused = client.databaseAccounts.listKeys(SEED.resourceGroup, SEED.account);
    await expect(refused).rejects.toMatchObject({
      name: 'RestError',
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(`with object id '${system().principalId}'`),
    });
    const missing = armClient(new ManagedIdentityCredential({ clientId: deployer().clientId })).databaseAccounts.get(
      SEED.resourceGroup,
      'contoso-missing',
    );
    await expect(missing).rejects.toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
    // The key POSTs carry Content-Length: 0, and nothing was retried.
    const arm = sim.faults.requests.filter((r) => r.service === 'arm');
    expect(arm.map((r) => `${r.method} ${r.path.split('/').pop()} ${r.outcome}`)).toEqual([
      `GET ${SEED.account} 200`,
      'POST readonlykeys 200',
      'POST listKeys 403',
      'GET contoso-missing 404',
    ]);
    for (const r of arm.filter((r) => r.method === 'POST')) expect(r.headers['content-length']).toBe('0');
    expect(new Set(arm.map((r) => r.query.get('api-version')))).toEqual(new Set([SDK_API_VERSION]));
  });

  it("refuses a token for another audience (the Cosmos DB data plane's) with ARM's 401 and its list of allowed audiences", async () => {
    const client = armClient(new ManagedIdentityCredential({ clientId: deployer().clientId }), 'https://cosmos.azure.com/.default');
    await expect(client.databaseAccounts.get(SEED.resourceGroup, SEED.account)).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationTokenAudience',
      message:
        "The access token has been obtained for wrong audience or resource 'https://cosmos.azure.com'. It should exactly match with one of the allowed audiences " +
        "'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'.",
    });
  });

  it("in US Government, where the SDK's version is not registered yet: its refusal parsed; the cloud's own audience and an older version accepted", async () => {
    const saved = { cloud: sim.state.cloud, vm: { ...sim.state.vm }, registeredApiVersions: sim.state.registeredApiVersions };
    usGovernment(sim.state);
    sim.state.registeredApiVersions = PUBLISHED_STABLE_API_VERSIONS.filter((v) => v <= '2024-08-15');
    try {
      const credential = new ManagedIdentityCredential({ clientId: deployer().clientId });
      const scopes = ['https://management.usgovcloudapi.net/.default'];
      const sdkDefault = new CosmosDBManagementClient(credential, SEED.subscriptionId, {
        endpoint: sim.armUrl,
        credentials: { scopes },
        agent,
      });
      await expect(sdkDefault.databaseAccounts.listKeys(SEED.resourceGroup, SEED.account)).rejects.toMatchObject({
        statusCode: 400,
        code: 'NoRegisteredProviderFound',
        message: expect.stringContaining(`API version '${SDK_API_VERSION}'`),
      });
      const older = new CosmosDBManagementClient(credential, SEED.subscriptionId, {
        endpoint: sim.armUrl,
        apiVersion: '2024-08-15',
        credentials: { scopes },
        agent,
      });
      const keys = await older.databaseAccounts.listKeys(SEED.resourceGroup, SEED.account);
      expect(keys.primaryMasterKey).toBe(accountOf(SEED.account).primaryMasterKey);
      expect(sim.faults.requests.filter((r) => r.service === 'imds').map((r) => r.query.get('resource'))).toContain(
        'https://management.usgovcloudapi.net',
      );
    } finally {
      Object.assign(sim.state, saved);
    }
  });

  it('does not trust the simulated ARM without the test CA (the CA is given to the client, not to the process)', async () => {
    const client = new CosmosDBManagementClient(new ManagedIdentityCredential(), SEED.subscriptionId, {
      endpoint: sim.armUrl,
      retryOptions: { maxRetries: 0 },
    });
    await expect(client.databaseAccounts.get(SEED.resourceGroup, SEED.account)).rejects.toMatchObject({
      code: expect.stringMatching(/CERT|SIGNATURE/),
    });
  });
});

describe('the clients went nowhere else', () => {
  it('sent every request to the simulated IMDS or ARM, none to 169.254.169.254', () => {
    const allowed = new Set([new URL(sim.imdsUrl).host, new URL(sim.armUrl).host]);
    expect(new Set(sent)).toEqual(allowed);
  });
});
