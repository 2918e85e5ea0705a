/**
 * Hostile IMDS (and Azure Arc agent) answers: a 410 that never ends, instance metadata that is
 * not what it claims to be, error bodies written to become workflow commands, a key file the
 * runner cannot read. Each row names the finding of the hostile-answers issue it covers.
 */
import { afterAll, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED, type Fault, type Simulator } from '../../../simulator/index.ts';
import { INJECTIONS, type HostileRow } from '../../helpers/hostile-rows.ts';
import { errorLine } from '../../helpers/run.ts';

const TOKEN = '/metadata/identity/oauth2/token';
const INSTANCE = '/metadata/instance';
/** The inputs that make the run read instance metadata for its subscription and group. */
const FROM_VM = { 'subscription-id': '', 'resource-group': '' };

/** Instance metadata as IMDS sends it, with `compute` fields replaced. */
const instance = (compute: Record<string, string>): Fault[] => [
  {
    service: 'imds',
    path: INSTANCE,
    action: {
      status: 200,
      body: {
        compute: {
          azEnvironment: 'AzurePublicCloud',
          name: 'gh-runner-01',
          resourceGroupName: SEED.resourceGroup,
          subscriptionId: SEED.subscriptionId,
          ...compute,
        },
      },
    },
  },
];

/** The pauses between consecutive requests to `path`, as the simulator saw them (end of one answer to the next request). */
function pauses(sim: Simulator, path: string): number[] {
  const hits = sim.faults.requests.filter((r) => r.service === 'imds' && r.path.includes(path));
  return hits.slice(1).map((r, i) => r.at - hits[i]!.finishedAt);
}

/**
 * A key file that lstat sees as a small regular file but that cannot be read: mode 000 for a
 * user other than root; for root (who reads mode 000 files), a procfs file that is write-only
 * even for root (reading it is EACCES) bind-mounted onto the file. Undefined when neither works
 * here (root without the right to mount), and on Windows, where chmod sets only the read-only
 * attribute and the file stays readable (a read is denied there by the file's ACL; a row that
 * sets one with icacls has never run on Windows, so none is offered): then the row is left out and
 * __tests__/credentials/arc.test.ts's mocked file system covers the same code, Windows' EPERM
 * and group hint included.
 */
const unreadable = (() => {
  if (process.platform === 'win32') return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'arc-unreadable-'));
  const file = join(dir, 'agent.key');
  writeFileSync(file, 'not-readable', { mode: 0o600 });
  let mounted = false;
  afterAll(() => {
    if (mounted) execFileSync('/bin/umount', [file]);
    rmSync(dir, { recursive: true, force: true });
  });
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o000);
    return { dir, file };
  }
  const writeOnly = ['/proc/sys/vm/drop_caches', '/proc/sys/vm/compact_memory'].find((f) => existsSync(f));
  if (!writeOnly) return undefined;
  try {
    execFileSync('/bin/mount', ['--bind', writeOnly, file], { stdio: 'ignore' });
    mounted = true;
    return { dir, file };
  } catch {
    return undefined;
  }
})();

const arcRows: HostileRow[] = unreadable
  ? [
      {
        name: '10: an Azure Arc key file that exists but cannot be read (EACCES): the himds group hint, not an unexpected error',
        inputs: () => ({ 'timeout-seconds': '4' }),
        env: (sim) => ({
          IDENTITY_ENDPOINT: `${sim.imdsUrl}${TOKEN}`,
          IMDS_ENDPOINT: sim.imdsUrl,
          AZURE_ARC_TOKENS_DIR: unreadable.dir,
        }),
        faults: () => [
          {
            service: 'imds',
            path: TOKEN,
            action: { status: 401, headers: { 'www-authenticate': `Basic realm=${unreadable.file}` }, body: { error: 'unauthorized' } },
          },
        ],
        exit: 1,
        message: /Azure Arc key file .*agent\.key could not be read \(EACCES\)\. The runner's user must be in the agent's group \(himds\)/,
        requests: [
          ['imds', TOKEN, 1],
          ['arm', '', 0],
        ],
        maxMs: 2000,
      },
    ]
  : [];

export const imdsRows: HostileRow[] = [
  {
    name: '4: 410 with Retry-After: 0 forever: 8 token requests (MSAL’s 1 + 7), 0.5 s apart at least, then a clear message',
    faults: () => [{ service: 'imds', path: TOKEN, action: { status: 410, headers: { 'retry-after': '0' } }, times: Infinity }],
    exit: 1,
    message:
      /IMDS answered 410 \(being upgraded\) to 8 attempts for a managed identity token, the most the action makes for one request \(IMDS throttles per VM\)\. Re-run the job/,
    requests: [
      ['imds', TOKEN, 8],
      ['arm', '', 0],
    ],
    maxMs: 8000, // 7 waits of 0.5 s; generous for a loaded machine
    check: (sim) => {
      for (const pause of pauses(sim, TOKEN)) expect(pause).toBeGreaterThanOrEqual(450);
    },
  },
  {
    name: '4: 410 with Retry-After: 0 forever on the token and instance metadata at once: the run stops at 12 IMDS requests',
    inputs: () => FROM_VM,
    faults: () => [{ service: 'imds', path: '/metadata/', action: { status: 410, headers: { 'retry-after': '0' } }, times: Infinity }],
    exit: 1,
    message:
      /IMDS answered 410 \(being upgraded\) to \d+ attempts for instance metadata(; the run stopped at 12 failed requests to IMDS|, the most)/,
    requests: [
      ['imds', '/metadata/', 12],
      ['arm', '', 0],
    ],
    maxMs: 5000,
  },
  {
    name: '7: instance metadata whose subscriptionId is ../../x: refused, naming instance metadata, before any ARM request',
    inputs: () => FROM_VM,
    faults: () => instance({ subscriptionId: '../../x' }),
    exit: 1,
    message: /Instance metadata from .* is not usable: its compute\.subscriptionId "\.\.\/\.\.\/x" is not a subscription ID/,
    requests: [
      ['imds', INSTANCE, 1],
      ['arm', '', 0],
    ],
    maxMs: 2000,
  },
  {
    name: '7: instance metadata whose resourceGroupName is an HTML tag: refused before any ARM request, never raw in the summary',
    inputs: () => FROM_VM,
    faults: () => instance({ resourceGroupName: '<img src=x onerror=alert(1)>' }),
    exit: 1,
    message: /Instance metadata from .* is not usable: its compute\.resourceGroupName .* is not a resource group name/,
    requests: [
      ['imds', INSTANCE, 1],
      ['arm', '', 0],
    ],
    maxMs: 2000,
    check: (_sim, result) => expect(result.summary).not.toContain('<img'),
  },
  ...[...INJECTIONS, 'A'.repeat(200)].map((azEnvironment, i): HostileRow => ({
    name: `7: instance metadata whose azEnvironment is ${i < INJECTIONS.length ? `injection payload ${i + 1}` : '200 letters long'} (cloud: auto): refused, never printed raw, before any ARM request`,
    inputs: () => ({ cloud: 'auto' }),
    faults: () => instance({ azEnvironment }),
    exit: 1,
    message: /Instance metadata from .* is not usable: its compute\.azEnvironment .* is not a cloud name/,
    requests: [
      ['imds', INSTANCE, 1],
      ['arm', '', 0],
    ],
    maxMs: 2000,
    check: (_sim, result) => expect(result.stdout).not.toContain(azEnvironment),
  })),
  ...(
    [
      [400, /IMDS refused/],
      [401, /IMDS refused/],
      [403, /IMDS refused/],
      [404, /IMDS still answered 404/],
      [410, /IMDS answered 410/],
      [429, /IMDS throttled/],
      [500, /IMDS answered 500/],
      [503, /IMDS answered 503/],
    ] as const
  ).map(([status, message], i): HostileRow => ({
    // Retry-After beyond the budget: one request, even for the statuses that are retried.
    name: `IMDS ${status} whose error fields and request ID are workflow commands, the ID 2,000 characters long: printed sanitised and bounded`,
    faults: () => [
      {
        service: 'imds',
        path: TOKEN,
        action: {
          status,
          headers: { 'retry-after': '30', 'x-ms-request-id': `::warning::PWNED${'x'.repeat(2000)}` },
          body: { error: INJECTIONS[i % INJECTIONS.length]!, error_description: INJECTIONS[(i + 1) % INJECTIONS.length]! },
        },
      },
    ],
    exit: 1,
    message,
    requests: [
      ['imds', TOKEN, 1],
      ['arm', '', 0],
    ],
    maxMs: 2000,
    check: (_sim, result) => {
      const line = errorLine(result);
      expect(line).toContain('IMDS said:');
      expect(line).toContain('IMDS request ID');
      expect(line.length).toBeLessThan(1000);
    },
  })),
  ...arcRows,
];
