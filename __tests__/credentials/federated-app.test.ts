/** Which cloud's Entra ID a federated exchange asks: for messages that name the cloud's own token exchange audience. */
import { describe, expect, it } from '@jest/globals';
import { CLOUDS } from '../../src/azure/clouds.ts';
import type { Config } from '../../src/inputs/config.ts';
import { authorityOf, cloudOfAuthority } from '../../src/credentials/federated-app.ts';

const config = (cloud: Config['cloud']): Config => ({ cloud }) as Config;

describe('cloudOfAuthority', () => {
  it("is the cloud input's sovereign cloud, whatever AZURE_AUTHORITY_HOST says (a test or a private endpoint)", () => {
    const cloud = CLOUDS.AzureUSGovernment;
    expect(cloudOfAuthority(config(cloud), authorityOf({ AZURE_AUTHORITY_HOST: 'https://127.0.0.1:8443/' }, config(cloud)))).toBe(cloud);
    expect(cloudOfAuthority(config(CLOUDS.AzureChinaCloud), authorityOf({}, config(CLOUDS.AzureChinaCloud)))).toBe(CLOUDS.AzureChinaCloud);
  });

  it('with the public cloud or auto, the cloud whose authority host AZURE_AUTHORITY_HOST names', () => {
    const gov = authorityOf({ AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/' }, config(CLOUDS.AzureCloud));
    expect(cloudOfAuthority(config(CLOUDS.AzureCloud), gov)).toBe(CLOUDS.AzureUSGovernment);
    expect(cloudOfAuthority(config('auto'), gov)).toBe(CLOUDS.AzureUSGovernment);
    expect(cloudOfAuthority(config(CLOUDS.AzureCloud), authorityOf({}, config(CLOUDS.AzureCloud)))).toBe(CLOUDS.AzureCloud);
    expect(cloudOfAuthority(config('auto'), new URL('https://127.0.0.1/'))).toBeUndefined();
  });

  it("each cloud's own token exchange audience, as @azure/identity's deriveAudience gives it", () => {
    expect(Object.values(CLOUDS).map((c) => [c.name, c.exchangeAudience])).toEqual([
      ['AzureCloud', 'api://AzureADTokenExchange'],
      ['AzureUSGovernment', 'api://AzureADTokenExchangeUSGov'],
      ['AzureChinaCloud', 'api://AzureADTokenExchangeChina'],
    ]);
  });
});
