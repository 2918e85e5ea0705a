/**
 * AKS identity bindings: when the workload identity webhook injects AZURE_KUBERNETES_TOKEN_PROXY
 * (with AZURE_KUBERNETES_SNI_NAME and AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA), the
 * token request goes to that proxy instead of Microsoft Entra ID, with that CA and SNI name, by
 * the rules of @azure/identity's WorkloadIdentityCredential (`enableAzureProxy`, 4.14) and
 * azidentity's custom token proxy:
 *  - the proxy URL must be https, without user info, query or fragment; an empty path is `/`;
 *  - the request keeps its own path, after the proxy's (`https://proxy/p` + `/<tenant>/oauth2/v2.0/token`
 *    = `https://proxy/p/<tenant>/oauth2/v2.0/token`), and its query; the host is the proxy's;
 *  - SNI name, CA file or CA data without the proxy URL is a misconfiguration, as are both CA sources;
 *  - no CA: Node's CAs; CA data: fixed for the run; CA file: read again for every request, the
 *    trust rebuilt when it changed, the previous one kept while it is empty (a rotation under way);
 *    CA text must hold PEM certificates that all parse;
 *  - the SNI name, when set, is sent and is the name the proxy's certificate must be for.
 * The proxy is reached directly (see net/transport.ts, pinnedTransport).
 */
import * as core from '@actions/core';
import { X509Certificate } from 'node:crypto';
import type { Transport } from '../net/http.ts';
import { pinnedTransport } from '../net/transport.ts';
import { ActionError } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';
import { LocalFileError, readLocalFile } from './local-file.ts';

const PROXY = 'AZURE_KUBERNETES_TOKEN_PROXY';
const SNI = 'AZURE_KUBERNETES_SNI_NAME';
const CA_FILE = 'AZURE_KUBERNETES_CA_FILE';
const CA_DATA = 'AZURE_KUBERNETES_CA_DATA';

/** A CA bundle is tens of kilobytes; the system's whole store is under one megabyte. */
const MAX_CA_BYTES = 1024 * 1024;

/** Where Entra ID's token request goes instead, and how it is reached. */
export interface TokenRoute {
  /** The URL the request for `tokenUrl` is sent to. */
  url(tokenUrl: URL): URL;
  /** The transport for the next request (the CA file read again). */
  transport(): Transport;
  /** For messages: "the AKS token proxy at <host> (AZURE_KUBERNETES_TOKEN_PROXY)". */
  readonly name: string;
}

/** Whether `text` holds PEM certificates, every one of which parses. */
function isPemCertificates(text: string): boolean {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  if (!blocks) return false;
  try {
    for (const block of blocks) new X509Certificate(block);
    return true;
  } catch {
    return false;
  }
}

/** The proxy's URL, checked as @azure/identity checks it. */
function parseProxy(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not echoed: an unparsable value could still hold credentials.
    throw new ActionError("Set AZURE_KUBERNETES_TOKEN_PROXY to the token proxy's https URL: its value is not a URL.");
  }
  // Credentials in it are never printed: only that they are there.
  if (url.username || url.password)
    throw new ActionError(`Remove the user info from AZURE_KUBERNETES_TOKEN_PROXY: the token proxy's URL must not carry credentials.`);
  // Its query and fragment are never printed either (where a URL carries a token): only its origin and path.
  const shown = serverText(`${url.origin}${url.pathname}`, 200);
  if (url.protocol !== 'https:') throw new ActionError(`Set AZURE_KUBERNETES_TOKEN_PROXY to an https URL: ${shown} is not one.`);
  if (url.search)
    throw new ActionError(`Remove the query from AZURE_KUBERNETES_TOKEN_PROXY (${shown}): the token proxy's URL must not have one.`);
  if (url.hash)
    throw new ActionError(`Remove the fragment from AZURE_KUBERNETES_TOKEN_PROXY (${shown}): the token proxy's URL must not have one.`);
  if (url.pathname === '') url.pathname = '/';
  return url;
}

/** The request's URL on the proxy: the proxy's path, then the request's own path, and the request's query. */
export function proxiedUrl(proxy: URL, request: URL): URL {
  const tail = request.pathname.replace(/^\//, '');
  const url = new URL(proxy.origin);
  url.pathname = proxy.pathname.endsWith('/') ? proxy.pathname + tail : `${proxy.pathname}/${tail}`;
  url.search = request.search;
  return url;
}

/** The CA file's text now, or a message that says what to fix. */
function readCaFile(path: string): string {
  try {
    return readLocalFile(path, MAX_CA_BYTES, { followLinks: true });
  } catch (error) {
    const problem = error instanceof LocalFileError ? error.problem : ({ kind: 'error', code: 'error' } as const);
    const what =
      problem.kind === 'too large'
        ? `is over ${MAX_CA_BYTES / 1024 / 1024} MiB`
        : problem.kind === 'not a regular file'
          ? `is ${problem.is}`
          : `could not be read (${problem.code})`;
    throw new ActionError(`Point AZURE_KUBERNETES_CA_FILE at the token proxy's CA certificate file: ${serverText(path, 300)} ${what}.`);
  }
}

/**
 * The route through the AKS token proxy the environment names, or undefined when it names none.
 * Throws, before any request, on a combination @azure/identity refuses or a CA it cannot use.
 */
export function tokenProxyRoute(env: NodeJS.ProcessEnv): TokenRoute | undefined {
  const value = (name: string): string | undefined => env[name] || undefined;
  const proxyValue = value(PROXY);
  const sni = value(SNI);
  const caFile = value(CA_FILE);
  const caData = value(CA_DATA);
  if (!proxyValue) {
    const stray = [SNI, CA_FILE, CA_DATA].filter((name) => value(name));
    if (stray.length === 0) return undefined;
    throw new ActionError(
      `Set AZURE_KUBERNETES_TOKEN_PROXY too, or unset ${stray.join(' and ')}: without the token proxy's URL they mean a misconfigured identity binding ` +
        '(the workload identity webhook sets them together for pods annotated azure.workload.identity/use-identity-binding: "true").',
    );
  }
  const proxy = parseProxy(proxyValue);
  if (caFile && caData)
    throw new ActionError(
      `Unset AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA: the token proxy's CA comes from one of them, not both.`,
    );
  if (caData !== undefined && !isPemCertificates(caData)) {
    throw new ActionError(`Set AZURE_KUBERNETES_CA_DATA to the token proxy's CA certificates in PEM: it holds none that parse.`);
  }

  let trusted: { readonly ca?: string; readonly transport: Transport } | undefined;
  const transport = (): Transport => {
    if (caFile === undefined) {
      trusted ??= { ca: caData, transport: pinnedTransport({ ca: caData, servername: sni }) };
      return trusted.transport;
    }
    const ca = readCaFile(caFile);
    // Empty in the middle of a rotation: the trust already built stays.
    if (ca.trim() === '') {
      if (trusted) return trusted.transport;
      throw new ActionError(`Retry once AZURE_KUBERNETES_CA_FILE (${serverText(caFile, 300)}) holds the token proxy's CA: it is empty.`);
    }
    if (trusted?.ca !== ca) {
      if (!isPemCertificates(ca)) {
        throw new ActionError(
          `Point AZURE_KUBERNETES_CA_FILE at the token proxy's CA certificates in PEM: ${serverText(caFile, 300)} holds none that parse.`,
        );
      }
      trusted = { ca, transport: pinnedTransport({ ca, servername: sni }) };
    }
    return trusted.transport;
  };
  // As @azure/identity does, the CA is read (and checked) now: a broken binding fails before any request.
  transport();
  const name = `the AKS token proxy at ${serverText(proxy.host, 200)} (AZURE_KUBERNETES_TOKEN_PROXY)`;
  core.info(
    `Microsoft Entra ID is reached through ${name}, directly` +
      `${sni ? `, SNI name ${serverText(sni, 200)}` : ''}, trusting ${caFile ? `the CA in AZURE_KUBERNETES_CA_FILE` : caData ? `the CA in AZURE_KUBERNETES_CA_DATA` : "Node's CAs"}.`,
  );
  return { url: (tokenUrl) => proxiedUrl(proxy, tokenUrl), transport, name };
}
