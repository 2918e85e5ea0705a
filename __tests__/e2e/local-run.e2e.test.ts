/**
 * End to end, the local run of the README (issue 20): `npm run simulator -- --dotenv FILE` writes
 * the dotenv file @github/local-action reads and the CA file beside it, and the action run with
 * exactly those (the inputs and variables from the file, NODE_EXTRA_CA_CERTS on the command line)
 * succeeds. The action is run as local-action runs it: imported, its run() called.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../simulator/runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosmos-local-run-'));
const dotenv = join(dir, '.env');
let simulator: ChildProcess | undefined;

afterAll(async () => {
  // Wait for the simulator to be gone: a child still running would hold this worker open.
  const child = simulator;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Start `npm run simulator -- --dotenv FILE` (as node scripts/simulator.ts) and wait until it has printed the command to run. */
async function startWithDotenv(): Promise<string> {
  const child = spawn(process.execPath, ['scripts/simulator.ts', '--dotenv', dotenv], { stdio: ['ignore', 'pipe', 'pipe'] });
  simulator = child;
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes(`src/index.ts ${dotenv}\n`)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the simulator exited (${code}): ${out}`)));
  });
  return out;
}

/** KEY=VALUE lines, comments and blank lines skipped: the subset of dotenv the file uses. */
function parseDotenv(text: string): Record<string, string> {
  const entries = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

describe('npm run simulator -- --dotenv', () => {
  it('writes what a local run needs, and the action run with it succeeds', async () => {
    const printed = await startWithDotenv();
    const command = `NODE_EXTRA_CA_CERTS=${dotenv}.ca.pem npx --yes @github/local-action@7 run . src/index.ts ${dotenv}`;
    expect(printed).toContain(command);
    const text = readFileSync(dotenv, 'utf8');
    expect(text).toContain(`#   ${command}`);
    const values = parseDotenv(text);
    expect(Object.keys(values).sort()).toEqual(['AZURE_POD_IDENTITY_AUTHORITY_HOST', 'INPUT_ACCOUNT-NAME', 'INPUT_ARM-ENDPOINT']);
    // The CA file ends with the simulator's CA: the run trusts ARM through it alone.
    expect(readFileSync(`${dotenv}.ca.pem`, 'utf8')).toMatch(/-----END CERTIFICATE-----\n$/);

    const inputs = Object.fromEntries(
      Object.entries(values)
        .filter(([name]) => name.startsWith('INPUT_'))
        .map(([name, value]) => [name.slice('INPUT_'.length).toLowerCase(), value]),
    );
    const result = await runAction({
      host: join(import.meta.dirname, '..', 'helpers', 'importing-host.ts'),
      inputs,
      env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: values['AZURE_POD_IDENTITY_AUTHORITY_HOST']!, NODE_EXTRA_CA_CERTS: `${dotenv}.ca.pem` },
    });
    expect(result.stderr).toContain('host: the action returned');
    expect(result.outputs['identity-source']).toBe('imds');
    expect(result.outputs['primary-readonly-key']).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  });
});
