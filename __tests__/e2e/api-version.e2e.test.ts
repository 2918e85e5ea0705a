/**
 * End to end, api-version: each cloud's default, and one negotiated retry when ARM refuses it
 * (new Microsoft.DocumentDB versions reach the sovereign clouds late).
 */
import { describe, expect, it } from '@jest/globals';
import { PUBLISHED_STABLE_API_VERSIONS, SEED, usGovernment, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, useSimulator, type Result } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const GOV_DEFAULT = '2024-08-15';
const KEYS_PATH = '/readonlykeys';

/** The api-version of each ARM request, per operation, in request order. */
function versions(): { keys: string[]; read: string[] } {
  const arm = sim.faults.requests.filter((r) => r.service === 'arm');
  const of = (keys: boolean) => arm.filter((r) => r.path.endsWith(KEYS_PATH) === keys).map((r) => r.query.get('api-version') ?? '');
  return { keys: of(true), read: of(false) };
}

function warnings(result: Result): string[] {
  return result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
}

/** US Government, where only the versions before `newest` (and a later preview, as in Azure/azure-cli#30715) are registered. */
function usGovernmentUpTo(newest: string): void {
  usGovernment(sim.state);
  sim.state.registeredApiVersions = [
    ...PUBLISHED_STABLE_API_VERSIONS.filter((v) => v < newest),
    '2024-05-15-preview',
    '2024-09-01-preview',
  ];
}

/** An ARM 400 for every request, as ARM refuses an api-version. */
function refuseAll(code: string, message: string): void {
  sim.faults.inject({ service: 'arm', times: Infinity, action: { status: 400, body: { error: { code, message } } } });
}

describe('api-version', () => {
  it('US Government with its default registered: the default, no retry, no warning', async () => {
    usGovernment(sim.state);
    const result = await act(sim, { 'account-name': SEED.account, cloud: 'auto' });
    expect(result.exitCode).toBe(0);
    expect(versions()).toEqual({ keys: [GOV_DEFAULT], read: [GOV_DEFAULT] });
    expect(warnings(result)).toEqual([]);
    expectClean(sim, result);
  });

  it('US Government without its default: one negotiated retry per operation, one warning naming both versions, keys out', async () => {
    usGovernmentUpTo(GOV_DEFAULT);
    const result = await act(sim, { 'account-name': SEED.account, cloud: 'auto' });
    expect(result.exitCode).toBe(0);
    expect(versions()).toEqual({ keys: [GOV_DEFAULT, '2024-05-15'], read: [GOV_DEFAULT, '2024-05-15'] });
    const warned = warnings(result);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain(`default api-version ${GOV_DEFAULT}`);
    expect(warned[0]).toContain('retried with 2024-05-15');
    expect(warned[0]).toContain('Set the api-version input to 2024-05-15');
    expect(result.outputs['primary-key']).toBeTruthy();
    expectClean(sim, result);
  });

  it('a given api-version ARM does not have: fails naming the versions it supports, no retry', async () => {
    usGovernmentUpTo(GOV_DEFAULT);
    const result = await act(sim, { 'account-name': SEED.account, cloud: 'auto', 'api-version': GOV_DEFAULT });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(`ARM does not accept api-version '${GOV_DEFAULT}' (the api-version input)`);
    expect(errorLine(result)).toContain(
      'set the api-version input to one it supports (the newest stable: 2024-05-15, 2023-11-15, 2023-09-15)',
    );
    expect(versions()).toEqual({ keys: [GOV_DEFAULT], read: [GOV_DEFAULT] });
    expect(warnings(result)).toEqual([]);
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });

  it('a given api-version newer than any published: NoRegisteredProviderFound, as ARM answers, names the supported versions', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'api-version': '2099-01-01' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      "ARM does not accept api-version '2099-01-01' (the api-version input) for Microsoft.DocumentDB here (NoRegisteredProviderFound)",
    );
    expect(errorLine(result)).toContain(
      'set the api-version input to one it supports (the newest stable: 2026-07-15, 2026-03-15, 2025-10-15)',
    );
    expect(sim.faults.count('arm')).toBe(2);
  });

  it('a refusal listing only previews: no retry, a failure that says so', async () => {
    usGovernment(sim.state);
    sim.state.registeredApiVersions = ['2024-09-01-preview', '2024-12-01-preview'];
    const result = await act(sim, { 'account-name': SEED.account, cloud: 'auto' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      `ARM does not accept the cloud's default api-version '${GOV_DEFAULT}' for Microsoft.DocumentDB here (NoRegisteredProviderFound): set the api-version input to one it supports (its answer names no stable one).`,
    );
    expect(versions()).toEqual({ keys: [GOV_DEFAULT], read: [GOV_DEFAULT] });
    expect(warnings(result)).toEqual([]);
    expectClean(sim, result);
  });

  it("InvalidApiVersionParameter listing ARM's own versions (none of Microsoft.DocumentDB's that the action reads): no retry", async () => {
    refuseAll(
      'InvalidApiVersionParameter',
      "The api-version '2025-04-15' is invalid. The supported versions are '2025-04-01,2024-11-01,2024-08-01,2021-04-01,2014-04-01-preview,2014-04-01,2014-04'.",
    );
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      'None of those is one this action reads (stable 2021-06-15 to 2025-10-15), so it did not retry with one.',
    );
    expect(sim.faults.count('arm')).toBe(2);
  });

  it('never loops: the negotiated version refused too ends the run after one retry per operation, one warning', async () => {
    refuseAll(
      'NoRegisteredProviderFound',
      "No registered resource provider found for location 'westeurope' and API version '2025-04-15' for type 'databaseAccounts'. " +
        "The supported api-versions are '2024-11-15, 2025-04-15'. The supported locations are 'westeurope'.",
    );
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(1);
    expect(versions()).toEqual({ keys: ['2025-04-15', '2024-11-15'], read: ['2025-04-15', '2024-11-15'] });
    expect(warnings(result)).toHaveLength(1);
    expect(errorLine(result)).toContain(
      "ARM refused the cloud's default api-version '2025-04-15' for Microsoft.DocumentDB, and then '2024-11-15'",
    );
    expectClean(sim, result);
  });

  it("a refusal whose code is not ARM's exact one (hostile text): no retry, its text sanitised", async () => {
    refuseAll('NoRegisteredProviderFound\u001b[31m::set-output name=x::y', "The supported api-versions are '2024-11-15, ::add-mask::x'.");
    const result = await act(sim, { 'account-name': SEED.account });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::set-output') || l.startsWith('::add-mask::x'))).toEqual([]);
    expect(sim.faults.count('arm')).toBe(2);
  });
});
