/**
 * The docs agree with each other and with action.yml where a reader compares them: each input's
 * default in the README's table is action.yml's, and SECURITY.md's supported versions are the
 * README's support policy.
 */
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { readText } from '../helpers/text.ts';

const action = parse(readText('action.yml')) as { inputs: Record<string, { default?: string }> };
const readme = readText('README.md');
const security = readText('SECURITY.md');

/** The README's Inputs table: name → its Default cell. */
function readmeDefaults(): Map<string, string> {
  const section = readme.split('## Inputs\n')[1]!.split(/^## /m)[0]!;
  return new Map([...section.matchAll(/^\| `([a-z-]+)` +\| ([^|]*)\|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('input defaults', () => {
  const documented = readmeDefaults();

  it.each(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']))(
    '%s: the README shows the default action.yml passes (%p)',
    (name, value) => {
      const cell = documented.get(name);
      expect(cell).toBeDefined();
      if (value !== '') {
        // A default the runner passes is shown as that literal value.
        expect(cell).toBe(`\`${value}\``);
      } else {
        // The runner passes nothing: the README may describe what the action then does, but not as a value.
        expect(cell).not.toMatch(/^`[^`]*`$/);
      }
    },
  );
});

describe('support policy', () => {
  const policy = /the major before it gets security fixes for\s+six months after a new major is released/;

  it('SECURITY.md and the README say the same', () => {
    expect(readme.replace(/\s+/g, ' ')).toMatch(
      /the newest major gets every fix and feature; the major before it gets security fixes for six months/,
    );
    expect(security.replace(/\s+/g, ' ')).toMatch(policy);
  });
});
