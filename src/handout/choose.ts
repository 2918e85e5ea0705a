/**
 * What the run hands out, decided once: the key (the key input's choice, primary or secondary:
 * COSMOS_KEY, the smoke test's) and the connection string of the account's own API for that key (connection-string, COSMOS_CONNECTION_STRING):
 * the one ARM returned (listConnectionStrings), else one written from the key (build.ts). The
 * host check (vet.ts) and the outputs (outputs.ts) both take this answer.
 */
import type { AccountApi, Api } from '../azure/apis.ts';
import type { Cloud } from '../azure/clouds.ts';
import { keyIn, keyKindOf, secretsIn } from '../azure/connection-strings.ts';
import type { ChosenKey, ConnectionString, KeyChoice, KeyKind, KeySet, Operation } from '../azure/keys.ts';
import { maskSecret } from '../report/masking.ts';
import { buildConnectionString, connectionStringType } from './build.ts';
import { accountHosts, vetConnectionStrings } from './vet.ts';

export interface Handout {
  /** Every key ARM returned; connectionStrings only those that passed the host check. */
  readonly keys: KeySet;
  readonly key: ChosenKey;
  /** The connection string of the account's API for `key`; undefined for Cassandra and Gremlin. */
  readonly connectionString?: string;
}

/** Where the account is: its endpoint, its API when ARM named it, and the run's cloud. */
export interface AccountPlace {
  readonly endpoint: string;
  readonly account?: AccountApi;
  readonly cloud: Cloud;
}

/**
 * The key and the connection string the run hands out (of the key chosen: with listConnectionStrings,
 * the string ARM returned for that key), from what the key operation returned;
 * every connection string ARM returned checked against the account's hosts first. A string
 * written here is masked the moment it exists.
 */
export async function handOut(
  keys: KeySet,
  request: { readonly operation: Operation; readonly key: KeyChoice },
  place: AccountPlace,
): Promise<Handout> {
  const api = place.account?.api ?? 'sql';
  const which = request.key;
  const key: ChosenKey = {
    value: which === 'primary' ? keys.primaryKey : keys.secondaryKey,
    name: `the ${which}${request.operation === 'readonlykeys' ? ' read-only' : ''} key`,
  };
  const returned = keys.connectionStrings && returnedConnectionString(api, which, keys.connectionStrings);
  const vetted = await vetConnectionStrings(keys, returned, accountHosts(place.endpoint, place.account, place.cloud));
  if (returned) return { keys: vetted, key, connectionString: returned.connectionString };
  const built = buildConnectionString(api, {
    accountName: place.account?.accountName ?? '',
    key: key.value,
    endpoint: place.endpoint,
    apiEndpoint: place.account?.apiEndpoint ?? '',
  });
  if (built) for (const secret of secretsIn(built)) maskSecret(secret);
  return { keys: vetted, key, connectionString: built };
}

/**
 * The connection string ARM returned for the account's API and `kind` of key: NoSQL the SQL one
 * (an entry without a type counts as SQL), MongoDB and Table their own; none for Cassandra and
 * Gremlin. Only an entry that holds a usable key counts.
 */
export function returnedConnectionString(api: Api, kind: KeyKind, entries: readonly ConnectionString[]): ConnectionString | undefined {
  const type = connectionStringType(api);
  if (!type) return undefined;
  const matches = (entry: ConnectionString): boolean => {
    const entryType = entry.type.toLowerCase();
    if (entryType !== '') return entryType === type;
    return (
      new RegExp(`\\b${type}\\b`, 'i').test(entry.description) ||
      (api === 'sql' && !/\b(mongodb|table|cassandra|gremlin)\b/i.test(entry.description))
    );
  };
  return entries.find((entry) => keyKindOf(entry) === kind && matches(entry) && keyIn(entry.connectionString));
}
