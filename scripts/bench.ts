/**
 * `npm run bench`: how much the action adds to a job, against the local simulator on loopback.
 *
 * Every case is a fresh `node`, started with an environment built from scratch, as a runner
 * would start it. Two modes, alternating within each round:
 *  - runner: no NODE_EXTRA_CA_CERTS (a GitHub runner sets none); the action cases get only the
 *    simulator's test CA (one certificate), which they need to trust it.
 *  - bundle: every case gets this machine's CA bundle (the bench's own NODE_EXTRA_CA_CERTS, or
 *    BENCH_CA_BUNDLE); the action cases get the bundle and the test CA in one file.
 *  - latency: runner-like, the keys-only and instance-metadata cases only, with IMDS and ARM
 *    behind relays that delay every chunk by BENCH_LATENCY_MS (5 by default; 0 leaves it out).
 * BENCH_BASELINE=<another build's index.js> adds that build's keys-only run to every mode, so two
 * builds can be compared run for run.
 * ARM is reached by a host name (localhost: a DNS lookup, SNI, host name checks) and serves an
 * RSA-2048 certificate, as Azure's endpoints do.
 *
 * Each round runs every case twice: once bare (its wall time) and once with bench/probe.cjs
 * preloaded (its CPU time and peak memory). A warm-up round first, then BENCH_RUNS rounds (15 by
 * default). Then one run per action case with 100 ms of latency added to every simulated request
 * counts the HTTP requests, the sequential round trips and ARM's TLS handshakes. `--write` also
 * writes the figures into docs/benchmarks.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { connect as connectTls } from 'node:tls';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { SEED, SEED_DATA, startSimulator, type Simulator } from '../simulator/index.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
/** One-way latency of the latency mode, in milliseconds. */
const LATENCY_MS = Number(process.env['BENCH_LATENCY_MS'] ?? 5);
const root = resolve(import.meta.dirname, '..');
const probe = join(root, 'bench', 'probe.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'cosmos-bench-'));
const bundleFile = [process.env['BENCH_CA_BUNDLE'], process.env['NODE_EXTRA_CA_CERTS']].find((f) => f && existsSync(f));

interface Samples {
  wallMs: number[];
  cpuMs: number[];
  maxRssKb: number[];
}
type Measure = keyof Samples;

interface Case {
  readonly name: string;
  readonly args: string[];
  readonly inputs?: Record<string, string>;
  /** The credential source's environment, when it is not IMDS (IMDS's variable is then cleared). */
  readonly env?: Record<string, string>;
  requests?: number;
  roundTrips?: number;
  handshakes?: { full: number; resumed: number };
}

interface Mode {
  readonly title: string;
  /** NODE_EXTRA_CA_CERTS for cases 1 and 2, and for the action cases. */
  readonly floorCa?: string;
  readonly actionCa: string;
  /** The cases it runs (all by default). */
  readonly only?: (c: Case) => boolean;
  /** IMDS and ARM through relays that delay every chunk (the latency mode). */
  readonly relays?: { readonly imdsUrl: string; readonly armUrl: string };
  readonly samples: Map<Case, Samples>;
}

interface Relay {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A TCP relay on loopback to `targetPort` that holds every chunk for `oneWayMs` in each direction:
 * network latency for the TLS handshake and each request. TCP's own handshake is not delayed
 * (the relay accepts at once), so connecting costs a round trip less than on a real network.
 */
async function startRelay(targetPort: number, oneWayMs: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const forward = (from: Socket, to: Socket): void => {
      sockets.add(from);
      from.setNoDelay(true);
      from.on('data', (chunk: Buffer) => setTimeout(() => to.destroyed || to.write(chunk), oneWayMs));
      from.on('end', () => setTimeout(() => to.end(), oneWayMs));
      from.on('error', () => undefined);
      from.on('close', () => {
        sockets.delete(from);
        setTimeout(() => to.destroy(), oneWayMs);
      });
    };
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

function buildFloor(): string {
  const out = join(scratch, 'floor');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'bench/floor.ts'), '-o', out, '--minify', '--quiet'],
    { stdio: 'inherit' },
  );
  return join(out, 'index.js');
}

/** One run: its wall time, or (with the probe) its CPU time and peak memory. */
async function run(args: string[], env: Record<string, string>, probed: boolean): Promise<Partial<Record<Measure, number>>> {
  const usageFile = join(scratch, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [...(probed ? ['--require', probe] : []), ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...(probed ? { BENCH_USAGE_FILE: usageFile } : {}), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  if (!probed) return { wallMs };
  return JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
}

function caseEnv(sim: Simulator, c: Case, mode: Pick<Mode, 'floorCa' | 'actionCa' | 'relays'>): Record<string, string> {
  if (!c.inputs) return mode.floorCa ? { NODE_EXTRA_CA_CERTS: mode.floorCa } : {};
  const files = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_ENV: join(scratch, 'env'), GITHUB_STEP_SUMMARY: join(scratch, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    ...files,
    AZURE_POD_IDENTITY_AUTHORITY_HOST: mode.relays?.imdsUrl ?? sim.imdsUrl,
    NODE_EXTRA_CA_CERTS: mode.actionCa,
    'INPUT_ARM-ENDPOINT': mode.relays?.armUrl ?? armByName(sim),
    // The token's audience stays ARM's own address when a relay is in between.
    'INPUT_ARM-RESOURCE': `${armByName(sim)}/`,
  };
  for (const [name, value] of Object.entries(c.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { ...env, ...c.env };
}

/** ARM by host name, as on a runner (management.azure.com): a DNS lookup, SNI and name checks. */
const armByName = (sim: Simulator): string => sim.armUrl.replace('//127.0.0.1:', '//localhost:');

/** The certificate ARM serves: its key type and size. */
async function armCertificate(sim: Simulator): Promise<string> {
  const url = new URL(armByName(sim));
  const socket = connectTls({ host: url.hostname, port: Number(url.port), servername: url.hostname, ca: sim.caCert });
  await new Promise<void>((done, fail) => socket.once('secureConnect', done).once('error', fail));
  const cert: X509Certificate = socket.getPeerX509Certificate()!;
  socket.destroy();
  const key = cert.publicKey;
  return `${key.asymmetricKeyType?.toUpperCase()}-${key.asymmetricKeyDetails?.modulusLength ?? '?'}`;
}

const stats = (values: number[]): { median: number; min: number; max: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
};

const kb = (file: string): string => `${(statSync(file).size / 1024).toFixed(0)} KiB`;
const certsIn = (file: string): number => readFileSync(file, 'utf8').split('-----BEGIN CERTIFICATE-----').length - 1;

const sim = await startSimulator();
const relays: Relay[] = [];
try {
  const floor = buildFloor();
  const action = join(root, 'dist', 'index.js');
  const keysInputs = { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup };
  const cases: Case[] = [
    { name: '1. node -e 0', args: ['-e', '0'] },
    { name: '2. @actions/core only', args: [floor] },
    { name: '3. action, keys only', args: [action], inputs: keysInputs },
    { name: '4. action, instance metadata', args: [action], inputs: { 'account-name': SEED.account } },
    {
      name: '5. action, smoke test',
      args: [action],
      inputs: { ...keysInputs, 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container },
    },
  ];
  const [bare, coreOnly, keysOnly, vmMetadata, smoke] = cases as [Case, Case, Case, Case, Case];
  // The other credential sources, keys only: one round trip for the token each, plus GitHub's token for github-oidc.
  const tokenFile = join(scratch, 'azure-identity-token');
  sim.writeFederatedToken(tokenFile);
  const [podApp, githubApp] = sim.state.entra.apps;
  if (!podApp || !githubApp) throw new Error('the simulator has no Entra ID apps');
  cases.push(
    {
      name: '6. app-service source, keys only',
      args: [action],
      inputs: keysInputs,
      env: { IDENTITY_ENDPOINT: sim.appServiceUrl, IDENTITY_HEADER: sim.identityHeader, AZURE_POD_IDENTITY_AUTHORITY_HOST: '' },
    },
    {
      name: '7. workload-identity source, keys only',
      args: [action],
      inputs: keysInputs,
      env: {
        AZURE_FEDERATED_TOKEN_FILE: tokenFile,
        AZURE_CLIENT_ID: podApp.clientId,
        AZURE_TENANT_ID: sim.state.entra.tenantId,
        AZURE_AUTHORITY_HOST: sim.entraUrl,
        AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
      },
    },
    {
      name: '8. github-oidc source, keys only',
      args: [action],
      inputs: { ...keysInputs, 'client-id': githubApp.clientId, 'tenant-id': sim.state.entra.tenantId },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: sim.oidcRequestToken,
        AZURE_AUTHORITY_HOST: sim.entraUrl,
        AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
      },
    },
  );
  // BENCH_BASELINE=<another build's index.js>: its keys-only run alternates with this build's, in every mode.
  const baselineFile = process.env['BENCH_BASELINE'] ? resolve(process.env['BENCH_BASELINE']) : undefined;
  const baseline: Case | undefined = baselineFile
    ? { name: `3′. keys only, baseline build (${baselineFile})`, args: [baselineFile], inputs: keysInputs }
    : undefined;
  if (baseline) cases.splice(3, 0, baseline);
  const modes: Mode[] = [
    {
      title: 'Runner-like: no NODE_EXTRA_CA_CERTS; the action cases trust only the test CA (1 certificate)',
      actionCa: sim.caFile,
      samples: new Map(),
    },
  ];
  if (bundleFile) {
    const both = join(scratch, 'bundle-and-test-ca.pem');
    writeFileSync(both, `${readFileSync(bundleFile, 'utf8').trimEnd()}\n${sim.caCert}`);
    modes.push({
      title: `With this machine's CA bundle: NODE_EXTRA_CA_CERTS=${bundleFile} (${certsIn(bundleFile)} certificates) for every case, the test CA appended for the action cases`,
      floorCa: bundleFile,
      actionCa: both,
      samples: new Map(),
    });
  }
  if (LATENCY_MS > 0) {
    const imds = await startRelay(Number(new URL(sim.imdsUrl).port), LATENCY_MS);
    const arm = await startRelay(Number(new URL(sim.armUrl).port), LATENCY_MS);
    relays.push(imds, arm);
    modes.push({
      title: `Runner-like, with ${LATENCY_MS} ms of latency each way between the action and IMDS, and between the action and ARM (${2 * LATENCY_MS} ms round trips; a relay on loopback that delays every chunk, TCP's own handshake excepted)`,
      actionCa: sim.caFile,
      only: (c) => c === keysOnly || c === baseline || c === vmMetadata,
      relays: { imdsUrl: `http://127.0.0.1:${imds.port}`, armUrl: `https://localhost:${arm.port}` },
      samples: new Map(),
    });
  }
  for (const mode of modes)
    for (const c of cases.filter(mode.only ?? (() => true))) mode.samples.set(c, { wallMs: [], cpuMs: [], maxRssKb: [] });

  for (let round = -1; round < RUNS; round++) {
    for (const mode of modes) {
      for (const c of mode.samples.keys()) {
        for (const probed of [false, true]) {
          sim.faults.clear();
          const result = await run(c.args, caseEnv(sim, c, mode), probed);
          if (round < 0) continue;
          const samples = mode.samples.get(c)!;
          for (const [key, value] of Object.entries(result) as [Measure, number][]) samples[key].push(value);
        }
      }
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
      { service: 'app-service', times: Infinity, action: { delayMs: 100 } },
      { service: 'entra', times: Infinity, action: { delayMs: 100 } },
      { service: 'oidc', times: Infinity, action: { delayMs: 100 } },
    );
    Object.assign(sim.armHandshakes, { full: 0, resumed: 0 });
    await run(c.args, caseEnv(sim, c, modes[0]!), false);
    c.requests = sim.faults.requests.length;
    c.roundTrips = sim.faults.sequentialRoundTrips();
    c.handshakes = { ...sim.armHandshakes };
    if (process.env['BENCH_TIMELINE']) {
      const t0 = sim.faults.requests[0]?.at ?? 0;
      const line = (r: (typeof sim.faults.requests)[number]): string =>
        `${r.service} ${r.method} ${r.path.split('/').pop() || '/'} ${(r.at - t0).toFixed(0)}–${(r.finishedAt - t0).toFixed(0)} ms`;
      console.log(`${c.name}: ${sim.faults.requests.map(line).join('; ')}`);
    }
  }

  const lines: string[] = [];
  for (const [i, mode] of modes.entries()) {
    if (mode.relays) {
      const median = (c: Case): number => stats(mode.samples.get(c)!.wallMs).median;
      lines.push(`**${String.fromCharCode(65 + i)}. ${mode.title}.**`, '');
      lines.push('| case | wall time, median (min–max) | CPU time | peak memory (RSS) |', '| --- | --- | --- | --- |');
      for (const c of mode.samples.keys()) {
        const cell = (key: Measure, unit: string, scale = 1): string => {
          const x = stats(mode.samples.get(c)![key].map((v) => v / scale));
          return `${x.median.toFixed(0)} ${unit} (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
        };
        lines.push(`| ${c.name} | ${cell('wallMs', 'ms')} | ${cell('cpuMs', 'ms')} | ${cell('maxRssKb', 'MiB', 1024)} |`);
      }
      const a = modes[0]!.samples.get(keysOnly)!.wallMs;
      lines.push(
        '',
        `- keys only: ${(median(keysOnly) - stats(a).median).toFixed(0)} ms more than on loopback (mode A), for ${2 * LATENCY_MS} ms round trips`,
      );
      if (baseline) lines.push(`- keys only, this build / the baseline: ${(median(keysOnly) / median(baseline)).toFixed(2)}×`);
      lines.push('');
      continue;
    }
    const median = (c: Case, key: Measure): number => stats(mode.samples.get(c)![key]).median;
    const cell = (c: Case, key: Measure, unit: string, scale = 1): string => {
      const s = stats(mode.samples.get(c)![key].map((x) => x / scale));
      return `${s.median.toFixed(0)} ${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
    };
    const ratio = (a: Case, b: Case, key: Measure): string => (median(a, key) / median(b, key)).toFixed(2);
    const first = i === 0;
    lines.push(`**${String.fromCharCode(65 + i)}. ${mode.title}.**`, '');
    lines.push(
      first
        ? '| case | wall time, median (min–max) | CPU time | peak memory (RSS) | HTTP requests | sequential round trips (100 ms latency each) | TLS handshakes with ARM (full + resumed) |'
        : '| case | wall time, median (min–max) | CPU time | peak memory (RSS) |',
      first ? '| --- | --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
    );
    for (const c of cases) {
      const counts = first
        ? ` ${c.requests ?? '–'} | ${c.roundTrips ?? '–'} | ${c.handshakes ? `${c.handshakes.full} + ${c.handshakes.resumed}` : '–'} |`
        : '';
      lines.push(`| ${c.name} | ${cell(c, 'wallMs', 'ms')} | ${cell(c, 'cpuMs', 'ms')} | ${cell(c, 'maxRssKb', 'MiB', 1024)} |${counts}`);
    }
    lines.push(
      '',
      `- keys only / @actions/core only (3/2): wall time **${ratio(keysOnly, coreOnly, 'wallMs')}×** (target ≤ 1.3), CPU time ${ratio(keysOnly, coreOnly, 'cpuMs')}×, peak memory ${ratio(keysOnly, coreOnly, 'maxRssKb')}× (target ≤ 1.2)`,
      `- keys only / node -e 0 (3/1): wall time **${ratio(keysOnly, bare, 'wallMs')}×**, CPU time ${ratio(keysOnly, bare, 'cpuMs')}×; the action adds ${(median(keysOnly, 'wallMs') - median(coreOnly, 'wallMs')).toFixed(0)} ms to the @actions/core floor`,
      `- the smoke test adds ${(median(smoke, 'wallMs') - median(keysOnly, 'wallMs')).toFixed(0)} ms to a keys-only run (5/1: ${ratio(smoke, bare, 'wallMs')}×)`,
      ...(baseline
        ? [
            `- the baseline build: keys only / @actions/core only **${ratio(baseline, coreOnly, 'wallMs')}×**, CPU time ${ratio(baseline, coreOnly, 'cpuMs')}×; this build / the baseline: wall time ${ratio(keysOnly, baseline, 'wallMs')}×, CPU time ${ratio(keysOnly, baseline, 'cpuMs')}×`,
          ]
        : []),
      '',
    );
  }
  const chunks = readdirSync(join(root, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
  lines.push(
    `Bundles: dist/index.js ${kb(action)}${chunks.length ? ` (lazily loaded: ${chunks.map((f) => `${f} ${kb(join(root, 'dist', f))}`).join(', ')})` : ''}; the core-only floor ${kb(floor)}. ARM's certificate: ${await armCertificate(sim)}.`,
  );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const header = `${RUNS} rounds after a warm-up round, ${new Date().toISOString().slice(0, 10)}, on ${machine}; in each round every case runs once per mode for its wall time and once more for its CPU time and memory.`;
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
  await Promise.all(relays.map((r) => r.close()));
  await sim.close();
  rmSync(scratch, { recursive: true, force: true });
}
