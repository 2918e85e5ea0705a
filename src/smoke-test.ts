/**
 * The smoke test, for whichever API the account speaks: NoSQL (smoke-test-sql.ts, @azure/cosmos),
 * MongoDB (smoke-test-mongodb.ts, the official driver) or Table (smoke-test-table.ts,
 * @azure/data-tables), each driver in its own chunk, loaded only for that API. An API it cannot
 * prove is refused before any data-plane request and before any key is handed out.
 */
import { API_NAMES, type Api } from './account-apis.ts';
import type { Auth, SmokeTestConfig } from './config.ts';
import { ActionError } from './errors.ts';
import type { Budget } from './http.ts';
import { runMongoSmokeTest } from './smoke-test-mongodb.ts';
import { preloadSqlSmokeTest, runSqlSmokeTest, type SmokeTestOptions } from './smoke-test-sql.ts';
import { runTableSmokeTest } from './smoke-test-table.ts';

/** An Entra ID token source for the data plane (what @azure/cosmos calls aadCredentials). */
export interface Credential {
  /** The scope to ask for: `<cosmos resource>/.default`. */
  readonly scope: string;
  getToken(): Promise<{ token: string; expiresOnTimestamp: number }>;
}

export interface SmokeStep {
  readonly name: string;
  /** When the step started, from the start of the smoke test (steps may run in parallel). */
  readonly startMs?: number;
  readonly ms: number;
  readonly requestCharge: number;
  readonly detail: string;
}

export interface SmokeTestResult {
  readonly steps: readonly SmokeStep[];
  readonly ms: number;
  readonly requestCharge: number;
}

/** What the smoke test of any API needs: the NoSQL options, and the account's API and where it answers. */
export interface SmokeTestRun extends SmokeTestOptions {
  readonly api: Api;
  /** The API's own endpoint (api-endpoint); empty for NoSQL. */
  readonly apiEndpoint: string;
  readonly accountName: string;
  /** Which key the access holds, for messages, e.g. "the primary read-only key". */
  readonly keyName?: string;
}

/** Which APIs the smoke test can prove, with each kind of access. */
const SMOKE_TESTED: Readonly<Record<Auth, readonly Api[]>> = { keys: ['sql', 'mongodb', 'table'], entra: ['sql'] };

/**
 * Refuse, before any data-plane request and before any key is handed out, a smoke test the
 * action cannot run for this account's API, or inputs that do not fit that API: the step was
 * meant to be gated on it.
 */
export function checkSmokeTestFits(api: Api, auth: Auth, accountName: string, config: SmokeTestConfig): void {
  const refuse = (why: string): never => {
    throw new ActionError(
      `Account '${accountName}' is an ${API_NAMES[api]} account: ${why} No data-plane request was made and no keys were handed out.`,
    );
  };
  if (!SMOKE_TESTED[auth].includes(api)) {
    const tested = SMOKE_TESTED[auth].map((a) => API_NAMES[a]).join(', ');
    refuse(
      'the smoke test cannot be run against it. ' +
        (auth === 'entra'
          ? `With auth: entra the smoke test covers ${tested} accounts${api === 'mongodb' ? ' (API for MongoDB accounts on request units do not accept Entra ID tokens)' : ''}; use auth: keys for it`
          : `The smoke test covers ${tested} accounts; for this one, prove access with its own client in a later step (the keys and api-endpoint are outputs)`) +
        ', or set smoke-test: false.',
    );
  }
  if (api === 'table' && config.database) refuse('it has no databases. Leave database empty and give the table as container.');
  if (api !== 'table' && config.container && !config.database) refuse('the container input needs the database input too.');
  if (api !== 'sql' && config.queryGiven) refuse('the query input is a NoSQL query; leave it empty (the smoke test reads one item).');
  if (api !== 'sql' && config.write) refuse('the write probe (smoke-test-write) is for API for NoSQL accounts; leave it off.');
}

/**
 * Start loading the NoSQL smoke test's chunk now, before the account's API is known, so that
 * parsing it overlaps the IMDS and ARM round trips: most accounts are NoSQL. The other drivers
 * load once the account read has named their API.
 */
export function preloadSmokeTest(): void {
  preloadSqlSmokeTest();
}

export async function runSmokeTest(run: SmokeTestRun, budget: Budget): Promise<SmokeTestResult> {
  const { api, access } = run;
  if (api === 'sql') return runSqlSmokeTest(run, budget);
  // Refused earlier for anything but a key (refuseUnsupportedSmokeTest).
  if (!('key' in access)) throw new ActionError(`The smoke test of ${API_NAMES[api]} accounts needs a key (auth: keys).`);
  switch (api) {
    case 'mongodb':
      return runMongoSmokeTest(
        { ...run, host: run.apiEndpoint, key: access.key, keyName: run.keyName, accountName: run.accountName },
        budget,
      );
    case 'table':
      return runTableSmokeTest({ ...run, key: access.key, keyName: run.keyName }, budget);
    default:
      throw new ActionError(`The smoke test cannot be run against ${API_NAMES[api]} accounts.`);
  }
}
