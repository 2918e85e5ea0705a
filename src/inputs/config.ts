/**
 * The run's configuration: every input, validated (see read-inputs.ts). Its shape carries the rules:
 * keys need an account; keyless (Entra ID) takes either an account (its endpoint read from ARM)
 * or the endpoint itself (then ARM is not called at all).
 */
import type { Cloud } from '../azure/clouds.ts';
import type { KeyChoice, Operation } from '../azure/keys.ts';

/** Where the run's Azure identity can come from (identity-source; credentials/ has one file a source, chosen by choose.ts). */
export const SOURCES = ['imds', 'arc', 'app-service', 'workload-identity', 'github-oidc'] as const;
export type SourceName = (typeof SOURCES)[number];

/**
 * The sources that exchange a federated token at Entra ID for an app or user-assigned identity,
 * named by its client ID in a tenant (tenant-id is theirs); the others are a machine's managed identity.
 */
export function isFederated(source: SourceName): boolean {
  return source === 'workload-identity' || source === 'github-oidc';
}

/** Which user-assigned managed identity to use, and how IMDS is told (its query parameter name). */
export interface UserAssignedIdentity {
  readonly input: 'client-id' | 'object-id' | 'identity-resource-id';
  readonly param: 'client_id' | 'object_id' | 'msi_res_id';
  readonly value: string;
}

/** The account, with subscription and group left undefined when IMDS should supply them. */
export interface AccountTarget {
  readonly accountName: string;
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
}

/** What the smoke test reads (and writes), when it is on. */
export interface SmokeTestConfig {
  readonly database?: string;
  readonly container?: string;
  readonly query: string;
  /** The query input was given (not the default): only the NoSQL smoke test runs queries. */
  readonly queryGiven: boolean;
  readonly write: boolean;
}

export interface CommonConfig {
  /** identity-source: where the run's Azure identity comes from; auto picks by the environment (credentials/choose.ts). */
  readonly identitySource: SourceName | 'auto';
  readonly userAssigned?: UserAssignedIdentity;
  /**
   * tenant-id: the Entra tenant of the federated token exchange (workload-identity, github-oidc); with every source, a guard
   * on the token's tenant (credentials/session.ts). With auto, it picks github-oidc only where the job can get an OIDC token.
   */
  readonly tenantId?: string;
  /** audience: the audience of GitHub's OIDC token (github-oidc), api://AzureADTokenExchange by default. */
  readonly audience: string;
  /** `auto`: the VM's own cloud, from instance metadata. */
  readonly cloud: Cloud | 'auto';
  /** arm-endpoint and arm-resource when given; otherwise the cloud's. */
  readonly armEndpoint?: string;
  readonly armResource?: string;
  /** Only with arm-endpoint: where the account's own API answers, in place of the cloud's host for it. */
  readonly apiEndpoint?: string;
  /** The api-version input; undefined: the cloud's default, which may be negotiated down. */
  readonly apiVersion?: string;
  readonly exportVariables: boolean;
  readonly timeoutSeconds: number;
  /** wait-for-access: how long to wait out a refusal that a role not yet in effect explains; 0 for not at all. */
  readonly waitForAccessSeconds: number;
  /** Undefined when the smoke test is off. */
  readonly smokeTest?: SmokeTestConfig;
}

/** auth: keys: fetch the account keys from ARM with `operation`. */
interface KeysConfig extends CommonConfig {
  readonly auth: 'keys';
  readonly target: AccountTarget;
  readonly endpoint?: undefined;
  readonly operation: Operation;
  /** key: which of the two keys is handed out. */
  readonly key: KeyChoice;
}

/** auth: entra, endpoint read from ARM's account read. */
interface EntraAccountConfig extends CommonConfig {
  readonly auth: 'entra';
  readonly target: AccountTarget;
  readonly endpoint?: undefined;
}

/** auth: entra with the endpoint input: ARM is never called (an account, if given, names it in advice). */
interface EntraEndpointConfig extends CommonConfig {
  readonly auth: 'entra';
  readonly target?: AccountTarget;
  readonly endpoint: string;
}

export type Config = KeysConfig | EntraAccountConfig | EntraEndpointConfig;
export type Auth = Config['auth'];

/** What the run asks ARM for and hands out: the key operation and which key; undefined when keyless (auth entra). */
export function keyRequest(config: Config): { readonly operation: Operation; readonly key: KeyChoice } | undefined {
  return config.auth === 'keys' ? { operation: config.operation, key: config.key } : undefined;
}

/** The account the run finds through ARM; undefined with the endpoint input (then ARM is not called). */
export function armTarget(config: Config): AccountTarget | undefined {
  return config.endpoint === undefined ? config.target : undefined;
}
