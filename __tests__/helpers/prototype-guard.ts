/**
 * Preloaded into the action's process by the hostile-Azure table (NODE_OPTIONS=--import): at
 * exit, writes the own property names of Object.prototype, sorted, to PROTOTYPE_FILE, so a test
 * sees whether anything a server sent polluted it.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['PROTOTYPE_FILE'];
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()));
  });
}
