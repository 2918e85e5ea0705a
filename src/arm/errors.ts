/**
 * Turns ARM's error answers into one message that names the cause and the fix: which action
 * is missing on which scope, the role that grants it and the command that assigns it.
 */
import { GUID } from '../azure/names.ts';
import { KNOWN_RANGE, stableVersionsIn } from './api-versions.ts';
import type { Operation } from '../azure/keys.ts';
import { ActionError } from '../report/errors.ts';
import { ROLES, type Role } from '../azure/roles.ts';
import { hostOf, serverText } from '../report/sanitize.ts';

/** What the action asks ARM: read the account, or one of the key operations. */
export type ArmOperation = Operation | 'read';

export interface ArmFailure {
  readonly operation: ArmOperation;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly correlationId?: string;
  readonly retryAfterMs?: number;
  readonly attempts: number;
  /** How long the request took in all, its waits included, and how long of it was waits. */
  readonly ms?: number;
  readonly waitedMs?: number;
  /** The run's timeout-seconds. */
  readonly timeoutSeconds?: number;
  readonly location?: string;
  /** The cloud's default api-version ARM refused before this request retried with another one. */
  readonly refusedDefault?: string;
}

export interface ArmScope {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly accountName: string;
  readonly accountId: string;
  readonly principalId?: string;
  /** The api-version of the request that failed. */
  readonly apiVersion: string;
  /** True when it is the api-version input (never replaced), false for the cloud's default or its negotiated stand-in. */
  readonly apiVersionGiven: boolean;
}

/** The ARM permission `operation` needs. */
function actionOf(operation: ArmOperation): string {
  return operation === 'read' ? 'Microsoft.DocumentDB/databaseAccounts/read' : `Microsoft.DocumentDB/databaseAccounts/${operation}/action`;
}

/** The least-privileged built-in role that allows `operation`. */
export function roleFor(operation: ArmOperation): Role {
  return operation === 'read' || operation === 'readonlykeys' ? ROLES.accountReader : ROLES.accountContributor;
}

/** `operation` as the object of a sentence ("ARM throttled …"). */
function describeOperation(operation: ArmOperation): string {
  return operation === 'read' ? 'reading the account' : `${operation} on the account`;
}

function ids(failure: ArmFailure): string {
  const parts = [
    // IDs are printed only when they have an ID's shape (a GUID): anything else is not ARM's.
    failure.requestId && GUID.test(failure.requestId) && `request ID ${failure.requestId}`,
    failure.correlationId && GUID.test(failure.correlationId) && `correlation ID ${failure.correlationId}`,
  ];
  const known = parts.filter(Boolean);
  return known.length ? ` (ARM ${known.join(', ')})` : '';
}

function armSaid(failure: ArmFailure): string {
  if (!failure.code && !failure.message) return '';
  const message = serverText(failure.message ?? '', 500);
  return ` ARM said: ${serverText(failure.code ?? 'error', 100)}${message ? `: ${message}` : ''}`;
}

function grantCommand(operation: ArmOperation, scope: ArmScope): string {
  const role = roleFor(operation);
  const assignee = scope.principalId ?? '<principal-id>';
  return (
    `Grant the role: ` +
    `az role assignment create --assignee-object-id ${assignee} --assignee-principal-type ServicePrincipal ` +
    `--role "${role.name}" --scope ${scope.accountId}` +
    ` (PowerShell: New-AzRoleAssignment -ObjectId ${assignee} -RoleDefinitionName "${role.name}" -Scope ${scope.accountId}).` +
    ' Role assignments can take a few minutes to apply: with wait-for-access the step waits for one assigned just before it.'
  );
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : ` (Retry-After ${Math.ceil(ms / 1000)} s)`;
}

/** One message for an ARM error answer. */
export function explainArmFailure(failure: ArmFailure, scope: ArmScope): ActionError {
  const { operation, status } = failure;
  const code = serverText(failure.code ?? '', 100);
  const who = scope.principalId ? `The managed identity (principal ID ${scope.principalId})` : 'The managed identity';
  // ARM's AuthorizationFailed text only repeats what the message already names.
  const tail = `${status === 403 && code === 'AuthorizationFailed' ? '' : armSaid(failure)}${ids(failure)}`;
  let text: string;
  let accessDenied = false;
  if (status >= 300 && status < 400) {
    const host = failure.location ? serverText(hostOf(failure.location, 'a relative or unparsable location'), 100) : 'an unknown location';
    text = `ARM answered ${describeOperation(operation)} with a redirect (${status}) to ${host}. It was not followed, so the token was not sent there. Check arm-endpoint and any proxy in between.`;
  } else if (status === 401 && code === 'InvalidAuthenticationTokenTenant') {
    text =
      `Subscription '${scope.subscriptionId}' belongs to another Microsoft Entra tenant than the managed identity, which lives in its VM's tenant (${code}). ` +
      "A managed identity gets tokens only for its own tenant: use a subscription of the runner VM's tenant, or a runner whose identity is in the subscription's tenant.";
  } else if (status === 401) {
    text = `ARM rejected the managed identity's token for ${describeOperation(operation)} (${code || '401'}). Check that the cloud input matches the VM's cloud, and that arm-endpoint (if set) belongs to it.`;
  } else if (status === 403 && (code === 'AuthorizationFailed' || code === '')) {
    accessDenied = true;
    // The fix first, on one line; the details on their own lines. ARM answers 403, not 404, for
    // an account the identity cannot see: a typo looks the same, so it is named up front too.
    return new ActionError(
      [
        `${who} is not allowed to perform '${actionOf(operation)}' on account '${scope.accountName}': grant it the '${roleFor(operation).name}' role, ` +
          'or check account-name, resource-group and subscription-id (ARM answers 403, not 404, for an account the identity cannot see).',
        grantCommand(operation, scope),
        `Find the account (someone who can see it): az cosmosdb list --query "[?name=='${scope.accountName}'].id" -o tsv`,
        ...(operation !== 'read' && operation !== 'readonlykeys'
          ? [`If read-only keys are enough, use operation: readonlykeys with the '${ROLES.accountReader.name}' role instead.`]
          : []),
        `Scope: ${scope.accountId}${tail}`,
      ].join('\n'),
      { accessDenied },
    );
  } else if (status === 403) {
    text = `ARM refused ${describeOperation(operation)} (${code}).`;
  } else if (status === 404) {
    if (code === 'SubscriptionNotFound') {
      text = `Subscription '${scope.subscriptionId}' was not found, or the managed identity has no access to it. Check subscription-id.`;
    } else if (code === 'ResourceGroupNotFound') {
      text = `Resource group '${scope.resourceGroup}' was not found in subscription '${scope.subscriptionId}'. Check resource-group (it defaults to the VM's own group).`;
    } else {
      text = `Cosmos DB account '${scope.accountName}' was not found in resource group '${scope.resourceGroup}' of subscription '${scope.subscriptionId}'. Check account-name.`;
    }
  } else if (status === 409 && code === 'ScopeLocked') {
    text = `A lock on the account blocks ${describeOperation(operation)}: ReadOnly locks block ARM's POST key operations. Remove the lock or list keys another way.`;
  } else if (status === 400 && (code === 'NoRegisteredProviderFound' || /apiversion/i.test(code))) {
    // New Microsoft.DocumentDB versions reach US Government and China late: ARM then lists what it has.
    const supported = stableVersionsIn(failure.message ?? '');
    const listed = supported.length
      ? `; the newest stable versions it supports are ${supported.slice(0, 3).join(', ')}`
      : '; its answer names no stable version it supports';
    const advice = 'new versions reach the sovereign clouds late.';
    if (scope.apiVersionGiven) {
      text =
        `ARM does not accept api-version '${scope.apiVersion}' (the api-version input) for Microsoft.DocumentDB here (${code})${listed}. ` +
        `Set the api-version input to one of them, or leave it empty for the cloud's default: ${advice}`;
    } else if (failure.refusedDefault) {
      text =
        `ARM refused the cloud's default api-version '${failure.refusedDefault}' for Microsoft.DocumentDB, then also '${scope.apiVersion}', which the action retried with (${code})${listed}. ` +
        `Set the api-version input to one ARM supports: ${advice}`;
    } else {
      text =
        `ARM does not accept the cloud's default api-version '${scope.apiVersion}' for Microsoft.DocumentDB here (${code})${listed}` +
        `${supported.length ? `, and none of them is one this action reads (stable ${KNOWN_RANGE})` : ''}, so it did not retry. ` +
        `Set the api-version input to one ARM supports: ${advice}`;
    }
  } else if (status === 429) {
    const over = failure.ms !== undefined && failure.ms >= 1000 ? ` over ${Math.round(failure.ms / 1000)} s` : '';
    const waited = failure.waitedMs ? `, having waited ${(failure.waitedMs / 1000).toFixed(1)} s in all` : '';
    const budget = failure.timeoutSeconds === undefined ? '' : ` (${failure.timeoutSeconds} s)`;
    text =
      `ARM throttled ${describeOperation(operation)} and it still failed after ${failure.attempts} attempt(s)${over}${waited}${seconds(failure.retryAfterMs)}, within timeout-seconds${budget}. ` +
      'Cosmos DB allows about 500 key list or get calls per 5 minutes per account, shared by every run of one identity: raise timeout-seconds to wait longer, ' +
      "spread the runs (a matrix's max-parallel), or use auth: entra, which makes no key calls.";
  } else if (status >= 500) {
    text = `ARM failed with ${status} for ${describeOperation(operation)} after ${failure.attempts} attempt(s). Azure Resource Manager may be having an incident: re-run the job.`;
  } else {
    text = `ARM answered ${status} for ${describeOperation(operation)}.`;
  }
  return new ActionError(`${text}${tail}`, { accessDenied });
}
