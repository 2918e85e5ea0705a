/**
 * End to end, Azure Arc-enabled runners: IDENTITY_ENDPOINT and IMDS_ENDPOINT point at the agent,
 * whose token endpoint first answers 401 naming a key file the action must read and send back.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { SEED, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
/** The agent's folder, and its tokens folder in it (files beside the tokens folder are outside it). */
let agentDir: string;
let tokensDir: string;
useSimulator((started) => (sim = started));
beforeEach(() => {
  agentDir = mkdtempSync(join(tmpdir(), 'arc-agent-'));
  tokensDir = join(agentDir, 'tokens');
  mkdirSync(tokensDir);
});
afterEach(() => rmSync(agentDir, { recursive: true, force: true }));

describe('Azure Arc-enabled runners', () => {
  const arcEnv = (): Record<string, string> => ({
    IDENTITY_ENDPOINT: `${sim.imdsUrl}/metadata/identity/oauth2/token`,
    IMDS_ENDPOINT: sim.imdsUrl,
    AZURE_ARC_TOKENS_DIR: tokensDir,
    AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
  });
  const challenge = (realm: string) => ({
    status: 401,
    headers: { 'www-authenticate': `Basic realm=${realm}` },
    body: { error: 'unauthorized' },
  });

  it('answers the challenge with the key file and gets a token', async () => {
    sim.state.arc = { tokensDir };
    const result = await act(sim, { 'account-name': SEED.account }, arcEnv());
    expect(result.exitCode).toBe(0);
    const tokens = sim.faults.requests.filter((r) => r.path.endsWith('/token'));
    expect(tokens.map((r) => r.outcome)).toEqual([401, 200]);
    expect(tokens[0]!.headers['authorization']).toBeUndefined();
    const secret = String(tokens[1]!.headers['authorization']).replace('Basic ', '');
    expect(tokens[1]!.query.get('api-version')).toBe('2020-06-01');
    expect(result.masks).toContain(secret);
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(secret);
    expect(sim.faults.count('imds', '/metadata/instance')).toBe(1);
    expectClean(sim, result);
  });

  // Each realm is a path as the platform writes it (join, sep): one with the other separator
  // would be refused for not being normal, whatever the case means to test. Each file exists.
  it.each([
    ['outside the tokens folder', () => join(agentDir, 'outside.key'), /outside its tokens folder/],
    ['climbing out with ..', () => [tokensDir, '..', 'escape.key'].join(sep), /outside its tokens folder/],
    ['not a .key file', () => join(tokensDir, 'secret.txt'), /outside its tokens folder/],
    ['missing', () => join(tokensDir, 'missing.key'), /could not be read \(ENOENT\)/],
  ])('refuses a realm %s', async (_what, realm, message) => {
    for (const file of [join(agentDir, 'outside.key'), join(agentDir, 'escape.key'), join(tokensDir, 'secret.txt')]) {
      writeFileSync(file, 'not-the-key');
    }
    sim.faults.inject({ service: 'imds', path: '/token', action: challenge(realm()) });
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      arcEnv(),
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(message);
    expect(sim.faults.count('imds', '/token')).toBe(1);
  });

  it('refuses a key file over 4096 bytes', async () => {
    writeFileSync(join(tokensDir, 'big.key'), 'x'.repeat(5000));
    sim.faults.inject({ service: 'imds', path: '/token', action: challenge(join(tokensDir, 'big.key')) });
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      arcEnv(),
    );
    expect(errorLine(result)).toContain('over 4096 bytes');
  });

  it('stops at a second 401', async () => {
    writeFileSync(join(tokensDir, 'a.key'), 'not-the-secret');
    sim.faults.inject({ service: 'imds', path: '/token', times: 2, action: challenge(join(tokensDir, 'a.key')) });
    const result = await act(
      sim,
      { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup },
      arcEnv(),
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('refused the secret from its own key file (401 again)');
    expect(sim.faults.count('imds', '/token')).toBe(2);
    expect(result.masks).toContain('not-the-secret');
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('not-the-secret');
  });

  it('refuses a user-assigned identity selector (Arc machines have only their own identity)', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'client-id': SEED.subscriptionId }, arcEnv());
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain('Azure Arc-enabled server');
    expect(sim.faults.requests).toEqual([]);
  });

  it('ignores a stray IDENTITY_ENDPOINT without IMDS_ENDPOINT', async () => {
    const result = await act(sim, { 'account-name': SEED.account }, { IDENTITY_ENDPOINT: 'http://127.0.0.1:9/token' });
    expect(result.exitCode).toBe(0);
  });
});
