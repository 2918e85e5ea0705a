/**
 * `npm run check-dist`: builds the bundle afresh into a scratch folder and fails when it
 * differs from the committed dist/ (the runner executes dist/, not src/).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const scratch = '.dist-check';
rmSync(scratch, { recursive: true, force: true });
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'src/index.ts',
      '-o',
      scratch,
      '--minify',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    {
      stdio: 'inherit',
    },
  );
  const names = new Set([...readdirSync('dist'), ...readdirSync(scratch)]);
  const differ = [...names].filter((name) => {
    const read = (dir: string): string | undefined => {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    };
    return read('dist') !== read(scratch);
  });
  if (differ.length) {
    console.error(`dist/ does not match a fresh build of src/: ${differ.join(', ')}. Run npm run build and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build of src/.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
