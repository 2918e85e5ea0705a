/** Reading the repository's text files (docs, workflows, sources) the way their readers do. */
import { readFileSync } from 'node:fs';

/**
 * A text file with `\r\n` read as `\n`, as Markdown, YAML and JavaScript all read it: a checkout
 * made before .gitattributes pinned LF, or by an editor that writes CRLF, reads the same.
 */
export function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
}
