/**
 * Connection strings of every API, as ARM's listConnectionStrings returns them and as the action
 * builds them from a key: NoSQL and Gremlin `AccountEndpoint=…;AccountKey=…;`, MongoDB
 * `mongodb://<account>:<key>@<host>:10255/?…`, Table `DefaultEndpointsProtocol=https;AccountName=…;
 * AccountKey=…;TableEndpoint=…;`, Cassandra `HostName=…;Username=…;Password=…;Port=10350`. What
 * each holds that is secret (for masking), the key in it, and the hosts it names (for the check
 * that a string handed out points at the account).
 */
import type { Api } from './account-apis.ts';

export interface ConnectionString {
  readonly connectionString: string;
  readonly description: string;
  readonly keyKind: string;
  readonly type: string;
}

export type KeyKind = 'primary' | 'secondary' | 'primaryreadonly' | 'secondaryreadonly';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether `value` can be an account key: non-empty base64. */
export function isKey(value: string | undefined): value is string {
  return value !== undefined && value !== '' && BASE64.test(value);
}

/** A `Name=value` part of a connection string, by name (case-insensitive): '' when empty, undefined when absent. */
function connectionStringPart(connectionString: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=([^;]*)`, 'i').exec(connectionString);
  return match?.[1];
}

/** A URI's user info and hosts (`scheme://user:password@host1,host2/…`); the query is cut first, for it may hold `@`. */
function uriParts(connectionString: string): { password?: string; hosts: string[] } | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^?#]*)/i.exec(connectionString.trim());
  if (!match?.[1]) return undefined;
  const rest = match[1];
  const at = rest.lastIndexOf('@');
  const userInfo = at < 0 ? '' : rest.slice(0, at);
  const hosts = (at < 0 ? rest : rest.slice(at + 1)).split('/')[0] ?? '';
  const colon = userInfo.indexOf(':');
  return { password: colon < 0 ? undefined : userInfo.slice(colon + 1), hosts: hosts.split(',').filter((h) => h !== '') };
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Everything secret in a connection string, whatever its format: the string itself and each
 * secret part on its own (AccountKey, Password, SharedAccessKey, a URI's password both as
 * written and percent-decoded), so that a later step printing one part is masked too.
 */
export function secretsIn(connectionString: string): string[] {
  const secrets = [connectionString];
  for (const name of ['AccountKey', 'Password', 'SharedAccessKey']) {
    const value = connectionStringPart(connectionString, name)?.trim();
    if (value) secrets.push(value);
  }
  const password = uriParts(connectionString)?.password;
  if (password) secrets.push(password, decoded(password));
  return [...new Set(secrets)];
}

/** The account key a connection string carries (AccountKey, Cassandra's Password, or a MongoDB URI's password, decoded), if it is one. */
export function keyIn(connectionString: string): string | undefined {
  const candidates = [
    connectionStringPart(connectionString, 'AccountKey')?.trim(),
    connectionStringPart(connectionString, 'Password')?.trim(),
    ((password) => password && decoded(password))(uriParts(connectionString)?.password),
  ];
  return candidates.find(isKey);
}

function hostPort(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.hostname}:${parsed.port || '443'}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase() || undefined;
  }
}

/** The `host:port` of every place a connection string sends its key (empty when it names none the action can read). */
export function hostsIn(connectionString: string): string[] {
  const hosts: string[] = [];
  for (const name of ['AccountEndpoint', 'TableEndpoint']) {
    const value = connectionStringPart(connectionString, name);
    const host = value === undefined ? undefined : hostPort(value);
    if (host) hosts.push(host);
  }
  const hostName = connectionStringPart(connectionString, 'HostName')?.trim();
  if (hostName) hosts.push(`${hostName}:${connectionStringPart(connectionString, 'Port')?.trim() || '10350'}`.toLowerCase());
  if (hosts.length === 0) {
    for (const host of uriParts(connectionString)?.hosts ?? []) hosts.push((host.includes(':') ? host : `${host}:27017`).toLowerCase());
  }
  return hosts;
}

/** Which key an entry carries: its keyKind, or failing that its description ("Primary Read-Only SQL Connection String"). */
export function keyKindOf(entry: ConnectionString): KeyKind | undefined {
  const kind = entry.keyKind.toLowerCase();
  if (kind === 'primary' || kind === 'secondary' || kind === 'primaryreadonly' || kind === 'secondaryreadonly') return kind;
  const match = /^(primary|secondary)\s+(read-?only\s+)?/i.exec(entry.description);
  if (!match?.[1]) return undefined;
  return `${match[1].toLowerCase()}${match[2] ? 'readonly' : ''}` as KeyKind;
}

/** The connection string `type` (and description word) of each API that has a connection string of its own format. */
const TYPES: Partial<Record<Api, string>> = { sql: 'sql', mongodb: 'mongodb', table: 'table' };

/**
 * The primary connection string ARM returned for the account's API: NoSQL the SQL one (an entry
 * without a type counts as SQL), MongoDB and Table their own; none for Cassandra and Gremlin.
 */
export function primaryConnectionStringFor(api: Api, entries: readonly ConnectionString[]): string | undefined {
  const type = TYPES[api];
  if (!type) return undefined;
  const matches = (entry: ConnectionString): boolean => {
    const entryType = entry.type.toLowerCase();
    if (entryType !== '') return entryType === type;
    return (
      new RegExp(`\\b${type}\\b`, 'i').test(entry.description) ||
      (api === 'sql' && !/\b(mongodb|table|cassandra|gremlin)\b/i.test(entry.description))
    );
  };
  return entries.find((entry) => keyKindOf(entry) === 'primary' && matches(entry) && keyIn(entry.connectionString))?.connectionString;
}

/**
 * A connection string of the account's API built from a key, in the format that API's clients
 * take (the key percent-encoded in a MongoDB URI); none for Cassandra and Gremlin, whose clients
 * take the host, the account name and the key separately.
 */
export function buildConnectionString(
  api: Api,
  parts: { readonly accountName: string; readonly key: string; readonly endpoint: string; readonly apiEndpoint: string },
): string | undefined {
  const { accountName, key, endpoint, apiEndpoint } = parts;
  switch (api) {
    case 'sql':
      return `AccountEndpoint=${endpoint};AccountKey=${key};`;
    case 'mongodb':
      return (
        `mongodb://${encodeURIComponent(accountName)}:${encodeURIComponent(key)}@${apiEndpoint}/` +
        `?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@${accountName}@`
      );
    case 'table':
      return `DefaultEndpointsProtocol=https;AccountName=${accountName};AccountKey=${key};TableEndpoint=${apiEndpoint};`;
    case 'cassandra':
    case 'gremlin':
      return undefined;
  }
}
