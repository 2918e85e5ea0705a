/**
 * Reading connection strings of every API, as ARM's listConnectionStrings returns them and as
 * handout/build.ts writes them from a key: NoSQL and Gremlin `AccountEndpoint=…;AccountKey=…;`, MongoDB
 * `mongodb://<account>:<key>@<host>:10255/?…`, Table `DefaultEndpointsProtocol=https;AccountName=…;
 * AccountKey=…;TableEndpoint=…;`, Cassandra `HostName=…;Username=…;Password=…;Port=10350`. What
 * each holds that is secret (for masking), the key in it, and the hosts it names (for the check
 * that a string handed out points at the account).
 */
import { KEY_KINDS, type ConnectionString, type KeyKind } from './keys.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether `value` can be an account key: non-empty base64. */
export function isKey(value: string | undefined): value is string {
  return value !== undefined && value !== '' && BASE64.test(value);
}

/** Every `Name=value` part of a connection string with this name (case-insensitive), in order: a name may repeat. */
function connectionStringParts(connectionString: string, name: string): string[] {
  return [...connectionString.matchAll(new RegExp(`(?:^|;)\\s*${name}\\s*=([^;]*)`, 'gi'))].map((m) => m[1] ?? '');
}

/** The one value of a part: undefined when absent, or when it repeats with different values (which one a client takes is its own choice). */
function connectionStringPart(connectionString: string, name: string): string | undefined {
  const values = [...new Set(connectionStringParts(connectionString, name).map((v) => v.trim()))];
  return values.length === 1 ? values[0] : undefined;
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
    for (const value of connectionStringParts(connectionString, name)) {
      const bare = value.trim();
      // Quoted too, as some writers quote values: the key inside is what a later step may print.
      if (bare) secrets.push(bare, bare.replace(/^"(.*)"$/, '$1'));
    }
  }
  const password = uriParts(connectionString)?.password;
  if (password) secrets.push(password, decoded(password));
  return [...new Set(secrets)];
}

/** The account key a connection string carries (AccountKey, Cassandra's Password, or a MongoDB URI's password, decoded), if it is one. */
export function keyIn(connectionString: string): string | undefined {
  const candidates = [
    connectionStringPart(connectionString, 'AccountKey'),
    connectionStringPart(connectionString, 'Password'),
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

/**
 * The `host:port` of every place a connection string may send its key: every `…Endpoint` part
 * (each occurrence: a name may repeat), `EndpointSuffix`, Cassandra's `HostName` and `Port`, and a
 * URI's hosts. Empty when it names none the action can read: then nothing says where it sends the key.
 */
export function hostsIn(connectionString: string): string[] {
  const hosts: string[] = [];
  for (const [, name = '', value = ''] of connectionString.matchAll(/(?:^|;)\s*([A-Za-z]*Endpoint|EndpointSuffix)\s*=([^;]*)/gi)) {
    const host = name.toLowerCase() === 'endpointsuffix' ? `${value.trim().toLowerCase()}:443` : hostPort(value);
    if (host) hosts.push(host);
  }
  const ports = connectionStringParts(connectionString, 'Port').map((p) => p.trim());
  for (const hostName of connectionStringParts(connectionString, 'HostName')) {
    const port = ports.length === 1 ? ports[0] : ports.length === 0 ? '10350' : 'ambiguous';
    if (hostName.trim()) hosts.push(`${hostName.trim()}:${port}`.toLowerCase());
  }
  for (const host of uriParts(connectionString)?.hosts ?? []) hosts.push((host.includes(':') ? host : `${host}:27017`).toLowerCase());
  return [...new Set(hosts)];
}

/** Which key an entry carries: its keyKind, or failing that its description ("Primary Read-Only SQL Connection String"). */
export function keyKindOf(entry: ConnectionString): KeyKind | undefined {
  const kind = entry.keyKind.toLowerCase();
  const known = KEY_KINDS.find((k) => k === kind);
  if (known) return known;
  const match = /^(primary|secondary)\s+(read-?only\s+)?/i.exec(entry.description);
  if (!match?.[1]) return undefined;
  return `${match[1].toLowerCase()}${match[2] ? 'readonly' : ''}` as KeyKind;
}
