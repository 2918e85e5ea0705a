/**
 * End to end, key rotation with the key input: key: secondary hands out the secondary key (and its
 * connection string) and proves it with the smoke test, while the primary is regenerated in the
 * simulator; a run that hands out a key regenerated meanwhile fails its smoke test with a 401.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SEED, SEED_DATA, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const deployer = () => sim.state.vm.userIdentities[0]!.clientId;
const smoke = { 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };
/** The deployer's read-write keys, the secondary one handed out. */
const secondary = (operation = 'listKeys') => ({ 'account-name': SEED.account, operation, 'client-id': deployer(), key: 'secondary' });

describe('key: secondary while the primary key is regenerated', () => {
  it('hands out and proves the secondary key, whatever the primary has become', async () => {
    const account = seededAccount(sim, SEED.account);
    const before = await act(sim, { ...secondary(), 'export-variables': 'true', ...smoke });
    expect(before.exitCode).toBe(0);
    expect(before.env['COSMOS_KEY']).toBe(account.secondaryMasterKey);
    expect(before.outputs['connection-string']).toContain(`AccountKey=${account.secondaryMasterKey};`);
    expect(before.outputs['primary-key']).toBe(account.primaryMasterKey);
    expect(before.stdout).toMatch(/Smoke test: account ok/);
    expectClean(sim, before, { envMayHoldSecrets: true });

    // az cosmosdb keys regenerate --key-kind primary: the old primary key stops working.
    account.primaryMasterKey = randomBytes(64).toString('base64');
    const during = await act(sim, { ...secondary(), ...smoke });
    expect(during.exitCode).toBe(0);
    expect(during.outputs['secondary-key']).toBe(account.secondaryMasterKey);
    expectClean(sim, during);
  });

  it('with listConnectionStrings, hands out the secondary connection string ARM returned', async () => {
    const account = seededAccount(sim, SEED.account);
    const result = await act(sim, secondary('listConnectionStrings'));
    expect(result.exitCode).toBe(0);
    expect(result.outputs['connection-string']).toBe(
      `AccountEndpoint=${account.documentEndpoint};AccountKey=${account.secondaryMasterKey};`,
    );
  });

  it('with readonlykeys, the secondary read-only key', async () => {
    const account = seededAccount(sim, SEED.account);
    const result = await act(sim, { 'account-name': SEED.account, key: 'secondary', 'export-variables': 'true', ...smoke });
    expect(result.exitCode).toBe(0);
    expect(result.env['COSMOS_KEY']).toBe(account.secondaryReadonlyMasterKey);
  });

  it('a key regenerated between fetch and use fails the smoke test with a 401 that names the key', async () => {
    const account = seededAccount(sim, SEED.account);
    // The data plane sees the secondary regenerated as soon as ARM has answered.
    const fetched = account.secondaryMasterKey;
    const rotate = setInterval(() => {
      if (sim.faults.requests.some((r) => r.service === 'arm' && r.path.endsWith('/listKeys'))) {
        account.secondaryMasterKey = randomBytes(64).toString('base64');
        clearInterval(rotate);
      }
    }, 5);
    const result = await act(sim, { ...secondary(), ...smoke });
    clearInterval(rotate);
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/the key was refused \(401\): it is wrong or was rotated after it was fetched/);
    // The key fetched is masked, and shown nowhere but in the ::add-mask:: line.
    expect(result.masks).toContain(fetched);
    expect(result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::') && line.includes(fetched))).toEqual([]);
    expectClean(sim, result);
  });
});
