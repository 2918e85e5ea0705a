/**
 * Hostile IMDS (and Azure Arc agent) answers. Each row names the finding of the hostile-answers
 * issue it covers.
 */
import { expect } from '@jest/globals';
import type { Simulator } from '../../simulator/index.ts';
import type { HostileRow } from '../helpers/hostile-rows.ts';

const TOKEN = '/metadata/identity/oauth2/token';
/** The inputs that make the run read instance metadata for its subscription and group. */
const FROM_VM = { 'subscription-id': '', 'resource-group': '' };

/** The pauses between consecutive requests to `path`, as the simulator saw them (end of one answer to the next request). */
function pauses(sim: Simulator, path: string): number[] {
  const hits = sim.faults.requests.filter((r) => r.service === 'imds' && r.path.includes(path));
  return hits.slice(1).map((r, i) => r.at - hits[i]!.finishedAt);
}

export const imdsRows: HostileRow[] = [
  {
    name: '4: 410 with Retry-After: 0 forever: 8 token requests (MSAL’s 1 + 7), 0.5 s apart at least, then a clear message',
    faults: () => [{ service: 'imds', path: TOKEN, action: { status: 410, headers: { 'retry-after': '0' } }, times: Infinity }],
    exit: 1,
    message:
      /IMDS answered 410 \(being upgraded\) to 8 attempts for a managed identity token, the most the action makes for one request \(IMDS throttles per VM\)\. Re-run the job/,
    requests: [
      ['imds', TOKEN, 8],
      ['arm', '', 0],
    ],
    maxMs: 5000,
    check: (sim) => {
      for (const pause of pauses(sim, TOKEN)) expect(pause).toBeGreaterThanOrEqual(450);
    },
  },
  {
    name: '4: 410 with Retry-After: 0 forever on the token and instance metadata at once: the run stops at 12 IMDS requests',
    inputs: () => FROM_VM,
    faults: () => [{ service: 'imds', path: '/metadata/', action: { status: 410, headers: { 'retry-after': '0' } }, times: Infinity }],
    exit: 1,
    message:
      /IMDS answered 410 \(being upgraded\) to \d+ attempts for instance metadata(; the run stopped at 12 requests to IMDS|, the most)/,
    requests: [
      ['imds', '/metadata/', 12],
      ['arm', '', 0],
    ],
    maxMs: 5000,
  },
];
