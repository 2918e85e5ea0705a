/**
 * The APIs whose clients take a connection string, each with its format: the `type` ARM's
 * listConnectionStrings gives such strings, and how one is written from a key. Cassandra and
 * Gremlin have none: their clients take the host, the account name and the key separately.
 */
import type { Api } from '../azure/apis.ts';

/** What a connection string is built from. */
export interface ConnectionStringParts {
  readonly accountName: string;
  readonly key: string;
  /** The document endpoint (NoSQL). */
  readonly endpoint: string;
  /** The API's own endpoint (MongoDB, Table). */
  readonly apiEndpoint: string;
}

interface Format {
  /** listConnectionStrings' `type` for this API's strings, and the word their descriptions use. */
  readonly type: string;
  build(parts: ConnectionStringParts): string;
}

const FORMATS: Readonly<Partial<Record<Api, Format>>> = {
  sql: { type: 'sql', build: ({ endpoint, key }) => `AccountEndpoint=${endpoint};AccountKey=${key};` },
  mongodb: {
    type: 'mongodb',
    // The key percent-encoded; Cosmos DB's own options, as the portal writes them.
    build: ({ accountName, key, apiEndpoint }) =>
      `mongodb://${encodeURIComponent(accountName)}:${encodeURIComponent(key)}@${apiEndpoint}/` +
      `?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@${accountName}@`,
  },
  table: {
    type: 'table',
    build: ({ accountName, key, apiEndpoint }) =>
      `DefaultEndpointsProtocol=https;AccountName=${accountName};AccountKey=${key};TableEndpoint=${apiEndpoint};`,
  },
};

/** The listConnectionStrings `type` of the API's own connection strings; undefined for an API without one. */
export function connectionStringType(api: Api): string | undefined {
  return FORMATS[api]?.type;
}

/** A connection string of the API written from a key, in the format its clients take; undefined for an API without one. */
export function buildConnectionString(api: Api, parts: ConnectionStringParts): string | undefined {
  return FORMATS[api]?.build(parts);
}
