/**
 * The bundle's lazily loaded chunks (numbered `<n>.index.js` files beside it), found by what they
 * hold, and whether a run loaded one. The bundle and its chunks are ES modules: NODE_DEBUG=esm
 * lists each one Node loads ("Translating StandardModule file://…"); NODE_DEBUG=module lists only
 * CommonJS modules, so it never shows a chunk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACTION_PATH } from '../../simulator/runner.ts';

/** The environment that makes a run list the modules it loads on stderr. */
export const LIST_MODULES = { NODE_DEBUG: 'esm' } as const;

/** The file name of the one chunk that holds `marker` (a string only that driver has). */
export function chunkHolding(marker: string): string {
  const dir = dirname(ACTION_PATH);
  const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name));
  const holding = chunks.filter((name) => readFileSync(join(dir, name), 'utf8').includes(marker));
  if (holding.length !== 1) throw new Error(`${holding.length} chunks hold ${JSON.stringify(marker)}: ${holding.join(', ')}`);
  return holding[0]!;
}

/** The files a run started with LIST_MODULES loaded as ES modules (the bundle's own among them). */
export function loadedFiles(stderr: string): string[] {
  return [...stderr.matchAll(/Translating StandardModule file:\/\/\S*\/([^/\s]+\.js)\b/g)].map((m) => m[1]!);
}

/** Whether a run started with LIST_MODULES loaded `chunk`. */
export function loaded(stderr: string, chunk: string): boolean {
  const files = loadedFiles(stderr);
  if (!files.includes('index.js')) throw new Error('the run listed no modules: was it started with LIST_MODULES?');
  return files.includes(chunk);
}

/** Strings only each driver's chunk holds. */
export const DRIVERS = { cosmos: 'GlobalEndpointManager', mongodb: 'MongoTopologyClosedError', tables: 'fast-xml-parser' } as const;
