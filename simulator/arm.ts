/** The simulated Azure Resource Manager, for Microsoft.DocumentDB database accounts. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiVersionRefusal } from './api-versions.ts';
import { ARM_AUDIENCES, accountId, isAllowed, type Account, type State } from './state.ts';
import type { Take } from './throttle.ts';
import { verifyToken } from './tokens.ts';

const ACCOUNT_PATH =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)(?:\/([^/]+))?$/i;

/** ARM's list of a subscription's resources (Resources - List), which holds only what the caller can read. */
const RESOURCES_PATH = /^\/subscriptions\/([^/]+)\/resources$/i;
const ACCOUNT_TYPE = 'Microsoft.DocumentDB/databaseAccounts';

const OPERATIONS: Record<string, 'listKeys' | 'readonlykeys' | 'listConnectionStrings'> = {
  listkeys: 'listKeys',
  readonlykeys: 'readonlykeys',
  listconnectionstrings: 'listConnectionStrings',
};

function send(res: ServerResponse, status: number, body: object, extra: Record<string, string> = {}): void {
  const requestId = randomUUID();
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': requestId,
    ...extra,
  });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { error: { code, message } });
}

/**
 * kind and capabilities as ARM gives them for each API: `GlobalDocumentDB` for all but MongoDB (the
 * spec example CosmosDBDatabaseAccountGet.json), `MongoDB` for the API for MongoDB, and the
 * capability each API is created with (`az cosmosdb create --kind` / `--capabilities`).
 */
const KINDS: Readonly<Record<Account['api'], { kind: string; capabilities: string[] }>> = {
  sql: { kind: 'GlobalDocumentDB', capabilities: [] },
  mongodb: { kind: 'MongoDB', capabilities: ['EnableMongo'] },
  cassandra: { kind: 'GlobalDocumentDB', capabilities: ['EnableCassandra'] },
  gremlin: { kind: 'GlobalDocumentDB', capabilities: ['EnableGremlin'] },
  table: { kind: 'GlobalDocumentDB', capabilities: ['EnableTable'] },
};

function accountBody(subscriptionId: string, group: string, account: Account): object {
  const { kind } = KINDS[account.api];
  // MongoDB 3.2 accounts predate both EnableMongo and apiProperties.serverVersion.
  const legacyMongo = account.api === 'mongodb' && account.serverVersion === '3.2';
  const capabilities = legacyMongo ? [] : KINDS[account.api].capabilities;
  return {
    id: accountId(subscriptionId, group, account.name),
    name: account.name,
    type: 'Microsoft.DocumentDB/databaseAccounts',
    location: 'West Europe',
    kind,
    tags: {},
    properties: {
      provisioningState: 'Succeeded',
      documentEndpoint: account.documentEndpoint,
      databaseAccountOfferType: 'Standard',
      disableLocalAuth: account.disableLocalAuth,
      capabilities: capabilities.map((name) => ({ name })),
      ...(account.serverVersion && !legacyMongo ? { apiProperties: { serverVersion: account.serverVersion } } : {}),
      locations: [{ locationName: 'West Europe', failoverPriority: 0, documentEndpoint: account.documentEndpoint }],
    },
  };
}

const KEY_KINDS = [
  ['Primary', 'Primary', 'primaryMasterKey'],
  ['Secondary', 'Secondary', 'secondaryMasterKey'],
  ['PrimaryReadonly', 'Primary Read-Only', 'primaryReadonlyMasterKey'],
  ['SecondaryReadonly', 'Secondary Read-Only', 'secondaryReadonlyMasterKey'],
] as const;

/** The connection strings of one API, one per key, as listConnectionStrings gives them. */
function connectionStrings(account: Account, type: string, label: string, format: (key: string) => string): object[] {
  return KEY_KINDS.map(([keyKind, description, field]) => ({
    connectionString: format(account[field]),
    description: `${description} ${label} Connection String`,
    keyKind,
    type,
  }));
}

/**
 * listConnectionStrings per API: NoSQL its SQL strings; MongoDB its MongoDB URIs; Table, Cassandra
 * and Gremlin the SQL strings and their own. The spec examples show no real string (the MongoDB one,
 * CosmosDBDatabaseAccountListConnectionStringsMongo.json, says "connection-string"): the formats
 * are the portal's, as Microsoft Learn shows them. MongoDB: `mongodb://<account>:<key>@<account>.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@<account>@`
 * (learn.microsoft.com/azure/service-connector/how-to-integrate-cosmos-db). Gremlin: the
 * documents host, not the Gremlin one, `AccountEndpoint=https://<account>.documents.azure.com:443/;AccountKey=…;ApiKind=Gremlin;`.
 */
function connectionStringsOf(account: Account): object[] {
  const sql = connectionStrings(account, 'Sql', 'SQL', (key) => `AccountEndpoint=${account.documentEndpoint};AccountKey=${key};`);
  switch (account.api) {
    case 'sql':
      return sql;
    case 'mongodb':
      return connectionStrings(
        account,
        'MongoDB',
        'MongoDB',
        // The key percent-encoded, as the MongoDB driver requires of a password with '/', '+' or '=' (and as the portal shows '=' as %3D).
        (key) =>
          `mongodb://${account.name}:${encodeURIComponent(key)}@${account.apiEndpoint}/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@${account.name}@`,
      );
    case 'table':
      return [
        ...sql,
        ...connectionStrings(
          account,
          'Table',
          'Table',
          (key) => `DefaultEndpointsProtocol=https;AccountName=${account.name};AccountKey=${key};TableEndpoint=${account.apiEndpoint};`,
        ),
      ];
    case 'cassandra': {
      const [hostName, port] = account.apiEndpoint.split(':');
      return [
        ...sql,
        ...connectionStrings(
          account,
          'Cassandra',
          'Cassandra',
          (key) => `HostName=${hostName};Username=${account.name};Password=${key};Port=${port}`,
        ),
      ];
    }
    case 'gremlin':
      return [
        ...sql,
        ...connectionStrings(
          account,
          'Gremlin',
          'Gremlin',
          (key) => `AccountEndpoint=https://${new URL(account.documentEndpoint).hostname}:443/;AccountKey=${key};ApiKind=Gremlin;`,
        ),
      ];
  }
}

function keysBody(operation: 'listKeys' | 'readonlykeys' | 'listConnectionStrings', account: Account): object {
  const readonly = {
    primaryReadonlyMasterKey: account.primaryReadonlyMasterKey,
    secondaryReadonlyMasterKey: account.secondaryReadonlyMasterKey,
  };
  if (operation === 'readonlykeys') return readonly;
  if (operation === 'listKeys') {
    return { primaryMasterKey: account.primaryMasterKey, secondaryMasterKey: account.secondaryMasterKey, ...readonly };
  }
  return { connectionStrings: [...connectionStringsOf(account), ...account.extraConnectionStrings] };
}

export function armHandler(state: State, secret: Buffer, extraAudiences: readonly string[] = []) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'https://management.azure.com');
    const auth = req.headers['authorization'] ?? '';
    if (!auth.startsWith('Bearer ')) {
      return error(res, 401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.");
    }
    const verdict = verifyToken(auth.slice('Bearer '.length), secret);
    if (!verdict.ok) {
      const message =
        verdict.code === 'ExpiredAuthenticationToken'
          ? 'The access token expiry UTC time is earlier than current UTC time.'
          : 'The access token is invalid.';
      return error(res, 401, verdict.code, message);
    }
    const audiences = [...ARM_AUDIENCES[state.cloud], ...extraAudiences].flatMap((a) => [a, a.replace(/\/$/, '')]);
    if (!audiences.includes(verdict.claims.aud)) {
      // ARM's own text lists the cloud's audiences, each with and without its slash (core.windows.net first).
      const allowed = [...ARM_AUDIENCES[state.cloud]].reverse().flatMap((a) => [a, a.replace(/\/$/, '')]);
      return error(
        res,
        401,
        'InvalidAuthenticationTokenAudience',
        `The access token has been obtained for wrong audience or resource '${verdict.claims.aud}'. It should exactly match with one of the allowed audiences ${allowed.map((a) => `'${a}'`).join(',')}.`,
      );
    }
    const apiVersion = url.searchParams.get('api-version');
    if (!apiVersion) {
      return error(res, 400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    }
    const resources = RESOURCES_PATH.exec(url.pathname);
    if (resources) return listResources(res, state, resources[1] ?? '', url.searchParams.get('$filter'), verdict.claims.oid);
    const refusal = apiVersionRefusal(state, apiVersion);
    if (refusal) return error(res, 400, refusal.code, refusal.message);
    const match = ACCOUNT_PATH.exec(url.pathname);
    if (!match) return error(res, 404, 'InvalidResourceType', `The resource type could not be found for path '${url.pathname}'.`);
    const [, subscriptionId = '', group = '', name = '', suffix] = match;
    const operation = suffix === undefined ? 'read' : OPERATIONS[suffix.toLowerCase()];
    if (!operation) return error(res, 404, 'InvalidResourceType', `The resource type '${suffix}' could not be found.`);
    const groups = state.subscriptions.get(subscriptionId.toLowerCase());
    if (!groups) return error(res, 404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);

    const expectedMethod = operation === 'read' || (operation === 'readonlykeys' && req.method === 'GET') ? 'GET' : 'POST';
    if (req.method !== expectedMethod) {
      return error(res, 405, 'HttpMethodNotAllowed', `The HTTP method '${req.method}' is not supported for this resource.`);
    }
    if (req.method === 'POST' && req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      return error(res, 411, 'LengthRequired', 'Length Required');
    }
    // Key operations are throttled per principal (state.keyThrottle), before the role check, as ARM throttles before routing.
    const throttled: Take | undefined = operation === 'read' ? undefined : state.keyThrottle?.take(verdict.claims.oid);
    // ARM names the bucket a request drew on in its header: writes for POST, reads for GET.
    const remainingHeader = `x-ms-ratelimit-remaining-subscription-${req.method === 'GET' ? 'reads' : 'writes'}`;
    if (throttled && !throttled.ok) {
      const kind = req.method === 'GET' ? 'read' : 'write';
      return send(
        res,
        429,
        {
          error: {
            code: 'SubscriptionRequestsThrottled',
            message: `Number of '${kind}' requests for subscription '${subscriptionId}' actor '${verdict.claims.oid}' exceeded. Please try again after '${throttled.retryAfterSeconds}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling`,
          },
        },
        { 'retry-after': String(throttled.retryAfterSeconds), [remainingHeader]: '0' },
      );
    }
    const action =
      operation === 'read'
        ? 'Microsoft.DocumentDB/databaseAccounts/read'
        : `Microsoft.DocumentDB/databaseAccounts/${operation}/${req.method === 'GET' ? 'read' : 'action'}`;
    const scope = accountId(subscriptionId, group, name);
    if (!isAllowed(state, verdict.claims.oid, action, scope)) {
      return error(
        res,
        403,
        'AuthorizationFailed',
        `The client '${verdict.claims.appid ?? verdict.claims.oid}' with object id '${verdict.claims.oid}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      );
    }
    const accounts = [...groups.entries()].find(([g]) => g.toLowerCase() === group.toLowerCase())?.[1];
    if (!accounts) return error(res, 404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`);
    const account = accounts.get(name.toLowerCase());
    if (!account) {
      return error(
        res,
        404,
        'ResourceNotFound',
        `The Resource 'Microsoft.DocumentDB/databaseAccounts/${name}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
      );
    }
    if (operation === 'read') {
      return send(res, 200, accountBody(subscriptionId, group, account), { 'x-ms-ratelimit-remaining-subscription-reads': '249' });
    }
    const remaining = throttled?.ok ? throttled.remaining : req.method === 'GET' ? 249 : 199;
    send(res, 200, keysBody(operation, account), { [remainingHeader]: String(remaining) });
  };
}

/**
 * GET /subscriptions/{id}/resources: the subscription's resources the caller can read (ARM
 * filters the list by the caller's role assignments, so a principal with a role on one account
 * sees that account), optionally only those of one type (`$filter=resourceType eq '…'`).
 */
function listResources(res: ServerResponse, state: State, subscriptionId: string, filter: string | null, principalId: string): void {
  const groups = state.subscriptions.get(subscriptionId.toLowerCase());
  if (!groups) return error(res, 404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
  const type = filter === null ? undefined : /^resourceType eq '([^']+)'$/i.exec(filter.trim())?.[1];
  if (filter !== null && type === undefined)
    return error(res, 400, 'InvalidFilterInQueryString', `Invalid $filter '${filter}' specified in the query string.`);
  const value = [...groups.entries()].flatMap(([group, accounts]) =>
    [...accounts.values()]
      .map((account) => ({ id: accountId(subscriptionId, group, account.name), account }))
      .filter(({ id }) => isAllowed(state, principalId, `${ACCOUNT_TYPE}/read`, id))
      .filter(() => type === undefined || type.toLowerCase() === ACCOUNT_TYPE.toLowerCase())
      .map(({ id, account }) => ({
        id,
        name: account.name,
        type: ACCOUNT_TYPE,
        kind: KINDS[account.api].kind,
        location: 'westeurope',
        tags: {},
      })),
  );
  send(res, 200, { value });
}
