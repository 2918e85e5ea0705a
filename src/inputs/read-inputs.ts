/** Reads and validates every input before any network call; each error names its input. */
import * as core from '@actions/core';
import { parseOptionalTarget, parseTarget } from './account.ts';
import { CLOUDS, findCloud, type Cloud } from '../azure/clouds.ts';
import { type Auth, type CommonConfig, type Config } from './config.ts';
import { KEY_CHOICES, OPERATIONS, type KeyChoice, type Operation } from '../azure/keys.ts';
import { endpointProblem, expectedEndpoint } from '../azure/account-endpoint.ts';
import { InputError, quote } from '../report/errors.ts';
import { parseAudience, parseIdentity, parseIdentitySource, parseTenantId } from './identity.ts';
import { parseBoolean, parseChoice, parseSeconds } from './values.ts';
import { parseSmokeTest } from './smoke-test.ts';
import { checkApiEndpoint, checkBaseUrl, checkEndpoint } from './urls.ts';

const DEFAULT_TIMEOUT_SECONDS = 90;
const MAX_TIMEOUT_SECONDS = 3600;
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

function parseCloud(value: string): Cloud | 'auto' {
  if (value.toLowerCase() === 'auto') return 'auto';
  const cloud = findCloud(value);
  if (!cloud) throw new InputError('cloud', `${quote(value)} is not one of auto, ${Object.keys(CLOUDS).join(', ')}.`);
  return cloud;
}

/** The api-version input, or undefined when empty (then the cloud's default, see azure/clouds.ts). */
function parseApiVersion(value: string): string | undefined {
  if (value === '') return undefined;
  if (!API_VERSION.test(value)) {
    throw new InputError('api-version', `${quote(value)} is not an ARM api-version such as ${CLOUDS.AzureCloud.defaultApiVersion}.`);
  }
  return value;
}

/** Every input, validated. Throws an InputError naming the first bad one. */
export function readInputs(): Config {
  const auth = parseChoice('auth', core.getInput('auth') || 'keys', ['keys', 'entra'] as const);
  const endpointInput = core.getInput('endpoint');
  if (endpointInput) {
    if (auth !== 'entra') throw new InputError('endpoint', 'is for auth: entra (with keys, the endpoint comes from ARM with the keys).');
    const endpoint = checkEndpoint(endpointInput);
    const target = parseOptionalTarget();
    const { common } = readCommon(auth);
    // With cloud: auto the cloud is known only from instance metadata: then the run checks it.
    if (common.cloud !== 'auto') {
      const rules = { cloud: common.cloud, accountName: target?.accountName, customArm: common.armEndpoint !== undefined };
      const problem = endpointProblem(endpoint, rules);
      if (problem)
        throw new InputError(
          'endpoint',
          `${quote(endpointInput)} is not a Cosmos DB endpoint in ${common.cloud.name} (${expectedEndpoint(rules)}): ${problem}.`,
        );
    }
    return { ...common, auth, endpoint, target };
  }
  const target = parseTarget();
  const { common, operation, key } = readCommon(auth);
  return auth === 'keys' ? { ...common, auth, target, operation, key } : { ...common, auth, target };
}

/** The inputs every kind of run reads (operation and key too: validated always, used with auth keys). */
function readCommon(auth: Auth): { common: CommonConfig; operation: Operation; key: KeyChoice } {
  const operation = parseChoice('operation', core.getInput('operation') || 'readonlykeys', OPERATIONS);
  const key = parseChoice('key', core.getInput('key') || 'primary', KEY_CHOICES);
  if (auth === 'entra' && key !== 'primary')
    throw new InputError('key', 'chooses a key to hand out, but auth: entra fetches no keys: remove it.');
  const armInput = core.getInput('arm-endpoint');
  const resourceInput = core.getInput('arm-resource');
  const apiEndpointInput = core.getInput('api-endpoint');
  if (apiEndpointInput && !armInput) {
    throw new InputError(
      'api-endpoint',
      "is only for a custom arm-endpoint; in Azure's clouds the API endpoint follows from the account and the cloud.",
    );
  }
  const common: CommonConfig = {
    identitySource: parseIdentitySource(),
    userAssigned: parseIdentity(),
    tenantId: parseTenantId(),
    audience: parseAudience(),
    cloud: parseCloud(core.getInput('cloud') || 'AzureCloud'),
    armEndpoint: armInput ? checkBaseUrl('arm-endpoint', armInput) : undefined,
    armResource: resourceInput ? `${checkBaseUrl('arm-resource', resourceInput)}/` : undefined,
    apiEndpoint: apiEndpointInput ? checkApiEndpoint(apiEndpointInput) : undefined,
    apiVersion: parseApiVersion(core.getInput('api-version')),
    exportVariables: parseBoolean('export-variables', false),
    timeoutSeconds: parseSeconds(
      'timeout-seconds',
      core.getInput('timeout-seconds') || String(DEFAULT_TIMEOUT_SECONDS),
      MAX_TIMEOUT_SECONDS,
    ),
    waitForAccessSeconds: parseSeconds('wait-for-access', core.getInput('wait-for-access') || '0', MAX_TIMEOUT_SECONDS, true),
    smokeTest: parseSmokeTest(auth, operation),
  };
  return { common, operation, key };
}
