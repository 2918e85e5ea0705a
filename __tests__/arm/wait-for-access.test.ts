/** wait-for-access: a refusal a missing role explains is tried again, at least 5 s apart, within the seconds given. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';

const lines: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({ info: (line: string) => lines.push(line) }));
const { untilAccess } = await import('../../src/arm/wait-for-access.ts');
const { ActionError } = await import('../../src/report/errors.ts');
const { Budget } = await import('../../src/net/budget.ts');

let budget: InstanceType<typeof Budget>;
beforeEach(() => {
  lines.length = 0;
  jest.useFakeTimers();
  budget = new Budget(3600);
});
afterEach(() => {
  budget.cancel();
  jest.useRealTimers();
});

const denied = () => new ActionError('not allowed yet', { accessDenied: true });

/** Runs `untilAccess` to the end, advancing fake time through each wait. */
async function run<T>(
  seconds: number,
  attempt: () => Promise<T>,
  random = () => 0.5,
): Promise<{ value?: T; error?: Error; waits: number }> {
  let settled: { value?: T; error?: Error } | undefined;
  untilAccess(seconds, 'the account through ARM', budget, attempt, random).then(
    (value) => (settled = { value }),
    (error: Error) => (settled = { error }),
  );
  let waits = 0;
  while (!settled) {
    await jest.advanceTimersByTimeAsync(1000);
    waits++;
    if (waits > 10_000) throw new Error('never settled');
  }
  return { ...settled, waits };
}

describe('untilAccess', () => {
  it('does not wait with 0 seconds: the refusal is reported at once', async () => {
    const attempt = jest.fn(() => Promise.reject(denied()));
    const { error } = await run(0, attempt);
    expect(error?.message).toBe('not allowed yet');
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([]);
  });

  it('waits out a refusal until the role takes effect, one line a wait, at least 5 s apart', async () => {
    let calls = 0;
    const attempt = jest.fn(() => (++calls < 3 ? Promise.reject(denied()) : Promise.resolve('granted')));
    const { value } = await run(60, attempt);
    expect(value).toBe('granted');
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(lines).toEqual([
      'Access to the account through ARM refused (403); waiting 5.0 s for a role assignment to take effect (wait-for-access: 0 of 60 s used, attempt 1).',
      'Access to the account through ARM refused (403); waiting 10.0 s for a role assignment to take effect (wait-for-access: 5 of 60 s used, attempt 2).',
    ]);
  });

  it('jitters each wait (80 to 120 %), never under 5 s', async () => {
    let calls = 0;
    const attempt = () => (++calls < 3 ? Promise.reject(denied()) : Promise.resolve('ok'));
    await run(60, attempt, () => 0);
    expect(lines[0]).toContain('waiting 5.0 s');
    expect(lines[1]).toContain('waiting 8.0 s');
    lines.length = 0;
    calls = 0;
    await run(60, attempt, () => 0.999);
    expect(lines[0]).toContain('waiting 6.0 s');
  });

  it('stops at wait-for-access seconds after the first refusal, and reports the refusal itself', async () => {
    const attempt = jest.fn(() => Promise.reject(denied()));
    const { error } = await run(20, attempt);
    expect(error?.message).toBe('not allowed yet');
    // 5 + 10 s waited; a third wait (20 s) would pass 20 s.
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('does not wait for any other failure', async () => {
    const attempt = jest.fn(() => Promise.reject(new ActionError('Cosmos DB account not found')));
    const { error } = await run(60, attempt);
    expect(error?.message).toBe('Cosmos DB account not found');
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
