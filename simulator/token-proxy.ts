/**
 * The AKS token proxy of identity bindings, as the workload identity webhook names it to the pod
 * (AZURE_KUBERNETES_TOKEN_PROXY, AZURE_KUBERNETES_SNI_NAME, AZURE_KUBERNETES_CA_FILE): an HTTPS
 * endpoint with a CA of its own, whose certificate is for its SNI name only (not for the loopback
 * address it listens on), which completes a handshake only for that SNI name, and which hands the
 * token request, under its own path, on to Entra ID (learn.microsoft.com/azure/aks/identity-bindings).
 */
import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { createSecureContext, type SecureContext, type TLSSocket } from 'node:tls';
import { makeTestPki, type TestPki } from './certs.ts';

/** The name the proxy's certificate is for, which the pod sends as SNI (AZURE_KUBERNETES_SNI_NAME). */
export const TOKEN_PROXY_SNI = 'token-proxy.aks.sim.test';
/** The proxy URL's own path, which the request's path follows. */
export const TOKEN_PROXY_PATH = '/identity-binding';

type Handler = (req: IncomingMessage, res: ServerResponse, body?: string) => void;

export interface TokenProxy {
  readonly server: Server;
  /** The current CA's certificate (PEM). */
  readonly caCert: () => string;
  /** The SNI name of each handshake attempted (false: none sent). */
  readonly servernames: Array<string | false>;
  /** A new CA and certificate, as a cluster's CA rotation brings; `caFile` gets the new CA. */
  rotate(caFile: string): void;
  /** The request handler: its own path stripped, then `forward`; 404 for any path outside it. */
  readonly handler: Handler;
}

export function makeTokenProxy(forward: Handler): TokenProxy {
  let pki: TestPki = makeTestPki([TOKEN_PROXY_SNI]);
  let context: SecureContext = createSecureContext({ cert: pki.cert, key: pki.key });
  const servernames: Array<string | false> = [];
  const server = createServer({
    cert: pki.cert,
    key: pki.key,
    // A handshake for another name fails, as at a proxy that routes by SNI.
    SNICallback: (servername, done) => {
      servernames.push(servername);
      if (servername === TOKEN_PROXY_SNI) done(null, context);
      else done(new Error(`no certificate for SNI name ${servername}`));
    },
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    if (socket.servername) return;
    // No SNI at all: the handshake completed with the default certificate, but the proxy answers no one without it.
    servernames.push(false);
    socket.destroy();
  });
  return {
    server,
    caCert: () => pki.caCert,
    servernames,
    rotate(caFile) {
      pki = makeTestPki([TOKEN_PROXY_SNI]);
      context = createSecureContext({ cert: pki.cert, key: pki.key });
      server.setSecureContext({ cert: pki.cert, key: pki.key });
      writeFileSync(caFile, pki.caCert);
    },
    handler(req, res, body) {
      const path = req.url ?? '/';
      if (!path.startsWith(`${TOKEN_PROXY_PATH}/`)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ error: 'not_found' }));
      }
      req.url = path.slice(TOKEN_PROXY_PATH.length);
      forward(req, res, body);
    },
  };
}
