/**
 * End to end, an API for Table account: the bundle reads the account's API from ARM, fetches its
 * keys and smoke-tests them with @azure/data-tables (its own chunk) against the simulator's Table
 * data plane (Azurite over TLS, with the account's keys).
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { Simulator } from '../../simulator/index.ts';
import { DRIVERS, LIST_MODULES, chunkHolding, loaded } from '../helpers/chunks.ts';
import { act, errorLine, expectClean, seededAccount, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const NAME = 'contoso-table';
const deployer = () => sim.state.vm.userIdentities[0]!;
/** Table endpoints are `<account>.table.sim.test`: names the action resolves to loopback with this preload. */
const FAKE_DNS = { NODE_OPTIONS: `--import ${new URL('../helpers/fake-dns.ts', import.meta.url).href}` };

/** The smoke test's inputs, with the simulator's Table data plane as the account's API endpoint. */
async function smokeTest(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const endpoint = (await sim.table()).endpointOf(NAME);
  seededAccount(sim, NAME).apiEndpoint = endpoint;
  return { 'account-name': NAME, 'client-id': deployer().clientId, 'api-endpoint': endpoint, 'smoke-test': 'true', ...extra };
}

describe('the Table smoke test', () => {
  it('lists a table and queries one entity with the read-only key, loading the data-tables chunk and not the MongoDB driver', async () => {
    const result = await act(sim, await smokeTest({ container: 'smoketable' }), { ...FAKE_DNS, ...LIST_MODULES });
    expect(errorLine(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['api']).toBe('table');
    expect(result.outputs['smoke-test']).toBe('passed');
    expect(result.stdout).toMatch(/Smoke test: list tables ok in \d+ ms \(started at \+\d+ ms, in parallel with 1 other step\(s\)\)/);
    expect(result.stdout).toContain("table 'smoketable', 1 entity on the first page");
    expect(loaded(result.stderr, chunkHolding(DRIVERS.tables))).toBe(true);
    expect(loaded(result.stderr, chunkHolding(DRIVERS.mongodb))).toBe(false);
    expectClean(sim, result);
  });

  it('listConnectionStrings: the Table connection string ARM returned, pointing at the Table endpoint', async () => {
    const result = await act(sim, await smokeTest({ operation: 'listConnectionStrings' }), FAKE_DNS);
    expect(result.exitCode).toBe(0);
    const endpoint = (await sim.table()).endpointOf(NAME);
    expect(result.outputs['connection-string']).toMatch(
      new RegExp(`^DefaultEndpointsProtocol=https;AccountName=${NAME};AccountKey=.+;TableEndpoint=${endpoint};$`),
    );
    expectClean(sim, result);
  });

  it('a key the account does not accept: fails naming the key, handing nothing out', async () => {
    const other = (): string => randomBytes(64).toString('base64');
    sim.faults.inject({
      service: 'arm',
      path: '/readonlykeys',
      action: { status: 200, body: { primaryReadonlyMasterKey: other(), secondaryReadonlyMasterKey: other() } },
    });
    const result = await act(sim, await smokeTest(), FAKE_DNS);
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/Smoke test failed at step 'list tables'.*primary read-only key/);
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });

  it('a table that does not exist: names it', async () => {
    const result = await act(sim, await smokeTest({ container: 'nosuchtable' }), FAKE_DNS);
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/nosuchtable/);
    expect(result.outputFile).toBe('');
  });
});
