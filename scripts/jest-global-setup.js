// Jest globalSetup of the e2e project (jest.config.js): the suites that run the bundle get one
// built from the src/ being edited, not the last committed dist/. Jest runs it only when a test
// of that project runs, so a unit file never waits for a build.
//
// The bundle is keyed by a hash of everything the build reads (BUILD_INPUTS, plus the installed
// packages and the Node that builds): it lives in .test-dist/<hash>/ and is rebuilt only when
// that hash changes. A build goes into a scratch folder that is renamed into place when
// complete, so a concurrent jest never runs a half-written bundle, and a bundle in use is never
// overwritten (an older one is removed once unused for a while). The workers inherit
// COSMOS_ACTION_PATH. Set it yourself to test another bundle, without a build, e.g. the
// committed one: COSMOS_ACTION_PATH=dist/index.js npm test
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(import.meta.dirname, '..');
const testDist = join(root, '.test-dist');

/** What scripts/build.ts reads: the sources, itself, ncc's TypeScript settings, and the packages bundled (with their licences). */
const BUILD_INPUTS = [
  'src',
  'scripts/build.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  // The tree npm actually installed (npm ci writes it), should it differ from the lock file.
  'node_modules/.package-lock.json',
];
/** Bundles no jest run has used for this long are removed (a run touches its bundle when it starts). */
const UNUSED_MS = 30 * 60_000;
/** A build holds a lock file; one older than this, or whose process is gone, was abandoned (a build takes ~15 s). */
const STALE_LOCK_MS = 5 * 60_000;

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** The hash of every build input (path and content) and of the Node version that builds. */
function buildHash() {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const file of BUILD_INPUTS.flatMap((input) => filesUnder(join(root, input)))) {
    const content = readFileSync(file);
    hash.update(`${relative(root, file)}\n${content.length}\n`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}

function ageMs(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** Whether the process that wrote `lock` still runs (and the lock is not older than any build). */
function held(lock) {
  if (ageMs(lock) > STALE_LOCK_MS) return false;
  const pid = Number(readFileSync(lock, 'utf8'));
  if (!pid) return true; // just created, its pid not yet written
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Take the build lock: true when taken, false when a running build holds it. */
function tryLock(lock) {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (held(lock)) return false;
    // Left by a build that was interrupted.
    rmSync(lock, { force: true });
    return tryLock(lock);
  }
}

function build(hash, bundle) {
  const scratch = join(testDist, `.building-${hash}-${process.pid}`);
  process.stderr.write(`Bundling src/ into ${relative(root, bundle)}/ for the end-to-end suites (none built from these sources yet)…\n`);
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build.ts'), scratch, '--quiet'], { cwd: root, stdio: 'inherit' });
    renameSync(scratch, bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Bundles and scratch folders of other hashes that no run has used lately. */
function removeUnused(keep) {
  for (const name of readdirSync(testDist)) {
    const path = join(testDist, name);
    if (path !== keep && !name.endsWith('.lock') && ageMs(path) > UNUSED_MS) rmSync(path, { recursive: true, force: true });
  }
}

export default async function bundleForTests() {
  if (process.env.COSMOS_ACTION_PATH) return;
  mkdirSync(testDist, { recursive: true });
  const hash = buildHash();
  const bundle = join(testDist, hash);
  const lock = `${bundle}.lock`;
  // Another jest may be building the same sources: wait for its bundle rather than build it twice.
  while (!existsSync(join(bundle, 'index.js'))) {
    if (tryLock(lock)) {
      try {
        if (!existsSync(join(bundle, 'index.js'))) build(hash, bundle);
      } finally {
        rmSync(lock, { force: true });
      }
    } else {
      await sleep(250);
    }
  }
  const now = new Date();
  utimesSync(bundle, now, now);
  removeUnused(bundle);
  process.env.COSMOS_ACTION_PATH = join(bundle, 'index.js');
}
