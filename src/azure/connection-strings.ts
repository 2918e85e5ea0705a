/**
 * Reading connection strings of every API, as ARM's listConnectionStrings returns them and as
 * handout/build.ts writes them from a key: NoSQL and Gremlin `AccountEndpoint=…;AccountKey=…;`, MongoDB
 * `mongodb://<account>:<key>@<host>:10255/?…`, Table `DefaultEndpointsProtocol=https;AccountName=…;
 * AccountKey=…;TableEndpoint=…;`, Cassandra `HostName=…;Username=…;Password=…;Port=10350`. What
 * each holds that is secret (for masking, the moment ARM's answer arrives) and the key in it;
 * where each sends the key is read in destinations.ts.
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

/**
 * A URI's password, read as the MongoDB driver reads it (`scheme://user:password@hosts/…`: the
 * user info ends at the first `@`), and as a URL reader would (at the last `@` before the
 * query): the same for every string the host check lets through (azure/destinations.ts refuses
 * one with several `@`), but both are masked.
 */
function uriPasswords(connectionString: string): { driver?: string; url?: string } {
  const text = connectionString.trim();
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^?#]*)/i.exec(text)?.[1];
  if (authority === undefined) return {};
  const driver = /^[^/]+:\/\/(?:[^:@]*:([^@]*)@)?/.exec(text)?.[1];
  const userInfo = authority.lastIndexOf('@') < 0 ? '' : authority.slice(0, authority.lastIndexOf('@'));
  const colon = userInfo.indexOf(':');
  return { driver, url: colon < 0 ? undefined : userInfo.slice(colon + 1) };
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
  for (const name of ['AccountKey', 'Password', 'SharedAccessKey', 'SharedAccessSignature']) {
    for (const value of connectionStringParts(connectionString, name)) {
      const bare = value.trim();
      // Quoted too, as some writers quote values: the key inside is what a later step may print.
      if (bare) secrets.push(bare, bare.replace(/^"(.*)"$/, '$1'));
    }
  }
  // A SAS's signature on its own: the part a later step is likeliest to print.
  for (const sas of connectionStringParts(connectionString, 'SharedAccessSignature')) {
    const signature = /(?:^|[?&])sig=([^&]*)/i.exec(sas)?.[1];
    if (signature) secrets.push(signature, decoded(signature));
  }
  const { driver, url } = uriPasswords(connectionString);
  for (const password of [driver, url]) {
    // As written, decoded, and as a URL parser reads it (tabs and line breaks dropped).
    if (password) secrets.push(password, decoded(password), decoded(password.replace(/[\t\n\r]/g, '')));
  }
  return [...new Set(secrets)];
}

/** The account key a connection string carries (AccountKey, Cassandra's Password, or a MongoDB URI's password, decoded), if it is one. */
export function keyIn(connectionString: string): string | undefined {
  const candidates = [
    connectionStringPart(connectionString, 'AccountKey'),
    connectionStringPart(connectionString, 'Password'),
    ((password) => password && decoded(password))(uriPasswords(connectionString).driver),
  ];
  return candidates.find(isKey);
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
