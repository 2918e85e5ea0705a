/**
 * Which Microsoft.DocumentDB api-versions the simulated ARM accepts, and what it answers for the
 * others, as ARM does.
 */
import type { State } from './state.ts';

/**
 * Every published Microsoft.DocumentDB api-version: the folder names under
 * specification/cosmos-db/resource-manager/Microsoft.DocumentDB/DocumentDB/stable/ and
 * …/preview/ in Azure/azure-rest-api-specs (as listed by its readme.md tags, 2026).
 */
export const PUBLISHED_STABLE_API_VERSIONS: readonly string[] = [
  '2014-04-01',
  '2015-04-08',
  '2015-11-06',
  '2016-03-19',
  '2016-03-31',
  '2019-08-01',
  '2019-12-12',
  '2020-03-01',
  '2020-04-01',
  '2020-09-01',
  '2021-01-15',
  '2021-03-15',
  '2021-04-15',
  '2021-05-15',
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
  '2026-03-15',
  '2026-07-15',
];

const PUBLISHED_PREVIEW_API_VERSIONS: readonly string[] = [
  '2019-08-01-preview',
  '2020-06-01-preview',
  '2021-03-01-preview',
  '2021-04-01-preview',
  '2021-07-01-preview',
  '2021-10-15-preview',
  '2021-11-15-preview',
  '2022-02-15-preview',
  '2022-05-15-preview',
  '2022-08-15-preview',
  '2022-11-15-preview',
  '2023-03-01-preview',
  '2023-03-15-preview',
  '2023-09-15-preview',
  '2023-11-15-preview',
  '2024-02-15-preview',
  '2024-05-15-preview',
  '2024-09-01-preview',
  '2024-12-01-preview',
  '2025-05-01-preview',
  '2025-11-01-preview',
  '2026-04-01-preview',
];

const PUBLISHED = [...PUBLISHED_STABLE_API_VERSIONS, ...PUBLISHED_PREVIEW_API_VERSIONS].sort();

/** ARM's own api-versions (Microsoft.Resources), which its InvalidApiVersionParameter answer lists in this order (abbreviated here). */
const ARM_OWN_API_VERSIONS =
  '2025-04-01,2025-03-01,2024-11-01,2024-08-01,2024-07-01,2024-03-01,2023-07-01,2022-12-01,2022-09-01,2021-04-01,2021-01-01,2020-10-01,2019-10-01,2019-05-10,2018-05-01,2017-05-10,2016-09-01,2015-11-01,2015-01-01,2014-04-01-preview,2014-04-01,2014-01-01,2013-03-01,2014-02-26,2014-04';

/** Locations of Microsoft.DocumentDB/databaseAccounts in each cloud, as ARM lists them (a few). */
const LOCATIONS: Readonly<Record<State['cloud'], string>> = {
  AzureCloud: 'westeurope, northeurope, eastus, eastus2, westus, westus2, southeastasia, uksouth',
  AzureUSGovernment: 'usgovarizona, usgovtexas, usdodcentral, usdodeast, usgovvirginia',
  AzureChinaCloud: 'chinaeast, chinaeast2, chinaeast3, chinanorth, chinanorth2, chinanorth3',
};

/**
 * ARM's 400 for an api-version databaseAccounts does not have in this cloud, or undefined when
 * it has it. A date-shaped version that is published but not registered here, and one never
 * published at all, get the same NoRegisteredProviderFound answer (as real ARM: e.g. '2021-04-01',
 * never a Microsoft.DocumentDB version, in Azure/azure-sdk-for-net#34109); only an api-version ARM
 * cannot parse gets InvalidApiVersionParameter, listing ARM's own versions.
 */
export function apiVersionRefusal(state: State, apiVersion: string): { code: string; message: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion)) {
    return {
      code: 'InvalidApiVersionParameter',
      message: `The api-version '${apiVersion}' is invalid. The supported versions are '${ARM_OWN_API_VERSIONS}'.`,
    };
  }
  const registered = state.registeredApiVersions ?? PUBLISHED;
  if (registered.includes(apiVersion)) return undefined;
  return {
    code: 'NoRegisteredProviderFound',
    message:
      `No registered resource provider found for location '${state.vm.location}' and API version '${apiVersion}' for type 'databaseAccounts'. ` +
      `The supported api-versions are '${[...registered].sort().join(', ')}'. The supported locations are '${LOCATIONS[state.cloud]}'.`,
  };
}
