/**
 * `npm run bench:fleet`: a fleet of runners under ARM's throttling. N runs of the bundled action
 * start at once against one simulator, with one identity (the VM's), while the simulated ARM
 * throttles key operations with a token bucket per principal, as Azure does. The runs' first key
 * calls reach ARM together, as from runners that start together (simulator/fleet.ts). It prints
 * how many runs succeeded, their times from that moment to their end (p50, p95) against the
 * bucket's drain time (the time it needs to serve N key calls: (N − capacity) / refill rate),
 * each run's whole wall time (p95), and the key requests each run made.
 *
 *   npm run bench:fleet -- --runs 40 --capacity 10 --refill 2 --timeout 60 [--write]
 *
 * The defaults are those. The same fleet without throttling runs first: on a small machine,
 * starting N Node processes at once takes seconds of its own, which the whole runs' times include.
 * BENCH_BASELINE=<another build's index.js>[,<another>…] runs the same
 * fleet with each of those builds first, each on a full bucket, so builds can be compared.
 * `--write` writes the table into docs/benchmarks.md. Run it with `nice`: 40 Node processes at
 * once load a 2-core machine for the whole drain time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PrincipalBuckets, SEED, startSimulator } from '../simulator/index.ts';
import { runFleet, type FleetRun } from '../simulator/fleet.ts';
import { ACTION_PATH } from '../simulator/runner.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    capacity: { type: 'string', default: '10' },
    refill: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '60' },
    write: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const bucket = { capacity: Number(values.capacity), refillPerSecond: Number(values.refill) };
const timeoutSeconds = Number(values.timeout);
if (!(Number.isInteger(runs) && runs > 0 && timeoutSeconds > 0))
  throw new Error('--runs wants a whole number above 0, --timeout seconds above 0');
const drainSeconds = Math.max(0, (runs - bucket.capacity) / bucket.refillPerSecond);
const root = resolve(import.meta.dirname, '..');
const builds = [
  ...(process.env['BENCH_BASELINE'] ?? '')
    .split(',')
    .filter(Boolean)
    .map((file) => resolve(file)),
  ACTION_PATH,
];
/** The fleets to run: this build unthrottled first (what starting N runs at once costs this machine), then each build throttled. */
const fleets = [{ build: ACTION_PATH, throttled: false }, ...builds.map((build) => ({ build, throttled: true }))];

/** The nearest-rank percentile `p` (0–1) of `values`. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Why a run failed: the first line of its error (the simulator's keys never reach it: the runs mask them). */
const failure = (run: FleetRun): string => {
  const line = run.stdout.split('\n').find((l) => l.startsWith('::error')) ?? `exit ${run.exitCode}`;
  // A workflow command's value: its lines joined by %0A.
  return (line.replace(/^::error[^:]*::/, '').split('%0A')[0] ?? '').slice(0, 400);
};

const sim = await startSimulator();
const rows: string[] = [];
const failures: string[] = [];
try {
  for (const { build, throttled } of fleets) {
    sim.reset();
    if (throttled) sim.state.keyThrottle = new PrincipalBuckets(bucket);
    const load = loadavg()[0]!.toFixed(1);
    const fleet = await runFleet(sim, runs, {
      inputs: {
        'account-name': SEED.account,
        'subscription-id': SEED.subscriptionId,
        'resource-group': SEED.resourceGroup,
        'arm-endpoint': sim.armUrl,
        'timeout-seconds': String(timeoutSeconds),
      },
      env: { AZURE_POD_IDENTITY_AUTHORITY_HOST: sim.imdsUrl, NODE_EXTRA_CA_CERTS: sim.caFile },
      actionPath: build,
      killAfterMs: (timeoutSeconds + 60) * 1000,
    });
    const ok = fleet.filter((run) => run.exitCode === 0).length;
    const together = fleet.map((run) => run.sinceTogetherMs);
    const keys = fleet.map((run) => run.keyRequests);
    const p95 = percentile(together, 0.95);
    const file = relative(root, build).startsWith('..') ? build : relative(root, build);
    const name = throttled ? file : `${file}, no throttling (this machine's own time)`;
    const against = `${p95 / 1000 - drainSeconds >= 0 ? '+' : '−'}${seconds(Math.abs(p95 - drainSeconds * 1000))}`;
    rows.push(
      `| ${name} | **${ok} of ${runs}** | ${seconds(percentile(together, 0.5))} | **${seconds(p95)}** (${throttled ? against : '–'}) | ${seconds(Math.max(...together))} | ${seconds(
        percentile(
          fleet.map((run) => run.ms),
          0.95,
        ),
      )} | **${(keys.reduce((a, b) => a + b, 0) / runs).toFixed(2)}** (${Math.min(...keys)}–${Math.max(...keys)}) | ${fleet.reduce((a, run) => a + run.throttled, 0)} | ${load} |`,
    );
    const reasons = new Map<string, number>();
    for (const run of fleet.filter((r) => r.exitCode !== 0)) reasons.set(failure(run), (reasons.get(failure(run)) ?? 0) + 1);
    for (const [reason, count] of reasons) failures.push(`- ${name}, ${count} run(s): ${reason}`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const text = [
    `${runs} runs at once, one identity, a bucket of ${bucket.capacity} key calls refilled at ${bucket.refillPerSecond}/s (drain time ${drainSeconds.toFixed(1)} s), timeout-seconds ${timeoutSeconds}; ${new Date().toISOString().slice(0, 10)}, on ${machine}.`,
    '',
    '| build | succeeded | from the first key calls to the end: p50 | p95 (against the drain time) | slowest | whole run, p95 | key requests per run, mean (min–max) | 429s in all | load (1 min) at start |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(failures.length ? ['', 'Failures:', '', ...failures] : []),
  ].join('\n');
  console.log(text);
  if (values.write) {
    const file = join(root, 'docs', 'benchmarks.md');
    const marker = /<!-- fleet:start -->[\s\S]*<!-- fleet:end -->/;
    const doc = readFileSync(file, 'utf8');
    if (!marker.test(doc)) throw new Error('docs/benchmarks.md has no <!-- fleet:start --> … <!-- fleet:end --> markers');
    writeFileSync(file, doc.replace(marker, `<!-- fleet:start -->\n${text}\n<!-- fleet:end -->`));
    console.log('\nWrote docs/benchmarks.md.');
  }
} finally {
  await sim.close();
}
