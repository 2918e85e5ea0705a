/** The smoke test's inputs: smoke-test, smoke-test-write, database, container, query. */
import * as core from '@actions/core';
import type { Auth, SmokeTestConfig } from './config.ts';
import type { Operation } from '../azure/keys.ts';
import { InputError, quote } from '../report/errors.ts';
import { parseBoolean } from './values.ts';

/** The default query: cheap, never a full-scan COUNT. */
const DEFAULT_QUERY = 'SELECT TOP 1 VALUE c.id FROM c';

/** A database or container ID: 1 to 255 characters, none of / \\ # ?, no trailing space. */
function checkCosmosId(input: string, value: string): string {
  if (value.length > 255 || /[/\\#?]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32) || value.endsWith(' ')) {
    throw new InputError(input, `${quote(value)} is not a Cosmos DB ID: up to 255 characters, without / \\ # ? or control characters.`);
  }
  return value;
}

/** Undefined when the smoke test is off (and then its other inputs must be empty). */
export function parseSmokeTest(auth: Auth, operation: Operation): SmokeTestConfig | undefined {
  const enabled = parseBoolean('smoke-test', false);
  const write = parseBoolean('smoke-test-write', false);
  const database = core.getInput('database');
  const container = core.getInput('container');
  const query = core.getInput('query');
  if (!enabled) {
    const stray = (
      [
        ['smoke-test-write', write],
        ['database', database],
        ['container', container],
        ['query', query],
      ] as const
    ).find(([, value]) => value);
    if (stray) throw new InputError(stray[0], 'is used only by the smoke test: set smoke-test: true.');
    return undefined;
  }
  // container without database is a Table account's table; the account read tells (smoke-test.ts).
  if (query && !container) throw new InputError('query', 'runs in a container: give database and container too.');
  if (query && !/^\s*SELECT\b/i.test(query)) throw new InputError('query', 'must be a read-only SQL query starting with SELECT.');
  if (write && auth === 'keys' && operation === 'readonlykeys') {
    throw new InputError(
      'smoke-test-write',
      'needs a read-write key, but operation readonlykeys returns read-only keys: use listKeys or listConnectionStrings.',
    );
  }
  if (write && !container) throw new InputError('smoke-test-write', 'writes a marker item into a container: give database and container.');
  return {
    database: database ? checkCosmosId('database', database) : undefined,
    container: container ? checkCosmosId('container', container) : undefined,
    query: query || DEFAULT_QUERY,
    queryGiven: query !== '',
    write,
  };
}
