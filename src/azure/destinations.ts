/**
 * Where a connection string sends its key, read the way the client that takes it reads it:
 *
 * - NoSQL (@azure/cosmos): `;`-separated parts, each split at its first `=`, names compared
 *   exactly, the last of a name winning: `AccountEndpoint`.
 * - Table (@azure/data-tables): parts trimmed, names compared without case, the first of a name
 *   winning: `TableEndpoint`, else `<DefaultEndpointsProtocol>://<AccountName>.table.<EndpointSuffix>`;
 *   `UseDevelopmentStorage=true` anywhere means the local emulator, over http.
 * - Gremlin (`AccountEndpoint`, https or wss) and Cassandra (`HostName`, `Port`, 10350 by
 *   default), whose clients take the host as the user hands it on; any other `…Endpoint` part too.
 * - MongoDB: the official driver's own parser (mongodb-connection-string-url, loaded only when a
 *   MongoDB URI is read), its hosts with the driver's default port, and the options the driver
 *   reads that decide how the key travels.
 *
 * Only encrypted transports pass (https, wss, a MongoDB URI with TLS on and verified). Where those
 * readings could differ (a name twice, in another case, with spaces around it; several `@`) the
 * string is refused: it could be read two ways, and one of them may send the key elsewhere.
 */
import { isAccountLabel } from './names.ts';

/** Every `host:port` the string's client would send the key to, lowercase; or why it is refused. */
export type Reading = { readonly destinations: readonly string[] } | { readonly refused: string };

/** The names the Azure SDKs and the portal write, in the case @azure/cosmos compares them in. */
const KNOWN_NAMES = [
  'AccountEndpoint',
  'AccountKey',
  'AccountName',
  'ApiKind',
  'DefaultEndpointsProtocol',
  'EndpointSuffix',
  'HostName',
  'Password',
  'Port',
  'SharedAccessKey',
  'SharedAccessSignature',
  'TableEndpoint',
  'Username',
];

/** The default port of each scheme an endpoint may have. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'https:': 443, 'wss:': 443 };

/** The port the MongoDB driver connects to when a host names none. */
const MONGODB_DEFAULT_PORT = 27017;

/** Cassandra's port on Cosmos DB when the string names none (the portal always names it). */
const CASSANDRA_DEFAULT_PORT = 10350;

/** A DNS name or IP address as a host may be written: nothing a URL could read as user info, port, path or query. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9](?:[a-z0-9-]{0,62}))*|\[[0-9a-f:.]+\])$/i;

export async function destinationsOf(connectionString: string): Promise<Reading> {
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(connectionString)) return await uriDestinations(connectionString);
    return keyValueDestinations(connectionString);
  } catch (error) {
    if (error instanceof Refused) return { refused: error.message };
    throw error;
  }
}

class Refused extends Error {
  override name = 'Refused';
}

function refuse(why: string): never {
  throw new Refused(why);
}

/** The parts of a `Name=value;…` string, by lowercase name: refused where the SDKs' readings could differ. */
function keyValueParts(text: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const equals = part.indexOf('=');
    if (equals < 0) refuse('has a part without "=", which the SDKs read differently');
    const name = part.slice(0, equals);
    const known = KNOWN_NAMES.find((k) => k.toLowerCase() === name.toLowerCase());
    if (name.trim() !== name || name === '') refuse('has a part name with spaces around it, which the SDKs read differently');
    if (known && known !== name) refuse(`writes ${known} in another case, which the SDKs read differently`);
    if (parts.has(name.toLowerCase())) refuse(`has ${known ?? 'a part'} twice, which the SDKs read differently`);
    parts.set(name.toLowerCase(), part.slice(equals + 1));
  }
  return parts;
}

function keyValueDestinations(text: string): Reading {
  const parts = keyValueParts(text);
  const destinations: string[] = [];
  // Every endpoint any client could take from it: NoSQL's, Gremlin's, Table's, Blob's…
  for (const [name, value] of parts) {
    if (!name.endsWith('endpoint')) continue;
    destinations.push(endpointHostPort(value, name === 'accountendpoint' ? ['https:', 'wss:'] : ['https:']));
  }
  // Table, without TableEndpoint: the endpoint @azure/data-tables builds from the parts.
  if (/usedevelopmentstorage=true/i.test(text)) refuse('asks for the local storage emulator (UseDevelopmentStorage=true), over http');
  const protocol = parts.get('defaultendpointsprotocol');
  if (protocol !== undefined && protocol.toLowerCase() !== 'https')
    refuse('sends the key without TLS (DefaultEndpointsProtocol is not https)');
  if (!parts.has('tableendpoint') && (protocol !== undefined || parts.has('endpointsuffix'))) {
    const account = parts.get('accountname') ?? '';
    const suffix = parts.get('endpointsuffix') ?? '';
    if (!isAccountLabel(account))
      refuse('has an AccountName that is not an account name, from which the Table client would build its endpoint');
    if (!HOST.test(suffix) || suffix.startsWith('[')) refuse('has an EndpointSuffix that is not a domain name');
    destinations.push(endpointHostPort(`https://${account}.table.${suffix}`, ['https:']));
  }
  // Cassandra: the host and port its client is handed.
  const hostName = parts.get('hostname');
  if (hostName !== undefined) {
    const port = parts.get('port') ?? String(CASSANDRA_DEFAULT_PORT);
    if (!HOST.test(hostName)) refuse('has a HostName that is not a host name');
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) refuse('has a Port that is not a port number');
    destinations.push(`${hostName}:${Number(port)}`.toLowerCase());
  }
  return { destinations: [...new Set(destinations)] };
}

/** The `host:port` of an endpoint URL, its scheme's default port filled in; refused unless it is a plain TLS endpoint. */
function endpointHostPort(value: string, schemes: readonly string[]): string {
  if (/[\s\p{Cc}\p{Cf}]/u.test(value)) refuse('has an endpoint with spaces or control characters in it');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    refuse('has an endpoint that is not a URL');
  }
  if (!schemes.includes(url.protocol)) {
    refuse(
      url.protocol === 'http:' || url.protocol === 'ws:'
        ? `sends the key without TLS (${url.protocol}//)`
        : `has an endpoint that is not ${schemes.map((s) => s.replace(':', '')).join(' or ')}`,
    );
  }
  if (url.username || url.password) refuse('has user info in an endpoint');
  if (url.search || url.hash || value.includes('?') || value.includes('#')) refuse('has a query or fragment in an endpoint');
  if (url.pathname !== '/' && url.pathname !== '') refuse('has a path in an endpoint');
  return `${url.hostname}:${url.port || DEFAULT_PORTS[url.protocol]}`.toLowerCase();
}

/**
 * The MongoDB URI options a string may carry: those Azure writes (ssl or tls, replicaSet,
 * retrywrites, maxIdleTimeMS, appName; authMechanism and authSource for vCore) and a few that
 * only tune timing. The driver takes many more from a URI, raw TLS settings among them (`ca`,
 * `servername`, `ciphers`, `secureProtocol`, `tlsCAFile`, `proxyHost`…), which would let the key
 * travel to a certificate the attacker chose, or through a proxy: any option not listed is refused.
 */
const MONGODB_OPTIONS = [
  'ssl',
  'tls',
  'replicaSet',
  'retryWrites',
  'maxIdleTimeMS',
  'appName',
  'authMechanism',
  'authSource',
  'connectTimeoutMS',
  'socketTimeoutMS',
  'serverSelectionTimeoutMS',
  'w',
].map((option) => option.toLowerCase());

/** The mechanisms that never send the password itself: SCRAM's challenge and response. */
const SCRAM = ['scram-sha-1', 'scram-sha-256'];

async function uriDestinations(text: string): Promise<Reading> {
  if (!/^mongodb(\+srv)?:\/\//i.test(text)) return { destinations: [] };
  if (/^mongodb\+srv:/i.test(text)) refuse('is a mongodb+srv URI, whose hosts come from DNS, not from the string');
  // A URL parser drops tabs and line breaks (so the driver reads another password than written);
  // the Azure SDKs split at ";" (and would read parts of their own in it).
  if (/[\s\p{Cc}]/u.test(text)) refuse('has spaces or control characters in its MongoDB URI, which readers drop or keep');
  if (text.includes(';')) refuse('has a ";" in its MongoDB URI, which the Azure SDKs would read as a part separator');
  // The user info ends at the first "@" for the driver, at the last for a URL reader: one "@" only.
  const authority = /^[^:]+:\/\/([^/?#]*)/.exec(text)?.[1] ?? '';
  if ((authority.match(/@/g) ?? []).length > 1 || /@/.test(text.slice(`mongodb://${authority}`.length).split('?')[0] ?? '')) {
    refuse('has more than one "@" before its options, which readers split differently');
  }
  const { ConnectionString } = await import('mongodb-connection-string-url');
  let uri: InstanceType<typeof ConnectionString>;
  try {
    uri = new ConnectionString(text);
  } catch {
    refuse('is a MongoDB URI its driver cannot read');
  }
  const names = [...uri.searchParams.keys()].map((name) => name.toLowerCase());
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) refuse(`has the MongoDB option ${twice} twice`);
  const tls = [...uri.searchParams.getAll('tls'), ...uri.searchParams.getAll('ssl')].map((v) => v.toLowerCase());
  if (tls.length === 0 || tls.some((v) => v !== 'true')) refuse('sends the key without TLS (its MongoDB URI has no ssl=true or tls=true)');
  const unknown = [...uri.searchParams.keys()].find((name) => !MONGODB_OPTIONS.includes(name.toLowerCase()));
  if (unknown !== undefined) refuse(`has the MongoDB option ${unknown.slice(0, 40)}, which Azure does not write`);
  const mechanism = uri.searchParams.get('authMechanism');
  if (mechanism !== null && !SCRAM.includes(mechanism.toLowerCase()))
    refuse(`has the MongoDB option authMechanism=${mechanism.slice(0, 20)}`);
  const hosts = uri.hosts.map((host) => (/:\d+$/.test(host) ? host : `${host}:${MONGODB_DEFAULT_PORT}`).toLowerCase());
  for (const host of hosts) if (!HOST.test(host.replace(/:\d+$/, ''))) refuse('has a MongoDB host that is not a host name');
  return { destinations: [...new Set(hosts)] };
}
