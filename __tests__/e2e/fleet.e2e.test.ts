/**
 * End to end, a fleet: several runs of the bundle at once with one identity, while the simulated
 * ARM throttles key operations with a token bucket per principal, as Azure does (429 with
 * Retry-After). The runs' first key requests reach ARM together (simulator/fleet.ts). Small
 * enough to stay quick; the full fleet (40 runs) is `npm run bench:fleet`. No timing is asserted:
 * jitter and a loaded machine decide who is served when.
 */
import { describe, expect, it } from '@jest/globals';
import { PrincipalBuckets, type BucketSettings, type Simulator } from '../../simulator/index.ts';
import { runFleet, type FleetRun } from '../../simulator/fleet.ts';
import { BASE, KEY_OUTPUTS } from '../helpers/fault-rows.ts';
import { findLeaks, secretsOf } from '../helpers/leaks.ts';
import { errorLine, useSimulatorPool } from '../helpers/run.ts';

const pool = useSimulatorPool(2);

/** A test: `runs` runs at once with one identity, ARM throttling its key calls with `bucket`, then `check` on what they did. */
const fleetUnder =
  (bucket: BucketSettings, runs: number, timeoutSeconds: number, check: (sim: Simulator, runs: FleetRun[]) => void) => () =>
    pool.borrow(async (sim) => {
      sim.state.keyThrottle = new PrincipalBuckets(bucket);
      const fleet = await runFleet(sim, runs, {
        inputs: { ...BASE, 'arm-endpoint': sim.armUrl, 'timeout-seconds': String(timeoutSeconds) },
        env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: sim.imdsUrl, NODE_EXTRA_CA_CERTS: sim.caFile, RUNNER_DEBUG: '1' },
      });
      check(sim, fleet);
    });

/** The log lines of a run's throttled waits. */
const waitLines = (run: FleetRun): string[] =>
  run.stdout
    .split('\n')
    .filter((line) => /^ARM throttled readonlykeys \(429, Retry-After \d+ s\): waiting \d+\.\d s before attempt \d+ /.test(line));

/** Nothing secret shown, every token and key handed out masked. */
const leaksOf = (sim: Simulator, run: FleetRun): string[] => findLeaks({ ...run, assertions: [] }, secretsOf(sim));

describe('a fleet under ARM throttling', () => {
  it.concurrent(
    '6 runs at once against a bucket of 2 key calls refilling at 2/s: all succeed, each with at most 3 key requests, one log line a wait',
    fleetUnder({ capacity: 2, refillPerSecond: 2 }, 6, 30, (sim, runs) => {
      expect(runs.map((run) => [run.exitCode, errorLine(run)])).toEqual(runs.map(() => [0, '']));
      for (const run of runs) {
        expect(Object.keys(run.outputs).sort()).toEqual([...KEY_OUTPUTS].sort());
        expect(run.keyRequests).toBeGreaterThanOrEqual(1);
        expect(run.keyRequests).toBeLessThanOrEqual(3);
        // One line a wait: every 429 the run got, it waited out and said so.
        expect(waitLines(run)).toHaveLength(run.throttled);
        expect(run.throttled).toBe(run.keyRequests - 1);
        expect(run.tokens).toHaveLength(1);
        expect(leaksOf(sim, run)).toEqual([]);
      }
      // The first key requests reached ARM together and the bucket held 2: the other 4 were throttled at least once.
      const principal = sim.state.vm.systemIdentity!.principalId;
      expect(sim.state.keyThrottle?.served.get(principal)).toBe(6);
      expect(sim.state.keyThrottle?.refused.get(principal)).toBe(runs.reduce((all, run) => all + run.throttled, 0));
      expect(sim.state.keyThrottle?.refused.get(principal)).toBeGreaterThanOrEqual(4);
    }),
  );

  it.concurrent(
    '3 runs against a bucket of 1 refilling at 1 every 4 s, timeout-seconds 8: who runs out of budget says how long it waited and what to do',
    // Within 8 s the bucket serves 1 + 1 key calls: the third run runs out of budget.
    fleetUnder({ capacity: 1, refillPerSecond: 0.25 }, 3, 8, (sim, runs) => {
      const failed = runs.filter((run) => run.exitCode !== 0);
      expect(failed.length).toBeGreaterThanOrEqual(1);
      for (const run of failed) {
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toEqual({});
        expect(errorLine(run)).toMatch(
          /^::error::ARM throttled readonlykeys on the account and it still failed after \d+ attempt\(s\).* \(Retry-After [1-4] s\), within 8 s \(timeout-seconds\): raise timeout-seconds to wait longer, spread the runs \(a matrix's max-parallel\), or use auth: entra, which makes no key calls\./,
        );
      }
      // A run that got its first answer in time waited Retry-After out once, and says how long it waited in all.
      expect(failed.map(errorLine).some((line) => / having waited [3-6]\.\d s in all \(Retry-After [1-4] s\)/.test(line))).toBe(true);
      for (const run of runs) {
        expect(waitLines(run)).toHaveLength(run.exitCode === 0 ? run.throttled : run.throttled - 1);
        expect(leaksOf(sim, run)).toEqual([]);
      }
    }),
  );
});
