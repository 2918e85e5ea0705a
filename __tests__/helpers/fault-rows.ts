/**
 * The fault tables (imds-faults, arm-faults, data-plane-faults): each row spawns the action
 * against the simulator with one fault in IMDS, ARM or the Cosmos DB data plane, with debug
 * logging on, and checks the exit code and message, the exact requests made, the time bound,
 * that outputs are all set or none, and that no secret leaked anywhere. Rows run several at a
 * time, each against a simulator of its own (faultTable).
 */
import { describe, expect, it } from '@jest/globals';
import { SEED, SEED_DATA, type Fault, type Simulator } from '../../simulator/index.ts';
import { findLeaks, secretsOf } from './leaks.ts';
import { START_UP_MS, act, errorLine, seededAccount, useSimulatorPool, type Result } from './run.ts';

/** The outputs of a successful key run without the smoke test. */
export const KEY_OUTPUTS = [
  'endpoint',
  'api',
  'primary-key',
  'secondary-key',
  'primary-readonly-key',
  'secondary-readonly-key',
  'connection-string',
  'principal-id',
  'identity-source',
  'smoke-test',
];
export const SMOKE_OUTPUTS = [...KEY_OUTPUTS, 'smoke-test-duration-ms', 'smoke-test-request-charge'];
export const BASE = {
  'account-name': SEED.account,
  'subscription-id': SEED.subscriptionId,
  'resource-group': SEED.resourceGroup,
  'timeout-seconds': '8',
};
export const SMOKE = { ...BASE, 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };

interface RowBase {
  readonly name: string;
  /** Faults to inject (built when the row runs, so they can use the live simulator). */
  readonly faults?: (sim: Simulator) => Fault[];
  readonly inputs?: (sim: Simulator) => Record<string, string>;
  readonly env?: (sim: Simulator) => Record<string, string>;
  readonly before?: (sim: Simulator) => void;
  /** Exact request counts: [service, path substring, count]. */
  readonly requests?: ReadonlyArray<readonly [Fault['service'], string, number]>;
  /** Upper bound on the whole run, start-up included. */
  readonly maxMs: number;
  /** Lower bound on the whole run: a wait that must happen (a connect timeout). */
  readonly minMs?: number;
  /**
   * Bounds on the pause the action took before retrying: from the end of the first answer on the
   * row's (first) faulted path to the next request there, as the simulator saw them.
   */
  readonly pauseMs?: readonly [min: number, max: number];
  /** Further checks of the run. */
  readonly check?: (sim: Simulator, result: Result) => void;
  /** Why the row cannot run on this platform (it is then reported as skipped, with the reason). */
  readonly skip?: string | undefined;
}

/** A run that succeeds: every output set and no ::error:: line, so nothing to match. */
interface PassingRow extends RowBase {
  readonly exit: 0;
  readonly message?: never;
}

/** A run that fails: no output set, and an ::error:: line that must match `message`. */
interface FailingRow extends RowBase {
  readonly exit: 1;
  readonly message: RegExp;
}

export type Row = PassingRow | FailingRow;

/** One fault at `path` (its service told by the path), for the next `times` requests. */
export const at = (path: string, action: Fault['action'], times = 1): ((s: Simulator) => Fault[]) => {
  const service: Fault['service'] = path.startsWith('/metadata') ? 'imds' : path.startsWith('/dbs') || path === '/' ? 'cosmos' : 'arm';
  return () => [{ service, path, action, times }];
};
export const TOKEN = '/metadata/identity/oauth2/token';
export const KEYS = '/readonlykeys';
/** What a corporate proxy answers in a service's place. */
export const HTML_PAGE = '<html><body><h1>502 Bad Gateway</h1><p>corporate-proxy</p></body></html>';
/** The seeded account's readonlykeys answer, as ARM would send it. */
export const keysBody = (s: Simulator): string => {
  const a = seededAccount(s);
  return JSON.stringify({ primaryReadonlyMasterKey: a.primaryReadonlyMasterKey, secondaryReadonlyMasterKey: a.secondaryReadonlyMasterKey });
};

async function runRow(sim: Simulator, row: Row, base: Record<string, string>, outputs: readonly string[]): Promise<void> {
  row.before?.(sim);
  const faults = row.faults?.(sim) ?? [];
  sim.faults.inject(...faults);
  const result = await act(sim, { ...base, ...row.inputs?.(sim) }, row.env?.(sim));
  expect({ exit: result.exitCode, error: errorLine(result) }).toEqual({
    exit: row.exit,
    error: row.exit === 1 ? expect.stringMatching(row.message) : '',
  });
  for (const [service, path, count] of row.requests ?? [])
    expect([service, path, sim.faults.count(service, path)]).toEqual([service, path, count]);
  expect(result.ms).toBeLessThan(row.maxMs + START_UP_MS); // start-up of a cold node process included
  if (row.minMs) expect(result.ms).toBeGreaterThanOrEqual(row.minMs);
  if (row.pauseMs) {
    const fault = faults[0]!;
    const hits = sim.faults.requests.filter((r) => r.service === fault.service && r.path.includes(fault.path ?? ''));
    const pause = hits[1]!.at - hits[0]!.finishedAt;
    expect(pause).toBeGreaterThanOrEqual(row.pauseMs[0]);
    expect(pause).toBeLessThanOrEqual(row.pauseMs[1]);
  }
  // All outputs or none, never half a set.
  expect(Object.keys(result.outputs).sort()).toEqual(row.exit === 0 ? [...outputs].sort() : []);
  expect(findLeaks(result, secretsOf(sim))).toEqual([]);
  row.check?.(sim, result);
}

/**
 * A test file's fault table: one test per row, each run with `base` inputs (a row's own inputs
 * override them) and expecting `outputs` when it passes. The rows are independent and mostly
 * wait (on retries, timeouts, slow bodies): they run ROWS_AT_ONCE at a time, each with a
 * simulator of its own from the file's pool.
 */
export function faultTable(title: string, rows: readonly Row[], base: Record<string, string>, outputs: readonly string[]): void {
  const pool = useSimulatorPool();
  const running = rows.filter((row) => !row.skip);
  const skipped = rows.filter((row) => row.skip);
  describe(title, () => {
    it.concurrent.each(running.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
      await pool.borrow((sim) => runRow(sim, row, base, outputs));
    });
    if (skipped.length > 0) it.skip.each(skipped.map((row) => [row.name, row.skip]))('%s (here: %s)', () => undefined);
  });
}

/**
 * The Row contract, checked by tsc (npm run lint): a failing row must say what its message is,
 * and a passing row cannot have one. Each line below must stay a type error.
 * @public (exported only so that nothing flags it as unused)
 */
export const ROW_CONTRACT: readonly Row[] = [
  // @ts-expect-error a failing row without a message
  { name: 'fails, message missing', exit: 1, maxMs: 1 },
  // @ts-expect-error a passing row with a message
  { name: 'passes, with a message', exit: 0, message: /x/, maxMs: 1 },
];
