/**
 * What the smoke tests of every API share when a step fails: the step's failure type, the
 * message's opening (step, host, proxy), the causes every data plane has (the run's budget spent,
 * an answer too large, a network error), the data plane's texts for a firewall and for disabled
 * local auth, and the refusal to run under a NODE_DEBUG that would print signatures.
 */
import { ActionError, TLS_FIX, isTlsFailure, quote } from '../report/errors.ts';
import type { Budget } from '../net/budget.ts';
import { hostOf, serverText } from '../report/sanitize.ts';
import { proxyHostFor } from '../net/transport.ts';

/** A failed step, explained. */
export class StepFailure extends ActionError {
  override name = 'StepFailure';
}

/**
 * A data-plane answer longer than the smoke test reads (see sdk-http.ts): refused before
 * it is buffered whole. Its `code` is one no retry policy of @azure/cosmos knows: not retried.
 */
export class DataPlaneAnswerTooLarge extends Error {
  override name = 'DataPlaneAnswerTooLarge';
  readonly code = 'ANSWER_TOO_LARGE';
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`data-plane answer over ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** Node's debug logs that can print request headers, and so the key's signatures (NODE_DEBUG=…). */
const NETWORK_DEBUG = ['http', 'https', 'net', 'tls', 'fetch', 'undici'];

/**
 * The first of NETWORK_DEBUG that `nodeDebug` turns on: Node's rules (comma-separated,
 * case-insensitive, `*` a wildcard), and an entry with spaces around it counted too.
 */
export function networkDebugIn(nodeDebug: string | undefined): string | undefined {
  const patterns = (nodeDebug ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => new RegExp(`^${entry.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*')}$`, 'i'));
  return NETWORK_DEBUG.find((name) => patterns.some((pattern) => pattern.test(name)));
}

/**
 * With a key, the smoke test does not run under a NODE_DEBUG that logs requests: each request's
 * authorization header, a signature made with the account key and accepted for about 15 minutes,
 * would be printed, and the runner masks only the key itself, not what is made with it. (Keyless,
 * the header holds the Entra ID token, masked when IMDS issued it; ARM's bearer token likewise.)
 */
export function refuseNetworkDebug(
  nodeDebug: string | undefined,
  options: { keyless: boolean } = { keyless: true },
): ActionError | undefined {
  const module = networkDebugIn(nodeDebug);
  if (!module) return undefined;
  return new StepFailure(
    `Smoke test not run: NODE_DEBUG=${quote(nodeDebug ?? '', 60)} turns on Node's '${module}' debug log: ` +
      `unset NODE_DEBUG for this step (or leave out ${NETWORK_DEBUG.join(', ')})${options.keyless ? ', or use auth: entra for a keyless smoke test' : ''}.\n` +
      "That log can print each request's headers, and with them the authorization signatures made with the account key: each works for about 15 minutes and none is masked.",
  );
}

/** The data plane's (the NoSQL gateway's, and the Table endpoint's) text for a request its firewall or network rules refused. */
export const FIREWALL_MESSAGE = /firewall|ip address|virtual network|private endpoint/i;
/** The data plane's text when the account refuses keys (disableLocalAuth). */
export const LOCAL_AUTH_DISABLED = /local authori[sz]ation is disabled/i;

const NETWORK: Record<string, string> = {
  ENOTFOUND: 'DNS could not resolve the account host: with a private endpoint, the runner needs the privatelink DNS zone',
  EAI_AGAIN: 'DNS did not answer for the account host',
  ECONNREFUSED: 'the connection was refused: a firewall or private endpoint rule blocks this runner',
  ETIMEDOUT: 'the connection timed out: a firewall or private endpoint rule likely drops traffic from this runner',
  ECONNRESET: 'the connection was reset: a firewall, proxy or private endpoint rule likely blocks this runner',
};

/** How a failed step's message begins: the step, the endpoint's host, and the proxy when there is one. */
export function stepPrefix(step: string, endpoint: string): string {
  const proxy = proxyHostFor(endpoint);
  return `Smoke test failed at step '${step}' against ${shownHost(endpoint)}${proxy ? ` through the proxy at ${proxy}` : ''}:`;
}

/** The causes every data plane shares: the run's time budget spent, an answer too large to read. */
export function commonCause(error: unknown, budget: Budget): string | undefined {
  if (budget.signal.aborted) {
    return `timed out after ${budget.described()} in all. Raise timeout-seconds, or check the runner's network path to the account.`;
  }
  if (error instanceof DataPlaneAnswerTooLarge) {
    return (
      `the answer was larger than ${error.limitBytes / 1024 / 1024} MiB, more than Cosmos DB sends for any of the smoke test's requests, so it was not read. ` +
      `Something other than Cosmos DB may be answering: check that the endpoint is the account's, and any proxy or firewall in between.`
    );
  }
  return undefined;
}

/** The endpoint's host (and port), on one line, for messages. */
export function shownHost(endpoint: string): string {
  return serverText(hostOf(endpoint, endpoint), 200);
}

/** A request that got no answer, explained: DNS, refused, reset, timed out, TLS. */
export function networkCause(error: { code?: unknown; cause?: { code?: string }; name?: string; message?: string }): string {
  const code = [
    error.cause?.code,
    typeof error.code === 'string' ? error.code : undefined,
    /\b(E[A-Z_]{4,})\b/.exec(error.message ?? '')?.[1],
  ].find((c): c is string => typeof c === 'string' && c !== 'REQUEST_SEND_ERROR');
  const shown = serverText(code ?? error.name ?? 'unknown error', 60);
  if (code && NETWORK[code]) return `${NETWORK[code]} (${shown}).`;
  if (code && isTlsFailure(code)) return `TLS verification failed (${shown}): ${TLS_FIX}`;
  return `the request failed (${shown}).`;
}
