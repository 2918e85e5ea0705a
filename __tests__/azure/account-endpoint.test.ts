/** Where credentials may go on the data plane: the account's own endpoint in the run's cloud. */
import { describe, expect, it } from '@jest/globals';
import { CLOUDS } from '../../src/azure/clouds.ts';
import { checkedEndpoint, endpointProblem, type EndpointRules } from '../../src/azure/account-endpoint.ts';

const publicCloud: EndpointRules = { cloud: CLOUDS.AzureCloud, accountName: 'contoso', customArm: false };
const custom: EndpointRules = { ...publicCloud, customArm: true };

describe('endpointProblem', () => {
  it.each([
    ['the form ARM returns', 'https://contoso.documents.azure.com:443/', publicCloud],
    ['without the port', 'https://contoso.documents.azure.com/', publicCloud],
    ['in upper case', 'https://CONTOSO.Documents.Azure.com:443/', publicCloud],
    ['in Azure US Government', 'https://contoso.documents.azure.us:443/', { ...publicCloud, cloud: CLOUDS.AzureUSGovernment }],
    ['in Azure China', 'https://contoso.documents.azure.cn:443/', { ...publicCloud, cloud: CLOUDS.AzureChinaCloud }],
    ['any account when none is known', 'https://other-acct.documents.azure.com:443/', { ...publicCloud, accountName: undefined }],
    ['any https host with a custom arm-endpoint', 'https://127.0.0.1:8081/', custom],
  ] as const)('accepts %s', (_what, value, rules) => {
    expect(endpointProblem(value, rules)).toBeUndefined();
  });

  it.each([
    ['another host', 'https://attacker.example/', publicCloud, 'host is not <account>.documents.azure.com'],
    ['a look-alike suffix', 'https://contoso.documents.azure.com.attacker.example/', publicCloud, 'host is not'],
    ['a deeper name', 'https://x.contoso.documents.azure.com/', publicCloud, 'host is not'],
    ['another account', 'https://fabrikam.documents.azure.com:443/', publicCloud, "another account than 'contoso'"],
    ['another cloud', 'https://contoso.documents.azure.us:443/', publicCloud, 'host is not'],
    ['another port', 'https://contoso.documents.azure.com:8443/', publicCloud, 'port is not 443'],
    ['http', 'http://contoso.documents.azure.com/', publicCloud, 'not https'],
    ['user info', 'https://user:pw@contoso.documents.azure.com/', publicCloud, 'user info'],
    ['user info, custom ARM', 'https://user@127.0.0.1:8081/', custom, 'user info'],
    ['a path', 'https://contoso.documents.azure.com/dbs/x', publicCloud, 'has a path'],
    ['a query', 'https://contoso.documents.azure.com/?x=1', custom, 'query'],
    ['a newline', 'https://contoso.documents.azure.com/\n::warning::x', custom, 'control characters'],
    ['a zero-width space', 'https://contoso\u200b.documents.azure.com/', publicCloud, 'control characters'],
    ['not a URL', 'contoso.documents.azure.com', custom, 'not a URL'],
  ] as const)('refuses %s', (_what, value, rules, problem) => {
    expect(endpointProblem(value, rules)).toContain(problem);
  });
});

describe('checkedEndpoint', () => {
  it('returns the endpoint as given when it may be used', () => {
    expect(checkedEndpoint('https://contoso.documents.azure.com:443/', 'ARM', publicCloud)).toBe(
      'https://contoso.documents.azure.com:443/',
    );
  });

  it('says what ARM returned, sanitised, what was expected, and that nothing was sent', () => {
    const attempt = (): string => checkedEndpoint('https://attacker.example/\n::stop-commands::x', 'ARM', publicCloud);
    expect(attempt).toThrow(/ARM's account read returned the endpoint "https:\/\/attacker\.example\/ ::stop-commands::x"/);
    expect(attempt).toThrow('https://contoso.documents.azure.com:443/');
    expect(attempt).toThrow('Nothing was sent there and no outputs were set');
  });
});
