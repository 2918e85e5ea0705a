/**
 * End to end, an API for MongoDB account: the bundle reads the account's API from ARM, fetches
 * its keys and smoke-tests them with the official driver (its own chunk) against the simulator's
 * MongoDB data plane (TLS, real SCRAM with the account's keys).
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { Simulator } from '../../simulator/index.ts';
import { DRIVERS, LIST_MODULES, chunkHolding, loaded } from '../helpers/chunks.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const NAME = 'contoso-mongo';
const deployer = () => sim.state.vm.userIdentities[0]!;

/** The smoke test's inputs, with the simulator's MongoDB data plane as the account's API endpoint. */
function smokeTest(extra: Record<string, string> = {}): Record<string, string> {
  seededAccount(sim, NAME).apiEndpoint = sim.mongoHost;
  return { 'account-name': NAME, 'client-id': deployer().clientId, 'api-endpoint': sim.mongoHost, 'smoke-test': 'true', ...extra };
}

describe('the MongoDB smoke test', () => {
  it('signs in with the read-only key and pings, loading the driver’s chunk', async () => {
    const result = await act(sim, smokeTest(), LIST_MODULES);
    expect(errorLine(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(loaded(result.stderr, chunkHolding(DRIVERS.mongodb))).toBe(true);
    expect(result.outputs['api']).toBe('mongodb');
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(result.stdout).toContain('Smoke test: ping ok');
    expect(sim.mongo.authentications.at(-1)).toMatchObject({ account: NAME, ok: true });
    expect(sim.faults.count('cosmos')).toBe(0);
    expectClean(sim, result);
  });

  it('with database and collection: finds one document, never printing it; listConnectionStrings hands out the URI ARM returned', async () => {
    const result = await act(sim, smokeTest({ operation: 'listConnectionStrings', database: 'appdb', container: 'items' }));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Smoke test: find one ok in \d+ ms/);
    expect(result.stdout).not.toContain('seeded item');
    expect(result.outputs['connection-string']).toMatch(new RegExp(`^mongodb://${NAME}:.+@${sim.mongoHost}/\\?ssl=true`));
    expect(Number(result.outputs['smoke-test-request-charge'])).toBeGreaterThan(0);
    expectClean(sim, result);
  });

  it('a key the account does not accept: fails naming the key, handing nothing out', async () => {
    const other = (): string => randomBytes(64).toString('base64');
    sim.faults.inject({
      service: 'arm',
      path: '/readonlykeys',
      action: { status: 200, body: { primaryReadonlyMasterKey: other(), secondaryReadonlyMasterKey: other() } },
    });
    const result = await act(sim, smokeTest());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/primary read-only key/);
    expect(sim.mongo.authentications.at(-1)).toMatchObject({ account: NAME, ok: false });
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });

  it('the account firewall refusing the runner: explained', async () => {
    seededAccount(sim, NAME).firewallBlocked = true;
    const result = await act(sim, smokeTest());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/firewall/i);
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });

  it('a server version the driver cannot speak (3.6): tells them to upgrade it', async () => {
    seededAccount(sim, NAME).serverVersion = '3.6';
    const result = await act(sim, smokeTest());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/3\.6/);
    expect(result.outputFile).toBe('');
  });
});
