/**
 * docs/troubleshooting.md keeps up with src/: every module that words an error has an entry, and
 * every message a heading quotes is still one the action prints (its literal parts, between the
 * `…` that stand for what varies, appear in src/).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../helpers/text.ts';

const doc = readText('docs/troubleshooting.md');
const sources = (readdirSync('src', { recursive: true }) as string[])
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [`src/${name.replace(/\\/g, '/')}`, readText(join('src', name))] as const);
const allSource = sources.map(([, text]) => text).join('\n');

/** A module that words errors: it builds the action's errors, or fails the step itself. */
const wordsErrors = (text: string): boolean =>
  /new (ActionError|InputError|\w*StepFailure)\(|extends ActionError|core\.setFailed\(/.test(text);

describe('docs/troubleshooting.md', () => {
  it.each(sources.filter(([, text]) => wordsErrors(text)).map(([path]) => [path]))('has an entry for the errors %s words', (path) => {
    expect(doc).toContain(`\`${path}\``);
  });

  const quoted = [...doc.matchAll(/^#{3} (.+)$/gm)].flatMap(([, heading]) => [...heading!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

  it('quotes messages in its headings', () => {
    expect(quoted.length).toBeGreaterThan(30);
  });

  it.each(quoted.map((message) => [message]))('heading %s is still a message the action prints', (message) => {
    const parts = message
      .split('…')
      .map((part) => part.trim())
      .filter((part) => part.length >= 6);
    for (const part of parts) expect([part, allSource.includes(part)]).toEqual([part, true]);
  });
});
