/**
 * Scans everything an action run wrote for secrets. Secrets may appear only in
 * `::add-mask::` lines, in the output file, and (when exported) in the env file; and each
 * secret's mask must be registered before any other line of stdout uses it.
 */
import type { ActionRun } from '../../simulator/runner.ts';
import type { Simulator } from '../../simulator/index.ts';

/** Every secret the simulator holds: account keys, connection-string keys, issued tokens. */
export function secretsOf(sim: Simulator): string[] {
  const secrets: string[] = [...sim.issuedTokens];
  for (const groups of sim.state.subscriptions.values()) {
    for (const accounts of groups.values()) {
      for (const a of accounts.values()) {
        secrets.push(a.primaryMasterKey, a.secondaryMasterKey, a.primaryReadonlyMasterKey, a.secondaryReadonlyMasterKey);
      }
    }
  }
  return secrets;
}

/**
 * The forms a secret can take in text: raw, URL-encoded, base64 of it, JSON-escaped, and for a
 * base64 key its bytes re-encoded (base64url, hex).
 */
export function variants(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), JSON.stringify(secret).slice(1, -1)];
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret) && secret.length % 4 === 0) {
    const bytes = Buffer.from(secret, 'base64');
    forms.push(bytes.toString('base64url'), bytes.toString('hex'));
  }
  return [...new Set(forms)];
}

/** Traces of a request's credentials that only a raw error or request object would print. */
const CREDENTIAL_MARKERS = [/authorization["']?\s*[:=]/i, /type(=|%3D)master/i, /\bBearer\s+ey/i, /sig(=|%3D)[A-Za-z0-9%+/]{20}/i];

export function findLeaks(result: ActionRun, secrets: readonly string[], options: { envMayHoldSecrets?: boolean } = {}): string[] {
  const leaks: string[] = [];
  const places: Array<[string, string]> = [
    [
      'stdout',
      result.stdout
        .split(/\r?\n/)
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ],
    ['stderr', result.stderr],
    ['step summary', result.summary],
  ];
  if (!options.envMayHoldSecrets) places.push(['GITHUB_ENV', result.envFile]);
  for (const secret of secrets) {
    for (const form of variants(secret)) {
      for (const [place, text] of places) {
        if (text.includes(form)) leaks.push(`${place} holds a secret (${form.slice(0, 6)}…)`);
      }
    }
  }
  for (const [place, text] of places) {
    for (const marker of CREDENTIAL_MARKERS) if (marker.test(text)) leaks.push(`${place} shows request credentials (${marker.source})`);
  }
  // Masks must come first: no stdout line may use a secret before its ::add-mask:: line.
  const lines = result.stdout.split(/\r?\n/);
  for (const secret of secrets) {
    const maskAt = lines.findIndex((l) => l === `::add-mask::${secret}`);
    const usedAt = lines.findIndex((l) => !l.startsWith('::add-mask::') && l.includes(secret));
    if (usedAt !== -1 && (maskAt === -1 || maskAt > usedAt)) leaks.push(`stdout line ${usedAt} uses a secret before its mask`);
  }
  return leaks;
}
