/**
 * Hands the results to later steps: step outputs always, environment variables when asked.
 * Everything is computed first and written in one go, so a failure never leaves half a set.
 */
import * as core from '@actions/core';
import type { Api } from './account-apis.ts';
import { buildConnectionString, primaryConnectionStringFor, secretsIn } from './connection-strings.ts';
import type { KeySet } from './keys.ts';
import { maskSecret } from './masking.ts';
import { roundCharge } from './request-charge.ts';
import type { SmokeTestResult } from './smoke-test.ts';

export interface OutputSet {
  /** Output name → value, in the order they are written. */
  readonly outputs: ReadonlyMap<string, string>;
  /** Variables for GITHUB_ENV when export-variables is true. */
  readonly variables: ReadonlyMap<string, string>;
}

/** Which API the account speaks and where, when ARM was asked (not with the endpoint input). */
export interface AccountApi {
  readonly api: Api;
  readonly accountName: string;
  /** The API's own endpoint; empty for NoSQL. */
  readonly apiEndpoint: string;
}

export interface Results {
  /** Undefined with auth entra: no keys are fetched. */
  readonly keys?: KeySet;
  readonly endpoint: string;
  readonly account?: AccountApi;
  readonly principalId?: string;
  /** The credential source used (imds, arc, …). */
  readonly identitySource?: string;
  readonly smokeTest?: SmokeTestResult;
}

export function buildOutputs({ keys, endpoint, account, principalId, identitySource, smokeTest }: Results): OutputSet {
  const outputs = new Map<string, string>([['endpoint', endpoint]]);
  const variables = new Map<string, string>([['COSMOS_ENDPOINT', endpoint]]);
  if (account) {
    outputs.set('api', account.api);
    if (account.apiEndpoint) {
      outputs.set('api-endpoint', account.apiEndpoint);
      variables.set('COSMOS_API_ENDPOINT', account.apiEndpoint);
    }
  }
  if (keys) {
    const connectionString = primaryConnectionString(keys, endpoint, account);
    outputs.set('primary-key', keys.primaryKey);
    outputs.set('secondary-key', keys.secondaryKey);
    if (keys.primaryReadonlyKey) outputs.set('primary-readonly-key', keys.primaryReadonlyKey);
    if (keys.secondaryReadonlyKey) outputs.set('secondary-readonly-key', keys.secondaryReadonlyKey);
    if (connectionString) outputs.set('connection-string', connectionString);
    if (keys.connectionStrings) outputs.set('connection-strings', JSON.stringify(keys.connectionStrings));
    variables.set('COSMOS_KEY', keys.primaryKey);
    if (connectionString) variables.set('COSMOS_CONNECTION_STRING', connectionString);
  }
  if (principalId) outputs.set('principal-id', principalId);
  if (identitySource) outputs.set('identity-source', identitySource);
  outputs.set('smoke-test', smokeTest ? 'passed' : 'skipped');
  if (smokeTest) {
    outputs.set('smoke-test-duration-ms', String(Math.round(smokeTest.ms)));
    outputs.set('smoke-test-request-charge', String(roundCharge(smokeTest.requestCharge)));
  }
  return { outputs, variables };
}

/**
 * The primary connection string of the account's own API: the one ARM returned for it
 * (listConnectionStrings), else built from the primary key in that API's format, masked with
 * its parts; none for Cassandra and Gremlin.
 */
function primaryConnectionString(keys: KeySet, endpoint: string, account: AccountApi | undefined): string | undefined {
  const api = account?.api ?? 'sql';
  const returned = keys.connectionStrings && primaryConnectionStringFor(api, keys.connectionStrings);
  if (returned) return returned;
  const built = buildConnectionString(api, {
    accountName: account?.accountName ?? '',
    key: keys.primaryKey,
    endpoint,
    apiEndpoint: account?.apiEndpoint ?? '',
  });
  if (built) for (const secret of secretsIn(built)) maskSecret(secret);
  return built;
}

export function publishOutputs(set: OutputSet, exportVariables: boolean): void {
  for (const [name, value] of set.outputs) core.setOutput(name, value);
  if (exportVariables) {
    for (const [name, value] of set.variables) core.exportVariable(name, value);
  }
}
