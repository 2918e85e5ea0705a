/**
 * Hostile input: every row must fail before any network call (the simulator sees no request),
 * with an error naming the input, and nothing in the input may become a workflow command.
 */
import { describe, expect, it } from '@jest/globals';
import { SEED, type Simulator } from '../simulator/index.ts';
import { act, errorLine, useSimulator } from './helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const GUID = SEED.subscriptionId;
const ID = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct`;
const UAI = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-x`;
const OK = { 'account-name': SEED.account };

/** [input named in the error, inputs]. */
const rows: Array<[string, Record<string, string>]> = [
  ['account-name', { 'account-name': '../../subscriptions' }],
  ['account-name', { 'account-name': 'acct/../other' }],
  ['account-name', { 'account-name': 'acct?api-version=1' }],
  ['account-name', { 'account-name': 'acct#frag' }],
  ['account-name', { 'account-name': 'acct%2Fother' }],
  ['account-name', { 'account-name': 'my acct' }],
  ['account-name', { 'account-name': 'acct\nother' }],
  ['account-name', { 'account-name': 'ассt' }], // Cyrillic а and с
  ['account-name', { 'account-name': 'acct\u200b' }], // zero-width space
  ['account-name', { 'account-name': 'ACCT' }],
  ['resource-group', { ...OK, 'resource-group': '../rg' }],
  ['resource-group', { ...OK, 'resource-group': 'rg?x=1' }],
  ['resource-group', { ...OK, 'resource-group': 'rg#x' }],
  ['resource-group', { ...OK, 'resource-group': 'rg%2Fx' }],
  ['resource-group', { ...OK, 'resource-group': 'rg x' }],
  ['resource-group', { ...OK, 'resource-group': 'rg\n::set-output name=primary-key::x' }],
  ['resource-group', { ...OK, 'resource-group': 'rg-ｆｕｌｌｗｉｄｔｈ' }],
  ['resource-group', { ...OK, 'resource-group': 'rg.' }],
  ['subscription-id', { ...OK, 'subscription-id': '../' + GUID }],
  ['subscription-id', { ...OK, 'subscription-id': GUID.replace(/-/g, '') }],
  ['subscription-id', { ...OK, 'subscription-id': `{${GUID}}` }],
  ['subscription-id', { ...OK, 'subscription-id': `${GUID}-00` }],
  ['subscription-id', { ...OK, 'subscription-id': GUID.replace('3', '３') }],
  ['client-id', { ...OK, 'client-id': 'abc' }],
  ['object-id', { ...OK, 'object-id': `${GUID}?x` }],
  ['account-resource-id', { 'account-resource-id': ID.replace('Microsoft.DocumentDB', 'Microsoft.Storage') }],
  ['account-resource-id', { 'account-resource-id': `${ID}/sqlDatabases/db` }],
  ['account-resource-id', { 'account-resource-id': ID.replace('/acct', '/ACCT') }],
  ['account-resource-id', { 'account-resource-id': `${ID}?api-version=x` }],
  ['identity-resource-id', { ...OK, 'identity-resource-id': UAI.replace('Microsoft.ManagedIdentity', 'Microsoft.Compute') }],
  ['identity-resource-id', { ...OK, 'identity-resource-id': `${UAI}/extra` }],
  ["client-id' and 'object-id", { ...OK, 'client-id': GUID, 'object-id': GUID }],
  ["client-id' and 'identity-resource-id", { ...OK, 'client-id': GUID, 'identity-resource-id': UAI }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://management.azure.com' }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://10.0.0.1' }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'https://user:secret@management.azure.com' }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://user:secret@management.azure.com' }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'management.azure.com' }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'file:///etc/passwd' }],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'https://management.azure.com/#x' }],
  ['cloud', { ...OK, cloud: 'AzureGermanCloud' }],
  ['cloud', { ...OK, cloud: 'mars' }],
  ['operation', { ...OK, operation: 'regenerateKey' }],
  ['operation', { ...OK, operation: 'listKeys/../regenerateKey' }],
  ['timeout-seconds', { ...OK, 'timeout-seconds': '-5' }],
  ['timeout-seconds', { ...OK, 'timeout-seconds': '1e9' }],
  ['timeout-seconds', { ...OK, 'timeout-seconds': 'NaN' }],
  ['api-version', { ...OK, 'api-version': '2025-04-15&x=1' }],
  ['export-variables', { ...OK, 'export-variables': 'yes' }],
  ['smoke-test', { ...OK, 'smoke-test': 'on' }],
  ['database', { ...OK, 'smoke-test': 'true', database: 'db/../x' }],
  ['query', { ...OK, 'smoke-test': 'true', database: 'd', container: 'c', query: 'DELETE FROM c' }],
];

describe('hostile input', () => {
  it(`has at least 30 rows (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows.map(([input, inputs]) => [input, JSON.stringify(inputs), inputs] as const))(
    'names %s for %s, before any network call',
    async (input, _label, inputs) => {
      const result = await act(sim, inputs);
      expect(result.exitCode).toBe(1);
      expect(errorLine(result)).toContain(`Input '${input}'`);
      expect(sim.faults.requests).toEqual([]);
      // Nothing the input held became a command: the only workflow commands are ours.
      const commands = result.stdout.split(/\r?\n/).filter((line) => line.startsWith('::'));
      expect(commands.every((line) => /^::(error|debug)::/.test(line))).toBe(true);
      expect(result.outputFile).toBe('');
      expect(result.envFile).toBe('');
      expect(result.stdout).not.toContain('secret@'); // credentials in a URL are not echoed
    },
  );
});
