/**
 * End to end, a 403 for an account the identity cannot see (issue 20): ARM answers 403, not 404,
 * so a misspelt name looks like a missing role. After ARM's refusal the action looks once at the
 * accounts the identity can read, and the message's first line says which it is: a typo (check
 * account-name), the name in another resource group (check resource-group), the account itself
 * readable (grant the role), or nothing readable (both causes, as before).
 */
import { describe, expect, it } from '@jest/globals';
import { SEED, accountId } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const principal = (): string => sim.state.vm.systemIdentity!.principalId;
/** The first line of the run's error (core escapes the message's line breaks as %0A). */
const firstLine = (line: string): string => line.replace(/^::error::/, '').split('%0A')[0]!;
const lookups = (): number => sim.faults.count('arm', `/subscriptions/${SEED.subscriptionId}/resources`);

describe('a 403 for the account: what the identity can read decides the first line', () => {
  it('a name two letters off one it can read: check account-name, naming that account', async () => {
    const result = await act(sim, { 'account-name': 'contoso-cosmso' });
    expect(result.exitCode).toBe(1);
    expect(firstLine(errorLine(result))).toBe(
      `The managed identity (principal ID ${principal()}) cannot see account 'contoso-cosmso', but can read '${SEED.account}' in resource group '${SEED.resourceGroup}': ` +
        "check account-name; if 'contoso-cosmso' is right, grant it the 'Cosmos DB Account Reader Role' role on it.",
    );
    // The details still follow: the command that grants the role on the name given.
    expect(errorLine(result)).toContain(`%0AGrant the role: az role assignment create --assignee-object-id ${principal()}`);
    // One look, though the account read and the key operation were both refused.
    expect(sim.faults.count('arm', 'contoso-cosmso')).toBe(2);
    expect(lookups()).toBe(1);
    expect(result.outputs).toEqual({});
    expectClean(sim, result);
  });

  it('the right name in the wrong resource group: check resource-group, naming the group it is in, and no waiting for a role', async () => {
    const result = await act(sim, {
      'account-name': SEED.account,
      'resource-group': 'rg-elsewhere',
      'subscription-id': SEED.subscriptionId,
      // Account names are unique across Azure: no role assignment can make these inputs work.
      'wait-for-access': '120',
    });
    expect(result.exitCode).toBe(1);
    expect(firstLine(errorLine(result))).toBe(
      `The managed identity (principal ID ${principal()}) cannot see account '${SEED.account}' in resource group 'rg-elsewhere', ` +
        `but can read one of that name in resource group '${SEED.resourceGroup}': check resource-group and subscription-id; ` +
        `if they are right, grant it the 'Cosmos DB Account Reader Role' role on '${SEED.account}'.`,
    );
    expect(result.stdout).not.toContain('waiting');
    expect(sim.faults.count('arm', '/readonlykeys')).toBe(1);
    expectClean(sim, result);
  });

  it('an account it can read but whose keys it may not list: the role, without doubting the name', async () => {
    const result = await act(sim, { 'account-name': SEED.account, operation: 'listKeys' });
    expect(result.exitCode).toBe(1);
    const error = errorLine(result);
    expect(firstLine(error)).toBe(
      `The managed identity (principal ID ${principal()}) can read account '${SEED.account}' but is not allowed to perform ` +
        "'Microsoft.DocumentDB/databaseAccounts/listKeys/action' on it: grant it the 'DocumentDB Account Contributor' role.",
    );
    expect(error).toContain(
      `--role "DocumentDB Account Contributor" --scope ${accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account)}`,
    );
    expect(error).not.toContain('Find the account');
    // The account read beside the key operation succeeded: that says it, with no look at the list.
    expect(lookups()).toBe(0);
    expectClean(sim, result);
  });

  it('nothing it can read: both causes on the first line, the role and the name', async () => {
    sim.state.assignments = [];
    const result = await act(sim, { 'account-name': 'contoso-cosmso' });
    expect(result.exitCode).toBe(1);
    expect(firstLine(errorLine(result))).toBe(
      `The managed identity (principal ID ${principal()}) is not allowed to perform 'Microsoft.DocumentDB/databaseAccounts/readonlykeys/action' ` +
        "on account 'contoso-cosmso': grant it the 'Cosmos DB Account Reader Role' role, or check account-name, resource-group and subscription-id " +
        '(ARM answers 403, not 404, for an account the identity cannot see).',
    );
    expect(lookups()).toBe(1);
    expectClean(sim, result);
  });

  it('a lookup ARM refuses or that never answers: the usual message, within the budget', async () => {
    sim.faults.inject({ service: 'arm', path: '/resources', action: { hang: true } });
    const result = await act(sim, { 'account-name': 'contoso-cosmso', 'timeout-seconds': '30' });
    expect(result.exitCode).toBe(1);
    expect(firstLine(errorLine(result))).toContain("is not allowed to perform 'Microsoft.DocumentDB/databaseAccounts/readonlykeys/action'");
    // The look was made, waited for its own 5 s at most, not the run's 30.
    expect(lookups()).toBe(1);
    expect(result.ms).toBeGreaterThan(4_500);
    expect(result.ms).toBeLessThan(15_000);
    expectClean(sim, result);
  });
});
