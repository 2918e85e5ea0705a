import { serverText } from './sanitize.ts';

/**
 * Errors the action reports to the user. Their messages are written by this project, never
 * copied from a response body that could hold a secret, and say what to fix.
 */
export class ActionError extends Error {
  override name = 'ActionError';
  /**
   * A refusal that a role assignment not yet in effect explains (ARM's AuthorizationFailed, the
   * data plane's 403 for a missing data-plane role): wait-for-access waits it out.
   */
  readonly accessDenied: boolean;

  constructor(message: string, options: { readonly accessDenied?: boolean } = {}) {
    super(message);
    this.accessDenied = options.accessDenied ?? false;
  }
}

/**
 * A message of several lines: the first says what is wrong and the one thing to do; the details
 * (the why, commands, what a server said, its request IDs) follow, each on a line of its own,
 * those that are empty left out.
 */
export function messageLines(...lines: ReadonlyArray<string | false | undefined>): string {
  return lines.filter(Boolean).join('\n');
}

/** A bad input, found before any network call. The message names the input. */
export class InputError extends ActionError {
  override name = 'InputError';
  readonly input: string;

  constructor(input: string, problem: string) {
    super(`Input '${input}': ${problem}`);
    this.input = input;
  }
}

/**
 * Quote a user-supplied value for a message: JSON escaping keeps newlines and control
 * characters visible (so nothing can start a workflow command), and long values are cut.
 */
export function quote(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}

/** Whether a network error code is a failed TLS verification (a TLS-inspecting proxy, usually). */
export function isTlsFailure(code: string): boolean {
  // Node's codes: CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, SELF_SIGNED_CERT_IN_CHAIN,
  // UNABLE_TO_VERIFY_LEAF_SIGNATURE, UNABLE_TO_GET_ISSUER_CERT(_LOCALLY), ERR_TLS_CERT_ALTNAME_INVALID, ERR_SSL_*.
  return /CERT|SSL|TLS|SELF_SIGNED|ALTNAME|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/i.test(code);
}

/**
 * The fix for a failed TLS verification, for any service: the proxy's CA as a file, or the
 * system's certificate store (Node 24 reads it with NODE_USE_SYSTEM_CA=1: Windows' store, the
 * macOS keychains, OpenSSL's files elsewhere), which is where a corporate Windows runner has it.
 */
export const TLS_FIX =
  'if a TLS-inspecting proxy sits in between, give Node its CA with NODE_EXTRA_CA_CERTS, or set NODE_USE_SYSTEM_CA=1 if the system certificate store trusts it.';

/** The one line printed for an error: ours verbatim, anything else by its name only. */
export function describeError(error: unknown): string {
  if (error instanceof ActionError) return error.message;
  // Errors from libraries can carry request options (headers with a bearer token): print
  // only the kind of error and the first line of its message, never the object or its properties.
  const name = error instanceof Error ? serverText(error.name, 60) : typeof error;
  const message = error instanceof Error ? serverText(error.message.split('\n')[0] ?? '', 200) : '';
  return `Unexpected ${name} inside the action${message ? `: ${message}` : ''}. Please report it.`;
}
