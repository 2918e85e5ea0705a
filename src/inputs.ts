/** Reads and validates every input before any network call; each error names its input. */
import * as core from '@actions/core';
import { CLOUDS, findCloud, type Cloud } from './clouds.ts';
import { InputError, quote } from './errors.ts';

/** The smoke test's default query: cheap, never a full-scan COUNT. */
export const DEFAULT_QUERY = 'SELECT TOP 1 VALUE c.id FROM c';

export type Operation = 'readonlykeys' | 'listKeys' | 'listConnectionStrings';
const OPERATIONS: readonly Operation[] = ['readonlykeys', 'listKeys', 'listConnectionStrings'];

/** How IMDS is told which user-assigned identity to use (its query parameter name). */
export interface IdentitySelector {
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

export interface SmokeTestConfig {
  readonly database?: string;
  readonly container?: string;
  readonly query: string;
  readonly write: boolean;
}

export type Auth = 'keys' | 'entra';

export interface Config {
  /** `keys`: fetch account keys from ARM; `entra`: no keys, Entra ID tokens for the data plane. */
  readonly auth: Auth;
  /** The account; undefined only with auth entra and an endpoint given (then ARM is not called). */
  readonly target?: AccountTarget;
  /** auth entra: the account's endpoint, given directly. */
  readonly endpoint?: string;
  readonly operation: Operation;
  readonly identity?: IdentitySelector;
  /** `auto`: the VM's own cloud, from instance metadata. */
  readonly cloud: Cloud | 'auto';
  /** arm-endpoint and arm-resource when given; otherwise the cloud's. */
  readonly armEndpoint?: string;
  readonly armResource?: string;
  readonly apiVersion: string;
  readonly exportVariables: boolean;
  readonly timeoutSeconds: number;
  /** Undefined when the smoke test is off. */
  readonly smokeTest?: SmokeTestConfig;
}

export const DEFAULT_API_VERSION = '2025-04-15';
export const DEFAULT_TIMEOUT_SECONDS = 90;
const MAX_TIMEOUT_SECONDS = 3600;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RESOURCE_GROUP = /^[A-Za-z0-9_.()-]{1,90}$/;
const IDENTITY_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/;
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;
const ACCOUNT_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)$/i;
const IDENTITY_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/([^/]+)$/i;

export function checkAccountName(input: string, value: string): string {
  if (value.length < 3 || value.length > 50 || !ACCOUNT.test(value)) {
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

function parseIdentity(): IdentitySelector | undefined {
  const given = (
    [
      ['client-id', 'client_id'],
      ['object-id', 'object_id'],
      ['identity-resource-id', 'msi_res_id'],
    ] as const
  )
    .map(([input, param]) => ({ input, param, value: core.getInput(input) }))
    .filter((selector) => selector.value !== '');
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

function parseOperation(value: string): Operation {
  const operation = OPERATIONS.find((op) => op.toLowerCase() === value.toLowerCase());
  if (!operation) {
    throw new InputError('operation', `${quote(value)} is not one of ${OPERATIONS.join(', ')}.`);
  }
  return operation;
}

function parseCloud(value: string): Cloud | 'auto' {
  if (value.toLowerCase() === 'auto') return 'auto';
  const cloud = findCloud(value);
  if (!cloud) {
    throw new InputError('cloud', `${quote(value)} is not one of auto, ${Object.keys(CLOUDS).join(', ')}.`);
  }
  return cloud;
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A base URL for ARM: https (http only to loopback), no credentials, query or fragment. */
export function checkBaseUrl(input: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, 'is not a URL.');
  }
  // Never echo the URL itself: it may hold credentials.
  if (url.username || url.password) throw new InputError(input, 'must not contain credentials.');
  const shown = quote(`${url.protocol}//${url.host}`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new InputError(input, `${shown} must use https (plain http is allowed only to a loopback address).`);
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new InputError(input, 'must not have a query or fragment.');
  }
  return url.href.replace(/\/+$/, '');
}

function parseBoolean(input: string, fallback: boolean): boolean {
  if (core.getInput(input) === '') return fallback;
  try {
    return core.getBooleanInput(input);
  } catch {
    throw new InputError(input, `${quote(core.getInput(input))} is not true or false.`);
  }
}

function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (value === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new InputError('timeout-seconds', `${quote(value)} is not a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}.`);
  }
  return seconds;
}

function parseTarget(optional: boolean): AccountTarget | undefined {
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
  if (!accountName) {
    if (optional && !subscriptionId && !resourceGroup) return undefined;
    throw new InputError('account-name', 'required (or give account-resource-id).');
  }
  return {
    accountName: checkAccountName('account-name', accountName),
    subscriptionId: subscriptionId ? checkSubscriptionId('subscription-id', subscriptionId) : undefined,
    resourceGroup: resourceGroup ? checkResourceGroup('resource-group', resourceGroup) : undefined,
  };
}

/** A database or container ID: 1 to 255 characters, none of / \\ # ?, no trailing space. */
function checkCosmosId(input: string, value: string): string {
  if (value.length > 255 || /[/\\#?]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32) || value.endsWith(' ')) {
    throw new InputError(input, `${quote(value)} is not a Cosmos DB ID: up to 255 characters, without / \\ # ? or control characters.`);
  }
  return value;
}

function parseAuth(value: string): Auth {
  const auth = (['keys', 'entra'] as const).find((a) => a === value.toLowerCase());
  if (!auth) throw new InputError('auth', `${quote(value)} is not keys or entra.`);
  return auth;
}

/** A Cosmos DB account endpoint (auth entra): an https URL (http only to loopback), normalised with a trailing slash. */
function checkEndpoint(value: string): string {
  const base = checkBaseUrl('endpoint', value);
  if (new URL(base).pathname !== '/') throw new InputError('endpoint', 'must be the account endpoint, without a path.');
  return `${base}/`;
}

function parseSmokeTest(operation: Operation, auth: Auth): SmokeTestConfig | undefined {
  const enabled = parseBoolean('smoke-test', false);
  const write = parseBoolean('smoke-test-write', false);
  const database = core.getInput('database');
  const container = core.getInput('container');
  const query = core.getInput('query');
  if (!enabled) {
    const stray = (
      [
        ['smoke-test-write', write],
        ['database', database],
        ['container', container],
        ['query', query],
      ] as const
    ).find(([, value]) => value);
    if (stray) throw new InputError(stray[0], 'is used only by the smoke test: set smoke-test: true.');
    return undefined;
  }
  if (container && !database) throw new InputError('container', 'needs the database input too.');
  if (query && !container) throw new InputError('query', 'runs in a container: give database and container too.');
  if (query && !/^\s*SELECT\b/i.test(query)) throw new InputError('query', 'must be a read-only SQL query starting with SELECT.');
  if (write && auth === 'keys' && operation === 'readonlykeys') {
    throw new InputError(
      'smoke-test-write',
      'needs a read-write key, but operation readonlykeys returns read-only keys: use listKeys or listConnectionStrings.',
    );
  }
  if (write && !container) throw new InputError('smoke-test-write', 'writes a marker item into a container: give database and container.');
  return {
    database: database ? checkCosmosId('database', database) : undefined,
    container: container ? checkCosmosId('container', container) : undefined,
    query: query || DEFAULT_QUERY,
    write,
  };
}

/** Every input, validated. Throws an InputError naming the first bad one. */
export function readInputs(): Config {
  const auth = parseAuth(core.getInput('auth') || 'keys');
  const endpointInput = core.getInput('endpoint');
  if (endpointInput && auth !== 'entra') {
    throw new InputError('endpoint', 'is for auth: entra (with keys, the endpoint comes from ARM with the keys).');
  }
  const endpoint = endpointInput ? checkEndpoint(endpointInput) : undefined;
  const target = parseTarget(endpoint !== undefined);
  const operation = parseOperation(core.getInput('operation') || 'readonlykeys');
  const identity = parseIdentity();
  const cloud = parseCloud(core.getInput('cloud') || 'AzureCloud');
  const armInput = core.getInput('arm-endpoint');
  const armEndpoint = armInput ? checkBaseUrl('arm-endpoint', armInput) : undefined;
  const resourceInput = core.getInput('arm-resource');
  const armResource = resourceInput ? `${checkBaseUrl('arm-resource', resourceInput)}/` : undefined;
  const apiVersion = core.getInput('api-version') || DEFAULT_API_VERSION;
  if (!API_VERSION.test(apiVersion)) {
    throw new InputError('api-version', `${quote(apiVersion)} is not an ARM api-version such as ${DEFAULT_API_VERSION}.`);
  }
  return {
    auth,
    target,
    endpoint,
    operation,
    identity,
    cloud,
    armEndpoint,
    armResource,
    apiVersion,
    exportVariables: parseBoolean('export-variables', false),
    timeoutSeconds: parseTimeout(core.getInput('timeout-seconds') || String(DEFAULT_TIMEOUT_SECONDS)),
    smokeTest: parseSmokeTest(operation, auth),
  };
}

/**
 * ARM's base URL and token audience in `cloud`: arm-endpoint and arm-resource when given (a custom
 * endpoint's audience defaults to the endpoint itself with a trailing slash), else the cloud's.
 */
export function armOf(config: Pick<Config, 'armEndpoint' | 'armResource'>, cloud: Cloud): { endpoint: string; resource: string } {
  return {
    endpoint: config.armEndpoint ?? cloud.armEndpoint,
    resource: config.armResource ?? (config.armEndpoint ? `${config.armEndpoint}/` : cloud.armResource),
  };
}
