/** Running the bundled action against a simulator, the way every end-to-end test does. */
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals';
import { SEED, startSimulator, type Simulator } from '../../simulator/index.ts';
import { runAction, type ActionRun } from '../../simulator/runner.ts';
import type { Account, DataPlaneAssignment } from '../../simulator/state.ts';
import { findLeaks, secretsOf, type Result } from './leaks.ts';

export type { Result };

/**
 * What a run's time bound allows for starting a cold Node process and loading the bundle: under
 * a second on Linux; Windows starts processes and reads files (behind the antivirus' scan) more
 * slowly. An allowance, not a measurement: `npm run bench` measures start-up.
 */
export const START_UP_MS = process.platform === 'win32' ? 4000 : 1500;

/** Variables of the run's environment that hold a secret. */
const SECRET_VARIABLES = ['IDENTITY_HEADER'];

/** Run the action bundle (ACTION_PATH) with `inputs`, IMDS and ARM pointed at `sim`, debug logging on. */
export async function act(sim: Simulator, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Result> {
  const issued = sim.issuedTokens.length;
  const exchanged = sim.entraExchanges.length;
  const result = await runAction({
    inputs: { 'arm-endpoint': sim.armUrl, ...inputs },
    env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: sim.imdsUrl, NODE_EXTRA_CA_CERTS: sim.caFile, RUNNER_DEBUG: '1', ...env },
  });
  const handedSecrets = SECRET_VARIABLES.map((name) => env[name] ?? '').filter((value) => value.trim() !== '');
  const assertions = [...new Set(sim.entraExchanges.slice(exchanged).map((e) => e.assertion))].filter(Boolean);
  return { ...result, tokens: sim.issuedTokens.slice(issued), handedSecrets, assertions };
}

/** No secret outside ::add-mask:: lines and the output file (and the env file when allowed), and every secret handed out masked. */
export function expectClean(sim: Simulator, result: Result, options: { envMayHoldSecrets?: boolean } = {}): void {
  expect(findLeaks(result, secretsOf(sim), options)).toEqual([]);
}

/** A container app's environment: the simulated identity endpoint and its header (or another), and no IMDS override. */
export const appEnv = (sim: Simulator, header = sim.identityHeader): Record<string, string> => ({
  IDENTITY_ENDPOINT: sim.appServiceUrl,
  IDENTITY_HEADER: header,
  AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
});

/** The ::error:: line the action printed (empty when none); runAction gives stdout `\n` line ends on Windows too. */
export function errorLine(result: ActionRun): string {
  return result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
}

export function seededAccount(sim: Simulator, name: string = SEED.account): Account {
  return sim.state.subscriptions.get(SEED.subscriptionId)!.get(SEED.resourceGroup)!.get(name)!;
}

/** Give the VM's system identity a Cosmos DB data-plane role (Data Reader or Contributor) on an account. */
export function grantDataRole(
  sim: Simulator,
  roleDefinitionId: DataPlaneAssignment['roleDefinitionId'],
  accountName: string = SEED.account,
): void {
  sim.state.dataPlaneAssignments.push({ principalId: sim.state.vm.systemIdentity!.principalId, roleDefinitionId, accountName });
}

/** The audience (resource) of each token IMDS issued, in request order. */
export function tokenAudiences(sim: Simulator): string[] {
  return sim.faults.requests.filter((r) => r.path.endsWith('/token') && r.outcome === 200).map((r) => r.query.get('resource') ?? '');
}

/** How many rows of a table run at once (jest.config.js's maxConcurrency bounds it too). */
const ROWS_AT_ONCE = 2;

/** Simulators that rows running at once (it.concurrent) share out: see useSimulatorPool. */
export interface SimulatorPool {
  /** Every simulator of the pool, once beforeAll has started them. */
  readonly all: readonly Simulator[];
  /** Run `use` with a simulator of its own, back at the seed; waits for one when all are lent out. */
  borrow<T>(use: (sim: Simulator) => Promise<T>): Promise<T>;
}

/**
 * `size` simulators for a test file whose rows run at once: started before the first test,
 * closed after the last. A row borrows one for itself alone, so its faults, request log, state
 * and issued tokens are its own, however many rows run beside it.
 */
export function useSimulatorPool(size: number = ROWS_AT_ONCE): SimulatorPool {
  const all: Simulator[] = [];
  const free: Simulator[] = [];
  const waiting: Array<(sim: Simulator) => void> = [];
  beforeAll(async () => {
    all.push(...(await Promise.all(Array.from({ length: size }, () => startSimulator()))));
    free.push(...all);
  });
  afterAll(async () => {
    await Promise.all(all.map((sim) => sim.close()));
  });
  return {
    all,
    async borrow(use) {
      const sim = free.pop() ?? (await new Promise<Simulator>((lend) => waiting.push(lend)));
      try {
        sim.reset();
        return await use(sim);
      } finally {
        const next = waiting.shift();
        if (next) next(sim);
        else free.push(sim);
      }
    },
  };
}

/**
 * One simulator for a test file: started before the first test, back to the seed before each,
 * closed after the last. `use` receives it once it runs.
 */
export function useSimulator(use: (sim: Simulator) => void): void {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator();
    use(sim);
  });
  afterAll(async () => {
    await sim?.close();
  });
  beforeEach(() => {
    sim?.reset();
  });
}
