/**
 * Text a server sent (IMDS, the Arc agent, ARM, Entra ID, the data plane, a proxy) is untrusted.
 * Every such string passes `serverText` before it reaches a log line, an error, an annotation or
 * the summary: one line with no control characters (so it can never start a workflow command),
 * no secret in whole or in part, and bounded in length, in that order (a secret is scrubbed
 * before the text is cut, so a cut can never leave part of one behind).
 */
import { scrubSecrets } from './masking.ts';

/**
 * Line breaks of every kind (CR, LF, NEL, LS, PS) and every other control or format character
 * (C0, DEL, C1, zero-width and bidirectional marks): each becomes a space.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** A base64 run of 40+ characters (a Cosmos DB key is 88), and a JWT (an access token). */
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;
const JWT_SHAPED = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

/**
 * Whether a base64 run is key-like: long and varied (a 64-byte key is 88 characters of some 50
 * different ones; no word or name runs 64 characters without a space, dot or hyphen), or random, i.e. several digits, capitals
 * and small letters (a 64-byte key has about 14 digits; a CamelCase word has one or two); and not
 * part of an ARM resource path (/subscriptions/…/resourceGroups/…/providers/…), which can run
 * long between the hyphens and dots of its GUIDs and names.
 */
function looksLikeKey(run: string): boolean {
  if (/(?:^|\/)(?:subscriptions|resourcegroups|providers)\//i.test(run)) return false;
  if (run.length >= 64 && new Set(run).size >= 16) return true;
  const count = (pattern: RegExp): number => run.match(pattern)?.length ?? 0;
  return count(/\d/g) >= 4 && count(/[A-Z]/g) >= 4 && count(/[a-z]/g) >= 4;
}

/** `text` cut at `at`, without the run of token characters the cut falls in (unless that run is all there is). */
function firstCut(text: string, at: number): string {
  const cut = text.slice(0, at);
  const rest = cut.replace(/[A-Za-z0-9+/=_.%-]+$/, '');
  return `${rest.trim() === '' ? cut : rest}…`;
}

/** Server text made safe to print: see the module comment. `max` bounds the result's length. */
export function serverText(text: string, max = 300): string {
  // A first, generous cut bounds the work below (a server may send a megabyte), and drops the
  // run of token characters it falls in, so no part of a secret survives it either.
  const head = text.length > max * 4 ? firstCut(text, max * 4) : text;
  const scrubbed = scrubSecrets(head)
    .replace(JWT_SHAPED, '[redacted token]')
    .replace(BASE64_RUN, (run) => (looksLikeKey(run) ? '[redacted]' : run));
  const line = scrubbed.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  const bounded = line.length > max ? `${line.slice(0, max)}…` : line;
  // Printed at the start of a line, `::` would begin a workflow command.
  return bounded.startsWith('::') ? `\u00b7${bounded}` : bounded;
}

/** The host (and port) of a URL, or `fallback` when it is not an absolute URL. */
export function hostOf(url: string, fallback: string): string {
  try {
    return new URL(url).host || fallback;
  } catch {
    return fallback;
  }
}
