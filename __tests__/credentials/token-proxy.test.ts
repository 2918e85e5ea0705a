/**
 * The AKS token proxy's rules, as @azure/identity's WorkloadIdentityCredential applies them: where
 * the request goes, which combinations of variables are refused (before any request, naming what
 * to fix), the CA file read again for every request; and, against a real TLS endpoint with a CA of
 * its own (the simulator's token proxy), that the CA and SNI name are what the connection uses.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestPki } from '../../simulator/certs.ts';
import { TOKEN_PROXY_PATH, TOKEN_PROXY_SNI, makeTokenProxy, type TokenProxy } from '../../simulator/token-proxy.ts';
import { Budget } from '../../src/net/budget.ts';
import { NetworkFailure, send } from '../../src/net/http.ts';
import { proxiedUrl, tokenProxyRoute } from '../../src/credentials/token-proxy.ts';
import { ENTRA_RETRY } from '../../src/credentials/entra-token.ts';
import { ActionError } from '../../src/report/errors.ts';

let dir: string;
let proxy: TokenProxy;
let proxyUrl: string;
let caFile: string;
const forwarded: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'token-proxy-'));
  caFile = join(dir, 'ca.pem');
  proxy = makeTokenProxy((req, res) => {
    forwarded.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  proxy.server.on('request', (req, res) => proxy.handler(req, res));
  await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  proxyUrl = `https://127.0.0.1:${(proxy.server.address() as AddressInfo).port}${TOKEN_PROXY_PATH}`;
});
beforeEach(() => {
  forwarded.length = 0;
  proxy.servernames.length = 0;
  writeFileSync(caFile, proxy.caCert());
});
afterAll(async () => {
  await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const tokenUrl = new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token');
const refused = (env: NodeJS.ProcessEnv): string => {
  try {
    tokenProxyRoute(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('proxiedUrl', () => {
  it.each([
    ['https://proxy.test', 'https://proxy.test/contoso.onmicrosoft.com/oauth2/v2.0/token'],
    ['https://proxy.test/', 'https://proxy.test/contoso.onmicrosoft.com/oauth2/v2.0/token'],
    ['https://proxy.test:8443/ib', 'https://proxy.test:8443/ib/contoso.onmicrosoft.com/oauth2/v2.0/token'],
    ['https://proxy.test/ib/', 'https://proxy.test/ib/contoso.onmicrosoft.com/oauth2/v2.0/token'],
  ])('keeps the proxy path %s before the request path', (proxyValue, expected) => {
    expect(proxiedUrl(new URL(proxyValue), tokenUrl).href).toBe(expected);
  });

  it("keeps the request's query; the host is the proxy's", () => {
    const url = proxiedUrl(new URL('https://proxy.test/ib'), new URL('https://login.microsoftonline.us/t/oauth2/v2.0/token?x=1'));
    expect(url.href).toBe('https://proxy.test/ib/t/oauth2/v2.0/token?x=1');
  });
});

describe('tokenProxyRoute: the variables', () => {
  it('is no route when none is set (empty counts as unset)', () => {
    expect(tokenProxyRoute({})).toBeUndefined();
    expect(tokenProxyRoute({ AZURE_KUBERNETES_TOKEN_PROXY: '', AZURE_KUBERNETES_SNI_NAME: '' })).toBeUndefined();
  });

  it.each([['AZURE_KUBERNETES_SNI_NAME'], ['AZURE_KUBERNETES_CA_FILE'], ['AZURE_KUBERNETES_CA_DATA']])(
    '%s without AZURE_KUBERNETES_TOKEN_PROXY is refused, the fix first',
    (name) => {
      expect(refused({ [name]: 'x' })).toMatch(new RegExp(`^Set AZURE_KUBERNETES_TOKEN_PROXY too, or unset ${name}:`));
    },
  );

  it('refuses a URL that is not https, or has user info, a query or a fragment, never printing the credentials', () => {
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: 'http://proxy.test/' })).toMatch(/^Set AZURE_KUBERNETES_TOKEN_PROXY to an https URL/);
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: 'not a url' })).toMatch(/is not a URL/);
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: 'https://user:hunter2@[proxy' })).not.toContain('hunter2');
    const userInfo = refused({ AZURE_KUBERNETES_TOKEN_PROXY: 'https://user:hunter2@proxy.test/' });
    expect(userInfo).toMatch(/^Remove the user info from AZURE_KUBERNETES_TOKEN_PROXY/);
    expect(userInfo).not.toContain('hunter2');
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: 'https://proxy.test/?a=b' })).toMatch(/^Remove the query/);
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: 'https://proxy.test/#f' })).toMatch(/^Remove the fragment/);
    // A query or fragment is where a URL carries a token: neither is printed, in any of these refusals.
    for (const value of [
      'https://proxy.test/p?token=hunter2-s3cr3t',
      'https://proxy.test/p#access_token=hunter2-s3cr3t',
      'http://proxy.test/p?code=hunter2-s3cr3t',
    ]) {
      const message = refused({ AZURE_KUBERNETES_TOKEN_PROXY: value });
      expect(message).toContain('proxy.test/p');
      expect(message).not.toContain('hunter2');
    }
  });

  it('refuses both CA sources, and CA data without a certificate', () => {
    const both = { AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_CA_FILE: caFile, AZURE_KUBERNETES_CA_DATA: proxy.caCert() };
    expect(refused(both)).toMatch(/^Unset AZURE_KUBERNETES_CA_FILE or AZURE_KUBERNETES_CA_DATA/);
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_CA_DATA: 'not a certificate' })).toMatch(
      /^Set AZURE_KUBERNETES_CA_DATA to the token proxy's CA certificates in PEM/,
    );
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----';
    expect(refused({ AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_CA_DATA: broken })).toMatch(/holds none that parse/);
  });

  it('reads the CA file at once: missing, empty or not PEM is refused before any request', () => {
    const env = (file: string): NodeJS.ProcessEnv => ({ AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_CA_FILE: file });
    expect(refused(env(join(dir, 'missing.pem')))).toMatch(/could not be read \(ENOENT\)/);
    const empty = join(dir, 'empty.pem');
    writeFileSync(empty, '');
    expect(refused(env(empty))).toMatch(/^Retry once AZURE_KUBERNETES_CA_FILE .* holds the token proxy's CA: it is empty/);
    const garbage = join(dir, 'garbage.pem');
    writeFileSync(garbage, 'garbage');
    expect(refused(env(garbage))).toMatch(/holds none that parse/);
    expect(forwarded).toEqual([]);
  });
});

describe('tokenProxyRoute: the CA file, read again for every request', () => {
  const route = () => tokenProxyRoute({ AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_CA_FILE: caFile })!;

  it('keeps the transport while the file is unchanged or empty (a rotation under way), and rebuilds it when it changes', () => {
    const r = route();
    const first = r.transport();
    expect(r.transport()).toBe(first);
    writeFileSync(caFile, '');
    expect(r.transport()).toBe(first);
    writeFileSync(caFile, makeTestPki(['other.test']).caCert);
    const second = r.transport();
    expect(second).not.toBe(first);
    writeFileSync(caFile, 'garbage');
    expect(() => r.transport()).toThrow(/holds none that parse/);
  });
});

describe('tokenProxyRoute against a TLS endpoint with its own CA', () => {
  const post = async (env: NodeJS.ProcessEnv): Promise<number> => {
    const route = tokenProxyRoute(env)!;
    const res = await send(
      route.transport(),
      { url: route.url(tokenUrl), method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' },
      ENTRA_RETRY,
      new Budget(10),
    );
    return res.status;
  };

  it('sends the SNI name and trusts only the given CA: the request reaches the proxy under its path', async () => {
    const env = { AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_SNI_NAME: TOKEN_PROXY_SNI, AZURE_KUBERNETES_CA_FILE: caFile };
    expect(await post(env)).toBe(200);
    expect(forwarded).toEqual(['/contoso.onmicrosoft.com/oauth2/v2.0/token']);
    expect(proxy.servernames).toEqual([TOKEN_PROXY_SNI]);
    expect(await post({ ...env, AZURE_KUBERNETES_CA_FILE: undefined, AZURE_KUBERNETES_CA_DATA: proxy.caCert() })).toBe(200);
  });

  it("a CA rotation: the file's new CA is used for the next request", async () => {
    const route = tokenProxyRoute({
      AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl,
      AZURE_KUBERNETES_SNI_NAME: TOKEN_PROXY_SNI,
      AZURE_KUBERNETES_CA_FILE: caFile,
    })!;
    const request = { url: route.url(tokenUrl), method: 'POST', headers: {}, body: '' } as const;
    expect((await send(route.transport(), request, ENTRA_RETRY, new Budget(10))).status).toBe(200);
    proxy.rotate(caFile);
    expect((await send(route.transport(), request, ENTRA_RETRY, new Budget(10))).status).toBe(200);
  });

  it("fails TLS verification without the SNI name (the certificate is for the name, not the address), or with Node's CAs", async () => {
    const failure = (env: NodeJS.ProcessEnv): Promise<unknown> =>
      post(env).then(
        () => undefined,
        (error: unknown) => error,
      );
    const noSni = await failure({ AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_CA_FILE: caFile });
    expect(noSni).toBeInstanceOf(NetworkFailure);
    expect((noSni as NetworkFailure).code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    const noCa = await failure({ AZURE_KUBERNETES_TOKEN_PROXY: proxyUrl, AZURE_KUBERNETES_SNI_NAME: TOKEN_PROXY_SNI });
    expect((noCa as NetworkFailure).code).toMatch(/UNABLE_TO_VERIFY|SELF_SIGNED|UNABLE_TO_GET_ISSUER/);
    expect(forwarded).toEqual([]);
  });
});
