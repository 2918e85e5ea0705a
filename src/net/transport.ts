/**
 * How ARM and the data plane are reached. ARM, through a proxy (HTTPS_PROXY/HTTP_PROXY, NO_PROXY
 * honoured, as @actions/http-client reads them): the toolkit's agent for the URL, a CONNECT
 * tunnel. Directly: one HTTPS agent for the run, with one TLS context (built once, not per
 * connection), TLS session resumption for any later connection (a retry), and connections opened
 * early, one per ARM call, while IMDS answers: the DNS lookup and the TCP and TLS handshakes are
 * then done, or under way, when the token arrives. An early connection never holds the process
 * open, is closed with the run when unused, and its failures are left to the request's own
 * connection: same errors. The data plane (the smoke test, with @azure/cosmos, which reads no
 * proxy variables itself) gets the same proxy decision and the toolkit's agents: see
 * DataPlaneTransport.
 */
import * as core from '@actions/core';
import { HttpClient, getProxyUrl } from '@actions/http-client';
import { Agent as HttpAgent } from 'node:http';
import { Agent, type AgentOptions, type RequestOptions } from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { createSecureContext, type TLSSocket } from 'node:tls';
import type { Transport } from './http.ts';
import { userAgent } from './user-agent.ts';

const CONNECT_TIMEOUT_MS = 10_000;
/** An early connection older than this is closed unused: a server may have dropped it meanwhile. */
const SPARE_MAX_AGE_MS = 30_000;

interface Spare {
  readonly socket: TLSSocket;
  readonly host: string;
  readonly port: number;
  readonly openedAt: number;
  readonly swallow: (error: Error) => void;
}

/** The direct agent: keep-alive off as before, one TLS context, and early connections. */
class ArmAgent extends Agent {
  private readonly spares: Spare[] = [];

  constructor(options: AgentOptions = {}) {
    super({ keepAlive: false, ...options, secureContext: createSecureContext() });
  }

  /** Open `count` connections to `url`'s host now, for the next requests there. */
  preconnect(url: URL, count: number, signal: AbortSignal): void {
    if (signal.aborted) return;
    signal.addEventListener('abort', () => this.dropSpares(), { once: true });
    // All at once: handshakes made one after the other (the second resuming the first's TLS
    // session) would cost a round trip more before both are ready.
    for (let i = 0; i < count; i++) this.openSpare(url);
  }

  private openSpare(url: URL): void {
    const host = url.hostname;
    const port = Number(url.port || 443);
    // The options the agent would build for a request to this URL: the same connection cache
    // key, so that a TLS session one connection gets is offered to the next.
    const options = { ...this.options, host, port, servername: isIP(host) ? '' : host };
    const socket = super.createConnection({ ...options, _agentKey: this.getName(options) } as RequestOptions) as TLSSocket;
    // Until a request takes it: failures are left to that request's own connection (same
    // errors as without it), and it does not keep the process alive.
    const swallow = (): void => undefined;
    socket.on('error', swallow);
    socket.unref();
    this.spares.push({ socket, host, port, openedAt: Date.now(), swallow });
  }

  override createConnection(options: RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    for (let spare = this.takeSpare(options); spare; spare = this.takeSpare(options)) {
      if (!spare.socket.destroyed && spare.socket.writable && Date.now() - spare.openedAt < SPARE_MAX_AGE_MS) {
        spare.socket.removeListener('error', spare.swallow);
        spare.socket.ref();
        return spare.socket;
      }
      spare.socket.destroy();
    }
    return super.createConnection(options, callback);
  }

  private takeSpare(options: RequestOptions): Spare | undefined {
    const i = this.spares.findIndex((s) => s.host === options.host && s.port === Number(options.port));
    return i < 0 ? undefined : this.spares.splice(i, 1)[0];
  }

  private dropSpares(): void {
    for (const spare of this.spares.splice(0)) spare.socket.destroy();
  }
}

type ArmTransport = Transport & { readonly direct?: ArmAgent };

/** One transport per ARM base URL for the run, so that an early connection reaches the client. */
const transports = new Map<string, ArmTransport>();

/**
 * ARM's transport for `baseUrl` (the arm-endpoint or the cloud's), made once per run. Entra ID's
 * token endpoint is reached the same way (`service` names it in the log line about a proxy).
 */
export function armTransport(baseUrl: string, service = 'ARM'): ArmTransport {
  let transport = transports.get(baseUrl);
  if (!transport) {
    transport = makeTransport(baseUrl, service);
    transports.set(baseUrl, transport);
  }
  return transport;
}

function makeTransport(baseUrl: string, service: string): ArmTransport {
  const base = new URL(baseUrl);
  if (getProxyUrl(baseUrl)) {
    core.info(`${service} requests go through the proxy in HTTPS_PROXY/HTTP_PROXY (NO_PROXY honoured).`);
  } else if (base.protocol === 'https:') {
    const direct = new ArmAgent();
    return { agent: () => direct, connectTimeoutMs: CONNECT_TIMEOUT_MS, direct };
  }
  // A proxy, or plain http to a loopback test endpoint: the toolkit's agent for the URL.
  const client = toolkitClient(false);
  return { agent: (url): HttpAgent => client.getAgent(url.href), connectTimeoutMs: CONNECT_TIMEOUT_MS };
}

/**
 * The toolkit's client, for its agents: `getAgent(url)` makes the proxy decision for the URL
 * (HTTPS_PROXY/HTTP_PROXY, NO_PROXY honoured, loopback never proxied) and returns a CONNECT
 * tunnel through the proxy, or a plain agent.
 */
function toolkitClient(keepAlive: boolean): HttpClient {
  return new HttpClient(userAgent(), [], { keepAlive, allowRedirects: false, allowRetries: false });
}

/**
 * How the smoke test reaches the data plane: ARM's proxy decision, made for each request's
 * URL, and the toolkit's agents, kept alive for the smoke test's few requests. IMDS is never
 * proxied (it has its own agents). `close()` once the smoke test is done.
 */
export class DataPlaneTransport {
  private readonly client = toolkitClient(true);

  /** Says in the log when requests to `endpoint` go through a proxy. */
  constructor(endpoint: string) {
    const proxy = proxyHostFor(endpoint);
    if (proxy) core.info(`Smoke test: data-plane requests go through the proxy at ${proxy} (HTTPS_PROXY/HTTP_PROXY; NO_PROXY honoured).`);
  }

  agent(url: URL): HttpAgent {
    return this.client.getAgent(url.href);
  }

  close(): void {
    this.client.dispose();
  }
}

/**
 * Start connecting to ARM at `baseUrl` while IMDS answers: right after the current tick, so the
 * IMDS request already sent goes first. Does nothing through a proxy or to plain http.
 */
export function preconnectArm(baseUrl: string, connections: number, signal: AbortSignal): void {
  setImmediate(() => {
    try {
      const base = new URL(baseUrl);
      if (base.protocol !== 'https:' || getProxyUrl(baseUrl)) return;
      armTransport(baseUrl).direct?.preconnect(base, connections, signal);
    } catch {
      // Only an optimisation: the ARM client reports any real problem itself.
    }
  });
}

/** The proxy's host and port (never its credentials) when requests to `url` go through one. */
export function proxyHostFor(url: string): string | undefined {
  try {
    const proxy = getProxyUrl(url);
    return proxy ? new URL(proxy).host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A transport that never consults a proxy, with agents of its own and no keep-alive: for the
 * machine's own identity endpoints (IMDS, the Arc agent, App Service's), which Azure requires to
 * be reached directly.
 */
export function directTransport(connectTimeoutMs: number): Transport {
  const http = new HttpAgent({ keepAlive: false });
  const https = new Agent({ keepAlive: false });
  return { agent: (url) => (url.protocol === 'https:' ? https : http), connectTimeoutMs };
}

/** The TLS trust of an endpoint with a certificate authority of its own: its CA certificates (PEM) and the name its certificate is for. */
export interface TlsTrust {
  /** PEM certificates trusted instead of Node's CAs; Node's (with NODE_EXTRA_CA_CERTS) when absent. */
  readonly ca?: string;
  /** The TLS SNI name sent, which the certificate must be for (Node checks it against this name); the URL's host when absent. */
  readonly servername?: string;
}

/**
 * A transport to one endpoint with a CA and server name of its own (the AKS token proxy of
 * credentials/token-proxy.ts), reached directly: HTTPS_PROXY would tunnel the TLS handshake, and
 * the endpoint lives inside the cluster. One agent, no keep-alive; a new trust is a new transport.
 */
export function pinnedTransport(trust: TlsTrust): Transport {
  const agent = new Agent({
    keepAlive: false,
    ...(trust.ca === undefined ? {} : { ca: trust.ca }),
    ...(trust.servername === undefined ? {} : { servername: trust.servername }),
  });
  return { agent: () => agent, connectTimeoutMs: CONNECT_TIMEOUT_MS };
}
