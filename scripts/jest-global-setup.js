// Jest globalSetup: bundles src/ afresh into .test-dist/ (scripts/build.ts, the same ncc flags
// as dist/) so the end-to-end suites run the code being edited, not the last committed dist/.
// The workers inherit COSMOS_ACTION_PATH. Set it yourself to test another bundle, e.g. the
// committed one: COSMOS_ACTION_PATH=dist/index.js npm test
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildActionForTests() {
  if (process.env.COSMOS_ACTION_PATH) return;
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [resolve(root, 'scripts/build.ts'), '.test-dist', '--quiet'], { cwd: root, stdio: 'inherit' });
  process.env.COSMOS_ACTION_PATH = resolve(root, '.test-dist/index.js');
}
