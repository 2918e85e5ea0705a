/**
 * How the smoke tests of the SDK-based APIs (NoSQL, Table) run their steps: concurrently, each
 * timed from the smoke test's start, then logged and reported in order
 * (`Smoke test: <step> ok in N ms (started at +T ms, in parallel with …), R RU: <detail>`).
 */
import * as core from '@actions/core';
import { roundCharge } from '../report/request-charge.ts';
import type { SmokeStep } from './types.ts';

/** A step's work: its request charge and a line on what it found. */
export type Work = () => Promise<{ charge: number; detail: string }>;

/**
 * Run steps concurrently, each timed; log and return them in order, and throw the first failure
 * in that order, as `explain` words it.
 */
export async function runSteps<Name extends string>(
  batch: ReadonlyArray<readonly [Name, Work]>,
  explain: (name: Name, error: unknown) => Error,
  started: number,
): Promise<SmokeStep[]> {
  const timed = async ([name, work]: readonly [Name, Work]): Promise<SmokeStep> => {
    const t0 = performance.now();
    const { charge, detail } = await work();
    return { name, startMs: t0 - started, ms: performance.now() - t0, requestCharge: charge, detail };
  };
  const results = await Promise.allSettled(batch.map(timed));
  const together = batch.length > 1 ? `, in parallel with ${batch.length - 1} other step(s)` : '';
  return results.map((result, index) => {
    if (result.status === 'rejected') throw explain(batch[index]![0], result.reason);
    const step = result.value;
    core.info(
      `Smoke test: ${step.name} ok in ${Math.round(step.ms)} ms (started at +${Math.round(step.startMs ?? 0)} ms${together}), ${roundCharge(step.requestCharge)} RU: ${step.detail}`,
    );
    return step;
  });
}
