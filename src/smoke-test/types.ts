/**
 * What the smoke test's dispatcher (smoke-test.ts) and its drivers (sql.ts, mongodb.ts, table.ts)
 * share: the options of a run, the steps it reports and its result.
 */
import type { SmokeTestConfig } from '../inputs/config.ts';
import type { ReportedStep } from '../report/summary.ts';

/** An Entra ID token source for the data plane (what @azure/cosmos calls aadCredentials). */
export interface DataPlaneCredential {
  /** The scope to ask for: `<cosmos resource>/.default`. */
  readonly scope: string;
  getToken(): Promise<{ token: string; expiresOnTimestamp: number }>;
}

/** One step of the smoke test, as the log and the job summary show it. */
export type SmokeStep = ReportedStep;

export interface SmokeTestResult {
  readonly steps: readonly SmokeStep[];
  readonly ms: number;
  readonly requestCharge: number;
}

/** The smoke test's inputs, and what the run found out: where the account is and how to sign in. */
export interface SmokeTestOptions extends SmokeTestConfig {
  readonly endpoint: string;
  /** The account key (auth keys), or an Entra ID credential (auth entra). */
  readonly access: { readonly key: string } | { readonly credential: DataPlaneCredential };
  /** For data-plane role advice: who is asking, on which account. */
  readonly rbac: { readonly principalId?: string; readonly accountName?: string; readonly resourceGroup?: string };
  /** Makes the write probe's item ID unique to this run. */
  readonly runId: string;
}

/** The steps of the API for NoSQL smoke test. */
export type SqlStepName = 'account' | 'database' | 'container' | 'query' | 'write probe';
