/** Input validation: every bad input is refused with a message naming it. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { InputError } from '../src/errors.ts';
import { CLOUDS, armOf, type Cloud } from '../src/clouds.ts';
import { readInputs } from '../src/inputs.ts';

const GUID = '3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f';
const ID = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct`;

function withInputs(inputs: Record<string, string>): () => ReturnType<typeof readInputs> {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return readInputs;
}

afterEach(() => {
  withInputs({});
});

describe('readInputs', () => {
  it('applies the defaults', () => {
    const config = withInputs({ 'account-name': 'my-cosmos' })();
    expect(config).toMatchObject({
      target: { accountName: 'my-cosmos', subscriptionId: undefined, resourceGroup: undefined },
      operation: 'readonlykeys',
      auth: 'keys',
      cloud: { name: 'AzureCloud', armResource: 'https://management.azure.com/' },
      armEndpoint: undefined,
      armResource: undefined,
      exportVariables: false,
      timeoutSeconds: 90,
    });
    expect(config.identity).toBeUndefined();
  });

  it('reads an account resource ID, an operation in any case and a cloud alias', () => {
    const config = withInputs({ 'account-resource-id': ID, operation: 'LISTCONNECTIONSTRINGS', cloud: 'azureusgovernment' })();
    expect(config.target).toEqual({ subscriptionId: GUID, resourceGroup: 'rg', accountName: 'acct' });
    expect(config).toMatchObject({ auth: 'keys', operation: 'listConnectionStrings' });
    expect(armOf(config, config.cloud as Cloud)).toEqual({
      endpoint: 'https://management.usgovcloudapi.net',
      resource: 'https://management.usgovcloudapi.net/',
    });
  });

  it('defaults a custom ARM endpoint’s audience to the endpoint, unless arm-resource is given', () => {
    const custom = withInputs({ 'account-name': 'abc', 'arm-endpoint': 'https://management.local.azurestack.external' })();
    expect(armOf(custom, CLOUDS.AzureCloud)).toEqual({
      endpoint: 'https://management.local.azurestack.external',
      resource: 'https://management.local.azurestack.external/',
    });
    const stack = withInputs({
      'account-name': 'abc',
      'arm-endpoint': 'https://management.local.azurestack.external',
      'arm-resource': 'https://management.adfs.azurestack.local/4de154de-f8a8-4017-af41-df619da68155',
    })();
    expect(armOf(stack, CLOUDS.AzureCloud).resource).toBe('https://management.adfs.azurestack.local/4de154de-f8a8-4017-af41-df619da68155/');
  });

  it('reads auth entra with an endpoint and no account', () => {
    const config = withInputs({ auth: 'Entra', endpoint: 'https://my-cosmos.documents.azure.com:443' })();
    expect(config).toMatchObject({ auth: 'entra', endpoint: 'https://my-cosmos.documents.azure.com/', target: undefined });
    expect(withInputs({ auth: 'entra', 'account-name': 'abc', cloud: 'auto' })()).toMatchObject({ auth: 'entra', cloud: 'auto' });
  });

  it('accepts http to loopback only, and strips a trailing slash', () => {
    expect(withInputs({ 'account-name': 'abc', 'arm-endpoint': 'http://127.0.0.1:8443/' })().armEndpoint).toBe('http://127.0.0.1:8443');
    expect(withInputs({ 'account-name': 'abc', 'arm-endpoint': 'https://management.local.azurestack.external' })().armEndpoint).toBe(
      'https://management.local.azurestack.external',
    );
  });

  it('maps identity selectors to IMDS parameters', () => {
    expect(withInputs({ 'account-name': 'abc', 'object-id': GUID })().identity).toEqual({
      input: 'object-id',
      param: 'object_id',
      value: GUID,
    });
    const uai = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-x`;
    expect(withInputs({ 'account-name': 'abc', 'identity-resource-id': uai })().identity?.param).toBe('msi_res_id');
  });

  it.each<[string, Record<string, string>]>([
    ['account-name', {}],
    ['account-name', { 'account-name': 'ab' }],
    ['account-name', { 'account-name': 'a'.repeat(51) }],
    ['account-name', { 'account-name': 'My-Cosmos' }],
    ['account-name', { 'account-name': 'my--cosmos' }],
    ['account-name', { 'account-name': '../cosmos' }],
    ['account-name', { 'account-name': 'cosmos?x=1' }],
    ['account-name', { 'account-name': 'cosmos%2Fx' }],
    ['account-name', { 'account-name': 'cоsmos' }], // Cyrillic о
    ['resource-group', { 'account-name': 'abc', 'resource-group': 'rg.' }],
    ['resource-group', { 'account-name': 'abc', 'resource-group': 'rg/../x' }],
    ['resource-group', { 'account-name': 'abc', 'resource-group': 'rg#x' }],
    ['subscription-id', { 'account-name': 'abc', 'subscription-id': '3f2b9c1e7d4a4e5b9c8d1a2b3c4d5e6f' }],
    ['account-resource-id', { 'account-resource-id': ID.replace('Microsoft.DocumentDB', 'Microsoft.Storage') }],
    ['account-resource-id', { 'account-resource-id': `${ID}/databases/x` }],
    ['account-resource-id', { 'account-resource-id': ID, 'account-name': 'acct' }],
    ['operation', { 'account-name': 'abc', operation: 'regenerateKey' }],
    ['cloud', { 'account-name': 'abc', cloud: 'AzureGermanCloud' }],
    ['client-id', { 'account-name': 'abc', 'client-id': 'not-a-guid' }],
    ['identity-resource-id', { 'account-name': 'abc', 'identity-resource-id': '/subscriptions/x' }],
    ["object-id' and 'identity-resource-id", { 'account-name': 'abc', 'object-id': GUID, 'identity-resource-id': '/x' }],
    ['arm-endpoint', { 'account-name': 'abc', 'arm-endpoint': 'http://management.azure.com' }],
    ['arm-endpoint', { 'account-name': 'abc', 'arm-endpoint': 'https://user:pass@management.azure.com' }],
    ['arm-endpoint', { 'account-name': 'abc', 'arm-endpoint': 'management.azure.com' }],
    ['arm-endpoint', { 'account-name': 'abc', 'arm-endpoint': 'https://management.azure.com/?x=1' }],
    ['api-version', { 'account-name': 'abc', 'api-version': 'latest' }],
    ['export-variables', { 'account-name': 'abc', 'export-variables': 'yes' }],
    ['timeout-seconds', { 'account-name': 'abc', 'timeout-seconds': '0' }],
    ['timeout-seconds', { 'account-name': 'abc', 'timeout-seconds': '86400' }],
    ['timeout-seconds', { 'account-name': 'abc', 'timeout-seconds': 'ten' }],
    ['auth', { 'account-name': 'abc', auth: 'password' }],
    ['endpoint', { 'account-name': 'abc', endpoint: 'https://a.documents.azure.com/' }],
    ['endpoint', { auth: 'entra', endpoint: 'http://a.documents.azure.com/' }],
    ['endpoint', { auth: 'entra', endpoint: 'https://a.documents.azure.com/dbs/x' }],
    ['account-name', { auth: 'entra' }],
    ['arm-resource', { 'account-name': 'abc', 'arm-resource': 'http://evil.example/' }],
  ])('refuses a bad %s: %o', (input, inputs) => {
    const read = withInputs(inputs);
    expect(read).toThrow(InputError);
    expect(read).toThrow(`Input '${input}'`);
  });

  it('quotes a bad value with its newlines escaped', () => {
    expect(withInputs({ 'account-name': 'x\n::add-mask::y' })).toThrow('"x\\n::add-mask::y"');
  });
});
