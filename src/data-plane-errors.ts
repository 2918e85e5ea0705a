/**
 * Explains a failed smoke-test step: what failed, why in plain words, and what to do (the data
 * plane's status and substatus, network error codes, the data-plane role to assign).
 */
import type { ErrorResponse } from '@azure/cosmos';
import { ActionError, TLS_FIX, isTlsFailure, quote } from './errors.ts';
import type { Budget } from './http.ts';
import { ROLES } from './roles.ts';
import { hostOf, serverText } from './sanitize.ts';
import type { SmokeTestOptions, StepName } from './smoke-test-sql.ts';
import { proxyHostFor } from './transport.ts';

/** A failed step, explained. */
export class StepFailure extends ActionError {
  override name = 'StepFailure';
}

/**
 * A data-plane answer longer than the smoke test reads (see data-plane-http.ts): refused before
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
    `Smoke test not run: NODE_DEBUG=${quote(nodeDebug ?? '', 60)} turns on Node's '${module}' debug log, which can print each request's ` +
      `headers, and with them the authorization signatures made with the account key: each works for about 15 minutes and none is masked. ` +
      `Unset NODE_DEBUG for this step (or leave out ${NETWORK_DEBUG.join(', ')})${options.keyless ? ', or use auth: entra for a keyless smoke test' : ''}.`,
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

/** One message for a failed step: what failed, why in plain words, and what to do. */
export function explainDataPlaneFailure(step: StepName, error: unknown, options: SmokeTestOptions, budget: Budget): ActionError {
  if (error instanceof ActionError) return new StepFailure(`Smoke test failed at step '${step}': ${error.message}`);
  const prefix = stepPrefix(step, options.endpoint);
  const common = commonCause(error, budget);
  if (common) return new StepFailure(`${prefix} ${common}`);
  const e = (error ?? {}) as ErrorResponse & { cause?: { code?: string }; name?: string };
  const status = typeof e.code === 'number' ? e.code : undefined;
  const substatus = e.substatus ?? Number(e.headers?.['x-ms-substatus']);
  const activity = e.activityId ?? (e.headers?.['x-ms-activity-id'] as string | undefined);
  const id = activity ? ` (activity ID ${serverText(activity, 100)})` : '';
  const bodyMessage = typeof e.body?.message === 'string' ? e.body.message : '';
  let text: string;
  const credential = 'credential' in options.access ? options.access.credential : undefined;
  if (credential && status === 403 && (substatus === 5301 || /RBAC|principal/i.test(bodyMessage))) {
    text = dataPlaneRoleAdvice(options, step);
  } else if (credential && status === 401) {
    text = `the data plane refused the identity's Entra ID token (401). Check the cloud input (the token's audience is ${credential.scope.replace('/.default', '')}).`;
  } else if (status === 401 && (substatus === 5202 || LOCAL_AUTH_DISABLED.test(bodyMessage))) {
    text = `the account has local (key) authentication disabled (disableLocalAuth), so no key works. Use Microsoft Entra ID with a Cosmos DB data-plane role (Cosmos DB Built-in Data Reader or Contributor) instead of keys.`;
  } else if (status === 401) {
    text = `the key was refused (401): it is wrong or was rotated after it was fetched. Re-run the job; if it persists, check that the key matches this account's endpoint.`;
  } else if (status === 403 && FIREWALL_MESSAGE.test(bodyMessage)) {
    text = `the account's firewall or network rules block this runner (403). Allow the runner's network (or use a private endpoint) in the account's Networking settings.`;
  } else if (status === 403 && step === 'write probe') {
    text = `the write was refused (403): the key is read-only. Use operation: listKeys (or listConnectionStrings) for a read-write key, or drop smoke-test-write.`;
  } else if (status === 403) {
    text = `the request was refused (403${Number.isFinite(substatus) ? `, substatus ${substatus}` : ''}).`;
  } else if (status === 404 && step === 'database') {
    text = `database '${options.database}' does not exist in this account. Check the database input.`;
  } else if (status === 404 && (step === 'container' || step === 'query')) {
    text = `container '${options.container}' does not exist in database '${options.database}'. Check the container input.`;
  } else if (status === 400 && step === 'query') {
    text = `the query was rejected as invalid (400). Check the query input.`;
  } else if (status === 429) {
    text = `the account throttled the request (429) even after the SDK's retries. Its provisioned throughput is exhausted: retry later or raise the RU/s.`;
  } else if (status !== undefined) {
    text = `the data plane answered ${status}${Number.isFinite(substatus) ? ` (substatus ${substatus})` : ''}.`;
  } else {
    text = networkCause(e);
  }
  return new StepFailure(`${prefix} ${text}${id}`);
}

/** 403 with Entra ID: which data-plane role to assign, and the command that does it. */
function dataPlaneRoleAdvice(options: SmokeTestOptions, step: StepName): string {
  const role = step === 'write probe' || options.write ? ROLES.dataContributor : ROLES.dataReader;
  const principal = serverText(options.rbac.principalId ?? '<principal-id>', 100);
  const account = serverText(options.rbac.accountName ?? host(options.endpoint).split('.')[0] ?? '<account>', 100);
  const group = serverText(options.rbac.resourceGroup ?? '<resource-group>', 100);
  return (
    `the identity (principal ID ${principal}) has no Cosmos DB data-plane role that allows this (403). ` +
    `Control-plane (ARM) roles such as Cosmos DB Account Reader Role or DocumentDB Account Contributor do not grant data access. ` +
    `Assign '${role.name}': az cosmosdb sql role assignment create --account-name ${account} --resource-group ${group} ` +
    `--scope "/" --principal-id ${principal} --role-definition-id ${role.id}`
  );
}

/** How a failed step's message begins: the step, the endpoint's host, and the proxy when there is one. */
export function stepPrefix(step: string, endpoint: string): string {
  const proxy = proxyHostFor(endpoint);
  return `Smoke test failed at step '${step}' against ${host(endpoint)}${proxy ? ` through the proxy at ${proxy}` : ''}:`;
}

/** The causes every data plane shares: the run's time budget spent, an answer too large to read. */
export function commonCause(error: unknown, budget: Budget): string | undefined {
  if (budget.signal.aborted) {
    return `timed out after ${budget.seconds} s (timeout-seconds) in all. Raise timeout-seconds, or check the runner's network path to the account.`;
  }
  if (error instanceof DataPlaneAnswerTooLarge) {
    return (
      `the answer was larger than ${error.limitBytes / 1024 / 1024} MiB, more than Cosmos DB sends for any of the smoke test's requests, so it was not read. ` +
      `Something other than Cosmos DB may be answering: check that the endpoint is the account's, and any proxy or firewall in between.`
    );
  }
  return undefined;
}

/** The endpoint's host (and port), on one line. */
function host(endpoint: string): string {
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
