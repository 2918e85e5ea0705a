/**
 * The simulated Cosmos DB data plane: @vercel/cosmosdb-server (which checks no signatures) over
 * TLS, behind a verifier that enforces the master-key rules: a valid HMAC signature made with one
 * of the account's keys, an x-ms-date within 15 minutes, read-only keys refused on writes, and
 * `disableLocalAuth` accounts refusing keys. It also answers the offers query the server lacks.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import type { Faults } from './faults.ts';
import { COSMOS_AUDIENCES, DATA_CONTRIBUTOR, DATA_READER, type Account, type State } from './state.ts';
import { verifyToken } from './tokens.ts';

const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/** The signed `resourceType` and `resourceLink` of a data-plane path (the Cosmos REST rules). */
function resourceOf(path: string): { type: string; link: string } {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0) return { type: '', link: '' };
  if (segments.length % 2 === 0) return { type: segments[segments.length - 2]!, link: segments.join('/') };
  return { type: segments[segments.length - 1]!, link: segments.slice(0, -1).join('/') };
}

function masterSignature(key: string, verb: string, type: string, link: string, date: string): string {
  const text = `${verb.toLowerCase()}\n${type.toLowerCase()}\n${link}\n${date.toLowerCase()}\n\n`;
  return createHmac('sha256', Buffer.from(key, 'base64')).update(text, 'utf8').digest('base64');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(res: ServerResponse, status: number, code: string, message: string, substatus?: number): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-ms-activity-id': crypto.randomUUID(),
    ...(substatus === undefined ? {} : { 'x-ms-substatus': String(substatus) }),
  });
  res.end(JSON.stringify({ code, message }));
}

function isWrite(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const query =
    req.headers['x-ms-documentdb-isquery'] === 'True' || String(req.headers['content-type']).startsWith('application/query+json');
  return !(req.method === 'POST' && query);
}

/** `type=master&ver=1.0&sig=…`, URL-encoded as a whole; the signature's `+` stays a `+`. */
function parseAuthorization(header: string): Map<string, string> {
  let text: string;
  try {
    text = decodeURIComponent(header);
  } catch {
    return new Map();
  }
  return new Map(
    text.split('&').map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Which account a request is for: the one whose documentEndpoint has the request's host. */
function accountFor(state: State, host: string | undefined): Account | undefined {
  for (const groups of state.subscriptions.values()) {
    for (const accounts of groups.values()) {
      for (const account of accounts.values()) {
        if (new URL(account.documentEndpoint).host === host) return account;
      }
    }
  }
  return undefined;
}

/** What an Entra ID principal may do on the data plane with its data-plane roles (or 403, substatus). */
function aadVerdict(
  state: State,
  account: Account,
  principalId: string,
  req: IncomingMessage,
  resourceType: string,
): { ok: true } | { ok: false; substatus: number; action: string } {
  const item = resourceType === 'docs';
  const write = isWrite(req);
  if (write && !item) return { ok: false, substatus: 5300, action: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/write' };
  const roles = state.dataPlaneAssignments
    .filter((a) => a.principalId === principalId && a.accountName === account.name)
    .map((a) => a.roleDefinitionId);
  const action = !write
    ? resourceType === 'docs' || resourceType === 'offers'
      ? 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read'
      : 'Microsoft.DocumentDB/databaseAccounts/readMetadata'
    : 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/write';
  const allowed = write ? roles.includes(DATA_CONTRIBUTOR) : roles.includes(DATA_READER) || roles.includes(DATA_CONTRIBUTOR);
  return allowed ? { ok: true } : { ok: false, substatus: 5301, action };
}

function verifier(state: State, faults: Faults, inner: Listener, secret: Buffer): Listener {
  return (req, res) => {
    void faults.apply('cosmos', req, res).then(
      (answered) => {
        if (!answered) check(req, res);
      },
      () => req.socket.destroy(),
    );
  };

  function check(req: IncomingMessage, res: ServerResponse): void {
    const account = accountFor(state, req.headers.host);
    if (!account) return refuse(res, 404, 'NotFound', `No account is served at ${req.headers.host}`);
    const fields = parseAuthorization(String(req.headers['authorization'] ?? ''));
    const type = fields.get('type');
    const url = new URL(req.url ?? '/', 'https://cosmos');
    const { type: resourceType, link } = resourceOf(url.pathname);
    if (type === 'aad') {
      const verdict = verifyToken(fields.get('sig') ?? '', secret);
      const audiences = [COSMOS_AUDIENCES[state.cloud], new URL(account.documentEndpoint).origin];
      if (!verdict.ok || !audiences.includes(verdict.claims.aud)) {
        return refuse(res, 401, 'Unauthorized', 'The Entra ID token is invalid, expired, or for another audience.', 5000);
      }
      const allowed = aadVerdict(state, account, verdict.claims.oid, req, resourceType);
      if (!allowed.ok) {
        return refuse(
          res,
          403,
          'Forbidden',
          `Request blocked by Auth ${account.name} : Request is blocked because principal [${verdict.claims.oid}] does not have required RBAC permissions to perform action [${allowed.action}] on resource [/]. Learn more: https://aka.ms/cosmos-native-rbac.`,
          allowed.substatus,
        );
      }
      if (resourceType === 'offers') return offers(req, res);
      return inner(req, res);
    }
    if (type === 'master' && account.disableLocalAuth) {
      return refuse(res, 401, 'Unauthorized', 'Local Authorization is disabled. Use an AAD token to authorize all requests.', 5202);
    }
    if (type !== 'master' || fields.get('ver') !== '1.0' || !fields.get('sig')) {
      return refuse(res, 401, 'Unauthorized', 'Required Header authorization is missing or not of the form type=master&ver=1.0&sig=…');
    }
    const date = String(req.headers['x-ms-date'] ?? '');
    const when = Date.parse(date);
    if (Number.isNaN(when) || Math.abs(Date.now() - when) > MAX_CLOCK_SKEW_MS) {
      return refuse(res, 403, 'Forbidden', `The authorization token is not valid at the current time (x-ms-date '${date}').`);
    }
    const sig = fields.get('sig') ?? '';
    const matches = (key: string): boolean => sameText(masterSignature(key, req.method ?? 'GET', resourceType, link, date), sig);
    const readWrite = matches(account.primaryMasterKey) || matches(account.secondaryMasterKey);
    const readOnly = !readWrite && (matches(account.primaryReadonlyMasterKey) || matches(account.secondaryReadonlyMasterKey));
    if (!readWrite && !readOnly) {
      return refuse(
        res,
        401,
        'Unauthorized',
        `The input authorization token can't serve the request. The wrong key is being used or the expected payload is not built as per the protocol.`,
      );
    }
    if (readOnly && isWrite(req)) {
      return refuse(res, 403, 'Forbidden', 'Request is blocked because the key used is a read-only key.', 5);
    }
    if (resourceType === 'offers') return offers(req, res);
    inner(req, res);
  }
}

/** The server has no offers route: answer the SDK's offer query with 400 RU/s manual throughput. */
function offers(req: IncomingMessage, res: ServerResponse): void {
  let text = '';
  req.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  req.on('end', () => {
    const rid = /offerResourceId\s*=\s*["@]?([^"\s)]*)/i.exec(text)?.[1] ?? '';
    const param = (JSON.parse(text || '{}') as { parameters?: Array<{ value: string }> }).parameters?.[0]?.value;
    res.writeHead(200, { 'content-type': 'application/json', 'x-ms-request-charge': '1', 'x-ms-item-count': '1' });
    res.end(
      JSON.stringify({
        _rid: '',
        _count: 1,
        Offers: [
          {
            id: 'offer1',
            _rid: 'offer1',
            offerResourceId: param ?? rid,
            offerType: 'Invalid',
            offerVersion: 'V2',
            resource: '',
            content: { offerThroughput: 400, offerIsRUPerMinuteThroughputEnabled: false },
          },
        ],
      }),
    );
  });
}

export async function startDataPlane(
  state: State,
  faults: Faults,
  tls: { cert: string; key: string },
  host: string,
  secret: Buffer,
): Promise<{ port: number; server: Server }> {
  const server = createHttpsServer({ cert: tls.cert, key: tls.key, minVersion: 'TLSv1.2' });
  const [inner] = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', verifier(state, faults, inner!, secret));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return { port: (server.address() as AddressInfo).port, server };
}
