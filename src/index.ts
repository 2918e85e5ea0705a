/**
 * The action's entry point, as bundled into dist/index.js. Started by the runner (`node
 * dist/index.js`), it runs the action with the last-resort handler installed. Imported by another
 * program (GitHub's @github/local-action imports an entry point and calls its run()), it only
 * exports run: the process is that program's, and so are its crashes.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { installLastResort } from './report/last-resort.ts';
import { run } from './main.ts';

export { run };

/**
 * Whether Node started this file itself, rather than a program importing it: Node's own answer
 * (import.meta.main, Node 24.2 and later), else the started file and this one compared by their
 * real paths (symbolic links resolved on both sides, as --preserve-symlinks-main would not).
 */
function startedAsEntryPoint(): boolean {
  const meta = import.meta as ImportMeta & { main?: boolean };
  if (typeof meta.main === 'boolean') return meta.main;
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedAsEntryPoint()) {
  installLastResort();
  await run();
}
