/**
 * Preloaded into the action's process (NODE_OPTIONS=--import) by tests that check what a run
 * loads: at exit, writes the Node built-ins it loaded (process.moduleLoadList) to the file named
 * by LOADED_BUILTINS_FILE, one a line.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['LOADED_BUILTINS_FILE'];
if (file) {
  process.on('exit', () => {
    const list = (process as unknown as { moduleLoadList: string[] }).moduleLoadList;
    writeFileSync(
      file,
      list
        .filter((m) => m.startsWith('NativeModule '))
        .map((m) => m.slice('NativeModule '.length))
        .join('\n'),
    );
  });
}
