/** Faults of the Container Apps / App Service identity endpoint, and MSAL's retry policy for it (see helpers/fault-rows.ts). */
import type { Simulator } from '../../simulator/index.ts';
import { BASE, KEY_OUTPUTS, faultTable, type Row } from '../helpers/fault-rows.ts';
import { appEnv } from '../helpers/run.ts';

const TOKEN = '/msi/token';
const at =
  (action: Parameters<Simulator['faults']['inject']>[0]['action'], times = 1) =>
  (): Parameters<Simulator['faults']['inject']> => [{ service: 'app-service', path: TOKEN, action, times }];
const env = (s: Simulator): Record<string, string> => appEnv(s);

const rows: Row[] = [
  {
    name: 'refused: nothing listens at IDENTITY_ENDPOINT, explained, not retried',
    env: (s) => ({ ...appEnv(s), IDENTITY_ENDPOINT: 'http://127.0.0.1:9/msi/token' }),
    exit: 1,
    message:
      /Cannot reach the managed identity endpoint at http:\/\/127\.0\.0\.1:9\/msi\/token \(ECONNREFUSED\)\..*run the action in the container app/,
    requests: [['app-service', '', 0]],
    maxMs: 2000,
  },
  {
    name: 'IDENTITY_ENDPOINT not http(s): refused before any request',
    env: (s) => ({ ...appEnv(s), IDENTITY_ENDPOINT: 'file:///msi/token' }),
    exit: 1,
    message: /IDENTITY_ENDPOINT must be an http or https URL\./,
    requests: [['app-service', '', 0]],
    maxMs: 1500,
  },
  {
    name: 'IDENTITY_ENDPOINT with a password in it: refused before any request',
    env: (s) => ({ ...appEnv(s), IDENTITY_ENDPOINT: s.appServiceUrl.replace('http://', 'http://user:pass@') }),
    exit: 1,
    message: /IDENTITY_ENDPOINT must not carry a user name or password\./,
    requests: [['app-service', '', 0]],
    maxMs: 1500,
  },
  {
    name: '503 twice, then a token: 2 retries a second apart',
    faults: at({ status: 503, body: { statusCode: 503, message: 'busy' } }, 2),
    env,
    exit: 0,
    requests: [['app-service', TOKEN, 3]],
    pauseMs: [950, 1600],
    maxMs: 4000,
  },
  {
    name: '429 with Retry-After 2: waits the 2 s asked, then a token',
    faults: at({ status: 429, headers: { 'retry-after': '2' } }),
    env,
    exit: 0,
    requests: [['app-service', TOKEN, 2]],
    pauseMs: [1950, 2700],
    maxMs: 4500,
  },
  {
    name: '404 once (identity propagating), then a token',
    faults: at({ status: 404 }),
    env,
    exit: 0,
    requests: [['app-service', TOKEN, 2]],
    maxMs: 3000,
  },
  {
    name: '500 that persists: 1 + 3 retries, then explained with what the endpoint said',
    faults: at(
      {
        status: 500,
        body: {
          statusCode: 500,
          message: 'An unexpected error occured while fetching the AAD Token.',
          correlationId: 'c0ffee00-0000-4000-8000-000000000001',
        },
      },
      Infinity,
    ),
    env,
    exit: 1,
    message:
      /answered 500 after 4 attempts, not getting a token from Entra ID for it: re-run the job.*%0AThe endpoint said: An unexpected error occured while fetching the AAD Token\.%0ACorrelation ID c0ffee00-0000-4000-8000-000000000001$/,
    requests: [['app-service', TOKEN, 4]],
    maxMs: 5000,
  },
  {
    name: '429 that outlasts timeout-seconds: stops when no time is left for another wait',
    faults: at({ status: 429, headers: { 'retry-after': '2' } }, Infinity),
    inputs: () => ({ 'timeout-seconds': '3' }),
    env,
    exit: 1,
    message: /throttled the token request \(429\) after 2 attempts, with no time left for another within 3 s \(timeout-seconds\)/,
    requests: [['app-service', TOKEN, 2]],
    maxMs: 3500,
  },
  {
    name: '400 is not retried',
    faults: at({ status: 400, body: { statusCode: 400, message: 'Unable to load the proper Managed Identity.' } }, Infinity),
    env,
    exit: 1,
    message: /found no system-assigned identity for this app \(400\)/,
    requests: [['app-service', TOKEN, 1]],
    maxMs: 1500,
  },
  {
    name: 'a server message holding a token and a workflow command is sanitised',
    faults: at({ status: 500, body: { message: '::set-output name=x::y\neyJhbGciOiJIUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl' } }, Infinity),
    env,
    exit: 1,
    message: /The endpoint said: \u00b7::set-output name=x::y \[redacted token\]\.$/,
    requests: [['app-service', TOKEN, 4]],
    maxMs: 5000,
  },
  {
    name: '200 without an access_token: explained',
    faults: at({ status: 200, body: { token_type: 'Bearer' } }),
    env,
    exit: 1,
    message: /answered 200 without an access_token: is IDENTITY_ENDPOINT the platform's identity endpoint\?/,
    requests: [['app-service', TOKEN, 1]],
    maxMs: 1500,
  },
  {
    name: 'hangs: timed out within timeout-seconds',
    faults: at({ hang: true }),
    inputs: () => ({ 'timeout-seconds': '1' }),
    env,
    exit: 1,
    message: /Timed out after 1 s \(timeout-seconds\) waiting for a token from the managed identity endpoint/,
    requests: [['app-service', TOKEN, 1]],
    maxMs: 2500,
  },
];

faultTable('the identity endpoint failing', rows, BASE, KEY_OUTPUTS);
