/**
 * A local Azure for the action: IMDS and the Container Apps / App Service identity endpoint over
 * plain HTTP and ARM over TLS (with a throwaway CA), all on loopback, sharing one state and one
 * fault injector.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { APP_SERVICE_PATH, appServiceHandler } from './app-service.ts';
import { armHandler } from './arm.ts';
import { makeTestPki } from './certs.ts';
import { Faults, type Service } from './faults.ts';
import { imdsHandler } from './imds.ts';
import { startDataPlane } from './cosmos.ts';
import { startMongoDataPlane, type MongoAccount, type MongoDataPlane } from './mongo.ts';
import { startTableService, type TableService } from './table.ts';
import {
  entraHandler,
  githubTokenService,
  issuersHandler,
  makeIssuers,
  trustSeededApps,
  writeServiceAccountToken,
  type EntraExchange,
  type Issuer,
} from './entra.ts';
import { seedData } from './data.ts';
import { TOKEN_PROXY_PATH, TOKEN_PROXY_SNI, makeTokenProxy, type TokenProxy } from './token-proxy.ts';
import { SEED, seedState, type Account, type State } from './state.ts';

export interface SimulatedTokenProxy {
  readonly url: string;
  readonly sniName: string;
  readonly caCert: string;
  readonly caFile: string;
  readonly servernames: Array<string | false>;
  rotateCa(): void;
}

export interface Simulator {
  readonly state: State;
  readonly faults: Faults;
  /** Base URL for AZURE_POD_IDENTITY_AUTHORITY_HOST. */
  readonly imdsUrl: string;
  /** IDENTITY_ENDPOINT of a container app (the Container Apps / App Service identity endpoint, plain HTTP), and its IDENTITY_HEADER. */
  readonly appServiceUrl: string;
  readonly identityHeader: string;
  /** Base URL for the arm-endpoint input. */
  readonly armUrl: string;
  /** PEM file of the test CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  readonly caCert: string;
  /** The server certificate and key the simulated services use (signed by the test CA), for extra test servers. */
  readonly serverCertificate: { readonly cert: string; readonly key: string };
  /** Every access token IMDS issued, for leak scans. */
  readonly issuedTokens: string[];
  /** Base URL of the Cosmos DB data plane (the seeded accounts' documentEndpoint). */
  readonly cosmosUrl: string;
  /** The API for MongoDB data plane (every mongodb account, told apart by name), and its `host:port` for api-endpoint. */
  readonly mongo: MongoDataPlane;
  readonly mongoHost: string;
  /**
   * The API for Table data plane (Azurite, in process, over TLS), started on first use (it costs
   * about 250 ms) and seeded with a table in contoso-table. Its endpoints are `https://<account>.table.sim.test:<port>/`:
   * the action needs the fake DNS preload (tests' helpers/fake-dns.ts) to reach them.
   */
  table(): Promise<TableService>;
  /** Microsoft Entra ID's authority host (AZURE_AUTHORITY_HOST), with its trailing slash: the federated token exchange. */
  readonly entraUrl: string;
  /** GitHub's OIDC token service for ACTIONS_ID_TOKEN_REQUEST_URL (its query included), and the runner's bearer token for it. */
  readonly oidcRequestUrl: string;
  readonly oidcRequestToken: string;
  /** The OIDC issuers of federated tokens: GitHub's and the AKS cluster's (their keys, discovery and JWKS served over TLS). */
  readonly issuers: { readonly github: Issuer; readonly aks: Issuer };
  /** Every federated token exchange Entra ID answered since the last reset (the assertion presented, the AADSTS code of a refusal). */
  readonly entraExchanges: EntraExchange[];
  /** Every federated token the simulator made (GitHub's and service account tokens), for leak scans. */
  readonly assertions: string[];
  /**
   * Write a fresh service account token of the runner pod to `path`, as the kubelet does for Azure
   * Workload Identity (and again to rotate it); `options` change its subject, audience or lifetime.
   */
  writeFederatedToken(path: string, options?: { subject?: string; audience?: string; lifetimeSeconds?: number }): string;
  /** Called after each exchange Entra ID answered (a test rotates the token file here); reset() clears it. */
  afterEntraExchange: () => void;
  /**
   * The AKS token proxy of identity bindings, in front of this Entra ID, started on first use (its
   * CA costs a key pair): its URL (with a path of its own) for AZURE_KUBERNETES_TOKEN_PROXY, the SNI
   * name its certificate is for, its CA (PEM, and a file the proxy keeps current, for
   * AZURE_KUBERNETES_CA_FILE), the SNI names handshakes sent since the last reset, and a CA
   * rotation. Its requests are logged under service token-proxy.
   */
  tokenProxy(): Promise<SimulatedTokenProxy>;
  /** TLS handshakes ARM completed since the last reset: full, and resumed from an earlier session. */
  readonly armHandshakes: { full: number; resumed: number };
  /** Back to the seed: new keys and identities, no faults, an empty request log. */
  reset(): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body?: string) => void;

function withFaults(service: Service, faults: Faults, handler: Handler): Handler {
  return (req, res) => {
    // Read the request body fully before answering (key POSTs have none; Entra ID's token requests are forms).
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      faults.apply(service, req, res).then(
        (answered) => {
          if (answered) return;
          try {
            handler(req, res, Buffer.concat(chunks).toString('utf8'));
          } catch (error) {
            // A simulator bug must show as a 500 in the test that caused it, not crash the suite.
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: { code: 'SimulatorError', message: String(error) } }));
          }
        },
        () => req.socket.destroy(),
      );
    });
  };
}

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** The account `name` of the state when it speaks `api` (read at each use: keys change on reset). */
function accountOfApi(state: State, name: string, api: Account['api']): Account | undefined {
  for (const groups of state.subscriptions.values()) {
    for (const accounts of groups.values()) {
      const account = accounts.get(name);
      if (account?.api === api) return account;
    }
  }
  return undefined;
}

/** An API for MongoDB account of the state, as the MongoDB data plane sees it (read at each connection). */
function mongoAccount(state: State, name: string): MongoAccount | undefined {
  const account = accountOfApi(state, name, 'mongodb');
  if (!account) return undefined;
  return {
    name,
    keys: [account.primaryMasterKey, account.secondaryMasterKey, account.primaryReadonlyMasterKey, account.secondaryReadonlyMasterKey],
    serverVersion: account.serverVersion ?? '4.2',
    blockedByFirewall: account.firewallBlocked,
  };
}

export async function startSimulator(options: { state?: State; host?: string } = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  const state = options.state ?? seedState();
  const faults = new Faults();
  const secret = randomBytes(32);
  const pki = makeTestPki();
  const dir = mkdtempSync(join(tmpdir(), 'cosmos-sim-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, pki.caCert);

  const issuedTokens: string[] = [];
  // A custom ARM endpoint's token audience is the endpoint itself (arm-resource's default).
  const extraAudiences: string[] = [];
  const onToken = (token: string): void => void issuedTokens.push(token);
  const imds = createHttpServer(withFaults('imds', faults, imdsHandler(state, secret, { extraAudiences, onToken })));
  const arm = createHttpsServer({ cert: pki.cert, key: pki.key }, withFaults('arm', faults, armHandler(state, secret, extraAudiences)));
  const identityHeader = randomUUID();
  const appService = createHttpServer(
    withFaults('app-service', faults, appServiceHandler(state, secret, { identityHeader, extraAudiences, onToken })),
  );
  const imdsPort = await listen(imds, host);
  const appServicePort = await listen(appService, host);
  const armPort = await listen(arm, host);
  extraAudiences.push(`https://${host}:${armPort}/`, `https://management.sim.test:${armPort}/`, `https://localhost:${armPort}/`);
  const armHandshakes = { full: 0, resumed: 0 };
  arm.on('secureConnection', (socket: TLSSocket) => void (socket.isSessionReused() ? armHandshakes.resumed++ : armHandshakes.full++));
  // Entra ID, and the issuers of the federated tokens it accepts (GitHub's token service among them).
  const assertions: string[] = [];
  const entraExchanges: EntraExchange[] = [];
  const oidcRequestToken = randomBytes(24).toString('hex');
  // The issuers' URLs name the server's port: made once it listens.
  const federation: { issuers?: { github: Issuer; aks: Issuer } } = {};
  const oidc = createHttpsServer(
    { cert: pki.cert, key: pki.key },
    withFaults('oidc', faults, (req, res) => {
      const found = federation.issuers;
      if (!found) return void res.writeHead(503).end();
      const tokenService = githubTokenService(state, found.github, oidcRequestToken, (token) => {
        assertions.push(token);
        onToken(token);
      });
      issuersHandler([found.github, found.aks], tokenService)(req, res);
    }),
  );
  const oidcPort = await listen(oidc, host);
  const issuers = makeIssuers(`https://${host}:${oidcPort}`);
  federation.issuers = issuers;
  let entraPort = 0;
  const hooks = { afterExchange: (): void => undefined };
  const entraApp = entraHandler(state, () => `https://${host}:${entraPort}/`, {
    caCert: pki.caCert,
    extraAudiences,
    secret,
    onToken,
    exchanges: entraExchanges,
    afterExchange: () => hooks.afterExchange(),
  });
  const entra = createHttpsServer({ cert: pki.cert, key: pki.key }, withFaults('entra', faults, entraApp));
  entraPort = await listen(entra, host);
  // The AKS token proxy: its own CA, hands the token request on to this Entra ID.
  let tokenProxy: TokenProxy | undefined;
  let tokenProxyStarted: Promise<SimulatedTokenProxy> | undefined;
  const startTokenProxy = async (): Promise<SimulatedTokenProxy> => {
    const proxy = makeTokenProxy(entraApp);
    proxy.server.on('request', withFaults('token-proxy', faults, proxy.handler));
    const port = await listen(proxy.server, host);
    const caFile = join(dir, 'token-proxy-ca.pem');
    writeFileSync(caFile, proxy.caCert());
    tokenProxy = proxy;
    return {
      url: `https://${host}:${port}${TOKEN_PROXY_PATH}`,
      sniName: TOKEN_PROXY_SNI,
      get caCert() {
        return proxy.caCert();
      },
      caFile,
      servernames: proxy.servernames,
      rotateCa: () => proxy.rotate(caFile),
    };
  };
  const dataPlane = await startDataPlane(state, faults, pki, host, secret);
  const cosmosUrl = `https://${host}:${dataPlane.port}/`;
  let table: Promise<TableService> | undefined;
  const startTable = async (): Promise<TableService> => {
    const service = await startTableService({
      cert: pki.cert,
      key: pki.key,
      host,
      faults,
      lookup: (name) => accountOfApi(state, name, 'table'),
    });
    for (const [name, api] of Object.entries(SEED.apiAccounts)) {
      const account = accountOfApi(state, name, 'table');
      if (api === 'table' && account) await service.seed(name, account.primaryMasterKey, pki.caCert);
    }
    return service;
  };
  const mongo = await startMongoDataPlane({ cert: pki.cert, key: pki.key, host, account: (name) => mongoAccount(state, name) });
  /** Point the seeded accounts at the local data plane: one server, told apart by host name. */
  const wire = (): void => {
    const accounts = state.subscriptions.get(SEED.subscriptionId)?.get(SEED.resourceGroup);
    const main = accounts?.get(SEED.account);
    const keyless = accounts?.get(SEED.keylessAccount);
    if (main) main.documentEndpoint = cosmosUrl;
    if (keyless) keyless.documentEndpoint = `https://localhost:${dataPlane.port}/`;
    trustSeededApps(state, issuers);
  };
  wire();
  await seedData(cosmosUrl, state, pki.caCert);
  faults.clear();
  const close = (server: Server): Promise<void> =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    state,
    faults,
    imdsUrl: `http://${host}:${imdsPort}`,
    appServiceUrl: `http://${host}:${appServicePort}${APP_SERVICE_PATH}`,
    identityHeader,
    armUrl: `https://${host}:${armPort}`,
    caFile,
    caCert: pki.caCert,
    serverCertificate: { cert: pki.cert, key: pki.key },
    issuedTokens,
    cosmosUrl,
    mongo,
    mongoHost: `${host}:${mongo.port}`,
    table: () => (table ??= startTable()),
    entraUrl: `https://${host}:${entraPort}/`,
    oidcRequestUrl: `https://${host}:${oidcPort}/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${randomUUID()}/idtoken?api-version=2.0`,
    oidcRequestToken,
    issuers,
    entraExchanges,
    assertions,
    writeFederatedToken(path, options) {
      const token = writeServiceAccountToken(issuers.aks, path, options);
      assertions.push(token);
      return token;
    },
    get afterEntraExchange() {
      return hooks.afterExchange;
    },
    set afterEntraExchange(hook) {
      hooks.afterExchange = hook;
    },
    tokenProxy: () => (tokenProxyStarted ??= startTokenProxy()),
    armHandshakes,
    reset() {
      faults.clear();
      if (tokenProxy) tokenProxy.servernames.length = 0;
      entraExchanges.length = 0;
      hooks.afterExchange = () => undefined;
      Object.assign(armHandshakes, { full: 0, resumed: 0 });
      Object.assign(state, seedState());
      wire();
    },
    async close() {
      await Promise.all([
        close(imds),
        close(appService),
        close(arm),
        close(oidc),
        close(entra),
        tokenProxy && close(tokenProxy.server),
        close(dataPlane.server),
        mongo.close(),
        table?.then((service) => service.close()),
      ]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { DATA_CONTRIBUTOR, DATA_READER, SEED, accountId, usGovernment, type State } from './state.ts';
export { SEED_DATA } from './data.ts';
export { PUBLISHED_STABLE_API_VERSIONS } from './api-versions.ts';
export type { Fault } from './faults.ts';
export { PrincipalBuckets, type BucketSettings } from './throttle.ts';
