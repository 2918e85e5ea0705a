/**
 * The APIs an account can speak (NoSQL, MongoDB, Cassandra, Gremlin or Table; ARM's account read
 * tells which, see arm/account.ts), and where each answers: each has its own host and port under the cloud's
 * `cosmos.<domain>` suffix, except NoSQL, whose endpoint is the document endpoint itself.
 */
import type { Cloud } from './clouds.ts';

export type Api = 'sql' | 'mongodb' | 'cassandra' | 'gremlin' | 'table';

/** Which API an account speaks and where, as ARM's account read tells (not known with the endpoint input). */
export interface AccountApi {
  readonly api: Api;
  readonly accountName: string;
  /** The API's own endpoint (apiEndpointOf); empty for NoSQL. */
  readonly apiEndpoint: string;
}

/** How each API is named to people, and its connection strings' `type` in listConnectionStrings. */
export const API_NAMES: Readonly<Record<Api, string>> = {
  sql: 'API for NoSQL',
  mongodb: 'API for MongoDB',
  cassandra: 'API for Apache Cassandra',
  gremlin: 'API for Apache Gremlin',
  table: 'API for Table',
};

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
