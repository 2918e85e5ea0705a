/** The action's entry point, as bundled into dist/index.js. */
import { installLastResort } from './report/last-resort.ts';
import { run } from './main.ts';

installLastResort();
await run();
