/** Where each API of an account answers, per cloud. */
import { describe, expect, it } from '@jest/globals';
import { apiEndpointOf } from '../../src/azure/apis.ts';
import { CLOUDS } from '../../src/azure/clouds.ts';

describe('apiEndpointOf', () => {
  it.each([
    ['AzureCloud', 'mongodb', 'acct.mongo.cosmos.azure.com:10255'],
    ['AzureUSGovernment', 'mongodb', 'acct.mongo.cosmos.azure.us:10255'],
    ['AzureChinaCloud', 'cassandra', 'acct.cassandra.cosmos.azure.cn:10350'],
    ['AzureUSGovernment', 'gremlin', 'wss://acct.gremlin.cosmos.azure.us:443/'],
    ['AzureChinaCloud', 'table', 'https://acct.table.cosmos.azure.cn:443/'],
    ['AzureCloud', 'sql', ''],
  ] as const)('%s %s: %s', (cloud, api, endpoint) => {
    expect(apiEndpointOf(api, 'acct', CLOUDS[cloud])).toBe(endpoint);
  });

  it('MongoDB server version 3.2 answers on the document endpoint host', () => {
    expect(apiEndpointOf('mongodb', 'acct', CLOUDS.AzureCloud, '3.2')).toBe('acct.documents.azure.com:10255');
  });
});
