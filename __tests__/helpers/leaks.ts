/**
 * Scans everything an action run wrote for secrets. Secrets may appear only in `::add-mask::`
 * lines, in the output file, and (when exported) in the env file. And every secret the run was
 * handed must have been registered with `::add-mask::`, printed or not: the runner masks only
 * what it was told about, so an unregistered secret leaks as soon as anything prints it.
 */
import type { Simulator } from '../../simulator/index.ts';
import type { ActionRun } from '../../simulator/runner.ts';

/** A run of the action, and the access tokens the simulator issued to it. */
export interface Result extends ActionRun {
  /** Every token IMDS issued while this run was under way (test files run their tests one at a time). */
  readonly tokens: readonly string[];
  /** Secrets the run was handed in its environment (IDENTITY_HEADER): each must be masked, and never shown. */
  readonly handedSecrets?: readonly string[];
  /** Every federated token the run presented to Entra ID (service account tokens, GitHub's OIDC tokens). */
  readonly assertions: readonly string[];
}

/**
 * Every secret the simulator holds: account keys, connection-string keys, issued tokens, the
 * container app's IDENTITY_HEADER, the federated tokens it made (service account tokens, GitHub's
 * OIDC tokens) and the runner's request token for GitHub's token service.
 */
export function secretsOf(sim: Simulator): string[] {
  const secrets: string[] = [...sim.issuedTokens, sim.identityHeader, ...sim.assertions, sim.oidcRequestToken];
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
function variants(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), JSON.stringify(secret).slice(1, -1)];
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret) && secret.length % 4 === 0) {
    const bytes = Buffer.from(secret, 'base64');
    forms.push(bytes.toString('base64url'), bytes.toString('hex'));
  }
  return [...new Set(forms)];
}

/** Traces of a request's credentials that only a raw error or request object would print. */
const CREDENTIAL_MARKERS = [/authorization["']?\s*[:=]/i, /type(=|%3D)master/i, /\bBearer\s+ey/i, /sig(=|%3D)[A-Za-z0-9%+/]{20}/i];

export function findLeaks(result: Result, given: readonly string[], options: { envMayHoldSecrets?: boolean } = {}): string[] {
  const leaks: string[] = [];
  // What the run was handed in its environment (IDENTITY_HEADER) is scanned for like the simulator's own.
  const secrets = [...given, ...(result.handedSecrets ?? [])];
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
  // Never in part either: the runner masks whole registered values only, so a cut secret shows.
  for (const secret of secrets) {
    const part = partOf(secret, places);
    if (part) leaks.push(`${part.place} holds part of a secret (${part.text.slice(0, 4)}…, ${PART} characters)`);
  }
  for (const [place, text] of places) {
    for (const marker of CREDENTIAL_MARKERS) if (marker.test(text)) leaks.push(`${place} shows request credentials (${marker.source})`);
  }
  // Handed out means masked: each token IMDS issued to this run, and each output or exported value
  // that is or holds a secret (a key, a connection string; in a JSON value, each string that does),
  // along with the secrets it holds.
  const masks = new Set(result.masks);
  const mustBeMasked = (what: string, value: string): void => {
    if (!masks.has(value)) leaks.push(`${what} was never masked`);
  };
  result.tokens.forEach((token, i) => mustBeMasked(`token ${i + 1} IMDS issued to the run`, token));
  result.handedSecrets?.forEach((secret, i) => mustBeMasked(`secret ${i + 1} the run's environment held`, secret));
  result.assertions.forEach((assertion, i) => mustBeMasked(`federated token ${i + 1} the run presented to Entra ID`, assertion));
  const handedOut = [
    ...Object.entries(result.outputs).map(([name, value]) => [`output ${name}`, value] as const),
    ...Object.entries(result.env).map(([name, value]) => [`exported ${name}`, value] as const),
  ];
  for (const [what, value] of handedOut) {
    for (const text of stringsIn(value)) {
      // A key is held as written or percent-encoded (a MongoDB URI's password): each form held must be masked.
      const held = secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]).filter((form) => text.includes(form));
      if (held.length === 0) continue;
      mustBeMasked(what, text);
      for (const form of held) mustBeMasked(`a secret in ${what}`, form);
    }
  }
  return leaks;
}

/** The length of a secret's substring that counts as a leak (the hostile-answers issue's bar). */
const PART = 16;

/** The first PART-character substring of `secret` found in a place, if any. */
function partOf(secret: string, places: ReadonlyArray<readonly [string, string]>): { place: string; text: string } | undefined {
  for (let i = 0; i + PART <= secret.length; i++) {
    const text = secret.slice(i, i + PART);
    const place = places.find(([, where]) => where.includes(text));
    if (place) return { place: place[0], text };
  }
  return undefined;
}

/** A value, or the strings inside it when it is JSON (the connection-strings output). */
function stringsIn(value: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [value];
  }
  if (typeof parsed !== 'object' || parsed === null) return [value];
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') found.push(node);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(visit);
  };
  visit(parsed);
  return found;
}
