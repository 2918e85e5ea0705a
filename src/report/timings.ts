/** How long each step of the run took, for the job summary's timings table. */

/** Runs `work` as the step `step`, recording how long it took, failed or not. */
export type Time = <T>(step: string, work: Promise<T>) => Promise<T>;

/** A `Time` that hands each step's milliseconds to `record`. */
export function timer(record: (step: string, ms: number) => void): Time {
  return async (step, work) => {
    const t0 = performance.now();
    try {
      return await work;
    } finally {
      record(step, performance.now() - t0);
    }
  };
}
