/**
 * The smoke test of an API for Table account: proves the fetched key works against the account's
 * Table endpoint, with @azure/data-tables (loaded only when this smoke test runs, with the
 * action's HTTP client: tables-sdk.ts, sdk-http.ts). It lists one table (the key is
 * accepted) and, with a table named (the container input), queries one entity of it (top 1).
 * Each step is timed and its request charge counted (Cosmos DB's x-ms-request-charge header,
 * 0 when the endpoint sends none); a failure names the step and the cause (table-errors.ts),
 * never an entity or a secret.
 */
import { refuseNetworkDebug } from './failures.ts';
import type { Budget } from '../net/budget.ts';
import { runSteps, type Work } from './steps.ts';
import type { SmokeStep, SmokeTestResult } from './types.ts';
import { serverText } from '../report/sanitize.ts';
import { explainTableFailure, type TableFailureContext, type TableStepName } from './table-errors.ts';
import type * as TablesSdk from './tables-sdk.ts';
import { DataPlaneTransport } from '../net/transport.ts';
import { userAgent } from '../net/user-agent.ts';

export interface TableSmokeTestOptions extends TableFailureContext {
  /** The account's checked Table endpoint: https://<account>.table.cosmos.azure.com:443/ (the cloud's suffix). */
  readonly apiEndpoint: string;
  /** The account's name: the key's SharedKey signatures name it. */
  readonly accountName: string;
  readonly key: string;
  /** The table to query one entity of (the container input); without it, only the list. */
  readonly container?: string;
}

/**
 * Retries of the SDK's pipeline (core-rest-pipeline): a 408, a 5xx, a reset or refused
 * connection, or a 429 with Retry-After. Waits start at 0.5-1 s (never under net/retry.ts's floor,
 * and a Retry-After is raised to it by sdk-http.ts); the run's budget aborts any wait.
 */
const RETRIES = { maxRetries: 2, retryDelayInMs: 1000, maxRetryDelayInMs: 8000 };

let tables: Promise<typeof TablesSdk> | undefined;

/**
 * Start loading @azure/data-tables and its HTTP client (their own chunk) now, so that parsing it
 * overlaps the IMDS and ARM round trips. Only runs that smoke-test a Table account call this.
 */
export function preloadTableSmokeTest(): void {
  tables ??= import('./tables-sdk.ts');
  tables.catch(() => undefined);
}

/** The request charge a response reports (Cosmos DB sends x-ms-request-charge); 0 when none. */
function chargeOfHeaders(headers: { get(name: string): string | undefined }): number {
  const charge = Number(headers.get('x-ms-request-charge'));
  return Number.isFinite(charge) && charge >= 0 ? charge : 0;
}

export async function runTableSmokeTest(options: TableSmokeTestOptions, budget: Budget): Promise<SmokeTestResult> {
  const started = performance.now();
  const refused = refuseNetworkDebug(process.env['NODE_DEBUG'], { keyless: false });
  if (refused) throw refused;
  preloadTableSmokeTest();
  const sdk = await tables!;
  const transport = new DataPlaneTransport(options.apiEndpoint);
  const clientOptions = {
    httpClient: sdk.dataPlaneHttpClient(transport),
    retryOptions: RETRIES,
    // A redirect would carry the key's signature to another host: none is followed.
    redirectOptions: { maxRetries: 0 },
    userAgentOptions: { userAgentPrefix: userAgent() },
  };
  const credential = new sdk.AzureNamedKeyCredential(options.accountName, options.key);
  const abortSignal = budget.signal;
  /** Each step's work counts the request charge of every answer it gets. */
  type Charged = (onResponse: (response: { headers: { get(name: string): string | undefined } }) => void) => Promise<string>;
  const charged =
    (work: Charged): Work =>
    async () => {
      let charge = 0;
      const detail = await work((response) => void (charge += chargeOfHeaders(response.headers)));
      return { charge, detail };
    };
  const batch: Array<[TableStepName, Work]> = [
    [
      'list tables',
      charged(async (onResponse) => {
        const service = new sdk.TableServiceClient(options.apiEndpoint, credential, clientOptions);
        const page = await service.listTables({ abortSignal, onResponse }).byPage({ maxPageSize: 1 }).next();
        const count = Array.isArray(page.value) ? page.value.length : 0;
        return count === 0 ? 'the key is accepted; the account has no table yet' : 'the key is accepted; listed 1 table';
      }),
    ],
  ];
  const container = options.container;
  if (container) {
    batch.push([
      'query',
      charged(async (onResponse) => {
        const table = new sdk.TableClient(options.apiEndpoint, container, credential, clientOptions);
        // Only the keys are asked for: the entity's content is never read, let alone printed.
        const queryOptions = { select: ['PartitionKey', 'RowKey'] };
        const page = await table.listEntities({ abortSignal, onResponse, queryOptions }).byPage({ maxPageSize: 1 }).next();
        const count = Array.isArray(page.value) ? page.value.length : 0;
        return `table '${serverText(container, 255)}', ${count} entit${count === 1 ? 'y' : 'ies'} on the first page (top 1)`;
      }),
    ]);
  }
  let steps: SmokeStep[];
  try {
    // The list and the query are independent: they run together.
    steps = await runSteps(batch, (name, error) => explainTableFailure(name, error, options, budget), started);
  } finally {
    transport.close();
  }
  const requestCharge = steps.reduce((sum, s) => sum + s.requestCharge, 0);
  return { steps, ms: performance.now() - started, requestCharge };
}
