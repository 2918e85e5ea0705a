/**
 * End to end, wait-for-access: a pipeline grants the identity its role just before the step; the
 * simulator makes the assignment take effect after the first refusal, as Azure's propagation does.
 * The run waits the 403s out (one log line a wait) and succeeds; without wait-for-access it fails
 * at once, as before.
 */
import { describe, expect, it } from '@jest/globals';
import { DATA_READER, SEED, SEED_DATA, accountId, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

/**
 * Make `grant` take effect once `service` has refused the run (403) once: the role is assigned as
 * the step starts and propagates while it runs. Keyed to the refusal, not to a clock, so a slow
 * machine cannot make the grant land before the first attempt.
 */
function grantAfterRefusal(service: 'arm' | 'cosmos', grant: () => void): NodeJS.Timeout {
  const timer = setInterval(() => {
    if (sim.faults.requests.some((r) => r.service === service && r.outcome === 403)) {
      clearInterval(timer);
      grant();
    }
  }, 20);
  return timer;
}

describe('wait-for-access', () => {
  it('waits out ARM 403 AuthorizationFailed until a role granted meanwhile takes effect', async () => {
    const system = sim.state.vm.systemIdentity!;
    const timer = grantAfterRefusal('arm', () =>
      sim.state.assignments.push({
        principalId: system.principalId,
        role: 'DocumentDB Account Contributor',
        scope: accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account),
      }),
    );
    try {
      const result = await act(sim, {
        'account-name': SEED.account,
        operation: 'listKeys',
        'wait-for-access': '60',
        'timeout-seconds': '20',
      });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(
        /Access to the account through ARM refused \(403\); waiting \d+\.\d s for a role assignment to take effect/,
      );
      expect(sim.faults.count('arm', '/listKeys')).toBeGreaterThanOrEqual(2);
      expectClean(sim, result);
    } finally {
      clearInterval(timer);
    }
  });

  it('without it, the same 403 fails at once, as before', async () => {
    const result = await act(sim, { 'account-name': SEED.account, operation: 'listKeys' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain("is not allowed to perform 'Microsoft.DocumentDB/databaseAccounts/listKeys/action'");
    expect(sim.faults.count('arm', '/listKeys')).toBe(1);
  });

  it("keyless: waits out the data plane's 403 for a data-plane role granted meanwhile", async () => {
    const deployer = sim.state.vm.userIdentities[0]!;
    const timer = grantAfterRefusal('cosmos', () =>
      sim.state.dataPlaneAssignments.push({ principalId: deployer.principalId, roleDefinitionId: DATA_READER, accountName: SEED.account }),
    );
    try {
      const result = await act(sim, {
        'account-name': SEED.account,
        auth: 'entra',
        'client-id': deployer.clientId,
        'smoke-test': 'true',
        database: SEED_DATA.database,
        container: SEED_DATA.container,
        'wait-for-access': '60',
        'timeout-seconds': '20',
      });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/Access to the account's data plane refused \(403\); waiting/);
      expect(result.outputs['smoke-test']).toBe('passed');
      expectClean(sim, result);
    } finally {
      clearInterval(timer);
    }
  });
});
