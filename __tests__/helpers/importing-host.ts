/**
 * A program that imports the action's bundle and calls its run(), as @github/local-action does,
 * then fails on its own: the end-to-end test checks that the action runs and that its last-resort
 * handler, which belongs to the runner's process only, does not claim the host's error.
 *
 *   node importing-host.ts <bundle>
 */
import { pathToFileURL } from 'node:url';

const bundle = process.argv[2];
if (!bundle) throw new Error('usage: importing-host.ts <bundle>');
const action = (await import(pathToFileURL(bundle).href)) as { run?: () => Promise<void> };
if (typeof action.run !== 'function') throw new Error('the bundle exports no run()');
await action.run();
process.stderr.write('host: the action returned\n');
throw new Error('the host failed after the run');
