/**
 * Hands the results to later steps: step outputs always, environment variables when asked.
 * Everything is computed first and written in one go, so a failure never leaves half a set.
 */
import * as core from '@actions/core';
import type { AccountApi } from '../azure/apis.ts';
import { roundCharge } from '../report/request-charge.ts';
import type { Handout } from './choose.ts';

export interface OutputSet {
  /** Output name → value, in the order they are written. */
  readonly outputs: ReadonlyMap<string, string>;
  /** Variables for GITHUB_ENV when export-variables is true. */
  readonly variables: ReadonlyMap<string, string>;
}

export interface Results {
  readonly endpoint: string;
  /** Undefined with auth entra: no keys are fetched. */
  readonly handout?: Handout;
  readonly account?: AccountApi;
  readonly principalId?: string;
  /** The credential source used (imds, arc, …). */
  readonly identitySource?: string;
  /** The smoke test's time and request charge, when it ran (and passed). */
  readonly smokeTest?: { readonly ms: number; readonly requestCharge: number };
}

export function buildOutputs({ endpoint, handout, account, principalId, identitySource, smokeTest }: Results): OutputSet {
  const outputs = new Map<string, string>([['endpoint', endpoint]]);
  const variables = new Map<string, string>([['COSMOS_ENDPOINT', endpoint]]);
  if (account) {
    outputs.set('api', account.api);
    if (account.apiEndpoint) {
      outputs.set('api-endpoint', account.apiEndpoint);
      variables.set('COSMOS_API_ENDPOINT', account.apiEndpoint);
    }
  }
  if (handout) {
    const { keys, key, connectionString } = handout;
    outputs.set('primary-key', keys.primaryKey);
    outputs.set('secondary-key', keys.secondaryKey);
    if (keys.primaryReadonlyKey) outputs.set('primary-readonly-key', keys.primaryReadonlyKey);
    if (keys.secondaryReadonlyKey) outputs.set('secondary-readonly-key', keys.secondaryReadonlyKey);
    if (connectionString) outputs.set('connection-string', connectionString);
    if (keys.connectionStrings) outputs.set('connection-strings', JSON.stringify(keys.connectionStrings));
    variables.set('COSMOS_KEY', key.value);
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

export function publishOutputs(set: OutputSet, exportVariables: boolean): void {
  for (const [name, value] of set.outputs) core.setOutput(name, value);
  if (exportVariables) {
    for (const [name, value] of set.variables) core.exportVariable(name, value);
  }
}
