/**
 * The API an account speaks (NoSQL, MongoDB, Cassandra, Gremlin or Table), read from ARM's account
 * read, and where that API answers: each has its own host and port under the cloud's
 * `cosmos.<domain>` suffix, except NoSQL, whose endpoint is the document endpoint itself.
 */
import type { Cloud } from './clouds.ts';
import { isObject } from './http.ts';

export type Api = 'sql' | 'mongodb' | 'cassandra' | 'gremlin' | 'table';

/** How each API is named to people, and its connection strings' `type` in listConnectionStrings. */
export const API_NAMES: Readonly<Record<Api, string>> = {
  sql: 'API for NoSQL',
  mongodb: 'API for MongoDB',
  cassandra: 'API for Apache Cassandra',
  gremlin: 'API for Apache Gremlin',
  table: 'API for Table',
};

const CAPABILITIES: ReadonlyArray<[string, Api]> = [
  ['enablecassandra', 'cassandra'],
  ['enablegremlin', 'gremlin'],
  ['enabletable', 'table'],
];

/**
 * The API of an account, from its `kind` (MongoDB, or GlobalDocumentDB / Parse) and, for the
 * others, its `capabilities` (EnableCassandra, EnableGremlin, EnableTable), as the portal and the
 * Azure CLI tell them apart. An account with none of these is an API for NoSQL account.
 */
export function apiOf(account: Record<string, unknown>): Api {
  if (typeof account['kind'] === 'string' && account['kind'].toLowerCase() === 'mongodb') return 'mongodb';
  const properties = isObject(account['properties']) ? account['properties'] : {};
  const names = capabilityNames(properties);
  return CAPABILITIES.find(([capability]) => names.has(capability))?.[1] ?? 'sql';
}

/** The account's capability names, lowercase. */
function capabilityNames(properties: Record<string, unknown>): Set<string> {
  const capabilities = Array.isArray(properties['capabilities']) ? properties['capabilities'] : [];
  return new Set(capabilities.map((c: unknown) => (isObject(c) && typeof c['name'] === 'string' ? c['name'].toLowerCase() : '')));
}

/**
 * The MongoDB server version of an API for MongoDB account: `apiProperties.serverVersion` (e.g.
 * 4.2); without it, an account with no EnableMongo capability is one made before either existed,
 * which runs 3.2 (EnableMongo came with 3.6).
 */
export function mongoServerVersionOf(account: Record<string, unknown>): string | undefined {
  const properties = isObject(account['properties']) ? account['properties'] : {};
  const api = isObject(properties['apiProperties']) ? properties['apiProperties'] : {};
  const version = api['serverVersion'];
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version)) return version;
  if (apiOf(account) !== 'mongodb' || capabilityNames(properties).has('enablemongo')) return undefined;
  return '3.2';
}

/**
 * The API's own endpoint in `cloud`, in the form its clients take: MongoDB and Cassandra
 * `host:port`, Gremlin a `wss://` URL, Table an `https://` URL; empty for NoSQL. MongoDB accounts
 * still on server version 3.2 answer on the document endpoint's host, port 10255.
 */
export function apiEndpointOf(api: Api, accountName: string, cloud: Cloud, mongoServerVersion?: string): string {
  const host = (service: string): string => `${accountName}.${service}.${cloud.cosmosApiSuffix}`;
  switch (api) {
    case 'sql':
      return '';
    case 'mongodb':
      return mongoServerVersion === '3.2' ? `${accountName}.${cloud.cosmosSuffix}:10255` : `${host('mongo')}:10255`;
    case 'cassandra':
      return `${host('cassandra')}:10350`;
    case 'gremlin':
      return `wss://${host('gremlin')}:443/`;
    case 'table':
      return `https://${host('table')}:443/`;
  }
}

/** The `host:port` an API endpoint names (a URL's port filled in), lowercase. */
export function apiEndpointHost(apiEndpoint: string): string {
  if (!/^[a-z]+:\/\//i.test(apiEndpoint)) return apiEndpoint.toLowerCase();
  const url = new URL(apiEndpoint);
  return `${url.hostname}:${url.port || '443'}`.toLowerCase();
}
