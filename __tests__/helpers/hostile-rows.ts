/**
 * The hostile-Azure table (__tests__/hostile-azure.e2e.test.ts): each row makes one server
 * (IMDS, ARM, the Arc agent, the data plane, a proxy) answer what it should not, and checks what
 * an attacker would look for: the exit code and message, the exact requests each service saw,
 * that nothing reached a host the action should not talk to (the bystander), that no line of
 * stdout became a workflow command the action did not issue, that Object.prototype is untouched,
 * that the summary agrees with the exit code, that outputs are all set or none, and the leak scan.
 */
import { expect } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fault, Simulator } from '../../simulator/index.ts';
import { findLeaks, secretsOf } from './leaks.ts';
import { START_UP_MS, act, errorLine, type Result } from './run.ts';

/** Marks every hostile payload, so that a command line it became can be told from the action's own. */
const PWNED = 'PWNED';
/**
 * Payloads that would become workflow commands if printed raw, each marked with PWNED.
 * @public (the rows of each service use them)
 */
export const INJECTIONS = [
  `Weird\n::stop-commands::${PWNED}`,
  `x\n::warning::${PWNED}`,
  `x\r::error::${PWNED}`,
  `x%0A::notice::${PWNED}`,
  `x\u2028::set-output name=primary-key::${PWNED}`,
];

/** A server on loopback that no credential may ever reach: it records whatever arrives. */
export interface Bystander {
  readonly url: string;
  readonly hits: string[];
  close(): Promise<void>;
}

export async function startBystander(sim: Simulator): Promise<Bystander> {
  const hits: string[] = [];
  const { cert, key } = sim.serverCertificate;
  const server: Server = createServer({ cert, key }, (req, res) => {
    hits.push(`${req.method} ${req.url} ${req.headers['authorization'] ? '(with authorization)' : ''}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

interface RowBase {
  /** Which numbered finding of the hostile-answers issue the row covers, if any, and what it does. */
  readonly name: string;
  readonly inputs?: (sim: Simulator, bystander: Bystander) => Record<string, string>;
  readonly env?: (sim: Simulator, bystander: Bystander) => Record<string, string>;
  readonly faults?: (sim: Simulator, bystander: Bystander) => Fault[];
  readonly before?: (sim: Simulator, bystander: Bystander) => void;
  /** Exact request counts: [service, path substring, count]. */
  readonly requests?: ReadonlyArray<readonly [Fault['service'], string, number]>;
  readonly maxMs?: number;
  readonly check?: (sim: Simulator, result: Result) => void;
}

export type HostileRow =
  (RowBase & { readonly exit: 0; readonly message?: never }) | (RowBase & { readonly exit: 1; readonly message: RegExp });

/** Stdout lines that are workflow commands the action did not issue. */
function injectedCommands(stdout: string): string[] {
  return stdout
    .split(/\r?\n|\r|\u2028|\u2029/)
    .filter((line) => line.startsWith('::'))
    .filter((line) => !/^::(add-mask|debug|error|warning|notice)::/.test(line) || new RegExp(`^::[a-z-]+::${PWNED}`).test(line));
}

/**
 * Preloaded into the action (NODE_OPTIONS=--import; a row's own NODE_OPTIONS are kept): at exit,
 * writes the own property names of Object.prototype, sorted, to PROTOTYPE_FILE, so a row sees
 * whether anything a server sent polluted it. Plain JavaScript in a data: URL: a .ts preload makes
 * Node load its TypeScript stripper in every run, ~0.1 s of CPU a row.
 */
const PROTOTYPE_GUARD = `import { writeFileSync } from 'node:fs';
const file = process.env.PROTOTYPE_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort())));`;
// Percent-encoded whole, quotes included, so that NODE_OPTIONS reads it as one word.
const prototypeGuard = `data:text/javascript,${encodeURIComponent(PROTOTYPE_GUARD).replace(/['()!*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}`;

export async function runHostileRow(sim: Simulator, bystander: Bystander, row: HostileRow, base: Record<string, string>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cosmos-hostile-'));
  try {
    row.before?.(sim, bystander);
    sim.faults.inject(...(row.faults?.(sim, bystander) ?? []));
    const prototypeFile = join(dir, 'prototype.json');
    const env = row.env?.(sim, bystander) ?? {};
    const result = await act(
      sim,
      { ...base, ...row.inputs?.(sim, bystander) },
      { ...env, NODE_OPTIONS: `--import ${prototypeGuard} ${env['NODE_OPTIONS'] ?? ''}`.trim(), PROTOTYPE_FILE: prototypeFile },
    );
    expect({ exit: result.exitCode, error: errorLine(result) }).toEqual({
      exit: row.exit,
      error: row.exit === 1 ? expect.stringMatching(row.message) : '',
    });
    for (const [service, path, count] of row.requests ?? [])
      expect([service, path, sim.faults.count(service, path)]).toEqual([service, path, count]);
    expect(bystander.hits).toEqual([]);
    // The runner reads workflow commands from stderr as well as stdout.
    expect(injectedCommands(result.stdout)).toEqual([]);
    expect(injectedCommands(result.stderr)).toEqual([]);
    expect(JSON.parse(readFileSync(prototypeFile, 'utf8'))).toEqual(Object.getOwnPropertyNames(Object.prototype).sort());
    // The summary says what the exit code says.
    expect(/: failed\b/.test(result.summary)).toBe(row.exit === 1);
    if (row.exit === 1) expect(result.outputs).toEqual({});
    expect(findLeaks(result, secretsOf(sim))).toEqual([]);
    if (row.maxMs) expect(result.ms).toBeLessThan(row.maxMs + START_UP_MS);
    row.check?.(sim, result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
