/**
 * The VM's instance metadata stands in for inputs (subscription-id, resource-group, and the
 * cloud with cloud: auto), so it is checked like them before anything uses or prints it.
 */
import { checkResourceGroup, checkSubscriptionId } from '../inputs/account.ts';
import { ActionError, quote } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';
import type { InstanceMetadata } from './credential.ts';

/** An Azure cloud's name as IMDS gives it (AzurePublicCloud, AzureUSGovernmentCloud, AzureStack…): letters and digits. */
const AZ_ENVIRONMENT = /^[A-Za-z0-9]{1,64}$/;

/**
 * Instance metadata that follows the inputs' rules (inputs/account.ts), or an error naming
 * instance metadata, thrown before any ARM request, that quotes the value only sanitised. An
 * empty value is left for the caller, which asks for the inputs.
 */
export function checkInstanceMetadata(metadata: InstanceMetadata, baseUrl: string): InstanceMetadata {
  const refuse = (field: string, what: string, value: string): ActionError =>
    new ActionError(
      `Instance metadata from ${baseUrl} is not usable: its compute.${field} ${quote(serverText(value, 80))} is not ${what}. ` +
        `Is ${baseUrl} really IMDS? To do without instance metadata, give subscription-id and resource-group, and a cloud other than auto.`,
    );
  const { subscriptionId, resourceGroupName, azEnvironment } = metadata;
  const follows = (check: (input: string, value: string) => string, value: string): boolean => {
    try {
      check('instance metadata', value);
      return true;
    } catch {
      return false;
    }
  };
  if (subscriptionId && !follows(checkSubscriptionId, subscriptionId))
    throw refuse('subscriptionId', 'a subscription ID (a GUID)', subscriptionId);
  if (resourceGroupName && !follows(checkResourceGroup, resourceGroupName)) {
    throw refuse(
      'resourceGroupName',
      "a resource group name (1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.')",
      resourceGroupName,
    );
  }
  if (azEnvironment && !AZ_ENVIRONMENT.test(azEnvironment))
    throw refuse('azEnvironment', 'a cloud name (letters and digits)', azEnvironment);
  return metadata;
}
