/** Where the identity comes from (identity-source), and the user-assigned identity selector: at most one of client-id, object-id, identity-resource-id. */
import * as core from '@actions/core';
import { GUID, isTenant } from '../azure/names.ts';
import { checkResourceGroup, checkSubscriptionId } from './account.ts';
import { SOURCES, type SourceName, type UserAssignedIdentity } from './config.ts';
import { InputError, quote } from '../report/errors.ts';
import { parseChoice } from './values.ts';

const IDENTITY_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/;
const IDENTITY_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/([^/]+)$/i;

const SELECTORS = [
  ['client-id', 'client_id'],
  ['object-id', 'object_id'],
  ['identity-resource-id', 'msi_res_id'],
] as const;

export function parseIdentitySource(): SourceName | 'auto' {
  return parseChoice('identity-source', core.getInput('identity-source') || 'auto', ['auto', ...SOURCES] as const);
}

export function parseIdentity(): UserAssignedIdentity | undefined {
  const given = SELECTORS.map(([input, param]) => ({ input, param, value: core.getInput(input) })).filter((s) => s.value !== '');
  if (given.length > 1) {
    throw new InputError(
      given.map((s) => s.input).join("' and '"),
      'give at most one of client-id, object-id and identity-resource-id to select a user-assigned identity.',
    );
  }
  const selector = given[0];
  if (!selector) return undefined;
  if (selector.param === 'msi_res_id') {
    const match = IDENTITY_ID.exec(selector.value);
    if (!match || !IDENTITY_NAME.test(match[3] ?? '')) {
      throw new InputError(
        selector.input,
        `${quote(selector.value)} is not a user-assigned identity ID of the form /subscriptions/<guid>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>.`,
      );
    }
    checkSubscriptionId(selector.input, match[1] ?? '');
    checkResourceGroup(selector.input, match[2] ?? '');
  } else if (!GUID.test(selector.value)) {
    throw new InputError(selector.input, `${quote(selector.value)} is not a GUID.`);
  }
  return selector;
}

/** The tenant-id input (workload-identity, github-oidc), or undefined when empty. */
export function parseTenantId(): string | undefined {
  const value = core.getInput('tenant-id');
  if (value === '') return undefined;
  if (!isTenant(value)) {
    throw new InputError(
      'tenant-id',
      `${quote(value)} is neither a tenant ID (a GUID) nor a tenant domain such as contoso.onmicrosoft.com.`,
    );
  }
  return value.toLowerCase();
}

/** The audience input: of GitHub's OIDC token, for the federated credential it must match (github-oidc). */
export function parseAudience(): string {
  const value = core.getInput('audience') || DEFAULT_AUDIENCE;
  if (value.length > 256 || /[\s\p{Cc}]/u.test(value)) {
    throw new InputError(
      'audience',
      `${quote(value)} is not an audience: one word of at most 256 characters, such as ${DEFAULT_AUDIENCE}.`,
    );
  }
  return value;
}

/** The audience Azure's federated credentials expect by default. */
const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
