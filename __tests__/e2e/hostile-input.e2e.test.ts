/**
 * Hostile input, end to end. Which values are refused is the unit table's business
 * (inputs.test.ts); these rows check what only a whole run shows: the action stops before any
 * request reaches the simulator, nothing in the input becomes a workflow command, no output or
 * env file is written, and credentials in a URL are not echoed.
 */
import { describe, expect, it } from '@jest/globals';
import { SEED, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const OK = { 'account-name': SEED.account };

/** [input named in the error, inputs, what the input tries]. */
const rows: Array<[string, Record<string, string>, string]> = [
  ['account-name', { 'account-name': '../../subscriptions' }, 'path traversal out of the account'],
  ['operation', { ...OK, operation: 'listKeys/../regenerateKey' }, 'path traversal to a key-changing operation'],
  ['account-name', { 'account-name': 'abc\n::add-mask::endpoint\n::set-output name=primary-key::x' }, 'workflow commands after newlines'],
  ['resource-group', { ...OK, 'resource-group': 'rg\n::set-output name=primary-key::x' }, 'a workflow command after a newline'],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'https://user:secret@management.azure.com' }, 'credentials in the URL'],
  ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://user:secret@management.azure.com' }, 'credentials in a plain http URL'],
  ['query', { ...OK, 'smoke-test': 'true', database: 'appdb', container: 'items', query: 'DELETE FROM c' }, 'a write on the data plane'],
];

describe('hostile input', () => {
  it.each(rows.map(([input, inputs, what]) => [input, what, inputs] as const))(
    '%s with %s: refused before any request, nothing injected or written',
    async (input, _what, inputs) => {
      const result = await act(sim, inputs);
      expect(result.exitCode).toBe(1);
      expect(errorLine(result)).toContain(`Input '${input}'`);
      expect(sim.faults.requests).toEqual([]);
      // Nothing the input held became a command: the only workflow commands are the action's own.
      const commands = result.stdout.split(/\r?\n/).filter((line) => line.startsWith('::'));
      expect(commands.filter((line) => !/^::(error|debug)::/.test(line))).toEqual([]);
      expect(result.outputFile).toBe('');
      expect(result.envFile).toBe('');
      for (const text of [result.stdout, result.stderr, result.summary]) expect(text).not.toContain('secret'); // credentials in a URL are not echoed
    },
  );
});
