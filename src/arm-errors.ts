/**
 * Turns ARM's error answers into one message that names the cause and the fix: which action
 * is missing on which scope, the role that grants it and the command that assigns it.
 */
import { ActionError } from './errors.ts';
import type { Operation } from './inputs.ts';

export type ArmCall = Operation | 'read';

export interface ArmFailure {
  readonly call: ArmCall;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly correlationId?: string;
  readonly retryAfterMs?: number;
  readonly attempts: number;
  readonly location?: string;
}

export interface ArmScope {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly accountName: string;
  readonly accountId: string;
  readonly principalId?: string;
  readonly apiVersion: string;
}

export const ROLES = {
  reader: { name: 'Cosmos DB Account Reader Role', id: 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8' },
  contributor: { name: 'DocumentDB Account Contributor', id: '5bd9cd88-fe45-4216-938b-f97437e15450' },
} as const;

export function actionOf(call: ArmCall): string {
  return call === 'read' ? 'Microsoft.DocumentDB/databaseAccounts/read' : `Microsoft.DocumentDB/databaseAccounts/${call}/action`;
}

/** The least-privileged built-in role that allows `call`. */
export function roleFor(call: ArmCall): (typeof ROLES)[keyof typeof ROLES] {
  return call === 'read' || call === 'readonlykeys' ? ROLES.reader : ROLES.contributor;
}

function describeCall(call: ArmCall): string {
  return call === 'read' ? 'reading the account' : `${call} on the account`;
}

function ids(failure: ArmFailure): string {
  const parts = [
    failure.requestId && `request ID ${failure.requestId}`,
    failure.correlationId && `correlation ID ${failure.correlationId}`,
  ];
  const known = parts.filter(Boolean);
  return known.length ? ` (ARM ${known.join(', ')})` : '';
}

function armSaid(failure: ArmFailure): string {
  if (!failure.code && !failure.message) return '';
  const message = (failure.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  return ` ARM said: ${failure.code ?? 'error'}${message ? `: ${message}` : ''}`;
}

function grantCommand(call: ArmCall, scope: ArmScope): string {
  const role = roleFor(call);
  const assignee = scope.principalId ?? '<principal-id>';
  return (
    `Grant it the '${role.name}' role on the account: ` +
    `az role assignment create --assignee-object-id ${assignee} --assignee-principal-type ServicePrincipal ` +
    `--role "${role.name}" --scope ${scope.accountId}` +
    ` (PowerShell: New-AzRoleAssignment -ObjectId ${assignee} -RoleDefinitionName "${role.name}" -Scope ${scope.accountId}).` +
    ' Role assignments can take a few minutes to apply.'
  );
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : ` (Retry-After ${Math.ceil(ms / 1000)} s)`;
}

/** One message for an ARM error answer. */
export function explainArmFailure(failure: ArmFailure, scope: ArmScope): ActionError {
  const { call, status } = failure;
  const code = failure.code ?? '';
  const who = scope.principalId ? `The managed identity (principal ID ${scope.principalId})` : 'The managed identity';
  // ARM's AuthorizationFailed text only repeats what the message already names.
  const tail = `${status === 403 && code === 'AuthorizationFailed' ? '' : armSaid(failure)}${ids(failure)}`;
  let text: string;
  if (status >= 300 && status < 400) {
    const host = failure.location ? safeHost(failure.location) : 'an unknown location';
    text = `ARM answered ${describeCall(call)} with a redirect (${status}) to ${host}. It was not followed, so the token was not sent there. Check arm-endpoint and any proxy in between.`;
  } else if (status === 401) {
    text = `ARM rejected the managed identity's token for ${describeCall(call)} (${code || '401'}). Check that the cloud input matches the VM's cloud, and that arm-endpoint (if set) belongs to it.`;
  } else if (status === 403 && (code === 'AuthorizationFailed' || code === '')) {
    text = `${who} is not allowed to perform '${actionOf(call)}' on ${scope.accountId}. ${grantCommand(call, scope)}`;
    if (call !== 'read' && call !== 'readonlykeys') {
      text += ` If read-only keys are enough, use operation: readonlykeys with the '${ROLES.reader.name}' role instead.`;
    }
  } else if (status === 403) {
    text = `ARM refused ${describeCall(call)} (${code}).`;
  } else if (status === 404) {
    if (code === 'SubscriptionNotFound') {
      text = `Subscription '${scope.subscriptionId}' was not found, or the managed identity has no access to it. Check subscription-id.`;
    } else if (code === 'ResourceGroupNotFound') {
      text = `Resource group '${scope.resourceGroup}' was not found in subscription '${scope.subscriptionId}'. Check resource-group (it defaults to the VM's own group).`;
    } else {
      text = `Cosmos DB account '${scope.accountName}' was not found in resource group '${scope.resourceGroup}' of subscription '${scope.subscriptionId}'. Check account-name.`;
    }
  } else if (status === 409 && code === 'ScopeLocked') {
    text = `A lock on the account blocks ${describeCall(call)}: ReadOnly locks block ARM's POST key operations. Remove the lock or list keys another way.`;
  } else if (status === 400 && /apiversion/i.test(code)) {
    text = `ARM does not accept api-version '${scope.apiVersion}' for Microsoft.DocumentDB. Check the api-version input (or leave it unset).`;
  } else if (status === 429) {
    text =
      `ARM throttled ${describeCall(call)} and it still failed after ${failure.attempts} attempt(s)${seconds(failure.retryAfterMs)}. ` +
      'Cosmos DB allows about 500 key list or get calls per 5 minutes per account: fewer concurrent jobs, or raise timeout-seconds to wait longer.';
  } else if (status >= 500) {
    text = `ARM failed with ${status} for ${describeCall(call)} after ${failure.attempts} attempt(s). Azure Resource Manager may be having an incident: re-run the job.`;
  } else {
    text = `ARM answered ${status} for ${describeCall(call)}.`;
  }
  return new ActionError(`${text}${tail}`);
}

function safeHost(location: string): string {
  try {
    return new URL(location).host || 'a relative location';
  } catch {
    return 'an unparsable location';
  }
}
