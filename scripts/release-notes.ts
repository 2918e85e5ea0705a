/**
 * Prints the CHANGELOG.md section of a release, for the GitHub release's notes, after checking
 * that the tag, package.json and CHANGELOG.md agree (the release workflow runs it on a tag).
 *
 *   node scripts/release-notes.ts v1.2.3
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The body of `## [version] - date` in a Keep a Changelog file, or undefined. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, 'm');
  const match = heading.exec(changelog);
  if (!match) return undefined;
  const rest = changelog.slice(match.index + match[0].length);
  const next = rest.search(/^## |^\[[^\]]+\]: /m);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

function fail(message: string): never {
  console.error(`release-notes: ${message}`);
  process.exit(1);
}

if (import.meta.main) {
  const tag = process.argv[2] ?? '';
  const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1];
  if (!version) fail(`${JSON.stringify(tag)} is not a version tag vX.Y.Z.`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== version) fail(`package.json says ${pkg.version}, the tag ${tag}: bump package.json first.`);
  const section = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!section) fail(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section with notes.`);
  console.log(section);
}
