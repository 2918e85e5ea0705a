/**
 * `npm run build`: bundles src/ into dist/ with ncc (the @azure/cosmos chunk is split off and
 * loaded on demand), then writes dist/licenses.txt covering every bundled package. ncc's own
 * --license option lists only the last chunk's packages, so the list comes from ncc's stats.
 *
 *   node scripts/build.ts [outDir] [--quiet]   (default dist; check-dist and the tests build into scratch folders)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const out = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'cosmos-build-'));
const stats = join(scratch, 'stats.json');

interface NccAsset {
  source: string | Buffer;
  permissions?: number;
}
type Ncc = (
  entry: string,
  options: Record<string, unknown>,
) => Promise<{ code: string; assets: Record<string, NccAsset>; stats: { toJson(): unknown } }>;

/**
 * @actions/http-client imports undici only for getAgentDispatcher(), a proxy dispatcher for
 * fetch-based clients, which nothing in this action calls. Bundled, undici is evaluated at every
 * start-up, and with it zlib, http2, worker_threads and more: ~25 ms, a third of a run. The
 * bundle imports this stand-in instead, written next to it; calling it throws.
 */
const UNDICI_STAND_IN = 'undici-not-bundled.js';
const standIn = `// Stands in for undici in this bundle: see scripts/build.ts. @actions/http-client imports it for
// getAgentDispatcher() only, which nothing in the action calls.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action (scripts/build.ts)');
  }
}
`;

/**
 * The mongodb driver's optional dependencies (compression, Kerberos, SOCKS5, AWS and GCP
 * credentials, client-side encryption), none of which the smoke test uses. Left to ncc, each
 * becomes a bare require() that Node resolves by walking up from dist/ (and NODE_PATH): a module of
 * that name anywhere above the action would be loaded into the process that holds the keys (the
 * driver requires aws4 as it loads). This stand-in takes their place; requiring it throws, which
 * the driver's own try/catch turns into "optional module not found".
 */
const OPTIONAL_STAND_IN = 'optional-dependency-not-bundled.cjs';
const MONGODB_OPTIONAL = [
  'kerberos',
  'snappy',
  '@mongodb-js/zstd',
  'socks',
  'aws4',
  'mongodb-client-encryption',
  '@aws-sdk/credential-providers',
  'gcp-metadata',
];
const optionalStandIn = `// Stands in for the mongodb driver's optional dependencies in this bundle: see scripts/build.ts.
throw new Error('not bundled with this action (scripts/build.ts)');
`;

try {
  rmSync(out, { recursive: true, force: true });
  const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;
  const built = await ncc(join(root, 'src/index.ts'), {
    minify: true,
    quiet: true,
    cache: false,
    externals: { undici: `./${UNDICI_STAND_IN}`, ...Object.fromEntries(MONGODB_OPTIONAL.map((name) => [name, `./${OPTIONAL_STAND_IN}`])) },
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), built.code);
  for (const [name, asset] of Object.entries(built.assets)) writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
  writeFileSync(join(out, UNDICI_STAND_IN), standIn);
  writeFileSync(join(out, OPTIONAL_STAND_IN), optionalStandIn);
  writeFileSync(stats, JSON.stringify(built.stats.toJson()));
  writeFileSync(join(out, 'licenses.txt'), licenses(bundledPackages(stats)));
  if (!quiet)
    for (const file of readdirSync(out)) console.log(`${file.padEnd(16)} ${(readFileSync(join(out, file)).length / 1024).toFixed(0)} KiB`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

interface StatsModule {
  identifier?: string;
  name?: string;
  modules?: StatsModule[];
}

/** Package folders (node_modules/…) of every module in the bundle, concatenated ones included. */
function bundledPackages(file: string): string[] {
  const folders = new Set<string>();
  const visit = (modules: StatsModule[] | undefined): void => {
    for (const m of modules ?? []) {
      const path = (m.identifier ?? m.name ?? '').split('!').pop() ?? '';
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path.replace(/\\/g, '/'));
      if (match?.[1]) folders.add(match[1].slice(match[1].indexOf('node_modules/')));
      visit(m.modules);
    }
  };
  visit((JSON.parse(readFileSync(file, 'utf8')) as { modules?: StatsModule[] }).modules);
  return [...folders].sort();
}

function licenses(folders: string[]): string {
  const sections = folders.map((folder) => {
    const dir = join(root, folder);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const licenseFile = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    const text =
      licenseFile && existsSync(join(dir, licenseFile))
        ? readFileSync(join(dir, licenseFile), 'utf8').trim()
        : '(no licence file in the package)';
    return `${pkg.name}@${pkg.version}\n${pkg.license ?? 'UNKNOWN'}\n${text}`;
  });
  return `Third-party packages bundled in dist/ (${folders.length}), with their licences.\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`;
}
