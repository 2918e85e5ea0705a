/**
 * What the simulated Azure knows: a VM with its identities, subscriptions, resource groups,
 * Cosmos DB accounts with keys, and role assignments. Tests change it freely.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { PrincipalBuckets } from './throttle.ts';

export interface Identity {
  readonly principalId: string;
  readonly clientId: string;
  /** ARM resource ID; user-assigned identities only. */
  readonly resourceId?: string;
}

/** The API an account speaks, as the action's `api` output names it. */
export type AccountApi = 'sql' | 'mongodb' | 'cassandra' | 'gremlin' | 'table';

export interface Account {
  readonly name: string;
  readonly api: AccountApi;
  /** API for MongoDB: apiProperties.serverVersion. */
  serverVersion?: string;
  documentEndpoint: string;
  /** Its IP firewall does not let the runner in (the MongoDB and Table data planes refuse it). */
  firewallBlocked: boolean;
  /** Where the account's own API answers (the form of the action's api-endpoint output); empty for NoSQL. */
  apiEndpoint: string;
  /** Connection strings listConnectionStrings returns besides the account's own (tests add odd ones). */
  extraConnectionStrings: object[];
  disableLocalAuth: boolean;
  primaryMasterKey: string;
  secondaryMasterKey: string;
  primaryReadonlyMasterKey: string;
  secondaryReadonlyMasterKey: string;
}

interface RoleAssignment {
  readonly principalId: string;
  readonly role: string;
  /** An ARM ID prefix: a subscription, resource group or resource. */
  readonly scope: string;
}

/** A Cosmos DB data-plane (SQL) role assignment: the built-in Data Reader (…0001) or Contributor (…0002). */
export interface DataPlaneAssignment {
  readonly principalId: string;
  readonly roleDefinitionId: '00000000-0000-0000-0000-000000000001' | '00000000-0000-0000-0000-000000000002';
  readonly accountName: string;
}

/** A federated identity credential: the issuer, subject and audiences of the tokens an app or identity trusts. */
interface FederatedCredential {
  readonly name: string;
  readonly issuer: string;
  readonly subject: string;
  readonly audiences: readonly string[];
}

/** An app registration or user-assigned identity, as Entra ID's token endpoint knows it. */
interface EntraApp {
  readonly clientId: string;
  /** Its service principal's object ID: the `oid` of its tokens. */
  readonly principalId: string;
  readonly displayName: string;
  federatedCredentials: FederatedCredential[];
}

export interface State {
  /** Which cloud's ARM audiences the tokens and ARM accept. */
  cloud: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';
  vm: {
    name: string;
    location: string;
    subscriptionId: string;
    resourceGroupName: string;
    azEnvironment: string;
    systemIdentity?: Identity;
    userIdentities: Identity[];
  };
  /** subscription ID → resource group name → account name → account. */
  subscriptions: Map<string, Map<string, Map<string, Account>>>;
  assignments: RoleAssignment[];
  /** Data-plane roles, for Entra ID tokens on the data plane. */
  dataPlaneAssignments: DataPlaneAssignment[];
  /** Set to act as an Azure Arc agent: token requests are challenged with a key file in this folder. */
  arc?: { readonly tokensDir: string };
  /** Lifetime of issued tokens, in seconds. */
  tokenLifetimeSeconds: number;
  /** Microsoft.DocumentDB api-versions registered in this cloud (stable and preview); undefined: every published one. */
  registeredApiVersions?: readonly string[];
  /**
   * Microsoft Entra ID: the tenant and the apps and identities that accept federated tokens. Their
   * federated credentials name the simulator's own issuers, so the simulator adds them once it listens.
   */
  entra: { tenantId: string; apps: EntraApp[] };
  /**
   * ARM's throttling of key operations (listKeys, readonlykeys, listConnectionStrings): a token
   * bucket per principal; undefined: none (the seed).
   */
  keyThrottle?: PrincipalBuckets;
  /** The GitHub workflow run whose OIDC tokens the simulated token service issues (environment: the job's, if any). */
  github: { repository: string; ref: string; environment?: string };
}

/** Role name → [actions, notActions] (ARM wildcards). */
const ROLE_DEFINITIONS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  'Cosmos DB Account Reader Role': [['Microsoft.DocumentDB/*/read', 'Microsoft.DocumentDB/databaseAccounts/readonlykeys/action'], []],
  'DocumentDB Account Contributor': [['Microsoft.DocumentDB/databaseAccounts/*'], []],
  'Cosmos DB Operator': [
    ['Microsoft.DocumentDB/databaseAccounts/*'],
    [
      'Microsoft.DocumentDB/databaseAccounts/readonlyKeys/*',
      'Microsoft.DocumentDB/databaseAccounts/regenerateKey/*',
      'Microsoft.DocumentDB/databaseAccounts/listKeys/*',
      'Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/*',
    ],
  ],
};

export const ARM_AUDIENCES: Readonly<Record<State['cloud'], readonly string[]>> = {
  AzureCloud: ['https://management.azure.com/', 'https://management.core.windows.net/'],
  AzureUSGovernment: ['https://management.usgovcloudapi.net/', 'https://management.core.usgovcloudapi.net/'],
  AzureChinaCloud: ['https://management.chinacloudapi.cn/', 'https://management.core.chinacloudapi.cn/'],
};

export const COSMOS_AUDIENCES: Readonly<Record<State['cloud'], string>> = {
  AzureCloud: 'https://cosmos.azure.com',
  AzureUSGovernment: 'https://cosmos.azure.us',
  AzureChinaCloud: 'https://cosmos.azure.cn',
};

export const DATA_READER = '00000000-0000-0000-0000-000000000001';
export const DATA_CONTRIBUTOR = '00000000-0000-0000-0000-000000000002';

function newKey(): string {
  return randomBytes(64).toString('base64');
}

/** Where each API answers in Azure's public cloud. */
function apiEndpointOf(api: AccountApi, name: string): string {
  switch (api) {
    case 'sql':
      return '';
    case 'mongodb':
      return `${name}.mongo.cosmos.azure.com:10255`;
    case 'cassandra':
      return `${name}.cassandra.cosmos.azure.com:10350`;
    case 'gremlin':
      return `wss://${name}.gremlin.cosmos.azure.com:443/`;
    case 'table':
      return `https://${name}.table.cosmos.azure.com:443/`;
  }
}

function newAccount(name: string, api: AccountApi = 'sql'): Account {
  return {
    name,
    api,
    serverVersion: api === 'mongodb' ? '4.2' : undefined,
    documentEndpoint: `https://${name}.documents.azure.com:443/`,
    firewallBlocked: false,
    apiEndpoint: apiEndpointOf(api, name),
    extraConnectionStrings: [],
    disableLocalAuth: false,
    primaryMasterKey: newKey(),
    secondaryMasterKey: newKey(),
    primaryReadonlyMasterKey: newKey(),
    secondaryReadonlyMasterKey: newKey(),
  };
}

export const SEED = {
  subscriptionId: '3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f',
  resourceGroup: 'rg-runners',
  account: 'contoso-cosmos',
  keylessAccount: 'contoso-keyless',
  /** An account of each other API, name → API. */
  apiAccounts: { 'contoso-mongo': 'mongodb', 'contoso-cassandra': 'cassandra', 'contoso-gremlin': 'gremlin', 'contoso-table': 'table' },
  userIdentityName: 'id-deployer',
  /** The app registration GitHub's OIDC tokens are exchanged for; the repository and the runner pod's service account. */
  githubApp: 'gh-cosmos-reader',
  githubRepository: 'contoso/deploy',
  serviceAccount: { namespace: 'arc-runners', name: 'arc-runner' },
} as const satisfies { apiAccounts: Record<string, AccountApi> } & Record<string, unknown>;

export function accountId(subscriptionId: string, group: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${group}/providers/Microsoft.DocumentDB/databaseAccounts/${name}`;
}

/**
 * The seed: runner VM `gh-runner-01` in `rg-runners` with a system-assigned identity that
 * holds Cosmos DB Account Reader Role and Cosmos DB Built-in Data Reader on `contoso-cosmos`, and a user-assigned identity
 * `id-deployer` that holds DocumentDB Account Contributor on the whole resource group.
 */
export function seedState(): State {
  const { subscriptionId, resourceGroup } = SEED;
  const system: Identity = { principalId: randomUUID(), clientId: randomUUID() };
  const deployer: Identity = {
    principalId: randomUUID(),
    clientId: randomUUID(),
    resourceId: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${SEED.userIdentityName}`,
  };
  const githubApp: EntraApp = { clientId: randomUUID(), principalId: randomUUID(), displayName: SEED.githubApp, federatedCredentials: [] };
  const keyless = newAccount(SEED.keylessAccount);
  keyless.disableLocalAuth = true;
  const accounts = new Map([
    [SEED.account, newAccount(SEED.account)],
    [SEED.keylessAccount, keyless],
    ...Object.entries(SEED.apiAccounts).map(([name, api]): [string, Account] => [name, newAccount(name, api)]),
  ]);
  return {
    cloud: 'AzureCloud',
    vm: {
      name: 'gh-runner-01',
      location: 'westeurope',
      subscriptionId,
      resourceGroupName: resourceGroup,
      azEnvironment: 'AzurePublicCloud',
      systemIdentity: system,
      userIdentities: [deployer],
    },
    subscriptions: new Map([[subscriptionId, new Map([[resourceGroup, accounts]])]]),
    assignments: [
      {
        principalId: system.principalId,
        role: 'Cosmos DB Account Reader Role',
        scope: accountId(subscriptionId, resourceGroup, SEED.account),
      },
      {
        principalId: deployer.principalId,
        role: 'DocumentDB Account Contributor',
        scope: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`,
      },
      {
        principalId: githubApp.principalId,
        role: 'Cosmos DB Account Reader Role',
        scope: accountId(subscriptionId, resourceGroup, SEED.account),
      },
    ],
    dataPlaneAssignments: [{ principalId: system.principalId, roleDefinitionId: DATA_READER, accountName: SEED.account }],
    arc: undefined,
    tokenLifetimeSeconds: 86_399,
    registeredApiVersions: undefined,
    // The deployer identity trusts the runner pod's service account; the app, GitHub's tokens for the repository's main branch.
    entra: {
      tenantId: randomUUID(),
      apps: [
        { clientId: deployer.clientId, principalId: deployer.principalId, displayName: SEED.userIdentityName, federatedCredentials: [] },
        githubApp,
      ],
    },
    github: { repository: SEED.githubRepository, ref: 'refs/heads/main' },
    keyThrottle: undefined,
  };
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** Whether `principalId` may perform `action` on `resourceId`, by the role assignments. */
export function isAllowed(state: State, principalId: string, action: string, resourceId: string): boolean {
  const target = resourceId.toLowerCase();
  return state.assignments.some((assignment) => {
    const scope = assignment.scope.toLowerCase();
    if (assignment.principalId !== principalId || (target !== scope && !target.startsWith(`${scope}/`))) return false;
    const definition = ROLE_DEFINITIONS[assignment.role];
    if (!definition) return false;
    const [actions, notActions] = definition;
    return actions.some((a) => wildcard(a).test(action)) && !notActions.some((a) => wildcard(a).test(action));
  });
}

/** The same VM, in Azure US Government: its tokens and ARM audiences are that cloud's. */
export function usGovernment(state: State): State {
  state.cloud = 'AzureUSGovernment';
  state.vm.azEnvironment = 'AzureUSGovernmentCloud';
  state.vm.location = 'usgovvirginia';
  return state;
}
