/**
 * Text a server sent (IMDS, ARM, the data plane) is untrusted. The messages built from it use
 * these helpers, so that hardening them hardens every message at once. (Some values are still
 * printed as they came, e.g. the endpoint ARM returns: issue 10 routes those through here too.)
 */

/** Server text on one line: whitespace (newlines included) collapsed, at most `max` characters. */
export function serverText(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The host (and port) of a URL, or `fallback` when it is not an absolute URL. */
export function hostOf(url: string, fallback: string): string {
  try {
    return new URL(url).host || fallback;
  } catch {
    return fallback;
  }
}
