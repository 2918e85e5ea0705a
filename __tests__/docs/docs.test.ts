/** action.yml, the README tables and the code agree on every input and output. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readInputs } from '../../src/inputs/read-inputs.ts';
import { buildOutputs } from '../../src/handout/outputs.ts';
import { ACTION_PATH } from '../../simulator/runner.ts';
import { readText } from '../helpers/text.ts';

const actionYml = readText('action.yml');
const readme = readText('README.md');

/** Names declared under a top-level key of action.yml (two-space-indented keys). */
function declared(section: 'inputs' | 'outputs'): string[] {
  const block = actionYml.split(new RegExp(`^${section}:\\n`, 'm'))[1]!.split(/^\S/m)[0]!;
  return [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
}

/** Names in the first column of the README table under `## <heading>`. */
function documented(heading: string): string[] {
  const section = readme.split(`## ${heading}\n`)[1]!.split(/^## /m)[0]!;
  return [...section.matchAll(/^\| `([a-z-]+)` /gm)].map((m) => m[1]!);
}

describe('the contract', () => {
  it('documents every input of action.yml in the README, in order', () => {
    expect(documented('Inputs')).toEqual(declared('inputs'));
  });

  it('documents every output of action.yml in the README, in order', () => {
    expect(documented('Outputs')).toEqual(declared('outputs'));
  });

  it('reads every declared input, and no other', () => {
    const seen = new Set<string>();
    const real = process.env;
    process.env = new Proxy(
      { ...real, 'INPUT_ACCOUNT-NAME': 'my-cosmos' },
      {
        get(target, key) {
          if (typeof key === 'string' && key.startsWith('INPUT_')) seen.add(key.slice('INPUT_'.length).toLowerCase());
          return (target as Record<string | symbol, unknown>)[key];
        },
      },
    );
    try {
      readInputs();
    } finally {
      process.env = real;
    }
    expect([...seen].sort()).toEqual(declared('inputs').sort());
  });

  it('sets only declared outputs, all of them for listConnectionStrings with the smoke test', () => {
    const keys = {
      primaryKey: 'a',
      secondaryKey: 'b',
      primaryReadonlyKey: 'c',
      secondaryReadonlyKey: 'd',
      connectionStrings: [],
    };
    const handout = { keys, key: { value: 'a', name: 'the primary key' }, connectionString: 'AccountEndpoint=https://x/;AccountKey=a;' };
    const account = { api: 'mongodb', accountName: 'x', apiEndpoint: 'x.mongo.cosmos.azure.com:10255' } as const;
    const smokeTest = { steps: [], ms: 1, requestCharge: 1 };
    expect([
      ...buildOutputs({ handout, endpoint: 'https://x/', account, principalId: 'p', identitySource: 'imds', smokeTest }).outputs.keys(),
    ]).toEqual(declared('outputs'));
  });

  it('lists the licences of the packages in the main bundle and in the lazily loaded chunk', () => {
    // The bundle the end-to-end suites run: npm test builds it afresh from src/ (COSMOS_ACTION_PATH).
    const licenses = readFileSync(join(dirname(ACTION_PATH), 'licenses.txt'), 'utf8');
    for (const name of [
      '@actions/core',
      '@actions/http-client',
      'tunnel',
      '@azure/cosmos',
      '@azure/core-rest-pipeline',
      'mongodb',
      'bson',
    ]) {
      expect(licenses).toMatch(new RegExp(`^${name.replace('/', '\\/')}@\\d`, 'm'));
    }
    // Not bundled: a stand-in takes its place (scripts/build.ts).
    expect(licenses).not.toMatch(/^undici@/m);
  });

  it('runs on node24 from dist/index.js', () => {
    expect(actionYml).toMatch(/^ {2}using: node24$/m);
    expect(actionYml).toMatch(/^ {2}main: dist\/index\.js$/m);
  });
});
