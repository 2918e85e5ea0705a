/**
 * The last resort: an exception nothing caught (thrown in a callback, deep in a library) or a
 * promise rejection nothing handled still ends the way every failure does: one `::error::` line
 * in the action's own words, the job summary, exit code 1, and no stack trace.
 */
import * as core from '@actions/core';
import { describeError } from './errors.ts';

/** Where a crash goes while the run is under way: into its error path. */
let duringRun: ((error: unknown) => void) | undefined;
let hasCrashed = false;

function crashed(error: unknown): void {
  hasCrashed = true;
  if (duringRun) return duringRun(error);
  // After the run (or before it): there is no summary left to write; once failed, one ::error:: is enough.
  if (process.exitCode === 1) return core.debug(`Also after the run: ${describeError(error)}`);
  core.setFailed(describeError(error));
  process.exitCode = 1;
}

/** Whether anything crashed: work the run abandoned then must not hand out outputs. */
export function crashHappened(): boolean {
  return hasCrashed;
}

/** Catch every uncaught exception and unhandled rejection of the process (once, at start-up). */
export function installLastResort(): void {
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);
}

/** `work`, or the first crash while it runs, whichever comes first. */
export async function orCrash<T>(work: Promise<T>): Promise<T> {
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (duringRun = reject))]);
  } finally {
    duringRun = undefined;
  }
}
