/**
 * Microsoft.DocumentDB api-versions: the ones this action reads, and the one to retry with when
 * ARM refuses the cloud's default (new versions reach the sovereign clouds late).
 */

/**
 * The stable Microsoft.DocumentDB api-versions the action retries with, oldest first (folder
 * names under specification/cosmos-db/resource-manager/Microsoft.DocumentDB/DocumentDB/stable/
 * in Azure/azure-rest-api-specs). Every stable version since 2014-04-01 answers the account read
 * and the key operations with the same fields, but `disableLocalAuth` (which must be seen to
 * refuse keys of an account that refuses them) is returned from 2021-06-15 on
 * (azure-mgmt-cosmosdb 6.4.0), so older ones are left out. Newer ones are added here once checked.
 */
const KNOWN_API_VERSIONS: readonly string[] = [
  '2021-06-15',
  '2021-10-15',
  '2022-05-15',
  '2022-08-15',
  '2022-11-15',
  '2023-03-15',
  '2023-04-15',
  '2023-09-15',
  '2023-11-15',
  '2024-05-15',
  '2024-08-15',
  '2024-11-15',
  '2025-04-15',
  '2025-10-15',
];

/** "2021-06-15 to 2025-10-15": the versions the action retries with, for messages. */
export const KNOWN_RANGE = `${KNOWN_API_VERSIONS[0]} to ${KNOWN_API_VERSIONS[KNOWN_API_VERSIONS.length - 1]}`;

/** ARM's codes for an api-version it refuses, with the versions it has in the message. */
export function isVersionRefusal(status: number, code: string | undefined): boolean {
  return status === 400 && (code === 'NoRegisteredProviderFound' || code === 'InvalidApiVersionParameter');
}

/**
 * The stable (non-preview) api-versions ARM's message lists as supported, newest first.
 * NoRegisteredProviderFound says "The supported api-versions are '…'", InvalidApiVersionParameter
 * "The supported versions are '…'"; the version that was refused, named earlier, is not counted.
 */
export function stableVersionsIn(message: string): string[] {
  const listed = /supported api-versions are '([^']*)'/i.exec(message)?.[1] ?? /supported versions are '([^']*)'/i.exec(message)?.[1] ?? '';
  const versions = new Set(listed.match(/\b\d{4}-\d{2}-\d{2}\b(?!-)/g) ?? []);
  return [...versions].sort().reverse();
}

/**
 * The version to retry with after ARM refused `refused`: the newest stable version its message
 * lists that this action reads (KNOWN_API_VERSIONS), or undefined when there is none. A version
 * ARM lists but the action does not know is skipped: it is newer than the action (shapes
 * unchecked), older than disableLocalAuth, or not a Microsoft.DocumentDB version at all
 * (InvalidApiVersionParameter can list ARM's own api-versions).
 */
export function versionToRetry(message: string, refused: string): string | undefined {
  return stableVersionsIn(message).find((v) => v !== refused && KNOWN_API_VERSIONS.includes(v));
}
