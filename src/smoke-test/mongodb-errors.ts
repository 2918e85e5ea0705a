/**
 * Explains a failed step of the API for MongoDB smoke test (mongodb.ts): what failed,
 * why in plain words, and what to do. Only the server's error code and name and its message
 * (sanitised) are used; the driver's own messages, which name hosts and users, are never printed.
 */
import { networkCause } from './failures.ts';
import { ActionError } from '../report/errors.ts';
import type { Budget } from '../net/budget.ts';
import { serverText } from '../report/sanitize.ts';
import { proxyHostFor } from '../net/transport.ts';

export type MongoStepName = 'ping' | 'find one';

/** What the explanation needs to know of the smoke test. */
export interface MongoFailureContext {
  readonly host: string;
  readonly accountName: string;
  readonly keyName: string;
  readonly database?: string;
  readonly container?: string;
}

class MongoStepFailure extends ActionError {
  override name = 'MongoStepFailure';
}

/** The fields of a driver error (MongoServerError, MongoNetworkError, …) this module reads. */
interface DriverError {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly codeName?: unknown;
  readonly errmsg?: unknown;
  readonly cause?: unknown;
  readonly reason?: { readonly servers?: ReadonlyMap<string, { readonly error?: unknown }> };
}

/** MongoDB's wire version → server version, for the versions Cosmos DB for MongoDB offers. */
const SERVER_VERSIONS: Readonly<Record<number, string>> = {
  6: '3.6',
  7: '4.0',
  8: '4.2',
  9: '4.4',
  13: '5.0',
  17: '6.0',
  21: '7.0',
  25: '8.0',
};

/** The server version a wire version stands for, e.g. `4.2 (wire version 8)`. */
export function serverVersionText(wireVersion: number): string {
  const version = SERVER_VERSIONS[wireVersion];
  return version ? `${version} (wire version ${wireVersion})` : `wire version ${wireVersion}`;
}

/**
 * The error that says what went wrong: a server-selection timeout carries the last error of the
 * server it tried (an authentication failure, a refused connection, an old wire version) as its
 * cause or in its topology description; that error may itself wrap a Node network error.
 */
function rootOf(error: unknown, depth = 0): DriverError {
  const e = (error ?? {}) as DriverError;
  if (depth > 4 || e.name !== 'MongoServerSelectionError') return e;
  if (e.cause) return rootOf(e.cause, depth + 1);
  for (const server of e.reason?.servers?.values() ?? []) if (server.error) return rootOf(server.error, depth + 1);
  return e;
}

const FIREWALL = /firewall|through public internet|virtual network|private endpoint|request is blocked/i;

/** One message for a failed step: what failed, why in plain words, and what to do. */
export function explainMongoFailure(step: MongoStepName, error: unknown, context: MongoFailureContext, budget: Budget): ActionError {
  if (error instanceof ActionError) return new MongoStepFailure(`Smoke test failed at step '${step}': ${error.message}`);
  const host = serverText(context.host, 200);
  const prefix = `Smoke test failed at step '${step}' against ${host} (API for MongoDB):`;
  const proxy = proxyHostFor(`https://${context.host}/`);
  const direct = proxy
    ? ` HTTPS_PROXY/HTTP_PROXY names a proxy for this host (${proxy}), but the MongoDB driver cannot use an HTTP proxy and connected directly: ` +
      `the runner needs direct TCP access to ${host}.`
    : '';
  const root = rootOf(error);
  const name = typeof root.name === 'string' ? root.name : '';
  const code = typeof root.code === 'number' ? root.code : undefined;
  const codeName = typeof root.codeName === 'string' ? root.codeName : '';
  const serverMessage =
    typeof root.errmsg === 'string' ? root.errmsg : name === 'MongoServerError' && typeof root.message === 'string' ? root.message : '';
  const said = serverMessage ? `: ${serverText(serverMessage, 200)}` : '';
  const seconds = Math.round(budget.seconds);
  let text: string;
  if (budget.signal.aborted) {
    text = `timed out after ${budget.described()} in all. Raise timeout-seconds, or check the runner's network path to the account.${direct}`;
  } else if (code === 18 || codeName === 'AuthenticationFailed') {
    text =
      `the account refused ${context.keyName} (code 18, AuthenticationFailed${said}): re-run the job; if it persists, check that the key comes from the same account as the host.\n` +
      `The user name is the account name '${serverText(context.accountName, 60)}' and the password the key: the key is not this account's, or it was regenerated after the action fetched it.`;
  } else if (FIREWALL.test(serverMessage)) {
    text =
      `the account's firewall or network rules block this runner (code ${code ?? 'none'}): allow the runner's public IP address ` +
      `(or its virtual network, or use a private endpoint) in the account's Networking settings; changes take up to 15 minutes.${said ? `\nThe account said${said}` : ''}`;
  } else if (name === 'MongoCompatibilityError' || /wire version/i.test(typeof root.message === 'string' ? root.message : '')) {
    const wire = /maximum wire version (\d+)/.exec(typeof root.message === 'string' ? root.message : '')?.[1];
    const version = wire ? `MongoDB ${serverVersionText(Number(wire))}` : 'too old';
    text =
      `the account's server version is ${version}, older than the MongoDB driver the action uses supports (4.2 or later). ` +
      `Upgrade the account's server version to 4.2 or later (Azure portal: the account's Features, Upgrade MongoDB server version), or skip the smoke test.`;
  } else if (code === 26 || codeName === 'NamespaceNotFound') {
    text = `collection '${serverText(context.container ?? '', 255)}' does not exist in database '${serverText(context.database ?? '', 255)}' (code 26, NamespaceNotFound). Check the database and container inputs.`;
  } else if (code === 16500 || codeName === 'TooManyRequests') {
    text = `the account throttled the request (code 16500, TooManyRequests): its provisioned throughput is exhausted. Retry later or raise the RU/s.`;
  } else if (code === 13 || codeName === 'Unauthorized') {
    text = `the account refused the request (code 13, Unauthorized${said}). Check that the key is this account's and allows this (a read-only key reads only).`;
  } else if (code !== undefined) {
    text = `the account answered error ${code}${codeName ? ` (${serverText(codeName, 60)})` : ''}${said}.`;
  } else if (name === 'MongoNetworkTimeoutError' || name === 'MongoServerSelectionError') {
    text =
      `no answer from the account within the time left (${seconds} s in all): a firewall or private endpoint rule likely drops traffic from this runner, ` +
      `or the host is wrong.${direct}`;
  } else {
    const cause = (root.cause ?? {}) as { code?: string };
    text = `${networkCause({ code: root.code, cause, name, message: typeof root.message === 'string' ? root.message : '' })}${direct}`;
  }
  return new MongoStepFailure(`${prefix} ${text}`);
}
