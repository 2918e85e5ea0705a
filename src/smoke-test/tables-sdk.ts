/**
 * The lazy chunk of the API for Table smoke test (table.ts imports it on demand):
 * @azure/data-tables and the action's HTTP client for it. Nothing else imports it, so a run
 * without a Table smoke test never parses the SDK.
 */
export { AzureNamedKeyCredential, TableClient, TableServiceClient } from '@azure/data-tables';
export { dataPlaneHttpClient } from './sdk-http.ts';
