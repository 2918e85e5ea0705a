/**
 * The shapes of Azure's names and IDs, shared by the inputs that take them and the answers that
 * carry them (instance metadata, tokens, ARM): one rule each.
 */

/** A GUID: subscription, tenant, client, object, request and correlation IDs. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Cosmos DB account name's characters: lowercase letters and digits, single hyphens between (3 to 50 of them: see isAccountName). */
const ACCOUNT_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A Cosmos DB account name: 3 to 50 lowercase letters, digits and single hyphens, starting and ending with a letter or digit. */
export function isAccountName(value: string): boolean {
  return value.length >= 3 && value.length <= 50 && ACCOUNT_NAME.test(value);
}

/** The account part of a data-plane host (`<account>.documents.azure.com`): the account name's characters, any length. */
export function isAccountLabel(value: string): boolean {
  return ACCOUNT_NAME.test(value);
}

/** A tenant's domain name as Entra ID's token URL takes it, such as contoso.onmicrosoft.com. */
const TENANT_DOMAIN = /^(?=.{4,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** A tenant ID (a GUID) or a tenant's domain name. */
export function isTenant(value: string): boolean {
  return GUID.test(value) || TENANT_DOMAIN.test(value);
}
