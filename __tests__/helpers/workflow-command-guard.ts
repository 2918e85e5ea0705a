/**
 * Jest setup file of every project (jest.config.js): a test that writes a workflow command (a
 * line starting with `::`, such as the `::add-mask::…` of a real @actions/core) to the test
 * process's own stdout fails, and the test is named. On a runner, the test run's output is the step's log,
 * where such a line would be obeyed (`::add-mask::` hides a value for the rest of the job,
 * `::stop-commands::` stops every command after it). The line itself is kept out of the output.
 * Unit tests mock or capture @actions/core instead (jest.unstable_mockModule). The action
 * processes the end-to-end suites spawn write to their own pipes (simulator/runner.ts), which
 * this does not touch.
 */
import { afterAll, afterEach, expect } from '@jest/globals';

/** The test file's own: the workflow command lines written, with the test that was running, and how to name that test. */
interface Recorder {
  readonly lines: Array<{ readonly test: string | undefined; readonly line: string }>;
  readonly currentTest: () => string | undefined;
}
interface Guarded {
  __workflowCommandGuard?: { recorder: Recorder };
}

const OUTSIDE = 'This file, outside any test (in a beforeAll, an afterAll or at its top level),';
const stdout = process.stdout as typeof process.stdout & Guarded;
const recorder: Recorder = { lines: [], currentTest: () => expect.getState().currentTestName };

/** Installed once a process (in band, the test files share Jest's own stdout); each test file records into its own recorder. */
if (!stdout.__workflowCommandGuard) {
  const guard = { recorder };
  stdout.__workflowCommandGuard = guard;
  const write = stdout.write.bind(stdout) as (...args: unknown[]) => boolean;
  let atLineStart = true;
  const guarded = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = text.split(/(?<=\r\n|\r|\n)/);
    const isCommand = lines.map((line, i) => (i > 0 || atLineStart) && line.startsWith('::'));
    if (text !== '') atLineStart = /[\r\n]$/.test(text);
    if (!isCommand.includes(true)) return write(chunk, ...rest);
    const test = guard.recorder.currentTest();
    for (const [i, line] of lines.entries()) if (isCommand[i]) guard.recorder.lines.push({ test, line: line.trimEnd() });
    return write(lines.filter((_line, i) => !isCommand[i]).join(''), ...rest);
  };
  stdout.write = guarded;
}
stdout.__workflowCommandGuard.recorder = recorder;

function failFor(test: string | undefined): void {
  const lines = recorder.lines.filter((entry) => entry.test === test);
  if (lines.length === 0) return;
  recorder.lines.splice(0, recorder.lines.length, ...recorder.lines.filter((entry) => entry.test !== test));
  const quoted = lines.map(({ line }) => `  ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line)}`).join('\n');
  const message =
    `${test === undefined ? OUTSIDE : `The test "${test}"`} wrote ${lines.length} workflow command line(s) to the test process's stdout (withheld):\n${quoted}\n` +
    'Mock or capture @actions/core (jest.unstable_mockModule before importing the module under test).';
  // The message says it all: no stack into this file.
  throw Object.assign(new Error(message), { stack: message });
}

afterEach(() => failFor(expect.getState().currentTestName));
afterAll(() => failFor(undefined));
