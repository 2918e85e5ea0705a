/**
 * End to end, the bundle imported by another program (issue 20), as @github/local-action imports
 * an action's entry point and calls its run(): the action runs the same, and a crash of that
 * program is the program's own, never reported as "Unexpected … inside the action".
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { SEED } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/index.ts';
import { runAction } from '../../simulator/runner.ts';
import { errorLine, expectClean, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const host = join(import.meta.dirname, '..', 'helpers', 'importing-host.ts');

describe('the bundle imported by another program', () => {
  it('runs when the program calls run(), and leaves the program’s own crash to it', async () => {
    const result = await runAction({
      host,
      inputs: { 'account-name': SEED.account, 'arm-endpoint': sim.armUrl },
      env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: sim.imdsUrl, NODE_EXTRA_CA_CERTS: sim.caFile },
    });
    // The action did its work: outputs written, once.
    expect(result.outputs['primary-readonly-key']).toBe(seededAccount(sim).primaryReadonlyMasterKey);
    expect(sim.faults.count('arm', '/readonlykeys')).toBe(1);
    expect(result.stderr).toContain('host: the action returned');
    // The host's error is the host's: Node's own report on stderr, nothing in the action's name.
    expect(result.stderr).toContain('Error: the host failed after the run');
    expect(result.stdout).not.toContain('inside the action');
    expect(errorLine(result)).toBe('');
    expect(result.exitCode).toBe(1);
    expectClean(sim, { ...result, tokens: sim.issuedTokens, handedSecrets: [], assertions: [] });
  });
});
