/** Input validation: every bad input is refused with a message naming it. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/report/errors.ts';
import { CLOUDS, armOf, type Cloud } from '../../src/azure/clouds.ts';
import { readInputs } from '../../src/inputs/read-inputs.ts';

const GUID = '3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f';
const ID = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct`;
const UAI = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-x`;
const OK = { 'account-name': 'abc' };

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
      key: 'primary',
      auth: 'keys',
      cloud: { name: 'AzureCloud', armResource: 'https://management.azure.com/' },
      armEndpoint: undefined,
      armResource: undefined,
      exportVariables: false,
      timeoutSeconds: 90,
    });
    expect(config.userAssigned).toBeUndefined();
  });

  it('reads tenant-id as a GUID (lowercased) or a domain, and audience with its default', () => {
    expect(withInputs(OK)()).toMatchObject({ tenantId: undefined, audience: 'api://AzureADTokenExchange' });
    expect(withInputs({ ...OK, 'tenant-id': GUID.toUpperCase(), audience: 'api://AzureADTokenExchangeUSGov' })()).toMatchObject({
      tenantId: GUID,
      audience: 'api://AzureADTokenExchangeUSGov',
    });
    expect(withInputs({ ...OK, 'tenant-id': 'Contoso.onmicrosoft.com' })().tenantId).toBe('contoso.onmicrosoft.com');
  });

  it('reads wait-for-access: 0 by default (no wait), or seconds', () => {
    expect(withInputs(OK)()).toMatchObject({ waitForAccessSeconds: 0 });
    expect(withInputs({ ...OK, 'wait-for-access': '120' })()).toMatchObject({ waitForAccessSeconds: 120 });
  });

  it('reads key: primary or secondary, in any case; with auth entra only primary (the default the runner passes)', () => {
    expect(withInputs({ ...OK, key: 'Secondary' })()).toMatchObject({ auth: 'keys', key: 'secondary' });
    expect(withInputs({ ...OK, auth: 'entra', key: 'primary' })()).toMatchObject({ auth: 'entra' });
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
    expect(withInputs({ 'account-name': 'abc', 'object-id': GUID })().userAssigned).toEqual({
      input: 'object-id',
      param: 'object_id',
      value: GUID,
    });
    const uai = `/subscriptions/${GUID}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-x`;
    expect(withInputs({ 'account-name': 'abc', 'identity-resource-id': uai })().userAssigned?.param).toBe('msi_res_id');
  });

  /** [input named in the error, inputs, what is wrong]. */
  it.each<[string, Record<string, string>, string]>([
    ['account-name', {}, 'missing'],
    ['account-name', { auth: 'entra' }, 'missing, with auth entra and no endpoint'],
    ['account-name', { 'account-name': 'ab' }, 'too short'],
    ['account-name', { 'account-name': 'a'.repeat(51) }, 'too long'],
    ['account-name', { 'account-name': 'My-Cosmos' }, 'uppercase'],
    ['account-name', { 'account-name': 'my_cosmos' }, 'an underscore'],
    ['account-name', { 'account-name': 'my--cosmos' }, 'a double hyphen'],
    ['account-name', { 'account-name': '../../subscriptions' }, 'path traversal'],
    ['account-name', { 'account-name': 'acct/other' }, 'a slash'],
    ['account-name', { 'account-name': 'cosmos%2Fx' }, 'an encoded slash'],
    ['account-name', { 'account-name': 'cosmos?api-version=1' }, 'a query string'],
    ['account-name', { 'account-name': 'acct#frag' }, 'a fragment'],
    ['account-name', { 'account-name': 'my acct' }, 'a space'],
    ['account-name', { 'account-name': 'acct\nother' }, 'a newline'],
    ['account-name', { 'account-name': 'cоsmos' }, 'a Cyrillic look-alike letter (о)'],
    ['account-name', { 'account-name': 'acct\u200b' }, 'a zero-width space'],
    ['resource-group', { ...OK, 'resource-group': 'rg.' }, 'a trailing dot'],
    ['resource-group', { ...OK, 'resource-group': '../rg' }, 'path traversal'],
    ['resource-group', { ...OK, 'resource-group': 'rg%2Fx' }, 'an encoded slash'],
    ['resource-group', { ...OK, 'resource-group': 'rg?x=1' }, 'a query string'],
    ['resource-group', { ...OK, 'resource-group': 'rg#x' }, 'a fragment'],
    ['resource-group', { ...OK, 'resource-group': 'rg x' }, 'a space'],
    ['resource-group', { ...OK, 'resource-group': 'rg\n::set-output name=primary-key::x' }, 'a newline and a workflow command'],
    ['resource-group', { ...OK, 'resource-group': 'rg-ｆｕｌｌｗｉｄｔｈ' }, 'full-width letters'],
    ['subscription-id', { ...OK, 'subscription-id': GUID.replace(/-/g, '') }, 'a GUID without hyphens'],
    ['subscription-id', { ...OK, 'subscription-id': `{${GUID}}` }, 'a GUID in braces'],
    ['subscription-id', { ...OK, 'subscription-id': `${GUID}-00` }, 'a GUID with more after it'],
    ['subscription-id', { ...OK, 'subscription-id': `../${GUID}` }, 'path traversal'],
    ['subscription-id', { ...OK, 'subscription-id': GUID.replace('3', '３') }, 'a full-width digit'],
    ['client-id', { ...OK, 'client-id': 'not-a-guid' }, 'not a GUID'],
    ['object-id', { ...OK, 'object-id': `${GUID}?x` }, 'a GUID with a query after it'],
    ['tenant-id', { ...OK, 'tenant-id': '../common' }, 'path traversal'],
    ['tenant-id', { ...OK, 'tenant-id': 'contoso' }, 'a name without a domain'],
    ['tenant-id', { ...OK, 'tenant-id': `${GUID}/oauth2` }, 'a GUID with a path after it'],
    ['tenant-id', { ...OK, 'tenant-id': 'contoso.onmicrosoft.com?x=1' }, 'a query string'],
    ['audience', { ...OK, audience: 'api://AzureADTokenExchange other' }, 'a space'],
    ['audience', { ...OK, audience: 'api://x\n::add-mask::y' }, 'a newline'],
    ['audience', { ...OK, audience: `api://${'x'.repeat(260)}` }, 'over 256 characters'],
    ['account-resource-id', { 'account-resource-id': ID.replace('Microsoft.DocumentDB', 'Microsoft.Storage') }, 'another provider'],
    ['account-resource-id', { 'account-resource-id': `${ID}/sqlDatabases/db` }, 'a child resource'],
    ['account-resource-id', { 'account-resource-id': ID.replace('/acct', '/ACCT') }, 'an uppercase account name'],
    ['account-resource-id', { 'account-resource-id': `${ID}?api-version=x` }, 'a query string'],
    ['account-resource-id', { 'account-resource-id': ID, 'account-name': 'acct' }, 'given with account-name'],
    ['identity-resource-id', { ...OK, 'identity-resource-id': '/subscriptions/x' }, 'cut short'],
    [
      'identity-resource-id',
      { ...OK, 'identity-resource-id': UAI.replace('Microsoft.ManagedIdentity', 'Microsoft.Compute') },
      'another provider',
    ],
    ['identity-resource-id', { ...OK, 'identity-resource-id': `${UAI}/extra` }, 'a segment after the name'],
    ["client-id' and 'object-id", { ...OK, 'client-id': GUID, 'object-id': GUID }, 'two identity selectors'],
    ["client-id' and 'identity-resource-id", { ...OK, 'client-id': GUID, 'identity-resource-id': UAI }, 'two identity selectors'],
    ["object-id' and 'identity-resource-id", { ...OK, 'object-id': GUID, 'identity-resource-id': '/x' }, 'two identity selectors'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://management.azure.com' }, 'plain http to a public host'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://10.0.0.1' }, 'plain http to a private address'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'https://user:secret@management.azure.com' }, 'credentials'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'http://user:secret@management.azure.com' }, 'credentials over plain http'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'management.azure.com' }, 'no scheme'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'file:///etc/passwd' }, 'a file URL'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'https://management.azure.com/?x=1' }, 'a query string'],
    ['arm-endpoint', { ...OK, 'arm-endpoint': 'https://management.azure.com/#x' }, 'a fragment'],
    ['arm-resource', { ...OK, 'arm-resource': 'http://evil.example/' }, 'plain http to a public host'],
    ['cloud', { ...OK, cloud: 'AzureGermanCloud' }, 'a retired cloud'],
    ['cloud', { ...OK, cloud: 'mars' }, 'an unknown cloud'],
    ['operation', { ...OK, operation: 'regenerateKey' }, 'a key-changing operation'],
    ['key', { ...OK, key: 'tertiary' }, 'neither primary nor secondary'],
    ['key', { ...OK, key: 'primaryReadonly' }, 'a key kind, not a choice (readonlykeys picks read-only keys)'],
    ['key', { ...OK, auth: 'entra', key: 'secondary' }, 'a key to hand out without keys'],
    ['operation', { ...OK, operation: 'listKeys/../regenerateKey' }, 'path traversal'],
    ['timeout-seconds', { ...OK, 'timeout-seconds': '0' }, 'zero'],
    ['timeout-seconds', { ...OK, 'timeout-seconds': '-5' }, 'negative'],
    ['timeout-seconds', { ...OK, 'timeout-seconds': '86400' }, 'over an hour'],
    ['wait-for-access', { ...OK, 'wait-for-access': '-1' }, 'negative'],
    ['wait-for-access', { ...OK, 'wait-for-access': 'forever' }, 'not a number'],
    ['wait-for-access', { ...OK, 'wait-for-access': '3601' }, 'over an hour'],
    ['timeout-seconds', { ...OK, 'timeout-seconds': 'ten' }, 'not a number'],
    ['api-version', { ...OK, 'api-version': 'latest' }, 'not a date'],
    ['api-version', { ...OK, 'api-version': '2025-04-15&x=1' }, 'a query parameter after it'],
    ['export-variables', { ...OK, 'export-variables': 'yes' }, 'not true or false'],
    ['smoke-test', { ...OK, 'smoke-test': 'on' }, 'not true or false'],
    ['auth', { ...OK, auth: 'password' }, 'an unknown mode'],
    ['endpoint', { ...OK, endpoint: 'https://a.documents.azure.com/' }, 'with auth keys'],
    ['endpoint', { auth: 'entra', endpoint: 'http://a.documents.azure.com/' }, 'plain http to a public host'],
    ['endpoint', { auth: 'entra', endpoint: 'https://a.documents.azure.com/dbs/x' }, 'a path'],
    ['endpoint', { auth: 'entra', endpoint: 'https://attacker.example/' }, 'not a Cosmos DB host of the cloud: credentials would go there'],
    ['endpoint', { auth: 'entra', endpoint: 'https://a.documents.azure.us/' }, 'another cloud’s suffix'],
    [
      'endpoint',
      { auth: 'entra', endpoint: 'https://a.documents.azure.com/', 'account-name': 'b-acct' },
      'another account than account-name',
    ],
    ['database', { ...OK, 'smoke-test': 'true', database: 'db/../x' }, 'path traversal'],
    ['query', { ...OK, 'smoke-test': 'true', database: 'd', container: 'c', query: 'DELETE FROM c' }, 'not a SELECT'],
  ])('refuses %s: %s', (input, inputs) => {
    const read = withInputs(inputs);
    expect(read).toThrow(InputError);
    expect(read).toThrow(`Input '${input}'`);
  });

  it('quotes a bad value with its newlines escaped', () => {
    expect(withInputs({ 'account-name': 'x\n::add-mask::y' })).toThrow('"x\\n::add-mask::y"');
  });
});
