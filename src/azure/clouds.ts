/** The Azure clouds the action knows: where ARM lives, the token audience, the Cosmos DB suffix. */
export interface Cloud {
  readonly name: CloudName;
  readonly armEndpoint: string;
  /** The token `resource` asked of IMDS: exact, with the trailing slash. */
  readonly armResource: string;
  readonly cosmosSuffix: string;
  /** The suffix of the other APIs' hosts: `<account>.mongo.<this>`, `.cassandra.`, `.gremlin.`, `.table.`. */
  readonly cosmosApiSuffix: string;
  /** The token `resource` for the Cosmos DB data plane with Entra ID. */
  readonly cosmosResource: string;
  /** IMDS `compute.azEnvironment` names of this cloud, lowercase. */
  readonly azEnvironments: readonly string[];
  /** The Microsoft.DocumentDB api-version used when the api-version input is empty (basis beside each). */
  readonly defaultApiVersion: string;
  /** Microsoft Entra ID's authority host, with its trailing slash (the federated token exchange; AZURE_AUTHORITY_HOST overrides it). */
  readonly entraAuthority: string;
  /**
   * The cloud's own token exchange audience, which @azure/identity's GitHub Actions credential asks
   * GitHub for (`deriveAudience` in sdk/identity/identity/src/credentials/gitHubActionsCredential.ts,
   * by the authority host). Azure/login asks for api://AzureADTokenExchange in every cloud (its
   * `audience` input's default), and so does this action (the same input): a federated credential
   * made for one does not match a token for the other (AADSTS700212).
   */
  readonly exchangeAudience: string;
}

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';

export const CLOUDS: Readonly<Record<CloudName, Cloud>> = {
  AzureCloud: {
    name: 'AzureCloud',
    armEndpoint: 'https://management.azure.com',
    armResource: 'https://management.azure.com/',
    cosmosSuffix: 'documents.azure.com',
    cosmosApiSuffix: 'cosmos.azure.com',
    cosmosResource: 'https://cosmos.azure.com',
    azEnvironments: ['azurepubliccloud', 'azurecloud'],
    // The default of azure-resourcemanager-cosmos 2.51.0 (GA, May 2025). Newer GA clients default
    // later: @azure/arm-cosmosdb 17.0.0 sends 2026-03-15 (its operations' api-version when none is
    // given; the simulator's real-client test runs it). Kept here: the action reads no field the
    // newer versions add, and if ARM refuses it the run retries once with a version ARM lists.
    defaultApiVersion: '2025-04-15',
    entraAuthority: 'https://login.microsoftonline.com/',
    exchangeAudience: 'api://AzureADTokenExchange',
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    armEndpoint: 'https://management.usgovcloudapi.net',
    armResource: 'https://management.usgovcloudapi.net/',
    cosmosSuffix: 'documents.azure.us',
    cosmosApiSuffix: 'cosmos.azure.us',
    cosmosResource: 'https://cosmos.azure.us',
    azEnvironments: ['azureusgovernmentcloud', 'azureusgovernment'],
    // Azure/azure-cli#30715 (January 2025): usgovvirginia lacked 2024-11-15, its newest being
    // 2024-09-01-preview (the rest of its list is elided). That 2024-08-15 is there is assumed, not
    // shown: versions do not reach the sovereign clouds in date order (#17844, April 2021: usgovvirginia
    // had 2021-04-15 but not 2021-03-15). When ARM refuses it, the run retries once with the newest
    // stable version ARM's answer lists (arm/api-versions.ts), so the guess costs a request, not the run.
    defaultApiVersion: '2024-08-15',
    entraAuthority: 'https://login.microsoftonline.us/',
    exchangeAudience: 'api://AzureADTokenExchangeUSGov',
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    armEndpoint: 'https://management.chinacloudapi.cn',
    armResource: 'https://management.chinacloudapi.cn/',
    cosmosSuffix: 'documents.azure.cn',
    cosmosApiSuffix: 'cosmos.azure.cn',
    cosmosResource: 'https://cosmos.azure.cn',
    azEnvironments: ['azurechinacloud'],
    // No public record of China's versions was found: the US Government's, with the same retry.
    defaultApiVersion: '2024-08-15',
    entraAuthority: 'https://login.chinacloudapi.cn/',
    exchangeAudience: 'api://AzureADTokenExchangeChina',
  },
};

/** Names users write (the CLI's, and IMDS's `azEnvironment`), compared case-insensitively. */
const ALIASES: Readonly<Record<string, CloudName>> = {
  azurecloud: 'AzureCloud',
  azurepubliccloud: 'AzureCloud',
  azureusgovernment: 'AzureUSGovernment',
  azureusgovernmentcloud: 'AzureUSGovernment',
  azurechinacloud: 'AzureChinaCloud',
};

export function findCloud(name: string): Cloud | undefined {
  const canonical = ALIASES[name.toLowerCase()];
  return canonical ? CLOUDS[canonical] : undefined;
}

/** The cloud of an IMDS `compute.azEnvironment` value (compared case-insensitively). */
export function cloudOfAzEnvironment(azEnvironment: string): Cloud | undefined {
  const name = azEnvironment.toLowerCase();
  return Object.values(CLOUDS).find((cloud) => cloud.azEnvironments.includes(name));
}

/**
 * ARM's base URL and token audience in `cloud`: arm-endpoint and arm-resource when given (a custom
 * endpoint's audience defaults to the endpoint itself with a trailing slash), else the cloud's.
 */
export function armOf(
  config: { readonly armEndpoint?: string; readonly armResource?: string },
  cloud: Cloud,
): { endpoint: string; resource: string } {
  return {
    endpoint: config.armEndpoint ?? cloud.armEndpoint,
    resource: config.armResource ?? (config.armEndpoint ? `${config.armEndpoint}/` : cloud.armResource),
  };
}
