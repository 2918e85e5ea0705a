/** The action's entry point, as bundled into dist/index.js. */
import { run } from './main.ts';

await run();
