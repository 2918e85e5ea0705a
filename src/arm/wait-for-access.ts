/**
 * wait-for-access: pipelines that grant the identity its role just before this step wait for the
 * assignment to take effect instead of failing. A refusal that a missing role explains (ARM's
 * AuthorizationFailed, the data plane's 403 for a data-plane role) is tried again, with jittered
 * backoff at least 5 s apart (so a fleet granted together does not come back together), until
 * wait-for-access seconds have passed since the first refusal; then the refusal is reported as
 * usual. Each wait is one line in the log.
 */
import * as core from '@actions/core';
import type { Budget } from '../net/budget.ts';
import { ActionError } from '../report/errors.ts';

/** No two attempts closer than this: role assignments take seconds to minutes to propagate. */
const MIN_WAIT_MS = 5000;
/** Nor further apart than this, so a grant that lands is seen soon. */
const MAX_WAIT_MS = 30_000;

/** Run `attempt` until it is not refused for a missing role, for at most `seconds` after the first refusal. */
export async function untilAccess<T>(
  seconds: number,
  what: string,
  budget: Budget,
  attempt: () => Promise<T>,
  random: () => number = Math.random,
): Promise<T> {
  let first: number | undefined;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (seconds <= 0 || !(error instanceof ActionError) || !error.accessDenied) throw error;
      first ??= Date.now();
      const spent = Date.now() - first;
      // 5, 10, 20, 30, 30… s, each from 80 % to 120 %, never under the floor.
      const wait = Math.max(MIN_WAIT_MS, Math.min(MAX_WAIT_MS, MIN_WAIT_MS * 2 ** (tries - 1)) * (0.8 + 0.4 * random()));
      if (spent + wait > seconds * 1000 || wait >= budget.remainingMs()) throw error;
      core.info(
        `Access to ${what} refused (403); waiting ${(wait / 1000).toFixed(1)} s for a role assignment to take effect ` +
          `(wait-for-access: ${Math.round(spent / 1000)} of ${seconds} s used, attempt ${tries}).`,
      );
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        budget.signal.addEventListener('abort', () => (clearTimeout(timer), reject(error)), { once: true });
      });
    }
  }
}
