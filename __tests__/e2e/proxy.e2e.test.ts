/**
 * Proxies: ARM goes through HTTPS_PROXY (NO_PROXY honoured), IMDS never does. Names under
 * .sim.test resolve to loopback inside the action (helpers/fake-dns.ts), so the proxy rules apply.
 */
import { describe, expect, it } from '@jest/globals';
import type { Simulator } from '../../simulator/index.ts';
import { BASE } from '../helpers/fault-rows.ts';
import { startConnectProxy } from '../helpers/network.ts';
import { act, errorLine, expectClean, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

describe('proxies', () => {
  // --import takes a URL (a bare Windows path would not do).
  const fakeDns = new URL('../helpers/fake-dns.ts', import.meta.url).href;
  const viaName = (s: Simulator): string => `https://management.sim.test:${new URL(s.armUrl).port}`;

  it('ARM goes through HTTPS_PROXY; IMDS never does', async () => {
    const proxy = await startConnectProxy(Number(new URL(sim.armUrl).port));
    try {
      const result = await act(
        sim,
        { ...BASE, 'arm-endpoint': viaName(sim) },
        { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NODE_OPTIONS: `--import ${fakeDns}` },
      );
      expect(result.exitCode).toBe(0);
      expect(proxy.seen).toEqual([
        `CONNECT management.sim.test:${new URL(sim.armUrl).port}`,
        `CONNECT management.sim.test:${new URL(sim.armUrl).port}`,
      ]);
      expect(sim.faults.count('imds')).toBe(1);
      expect(sim.faults.requests.every((r) => r.headers['x-forwarded-for'] === undefined)).toBe(true);
      expect(result.stdout).toContain('ARM requests go through the proxy');
      expectClean(sim, result);
    } finally {
      await proxy.close();
    }
  });

  it('NO_PROXY is honoured', async () => {
    const proxy = await startConnectProxy(Number(new URL(sim.armUrl).port));
    try {
      const result = await act(
        sim,
        { ...BASE, 'arm-endpoint': viaName(sim) },
        { HTTPS_PROXY: proxy.url, NO_PROXY: 'sim.test', NODE_OPTIONS: `--import ${fakeDns}` },
      );
      expect(result.exitCode).toBe(0);
      expect(proxy.seen).toEqual([]);
      expect(sim.faults.count('arm')).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('a proxy that refuses: a clear message', async () => {
    const result = await act(
      sim,
      // A short budget: the refusal is retried with backoff until the budget says stop.
      { ...BASE, 'arm-endpoint': viaName(sim), 'timeout-seconds': '2' },
      { HTTPS_PROXY: 'http://127.0.0.1:9', NODE_OPTIONS: `--import ${fakeDns}` },
    );
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(/Could not reach ARM at management\.sim\.test:\d+ through the proxy at 127\.0\.0\.1:9 \(ECONN\w+\)/);
  });
});
