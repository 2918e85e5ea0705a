/**
 * Runs the bundled action the way the GitHub runner does: INPUT_* variables, the
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY files, and `node <bundle>/index.js`; then
 * reads back what it wrote and which values it asked the runner to mask.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundle to run: COSMOS_ACTION_PATH when set (npm test sets it to a fresh build of src/, see
 * scripts/jest-global-setup.js), else the committed dist/index.js (npm start, npm run simulator).
 */
export const ACTION_PATH = process.env['COSMOS_ACTION_PATH']
  ? resolve(process.env['COSMOS_ACTION_PATH'])
  : resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');

export interface ActionRun {
  readonly exitCode: number | null;
  /** The action's stdout as the runner reads it, line by line: `\r\n` (os.EOL on Windows) read as `\n`. */
  readonly stdout: string;
  /** Its stderr, read the same way. */
  readonly stderr: string;
  /** Values registered with `::add-mask::`, in order. */
  readonly masks: string[];
  readonly outputs: Record<string, string>;
  readonly env: Record<string, string>;
  readonly outputFile: string;
  readonly envFile: string;
  /** The step summary, `\r\n` read as `\n` (Markdown takes either as a line break). */
  readonly summary: string;
  readonly ms: number;
}

export interface RunOptions {
  readonly inputs: Record<string, string>;
  /** Extra environment (AZURE_POD_IDENTITY_AUTHORITY_HOST, NODE_EXTRA_CA_CERTS, proxies…). */
  readonly env?: Record<string, string>;
  /** Kill the action after this long (a safety net for tests). */
  readonly killAfterMs?: number;
  /** The bundle to run, when not ACTION_PATH (another build, to compare). */
  readonly actionPath?: string;
  /**
   * A program to start instead of the bundle, given the bundle's path as its argument: one that
   * imports the action, as @github/local-action does.
   */
  readonly host?: string;
}

/** Parse a GITHUB_OUTPUT / GITHUB_ENV file: `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      result[name] = value.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

/** Undo the escaping of a workflow command's value (`%25`, `%0D`, `%0A`). */
function unescapeCommandValue(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function masksIn(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => unescapeCommandValue(line.slice('::add-mask::'.length)));
}

/** What the runner would show in the log: masked values replaced by ***. */
export function applyMasks(text: string, masks: readonly string[]): string {
  const ordered = [...new Set(masks)].filter((m) => m !== '').sort((a, b) => b.length - a.length);
  return text
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .map((line) => ordered.reduce((acc, mask) => acc.split(mask).join('***'), line))
    .join('\n');
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cosmos-action-run-'));
  const files = { output: join(dir, 'output'), env: join(dir, 'env'), summary: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  // A clean environment, as on a runner; on Windows Node also needs SystemRoot and the temp folders.
  const passthrough = ['SystemRoot', 'SYSTEMROOT', 'windir', 'TEMP', 'TMP', 'USERPROFILE'].filter(
    (name) => process.env[name] !== undefined,
  );
  const env: Record<string, string> = {
    ...Object.fromEntries(passthrough.map((name) => [name, process.env[name] ?? ''])),
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const started = performance.now();
  const bundle = options.actionPath ?? ACTION_PATH;
  const child = spawn(process.execPath, options.host ? [options.host, bundle] : [bundle], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(killer);
  const ms = performance.now() - started;
  const read = (file: string): string => readFileSync(file, 'utf8');
  const lines = (text: string): string => text.replace(/\r\n/g, '\n');
  const run: ActionRun = {
    exitCode,
    stdout: lines(stdout),
    stderr: lines(stderr),
    masks: masksIn(stdout),
    outputFile: read(files.output),
    envFile: read(files.env),
    outputs: parseFileCommands(read(files.output)),
    env: parseFileCommands(read(files.env)),
    summary: lines(read(files.summary)),
    ms,
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}
