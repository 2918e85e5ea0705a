/**
 * Turns ARM's error answers into one message that names the cause and the fix: which action
 * is missing on which scope, the role that grants it and the command that assigns it.
 */
import { GUID } from '../azure/names.ts';
import { KNOWN_RANGE, stableVersionsIn } from './api-versions.ts';
import type { Operation } from '../azure/keys.ts';
import { ActionError, messageLines } from '../report/errors.ts';
import { ROLES, type Role } from '../azure/roles.ts';
import { hostOf, serverText } from '../report/sanitize.ts';
import type { Lookalike } from './lookalikes.ts';

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
  /** The run's time bound, as Budget.described() words it: "60 s (timeout-seconds)". */
  readonly budget?: string;
  readonly location?: string;
  /** The cloud's default api-version ARM refused before this request retried with another one. */
  readonly refusedDefault?: string;
  /** For a 403: what the accounts the identity can read say about the one asked for. */
  readonly lookalike?: Lookalike;
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

/** ARM's request and correlation IDs, for a support ticket, on a line of their own (empty when there are none). */
function ids(failure: ArmFailure): string {
  const parts = [
    // IDs are printed only when they have an ID's shape (a GUID): anything else is not ARM's.
    failure.requestId && GUID.test(failure.requestId) && `request ID ${failure.requestId}`,
    failure.correlationId && GUID.test(failure.correlationId) && `correlation ID ${failure.correlationId}`,
  ];
  const known = parts.filter(Boolean);
  return known.length ? `ARM ${known.join(', ')}` : '';
}

/** What ARM said (its code and message, sanitised), on a line of its own (empty when it said nothing). */
function armSaid(failure: ArmFailure): string {
  if (!failure.code && !failure.message) return '';
  const message = serverText(failure.message ?? '', 500);
  return `ARM said: ${serverText(failure.code ?? 'error', 100)}${message ? `: ${message}` : ''}`;
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

/**
 * A 403's first line. ARM answers 403, not 404, for an account the identity cannot see, so a
 * typo looks like a missing role: what the identity can read decides which comes first.
 */
function firstLineOf403(who: string, operation: ArmOperation, scope: ArmScope, lookalike: Lookalike | undefined): string {
  const role = `'${roleFor(operation).name}' role`;
  const action = `'${actionOf(operation)}'`;
  const account = `'${scope.accountName}'`;
  const where = (other: { resourceGroup: string; subscriptionId: string }): string =>
    `resource group '${serverText(other.resourceGroup, 90)}'` +
    (other.subscriptionId === scope.subscriptionId.toLowerCase() ? '' : ` of subscription ${other.subscriptionId}`);
  switch (lookalike?.kind) {
    case 'readable':
      // A refused read is not explained by an account the identity can read (a list that lags).
      if (operation === 'read') break;
      return `${who} can read account ${account} but is not allowed to perform ${action} on it: grant it the ${role}.`;
    case 'elsewhere':
      return (
        `${who} cannot see account ${account} in resource group '${scope.resourceGroup}', but can read one of that name in ${where(lookalike.account)}` +
        `: check resource-group and subscription-id; if they are right, grant it the ${role} on ${account}.`
      );
    case 'similar':
      return (
        `${who} cannot see account ${account}, but can read '${lookalike.account.name}' in ${where(lookalike.account)}: check account-name; ` +
        `if ${account} is right, grant it the ${role} on it.`
      );
  }
  return (
    `${who} is not allowed to perform ${action} on account ${account}: grant it the ${role}, ` +
    'or check account-name, resource-group and subscription-id (ARM answers 403, not 404, for an account the identity cannot see).'
  );
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : ` (Retry-After ${Math.ceil(ms / 1000)} s)`;
}

/**
 * One message for an ARM error answer: its first line says what is wrong and the one thing to
 * do; details (commands, the other possible cause, what ARM said, its request IDs) follow on
 * lines of their own.
 */
export function explainArmFailure(failure: ArmFailure, scope: ArmScope): ActionError {
  const { operation, status } = failure;
  const code = serverText(failure.code ?? '', 100);
  const who = scope.principalId ? `The managed identity (principal ID ${scope.principalId})` : 'The managed identity';
  // ARM's AuthorizationFailed text only repeats what the message already names.
  const said = status === 403 && code === 'AuthorizationFailed' ? '' : armSaid(failure);
  let text: string[];
  let accessDenied = false;
  if (status >= 300 && status < 400) {
    const host = failure.location ? serverText(hostOf(failure.location, 'a relative or unparsable location'), 100) : 'an unknown location';
    text = [
      `ARM answered ${describeOperation(operation)} with a redirect (${status}) to ${host}: check arm-endpoint and any proxy in between.`,
      'The redirect was not followed, so the token was not sent there.',
    ];
  } else if (status === 401 && code === 'InvalidAuthenticationTokenTenant') {
    text = [
      `Subscription '${scope.subscriptionId}' belongs to another Microsoft Entra tenant than the managed identity (${code}): use a subscription of the identity's tenant, or a runner whose identity is in the subscription's tenant.`,
      'A managed identity gets tokens only for its own tenant.',
    ];
  } else if (status === 401) {
    text = [
      `ARM rejected the managed identity's token for ${describeOperation(operation)} (${code || '401'}): check that the cloud input matches the runner's cloud, and that arm-endpoint (if set) belongs to it.`,
    ];
  } else if (status === 403 && (code === 'AuthorizationFailed' || code === '')) {
    // The name in another resource group the identity can read: no role assignment will fix
    // this run's inputs, so wait-for-access does not wait for one.
    accessDenied = failure.lookalike?.kind !== 'elsewhere';
    // ARM answers 403, not 404, for an account the identity cannot see: a typo looks the same,
    // so it is named on the first line too.
    text = [
      firstLineOf403(who, operation, scope, failure.lookalike),
      grantCommand(operation, scope),
      ...(failure.lookalike?.kind === 'readable'
        ? []
        : [`Find the account (someone who can see it): az cosmosdb list --query "[?name=='${scope.accountName}'].id" -o tsv`]),
      ...(operation !== 'read' && operation !== 'readonlykeys'
        ? [`If read-only keys are enough, use operation: readonlykeys with the '${ROLES.accountReader.name}' role instead.`]
        : []),
      `Scope: ${scope.accountId}`,
    ];
  } else if (status === 403) {
    text = [`ARM refused ${describeOperation(operation)} (${code}).`];
  } else if (status === 404) {
    if (code === 'SubscriptionNotFound') {
      text = [`Subscription '${scope.subscriptionId}' was not found, or the managed identity has no access to it: check subscription-id.`];
    } else if (code === 'ResourceGroupNotFound') {
      text = [
        `Resource group '${scope.resourceGroup}' was not found in subscription '${scope.subscriptionId}': check resource-group (it defaults to the VM's own group).`,
      ];
    } else {
      text = [
        `Cosmos DB account '${scope.accountName}' was not found in resource group '${scope.resourceGroup}' of subscription '${scope.subscriptionId}': check account-name.`,
      ];
    }
  } else if (status === 409 && code === 'ScopeLocked') {
    text = [
      `A lock on the account blocks ${describeOperation(operation)}: remove the lock or list keys another way.`,
      "ReadOnly locks block ARM's POST key operations.",
    ];
  } else if (status === 400 && (code === 'NoRegisteredProviderFound' || /apiversion/i.test(code))) {
    // New Microsoft.DocumentDB versions reach US Government and China late: ARM then lists what it has.
    const supported = stableVersionsIn(failure.message ?? '');
    const newest = supported.slice(0, 3).join(', ');
    const setIt = supported.length
      ? `set the api-version input to one it supports (the newest stable: ${newest})`
      : 'set the api-version input to one it supports (its answer names no stable one)';
    const late = 'New versions of Microsoft.DocumentDB reach the sovereign clouds late.';
    if (scope.apiVersionGiven) {
      text = [
        `ARM does not accept api-version '${scope.apiVersion}' (the api-version input) for Microsoft.DocumentDB here (${code}): ${setIt}, or leave it empty for the cloud's default.`,
        late,
      ];
    } else if (failure.refusedDefault) {
      text = [
        `ARM refused the cloud's default api-version '${failure.refusedDefault}' for Microsoft.DocumentDB, and then '${scope.apiVersion}' (${code}): ${setIt}.`,
        late,
      ];
    } else {
      text = [
        `ARM does not accept the cloud's default api-version '${scope.apiVersion}' for Microsoft.DocumentDB here (${code}): ${setIt}.`,
        supported.length ? `None of those is one this action reads (stable ${KNOWN_RANGE}), so it did not retry with one. ${late}` : late,
      ];
    }
  } else if (status === 429) {
    const over = failure.ms !== undefined && failure.ms >= 1000 ? ` over ${Math.round(failure.ms / 1000)} s` : '';
    const waited = failure.waitedMs ? `, having waited ${(failure.waitedMs / 1000).toFixed(1)} s in all` : '';
    text = [
      `ARM throttled ${describeOperation(operation)} and it still failed after ${failure.attempts} attempt(s)${over}${waited}${seconds(failure.retryAfterMs)}, within ${failure.budget ?? 'timeout-seconds'}: ` +
        "raise timeout-seconds to wait longer, spread the runs (a matrix's max-parallel), or use auth: entra, which makes no key calls.",
      'Cosmos DB allows about 500 key list or get calls per 5 minutes per account, shared by every run of one identity.',
    ];
  } else if (status >= 500) {
    text = [
      `ARM failed with ${status} for ${describeOperation(operation)} after ${failure.attempts} attempt(s): re-run the job.`,
      'Azure Resource Manager may be having an incident.',
    ];
  } else {
    text = [`ARM answered ${status} for ${describeOperation(operation)}.`];
  }
  return new ActionError(messageLines(...text, said, ids(failure)), { accessDenied });
}
