/**
 * ARM's account read, as the portal and the Azure CLI read it: the API the account speaks and,
 * for API for MongoDB, its server version.
 */
import type { Api } from '../azure/apis.ts';
import { isObject } from '../net/http.ts';

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
