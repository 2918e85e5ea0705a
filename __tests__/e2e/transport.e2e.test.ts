/**
 * ARM's transport (src/net/transport.ts): connections opened while IMDS answers, one TLS context,
 * TLS sessions resumed on later connections; an early connection that is not used must neither
 * change what a failing run reports nor keep the process alive.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED, SEED_DATA, type Simulator } from '../../simulator/index.ts';
import { NO_BLACK_HOLE, useBlackHole } from '../helpers/network.ts';
import { act, errorLine, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));
const blackHole = useBlackHole();

const KEYS_ONLY = { 'account-name': SEED.account, 'subscription-id': SEED.subscriptionId, 'resource-group': SEED.resourceGroup };
/** ARM by host name, as on a runner: SNI and host name checks (the test CA covers localhost). */
const armByName = (s: Simulator): string => s.armUrl.replace('//127.0.0.1:', '//localhost:');

describe('ARM transport', () => {
  it('opens one connection per ARM call, each used by one request', async () => {
    const result = await act(sim, { ...KEYS_ONLY, 'arm-endpoint': armByName(sim) });
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('arm')).toBe(2);
    expect(sim.armHandshakes).toEqual({ full: 2, resumed: 0 });
  });

  it('a retry after a reset resumes the TLS session instead of a full handshake', async () => {
    sim.faults.inject({ service: 'arm', path: '/readonlykeys', action: { reset: true } });
    const result = await act(sim, { ...KEYS_ONLY, 'arm-endpoint': armByName(sim) });
    expect(result.exitCode).toBe(0);
    expect(sim.faults.count('arm', '/readonlykeys')).toBe(2);
    expect(sim.armHandshakes).toEqual({ full: 2, resumed: 1 });
  });

  // Where a connection cannot hang (NO_BLACK_HOLE: Windows), there is no early connection left open to test.
  (NO_BLACK_HOLE ? it.skip : it)('an early connection to an unreachable ARM does not hold the process when IMDS fails', async () => {
    sim.faults.inject({
      service: 'imds',
      action: { status: 400, body: { error: 'invalid_request', error_description: 'Identity not found' } },
    });
    const result = await act(sim, { ...KEYS_ONLY, 'arm-endpoint': `https://127.0.0.1:${blackHole.port}`, 'timeout-seconds': '30' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/no system-assigned managed identity/);
    expect(result.ms).toBeLessThan(3000);
  });

  it('an ARM that refuses connections is reported as before', async () => {
    const result = await act(sim, { ...KEYS_ONLY, 'arm-endpoint': 'https://127.0.0.1:9', 'arm-resource': 'https://management.azure.com/' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/Could not reach ARM at 127\.0\.0\.1:9 \(ECONNREFUSED\) for readonlykeys after 1 attempt\(s\)/);
  });
});

describe('what a keys-only run loads', () => {
  // --import takes a URL (a bare Windows path would not do).
  const preload = new URL('../helpers/loaded-builtins.ts', import.meta.url).href;

  it('neither undici nor what only undici needs (zlib, http2, worker_threads): scripts/build.ts leaves it out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosmos-loaded-'));
    try {
      const file = join(dir, 'builtins.txt');
      const result = await act(
        sim,
        { ...KEYS_ONLY, 'arm-endpoint': armByName(sim) },
        { NODE_OPTIONS: `--import ${preload}`, LOADED_BUILTINS_FILE: file },
      );
      expect(result.exitCode).toBe(0);
      const loaded = readFileSync(file, 'utf8').split('\n');
      expect(loaded).toEqual(expect.arrayContaining(['https', 'tls']));
      expect(loaded.filter((m) => ['zlib', 'http2', 'worker_threads'].includes(m))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The TLS hint's second remedy (src/report/errors.ts): NODE_USE_SYSTEM_CA=1 makes Node 24 trust
 * the system's certificate store, which is where a corporate runner keeps its proxy's CA. On
 * Linux that store is OpenSSL's file and folder, which SSL_CERT_FILE and SSL_CERT_DIR name: here
 * the simulator's CA alone, and no NODE_EXTRA_CA_CERTS. Everything the run connects to over TLS
 * (ARM through the action's own agent, the data plane through the SDK) must then verify.
 */
describe('the system certificate store (NODE_USE_SYSTEM_CA)', () => {
  // Elsewhere the store is the operating system's own (Windows' certificate store, the macOS
  // keychains), which a test must not change.
  const linuxOnly = process.platform === 'linux' ? it : it.skip;
  const smoke = { ...KEYS_ONLY, 'smoke-test': 'true', database: SEED_DATA.database, container: SEED_DATA.container };
  const systemStore = (dir: string): Record<string, string> => ({ NODE_EXTRA_CA_CERTS: '', SSL_CERT_FILE: sim.caFile, SSL_CERT_DIR: dir });

  linuxOnly('with NODE_USE_SYSTEM_CA=1, a CA only the system store holds is trusted by ARM and the data plane', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosmos-no-certs-'));
    try {
      const result = await act(sim, { ...smoke, 'arm-endpoint': armByName(sim) }, { ...systemStore(dir), NODE_USE_SYSTEM_CA: '1' });
      expect({ exit: result.exitCode, error: errorLine(result) }).toEqual({ exit: 0, error: '' });
      expect(result.outputs['smoke-test']).toBe('passed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  linuxOnly('without it, the same run fails TLS verification and says which variable to set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosmos-no-certs-'));
    try {
      const result = await act(sim, { ...smoke, 'arm-endpoint': armByName(sim) }, systemStore(dir));
      expect(result.exitCode).toBe(1);
      expect(errorLine(result)).toMatch(
        /TLS verification failed: .*NODE_EXTRA_CA_CERTS, or set NODE_USE_SYSTEM_CA=1 if the system certificate store trusts it\.$/,
      );
      expect(sim.faults.count('arm')).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
