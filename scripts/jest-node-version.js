// Jest globalSetup of every run (jest.config.js): one line on stderr naming the Node that runs the
// tests, which is also the Node that runs the action in them (simulator/runner.ts spawns
// process.execPath), so a CI log shows it on every platform. On Windows, npm's shims for the
// `node` dev dependency are not known to put its Node 24 first, so CI installs Node 24 with
// actions/setup-node too (CONTRIBUTING.md); either way, a run on another major than the one
// action.yml names (runs.using: node24) stops here instead of testing on a runtime the runner
// never uses. Nothing is written to stdout (no test may print a workflow command).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export default function reportNodeVersion() {
  const action = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8'));
  const wanted = /^node(\d+)$/.exec(action?.runs?.using ?? '')?.[1];
  const major = process.versions.node.split('.')[0];
  process.stderr.write(`Tests run on Node ${process.version} (${process.execPath}); action.yml runs on node${wanted}.\n`);
  if (major !== wanted) {
    throw new Error(
      `The tests must run on Node ${wanted}, the runner's (action.yml: runs.using node${wanted}), not ${process.version}: run them through npm (the node dev dependency) or install Node ${wanted}.`,
    );
  }
}
