/**
 * `npm run check-dist`: builds afresh into a scratch folder (scripts/build.ts) and fails when
 * the result differs from the committed dist/ (the runner executes dist/, not src/). `\r\n` reads
 * as `\n`, as Node reads JavaScript (even inside template literals): Git stores dist/ with LF, and
 * a checkout made before .gitattributes pinned LF has CRLF.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const scratch = '.dist-check';
try {
  execFileSync(process.execPath, ['scripts/build.ts', scratch], { stdio: ['ignore', 'ignore', 'inherit'] });
  const names = new Set([...readdirSync('dist'), ...readdirSync(scratch)]);
  const read = (dir: string, name: string): string | undefined => {
    try {
      return readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n');
    } catch {
      return undefined;
    }
  };
  const differ = [...names].filter((name) => read('dist', name) !== read(scratch, name));
  if (differ.length) {
    console.error(`dist/ does not match a fresh build of src/: ${differ.join(', ')}. Run npm run build and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build of src/.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
