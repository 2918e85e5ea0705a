/**
 * `npm run bench`: how much the action adds to a job, against the local simulator on loopback.
 * Runs each case alternately (a warm-up round, then BENCH_RUNS rounds, 15 by default) and
 * prints wall time, CPU time and peak memory (median and spread), the ratios the performance
 * issue sets targets for, the HTTP requests and sequential round trips of each action case,
 * and the bundle sizes. `--write` also writes docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED, SEED_DATA, startSimulator, type Simulator } from '../simulator/index.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const root = resolve(import.meta.dirname, '..');
const probe = pathToFileURL(join(root, 'bench', 'probe.js')).href;
const scratch = mkdtempSync(join(tmpdir(), 'cosmos-bench-'));

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
}

interface Case {
  readonly name: string;
  readonly args: (sim: Simulator) => string[];
  readonly inputs?: Record<string, string>;
  readonly samples: Sample[];
  requests?: number;
  roundTrips?: number;
}

function buildFloor(): string {
  const out = join(scratch, 'floor');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'bench/floor.ts'), '-o', out, '--minify', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  return join(out, 'index.js');
}

async function measure(args: string[], env: Record<string, string>): Promise<Sample> {
  const usageFile = join(scratch, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', probe, ...args], {
    env: { PATH: process.env['PATH'] ?? '', BENCH_USAGE_FILE: usageFile, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
  return { wallMs, ...usage };
}

function actionEnv(sim: Simulator, inputs: Record<string, string>): Record<string, string> {
  const files = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_ENV: join(scratch, 'env'), GITHUB_STEP_SUMMARY: join(scratch, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    ...files,
    AZURE_POD_IDENTITY_AUTHORITY_HOST: sim.imdsUrl,
    NODE_EXTRA_CA_CERTS: sim.caFile,
    'INPUT_ARM-ENDPOINT': sim.armUrl,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

const stats = (values: number[]): { median: number; min: number; max: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
};

const kb = (file: string): string => `${(statSync(file).size / 1024).toFixed(0)} KiB`;

const sim = await startSimulator();
try {
  const floor = buildFloor();
  const action = join(root, 'dist', 'index.js');
  const cases: Case[] = [
    { name: '1. node -e 0', args: () => ['-e', '0'], samples: [] },
    { name: '2. @actions/core only', args: () => [floor], samples: [] },
    {
      name: '3. action, keys only',
      args: () => [action],
      inputs: { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      samples: [],
    },
    { name: '4. action, instance metadata', args: () => [action], inputs: { 'account-name': SEED.account }, samples: [] },
    {
      name: '5. action, smoke test',
      args: () => [action],
      inputs: {
        'account-name': SEED.account,
        'subscription-id': SEED.subscriptionId,
        'resource-group': SEED.resourceGroup,
        'smoke-test': 'true',
        database: SEED_DATA.database,
        container: SEED_DATA.container,
      },
      samples: [],
    },
  ];
  for (let round = -1; round < RUNS; round++) {
    for (const c of cases) {
      sim.faults.clear();
      const sample = await measure(c.args(sim), c.inputs ? actionEnv(sim, c.inputs) : {});
      if (round >= 0) c.samples.push(sample);
    }
  }
  // Loopback answers in microseconds, so requests sent together can still arrive one after
  // another; with 100 ms of latency per request, what overlaps shows as overlapping.
  for (const c of cases.filter((x) => x.inputs)) {
    sim.faults.clear();
    sim.faults.inject(
      { service: 'imds', times: Infinity, action: { delayMs: 100 } },
      { service: 'arm', times: Infinity, action: { delayMs: 100 } },
      { service: 'cosmos', times: Infinity, action: { delayMs: 100 } },
    );
    await measure(c.args(sim), actionEnv(sim, c.inputs!));
    c.requests = sim.faults.requests.length;
    c.roundTrips = sim.faults.sequentialRoundTrips();
    if (process.env['BENCH_TIMELINE']) {
      const t0 = sim.faults.requests[0]?.at ?? 0;
      const line = (r: (typeof sim.faults.requests)[number]): string =>
        `${r.service} ${r.method} ${r.path.split('/').pop() || '/'} ${(r.at - t0).toFixed(0)}–${(r.finishedAt - t0).toFixed(0)} ms`;
      console.log(`${c.name}: ${sim.faults.requests.map(line).join('; ')}`);
    }
  }

  const median = (c: Case, key: keyof Sample): number => stats(c.samples.map((s) => s[key])).median;
  const cell = (c: Case, key: keyof Sample, unit: string, scale = 1): string => {
    const s = stats(c.samples.map((x) => x[key] / scale));
    return `${s.median.toFixed(0)} ${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  };
  const [bare, coreOnly, keysOnly, , smoke] = cases as [Case, Case, Case, Case, Case];
  const lines: string[] = [];
  lines.push(
    '| case | wall time, median (min–max) | CPU time | peak memory (RSS) | HTTP requests | sequential round trips (100 ms latency each) |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    lines.push(
      `| ${c.name} | ${cell(c, 'wallMs', 'ms')} | ${cell(c, 'cpuMs', 'ms')} | ${cell(c, 'maxRssKb', 'MiB', 1024)} | ${c.requests ?? '–'} | ${c.roundTrips ?? '–'} |`,
    );
  }
  const ratio = (a: Case, b: Case, key: keyof Sample): string => (median(a, key) / median(b, key)).toFixed(2);
  lines.push('');
  lines.push(
    `- wall time 3/1: **${ratio(keysOnly, bare, 'wallMs')}×** (target ≤ 3), 3/2: **${ratio(keysOnly, coreOnly, 'wallMs')}×** (target ≤ 1.25)`,
  );
  lines.push(
    `- wall time 5/1: ${ratio(smoke, bare, 'wallMs')}×; the smoke test adds ${(median(smoke, 'wallMs') - median(keysOnly, 'wallMs')).toFixed(0)} ms to a keys-only run`,
  );
  lines.push(`- peak memory 3/2: **${ratio(keysOnly, coreOnly, 'maxRssKb')}×** (target ≤ 1.2)`);
  lines.push(`- CPU time 3/2: ${ratio(keysOnly, coreOnly, 'cpuMs')}×`);
  const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'index.js');
  lines.push(
    `- dist/index.js: ${kb(action)}${chunks.length ? `; lazily loaded: ${chunks.map((f) => `${f} ${kb(join(root, 'dist', f))}`).join(', ')}` : ''}`,
  );
  lines.push(`- core-only floor bundle: ${kb(floor)}`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const header = `${RUNS} alternating runs per case after one warm-up round, ${new Date().toISOString().slice(0, 10)}, on ${machine}.`;
  console.log(`${header}\n\n${lines.join('\n')}`);
  if (process.argv.includes('--write')) {
    const doc = readFileSync(join(root, 'docs', 'benchmarks.md'), 'utf8');
    const marker = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    writeFileSync(
      join(root, 'docs', 'benchmarks.md'),
      doc.replace(marker, `<!-- bench:start -->\n${header}\n\n${lines.join('\n')}\n<!-- bench:end -->`),
    );
    console.log('\nWrote docs/benchmarks.md.');
  }
} finally {
  await sim.close();
  rmSync(scratch, { recursive: true, force: true });
}
