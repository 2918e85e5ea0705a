/** The account inputs: account-name, subscription-id, resource-group, or account-resource-id. */
import * as core from '@actions/core';
import type { AccountTarget } from './config.ts';
import { GUID, isAccountName } from '../azure/names.ts';
import { InputError, quote } from '../report/errors.ts';

const RESOURCE_GROUP = /^[A-Za-z0-9_.()-]{1,90}$/;
const ACCOUNT_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)$/i;

function checkAccountName(input: string, value: string): string {
  if (!isAccountName(value)) {
    throw new InputError(
      input,
      `${quote(value)} is not a Cosmos DB account name: 3 to 50 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.`,
    );
  }
  return value;
}

export function checkSubscriptionId(input: string, value: string): string {
  if (!GUID.test(value)) {
    throw new InputError(input, `${quote(value)} is not a subscription ID (a GUID like 00000000-0000-0000-0000-000000000000).`);
  }
  return value.toLowerCase();
}

export function checkResourceGroup(input: string, value: string): string {
  if (!RESOURCE_GROUP.test(value) || value.endsWith('.')) {
    throw new InputError(
      input,
      `${quote(value)} is not a resource group name: 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.`,
    );
  }
  return value;
}

function parseAccountResourceId(value: string): AccountTarget {
  const match = ACCOUNT_ID.exec(value);
  if (!match) {
    throw new InputError(
      'account-resource-id',
      `${quote(value)} is not a Cosmos DB account ID of the form /subscriptions/<guid>/resourceGroups/<group>/providers/Microsoft.DocumentDB/databaseAccounts/<account>.`,
    );
  }
  const [, sub = '', group = '', name = ''] = match;
  return {
    subscriptionId: checkSubscriptionId('account-resource-id', sub),
    resourceGroup: checkResourceGroup('account-resource-id', group),
    accountName: checkAccountName('account-resource-id', name),
  };
}

/** The account the run is about: account-resource-id, or account-name (with subscription-id and resource-group). */
export function parseTarget(): AccountTarget {
  const resourceId = core.getInput('account-resource-id');
  const accountName = core.getInput('account-name');
  const subscriptionId = core.getInput('subscription-id');
  const resourceGroup = core.getInput('resource-group');
  if (resourceId) {
    if (accountName || subscriptionId || resourceGroup) {
      throw new InputError(
        'account-resource-id',
        'give either account-resource-id, or account-name (with subscription-id and resource-group), not both.',
      );
    }
    return parseAccountResourceId(resourceId);
  }
  if (!accountName) throw new InputError('account-name', 'required (or give account-resource-id).');
  return {
    accountName: checkAccountName('account-name', accountName),
    subscriptionId: subscriptionId ? checkSubscriptionId('subscription-id', subscriptionId) : undefined,
    resourceGroup: resourceGroup ? checkResourceGroup('resource-group', resourceGroup) : undefined,
  };
}

/** The account when any account input is given (auth entra with an endpoint), else undefined. */
export function parseOptionalTarget(): AccountTarget | undefined {
  const given = ['account-resource-id', 'account-name', 'subscription-id', 'resource-group'].some((input) => core.getInput(input) !== '');
  return given ? parseTarget() : undefined;
}
