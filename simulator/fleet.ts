/**
 * A fleet: many runs of the bundled action at once against one simulator, with one identity, as
 * a matrix or a scale set of runners starting together would run it. Each run is told apart in
 * the simulator's request log by its User-Agent (AZURE_HTTP_USER_AGENT, which the action appends
 * to its own product token), so its key requests to ARM can be counted.
 */
import type { Simulator } from './index.ts';
import { runAction, type ActionRun, type RunOptions } from './runner.ts';

/** ARM's key operations, the ones throttled per principal. */
const KEY_OPERATION = /\/(listKeys|readonlykeys|listConnectionStrings)$/i;

export interface FleetRun extends ActionRun {
  /** The key requests ARM received from this run, and how many of them it answered 429. */
  readonly keyRequests: number;
  readonly throttled: number;
  /** The access tokens this run presented to ARM (each must have been masked). */
  readonly tokens: readonly string[];
  /** From the moment the fleet's first key requests reached ARM together to this run's end. */
  readonly sinceTogetherMs: number;
}

/** The User-Agent suffix of run `index` of a fleet. */
const tag = (index: number): string => `fleet-run-${index}`;

/**
 * `runs` runs of the action at once, each with `options` (and its own GITHUB_OUTPUT, ENV and
 * STEP_SUMMARY files). Their first key requests are held until all have arrived, then reach ARM
 * together, as on runners that start together: a small machine starting many Node processes
 * would otherwise spread them out by seconds, and spare the bucket.
 */
export async function runFleet(sim: Simulator, runs: number, options: RunOptions): Promise<FleetRun[]> {
  const operation = options.inputs['operation'] ?? 'readonlykeys';
  sim.faults.inject({ service: 'arm', path: `/${operation}`, times: runs, action: { gate: runs } });
  const results = await Promise.all(
    Array.from({ length: runs }, async (_, index) => {
      const run = await runAction({ ...options, env: { ...options.env, AZURE_HTTP_USER_AGENT: tag(index) } });
      return { run, endedAt: performance.now() };
    }),
  );
  const together = sim.faults.gateOpenedAt;
  return results.map(({ run, endedAt }, index) => {
    const toArm = sim.faults.requests.filter(
      (r) => r.service === 'arm' && String(r.headers['user-agent'] ?? '').endsWith(` ${tag(index)}`),
    );
    const keys = toArm.filter((r) => KEY_OPERATION.test(r.path));
    const tokens = new Set(toArm.map((r) => String(r.headers['authorization'] ?? '').replace(/^Bearer /, '')).filter(Boolean));
    return {
      ...run,
      keyRequests: keys.length,
      throttled: keys.filter((r) => r.outcome === 429).length,
      tokens: [...tokens],
      sinceTogetherMs: together ? endedAt - together : NaN,
    };
  });
}
