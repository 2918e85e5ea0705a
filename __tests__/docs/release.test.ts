/** What the release workflow relies on: package.json's version, CHANGELOG.md's sections and the notes script. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { changelogSection } from '../../scripts/release-notes.ts';
import { readText } from '../helpers/text.ts';

const changelog = readText('CHANGELOG.md');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; name: string };

describe('releases', () => {
  it('CHANGELOG.md follows Keep a Changelog: an Unreleased section, then dated versions, newest first', () => {
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Unreleased');
    const versions = headings.slice(1);
    expect([...versions].sort((a, b) => b!.localeCompare(a!, undefined, { numeric: true }))).toEqual(versions);
  });

  it('package.json has a semantic version that CHANGELOG.md either releases or is about to', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    const released = changelogSection(changelog, pkg.version);
    if (released === undefined) expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });

  it('release notes are the section of one version, up to the next', () => {
    const text =
      '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-01-02\n\n### Fixed\n\n- b\n\n## [1.0.0] - 2026-12-01\n\n- a\n\n[1.1.0]: x\n';
    expect(changelogSection(text, '1.1.0')).toBe('### Fixed\n\n- b');
    expect(changelogSection(text, '1.0.0')).toBe('- a');
    expect(changelogSection(text, '1.0')).toBeUndefined();
    expect(changelogSection(text, '2.0.0')).toBeUndefined();
  });
});
