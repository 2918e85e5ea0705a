/**
 * The lazy chunk of the API for NoSQL smoke test (sql.ts imports it on demand): @azure/cosmos
 * and the action's HTTP client for it. Nothing else imports it, so a run without a smoke test
 * never parses the SDK.
 */
export { CosmosClient } from '@azure/cosmos';
export { dataPlaneHttpClient } from './sdk-http.ts';
