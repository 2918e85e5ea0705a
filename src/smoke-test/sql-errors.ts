/**
 * Explains a failed step of the API for NoSQL smoke test (sql.ts): what failed, why in plain
 * words, and what to do (the data plane's status and substatus, network error codes, the
 * data-plane role to assign).
 */
import type { ErrorResponse } from '@azure/cosmos';
import { ROLES } from '../azure/roles.ts';
import type { Budget } from '../net/budget.ts';
import { ActionError } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';
import { FIREWALL_MESSAGE, LOCAL_AUTH_DISABLED, StepFailure, commonCause, networkCause, shownHost, stepPrefix } from './failures.ts';
import type { SmokeTestOptions, SqlStepName } from './types.ts';

/** One message for a failed step: what failed, why in plain words, and what to do. */
export function explainDataPlaneFailure(step: SqlStepName, error: unknown, options: SmokeTestOptions, budget: Budget): ActionError {
  if (error instanceof ActionError) return new StepFailure(`Smoke test failed at step '${step}': ${error.message}`);
  const prefix = stepPrefix(step, options.endpoint);
  const common = commonCause(error, budget);
  if (common) return new StepFailure(`${prefix} ${common}`);
  const e = (error ?? {}) as ErrorResponse & { cause?: { code?: string }; name?: string };
  const status = typeof e.code === 'number' ? e.code : undefined;
  const substatus = e.substatus ?? Number(e.headers?.['x-ms-substatus']);
  const activity = e.activityId ?? (e.headers?.['x-ms-activity-id'] as string | undefined);
  const id = activity ? `\nActivity ID ${serverText(activity, 100)}` : '';
  const bodyMessage = typeof e.body?.message === 'string' ? e.body.message : '';
  let text: string;
  let accessDenied = false;
  const credential = 'credential' in options.access ? options.access.credential : undefined;
  if (credential && status === 403 && (substatus === 5301 || /RBAC|principal/i.test(bodyMessage))) {
    accessDenied = true;
    text = dataPlaneRoleAdvice(options, step);
  } else if (credential && status === 401) {
    text = `the data plane refused the identity's Entra ID token (401). Check the cloud input (the token's audience is ${credential.scope.replace('/.default', '')}).`;
  } else if (status === 401 && (substatus === 5202 || LOCAL_AUTH_DISABLED.test(bodyMessage))) {
    text = `the account has local (key) authentication disabled (disableLocalAuth), so no key works: use auth: entra with a Cosmos DB data-plane role (Cosmos DB Built-in Data Reader or Contributor) instead of keys.`;
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
  return new StepFailure(`${prefix} ${text}${id}`, { accessDenied });
}

/** 403 with Entra ID: which data-plane role to assign, and the command that does it. */
function dataPlaneRoleAdvice(options: SmokeTestOptions, step: SqlStepName): string {
  const role = step === 'write probe' || options.write ? ROLES.dataContributor : ROLES.dataReader;
  const principal = serverText(options.rbac.principalId ?? '<principal-id>', 100);
  const account = serverText(options.rbac.accountName ?? shownHost(options.endpoint).split('.')[0] ?? '<account>', 100);
  const group = serverText(options.rbac.resourceGroup ?? '<resource-group>', 100);
  return (
    `the identity (principal ID ${principal}) has no Cosmos DB data-plane role that allows this (403): assign it '${role.name}'.\n` +
    `Assign it: az cosmosdb sql role assignment create --account-name ${account} --resource-group ${group} ` +
    `--scope "/" --principal-id ${principal} --role-definition-id ${role.id}\n` +
    `Control-plane (ARM) roles such as Cosmos DB Account Reader Role or DocumentDB Account Contributor do not grant data access.`
  );
}
