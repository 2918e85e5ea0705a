/**
 * Property: whatever connection string the action's host check accepts, its real consumers
 * (@azure/cosmos, @azure/data-tables, the mongodb driver's own option parser) would send the key
 * only to the account's own hosts, over TLS. Random strings, from a seeded generator so that a
 * failure reproduces, mix the account's hosts with others, schemes with and without TLS, names in
 * every case, repeated parts, several "@", options that weaken TLS, and odd encodings.
 */
import { describe, expect, it } from '@jest/globals';
import { CosmosClient } from '@azure/cosmos';
import { TableServiceClient } from '@azure/data-tables';
import { createRequire } from 'node:module';
import { destinationsOf } from '../../src/azure/destinations.ts';

const require = createRequire(import.meta.url);
/** The driver's own reading of a URI into the options MongoClient uses (hosts, tls, proxy, auth). */
const { parseOptions } = require('mongodb/lib/connection_string.js') as {
  parseOptions(
    this: void,
    uri: string,
  ): {
    hosts: Array<{ toString(): string }>;
    tls: boolean;
    tlsAllowInvalidCertificates?: boolean;
    ca?: unknown;
    servername?: unknown;
    tlsCAFile?: unknown;
    ciphers?: unknown;
    tlsAllowInvalidHostnames?: boolean;
    proxyHost?: string;
    credentials?: { mechanism: string };
  };
};

/** The account's own hosts, as accountHosts() lists them for such an account. */
const ALLOWED = new Set([
  'acct.documents.azure.com:443',
  'acct.table.cosmos.azure.com:443',
  'acct.gremlin.cosmos.azure.com:443',
  'acct.mongo.cosmos.azure.com:10255',
  'acct.cassandra.cosmos.azure.com:10350',
]);
const KEY = 'a2V5K2tleS9rZXk9PQ==';
const RUNS = 2500;

/** mulberry32: a small seeded generator, so a failing string can be made again. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid strings of every format, as ARM returns them for the account. */
const TEMPLATES = [
  `AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey=${KEY};`,
  `AccountEndpoint=wss://acct.gremlin.cosmos.azure.com:443/;AccountKey=${KEY};ApiKind=Gremlin;`,
  `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};TableEndpoint=https://acct.table.cosmos.azure.com:443/;`,
  `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};EndpointSuffix=cosmos.azure.com`,
  `HostName=acct.cassandra.cosmos.azure.com;Username=acct;Password=${KEY};Port=10350`,
  `mongodb://acct:${encodeURIComponent(KEY)}@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@acct@`,
];

/** Hosts an attacker would try, and the account's own in odd spellings. */
const HOSTS = [
  'evil.example',
  'acct.documents.azure.com.evil.example',
  'evil.example#acct.documents.azure.com',
  'acct.documents.azure.com@evil.example',
  'evil.example\\@acct.documents.azure.com',
  'evil.example:443/?',
  '127.0.0.1',
  '[::1]',
  'acct%2edocuments.azure.com',
  'acct.documents.azure.com.',
  'ACCT.Documents.Azure.com',
  'acct.table.cosmos.azure.com',
  'acct.mongo.cosmos.azure.com',
];

/** One random change to a string: a host, a scheme, a name's case or spacing, a repeated part, an option, a stray character. */
function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const at = (): number => Math.floor(random() * (text.length + 1));
  const hostIn = /acct\.[a-z]+(\.cosmos)?\.azure\.com/;
  switch (Math.floor(random() * 14)) {
    case 0:
      return text.replace(hostIn, pick(HOSTS));
    case 1:
      return text.replace(/https|wss|mongodb/, pick(['http', 'ws', 'HTTPS', 'ftp', 'mongodb+srv', 'mongodb', 'https', 'wss']));
    case 2: {
      const names = [...text.matchAll(/(^|;)([A-Za-z]+)=/g)];
      if (!names.length) return text;
      const name = pick(names)[2]!;
      return text.replace(`${name}=`, `${pick([name.toLowerCase(), name.toUpperCase(), ` ${name}`, `${name} `])}=`);
    }
    case 3:
      return `${text}${text.endsWith(';') ? '' : ';'}${pick(['AccountEndpoint', 'TableEndpoint', 'accountendpoint', 'HostName'])}=https://${pick(HOSTS)}/;`;
    case 4:
      return text.replace(/:(443|10255|10350)/, pick([':80', ':8443', ':0443', ':65536', '', ':443', ':10255']));
    case 5:
      return text.slice(0, at()) + '@' + pick(HOSTS) + text.slice(at());
    case 6:
      return text.includes('?')
        ? `${text}&${pick(['ssl=false', 'tls=false', 'tls=true', 'SSL=true', 'tlsInsecure=true', 'tlsAllowInvalidCertificates=true', 'tlsAllowInvalidHostnames=true', 'proxyHost=evil.example', 'authMechanism=PLAIN', 'authMechanism=SCRAM-SHA-256', 'directConnection=true', 'tlsInsecure=false', 'ca=x', 'servername=evil.example', 'tlsCAFile=false', 'proxyHost=false', 'ciphers=NULL', 'authSource=admin', 'w=majority'])}`
        : text;
    case 7:
      return text.replace(/ssl=true&?/, pick(['', 'ssl=false&', 'ssl=TRUE&', 'tls=true&']));
    case 8:
      return text.replace(
        /AccountName=[^;]*/,
        `AccountName=${pick(['evil.example:443/?', 'evil', 'acct.evil', 'ACCT', 'acct', 'acct/x', 'acct@evil.example'])}`,
      );
    case 9:
      return text.replace(
        /EndpointSuffix=[^;]*/,
        `EndpointSuffix=${pick(['evil.example', 'cosmos.azure.com/x', 'cosmos.azure.com:8443', 'documents.azure.com', 'cosmos.azure.com'])}`,
      );
    case 10:
      return `${text};UseDevelopmentStorage=true`;
    case 11: {
      const i = at();
      return text.slice(0, i) + pick([';', '=', '@', '/', '?', '#', ' ', '%', '\t', ':', ',', '\\']) + text.slice(i);
    }
    case 12: {
      const i = Math.floor(random() * text.length);
      return (
        text.slice(0, i) + encodeURIComponent(text[i]!).replace(/^([^%])$/, (c) => `%${c.charCodeAt(0).toString(16)}`) + text.slice(i + 1)
      );
    }
    default:
      return text.replace(/DefaultEndpointsProtocol=https/, `DefaultEndpointsProtocol=${pick(['http', 'HTTPS', 'ftp', 'https'])}`);
  }
}

function strings(random: () => number): string[] {
  return Array.from({ length: RUNS }, () => {
    let text = TEMPLATES[Math.floor(random() * TEMPLATES.length)]!;
    const changes = Math.floor(random() * 4);
    for (let i = 0; i < changes; i++) text = mutate(text, random);
    return text;
  });
}

/** An HTTP client for the Azure SDKs that records each request's URL and sends none. */
function recorder(): { urls: string[]; httpClient: { sendRequest(request: { url: string }): Promise<never> } } {
  const urls: string[] = [];
  const httpClient = {
    sendRequest: (request: { url: string }): Promise<never> => {
      urls.push(request.url);
      return Promise.reject(Object.assign(new Error('stop'), { code: 'STOP' }));
    },
  };
  return { urls, httpClient };
}

/** Where @azure/cosmos sends its first request for `text`, or undefined when it refuses the string. */
async function cosmosTarget(text: string): Promise<URL | undefined> {
  const { urls, httpClient } = recorder();
  let client: CosmosClient;
  try {
    client = new CosmosClient({ connectionString: text, httpClient });
  } catch {
    return undefined;
  }
  await client.getDatabaseAccount().catch(() => undefined);
  client.dispose();
  return urls[0] === undefined ? undefined : new URL(urls[0]);
}

/** Where @azure/data-tables sends its first request for `text`, or undefined when it refuses the string. */
async function tablesTarget(text: string): Promise<URL | undefined> {
  const { urls, httpClient } = recorder();
  try {
    const client = TableServiceClient.fromConnectionString(text, { httpClient, retryOptions: { maxRetries: 0 } });
    await client.listTables().next();
  } catch {
    // Refused, or stopped by the recorder: the URL says which.
  }
  return urls[0] === undefined ? undefined : new URL(urls[0]);
}

/** Both are TLS: https for NoSQL and Table, wss for Gremlin (whose clients take the same AccountEndpoint). */
const TLS = ['https:', 'wss:'];
const hostPort = (url: URL): string => `${url.hostname}:${url.port || (TLS.includes(url.protocol) ? '443' : '80')}`.toLowerCase();

describe('what the host check accepts, the consumers send only to the account, over TLS', () => {
  it(`holds for ${RUNS} random strings`, async () => {
    const disagreements: string[] = [];
    let accepted = 0;
    for (const text of strings(generator(20261206))) {
      const reading = await destinationsOf(text);
      if ('refused' in reading || reading.destinations.length === 0 || reading.destinations.some((d) => !ALLOWED.has(d))) continue;
      accepted++;
      if (/^mongodb/i.test(text)) {
        let options: ReturnType<typeof parseOptions> | undefined;
        try {
          options = parseOptions(text);
        } catch {
          continue;
        }
        const hosts = options.hosts.map((h) => h.toString().toLowerCase());
        const mechanism = options.credentials?.mechanism ?? 'DEFAULT';
        if (hosts.some((h) => !ALLOWED.has(h))) disagreements.push(`mongodb hosts ${hosts.join(',')}: ${text}`);
        if (!options.tls || options.tlsAllowInvalidCertificates || options.tlsAllowInvalidHostnames)
          disagreements.push(`mongodb TLS: ${text}`);
        if (options.proxyHost) disagreements.push(`mongodb proxy: ${text}`);
        if (options.ca || options.servername || options.tlsCAFile || options.ciphers) disagreements.push(`mongodb TLS settings: ${text}`);
        if (!['DEFAULT', 'SCRAM-SHA-1', 'SCRAM-SHA-256'].includes(mechanism)) disagreements.push(`mongodb ${mechanism}: ${text}`);
        continue;
      }
      for (const [consumer, target] of [
        ['@azure/cosmos', await cosmosTarget(text)],
        ['@azure/data-tables', await tablesTarget(text)],
      ] as const) {
        if (!target) continue;
        if (!TLS.includes(target.protocol) || !ALLOWED.has(hostPort(target))) disagreements.push(`${consumer} → ${target.href}: ${text}`);
      }
    }
    // Enough of the random strings are accepted that the property says something.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(disagreements).toEqual([]);
  });
});
