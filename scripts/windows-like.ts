/**
 * `npm run windows-like`: the test suite under Windows-like conditions, on Linux.
 *
 * 1. A clone of a commit (HEAD of this checkout unless --ref names another) made as Git on a
 *    Windows runner makes it, `git -c core.autocrlf=true clone`, so every text file the
 *    repository does not pin to LF has CRLF line endings (the clone keeps core.autocrlf=true).
 * 2. In the clone, `npm test` (any further arguments go to Jest: test paths, -t …) with
 *    scripts/windows-like-preload.js preloaded into the test processes and the action they
 *    spawn: os.EOL is '\r\n' and opens never carry O_NOFOLLOW, as on Windows.
 * 3. The failed tests by name, then the counts; the exit code is Jest's.
 *
 * node_modules is this checkout's, hard-linked (the same lock file), or a fresh `npm ci` where
 * that fails or with --install. The clone is removed at the end unless --keep is given.
 *
 *   npm run windows-like
 *   npm run windows-like -- --ref main
 *   npm run windows-like -- --keep __tests__/e2e/arc.e2e.test.ts
 *
 * Only committed changes are tested. What it cannot show is in CONTRIBUTING.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const preload = pathToFileURL(join(root, 'scripts', 'windows-like-preload.js')).href;

const args = process.argv.slice(2);
const option = (name: string): boolean => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const refAt = args.indexOf('--ref');
const ref = refAt >= 0 ? args.splice(refAt, 2)[1] : 'HEAD';
const keep = option('--keep');
const install = option('--install');
if (!ref) {
  console.error('Usage: npm run windows-like -- [--ref REF] [--keep] [--install] [jest arguments]');
  process.exit(2);
}

const git = (cwd: string, ...gitArgs: string[]): string => execFileSync('git', gitArgs, { cwd, encoding: 'utf8' }).trim();
const commit = git(root, 'rev-parse', '--verify', `${ref}^{commit}`);
if (ref === 'HEAD' && git(root, 'status', '--porcelain', '--untracked-files=no') !== '') {
  console.error('Note: uncommitted changes are not in the clone; it tests the last commit.');
}

const clone = mkdtempSync(join(tmpdir(), 'windows-like-'));
const results = join(clone, '.windows-like-results.json');
let status = 1;
try {
  console.error(`Cloning ${git(root, 'log', '-1', '--format=%h %s', commit)} into ${clone} with core.autocrlf=true…`);
  execFileSync('git', ['-c', 'core.autocrlf=true', 'clone', '--quiet', '--no-checkout', root, clone], { stdio: 'inherit' });
  git(clone, 'config', 'core.autocrlf', 'true');
  git(clone, 'checkout', '--quiet', '--detach', commit);

  const lock = (dir: string): string => readFileSync(join(dir, 'package-lock.json'), 'utf8').replace(/\r\n/g, '\n');
  const linked = (): boolean => {
    if (install || !existsSync(join(root, 'node_modules')) || lock(root) !== lock(clone)) return false;
    // GNU cp; where it has no -l (macOS), or across file systems, npm ci instead.
    return spawnSync('cp', ['-al', join(root, 'node_modules'), join(clone, 'node_modules')], { stdio: 'ignore' }).status === 0;
  };
  if (!linked()) {
    rmSync(join(clone, 'node_modules'), { recursive: true, force: true });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone, stdio: 'inherit' });
  }

  const nodeOptions = [process.env['NODE_OPTIONS'], `--import ${preload}`].filter(Boolean).join(' ');
  const run = spawnSync('npm', ['test', '--', '--json', `--outputFile=${results}`, ...args], {
    cwd: clone,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  status = run.status ?? 1;

  if (existsSync(results)) {
    const report = JSON.parse(readFileSync(results, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numRuntimeErrorTestSuites: number;
      testResults: Array<{ name: string; status: string; message: string; assertionResults: Array<{ fullName: string; status: string }> }>;
    };
    const failed = report.testResults.flatMap((suite) => [
      ...suite.assertionResults.filter((t) => t.status === 'failed').map((t) => `${relative(clone, suite.name)}: ${t.fullName}`),
      ...(suite.status === 'failed' && suite.assertionResults.length === 0
        ? [`${relative(clone, suite.name)}: the suite did not run`]
        : []),
    ]);
    console.log(`\nWindows-like run of ${commit.slice(0, 12)}: ${failed.length ? 'failed tests' : 'no test failed'}`);
    for (const name of failed) console.log(`  ${name}`);
    console.log(
      `windows-like: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped, ${report.numRuntimeErrorTestSuites} suites that did not run`,
    );
  }
} finally {
  if (keep) console.error(`The clone is kept: ${clone}`);
  else rmSync(clone, { recursive: true, force: true });
}
process.exit(status);
