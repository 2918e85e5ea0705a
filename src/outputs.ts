/**
 * Hands the results to later steps: step outputs always, environment variables when asked.
 * Everything is computed first and written in one go, so a failure never leaves half a set.
 */
import * as core from '@actions/core';
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

export interface Results {
  /** Undefined with auth entra: no keys are fetched. */
  readonly keys?: KeySet;
  readonly endpoint: string;
  readonly principalId?: string;
  readonly smokeTest?: SmokeTestResult;
}

export function buildOutputs({ keys, endpoint, principalId, smokeTest }: Results): OutputSet {
  const outputs = new Map<string, string>([['endpoint', endpoint]]);
  const variables = new Map<string, string>([['COSMOS_ENDPOINT', endpoint]]);
  if (keys) {
    let connectionString = keys.primaryConnectionString;
    if (!connectionString) {
      connectionString = `AccountEndpoint=${endpoint};AccountKey=${keys.primaryKey};`;
      maskSecret(connectionString);
    }
    outputs.set('primary-key', keys.primaryKey);
    outputs.set('secondary-key', keys.secondaryKey);
    if (keys.primaryReadonlyKey) outputs.set('primary-readonly-key', keys.primaryReadonlyKey);
    if (keys.secondaryReadonlyKey) outputs.set('secondary-readonly-key', keys.secondaryReadonlyKey);
    outputs.set('connection-string', connectionString);
    if (keys.connectionStrings) outputs.set('connection-strings', JSON.stringify(keys.connectionStrings));
    variables.set('COSMOS_KEY', keys.primaryKey);
    variables.set('COSMOS_CONNECTION_STRING', connectionString);
  }
  if (principalId) outputs.set('principal-id', principalId);
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
