/**
 * Turns IMDS's (and the Arc agent's) failures into one message that names the cause and the
 * fix: no identity, the wrong selector, not an Azure VM, IMDS upgrading or throttling.
 */
import type { UserAssignedIdentity } from '../inputs/config.ts';
import { ActionError, messageLines } from '../report/errors.ts';
import { header, type Exchange, type NetworkFailure } from '../net/http.ts';
import { serverText } from '../report/sanitize.ts';
import type { ServiceEndpoint } from './service-endpoint.ts';

/** What a message needs to know about the client that failed. */
export interface ImdsContext {
  readonly endpoint: ServiceEndpoint;
  readonly identity?: UserAssignedIdentity;
  /** The run's time bound for messages: "60 s (timeout-seconds)". */
  readonly budget: string;
  /** The most failed requests a run sends IMDS (IMDS_RUN_LIMIT). */
  readonly runLimit: number;
}

/** A URL without its query, for messages. */
export function where(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** A request to IMDS (or the Arc agent) that never got an answer. */
export function imdsUnreachable(failure: NetworkFailure, url: URL, what: string, context: ImdsContext): ActionError {
  if (failure.timedOut) {
    const last = failure.lastStatus ? `; IMDS last answered ${failure.lastStatus}` : '';
    return new ActionError(
      `Timed out after ${context.budget} waiting for ${what} from IMDS at ${where(url)} (${failure.attempts} attempt(s)${last}). ` +
        'IMDS can take up to 70 s while it is being upgraded; raise timeout-seconds if this repeats.',
    );
  }
  const notAzure = ['ECONNREFUSED', 'ECONNECTTIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN'];
  if (notAzure.includes(failure.code) && context.endpoint.kind === 'arc') {
    return new ActionError(
      `Cannot reach the Azure Arc agent at ${where(url)} (${failure.code}). ` +
        'Check that the agent is running (azcmagent show) and connected.',
    );
  }
  if (notAzure.includes(failure.code)) {
    return new ActionError(
      `Cannot reach the Azure Instance Metadata Service at ${context.endpoint.baseUrl} (${failure.code}). ` +
        'This runner does not look like an Azure VM (or Azure Arc machine) with a managed identity. ' +
        'Run the job on a self-hosted runner on an Azure VM, and enable its identity: az vm identity assign --resource-group <group> --name <vm>.' +
        // A GitHub job that may ask for an OIDC token: the likelier intent is github-oidc without its tenant-id.
        (process.env['ACTIONS_ID_TOKEN_REQUEST_URL']
          ? " Or, to use GitHub's OIDC token (this job may ask for one), give tenant-id and client-id (identity-source: github-oidc)."
          : ''),
    );
  }
  return new ActionError(
    `The connection to IMDS at ${where(url)} failed (${failure.code}) after ${failure.attempts} attempt(s) while asking for ${what}.`,
  );
}

/** When a cap (not IMDS's own schedule, nor the time budget) ended the retries: which one. */
function capNote(res: Exchange, context: ImdsContext): string {
  if (res.gaveUp === 'limit')
    return `; the run stopped at ${context.runLimit} failed requests to IMDS, the most it allows (IMDS throttles per VM)`;
  if (res.gaveUp === 'attempts') return ', the most the action makes for one request (IMDS throttles per VM)';
  return '';
}

/** An answer other than 200, with IMDS's own error fields (sanitised) and request ID. */
export function explainImdsAnswer(
  res: Exchange,
  body: Record<string, unknown> | undefined,
  what: string,
  context: ImdsContext,
): ActionError {
  const error = typeof body?.['error'] === 'string' ? body['error'] : undefined;
  const description = typeof body?.['error_description'] === 'string' ? body['error_description'] : '';
  const said = error ? `IMDS said: ${serverText(error, 100)}${description ? `: ${serverText(description)}` : ''}.` : '';
  const attempts = res.attempts > 1 ? ` after ${res.attempts} attempts` : '';
  const requestId = header(res.headers, 'x-ms-request-id');
  const id = requestId ? `IMDS request ID ${serverText(requestId, 100)}` : '';
  let fix: string;
  const selector = context.identity;
  if (res.status === 400 && /multiple user assigned/i.test(description)) {
    fix = 'This VM has several user-assigned identities and none was selected: give client-id, object-id or identity-resource-id.';
  } else if (res.status === 400 && /identity not found/i.test(description)) {
    fix = selector
      ? `No identity with ${selector.input} '${selector.value}' is assigned to this VM: assign it (az vm identity assign --identities <identity resource ID>) or fix ${selector.input}.`
      : 'This VM has no system-assigned managed identity: enable it (az vm identity assign --resource-group <group> --name <vm>) or select a user-assigned identity with client-id, object-id or identity-resource-id.';
  } else if (res.status === 400 || res.status === 401 || res.status === 403) {
    fix = selector
      ? `IMDS refused the request for ${what}. Check ${selector.input} names an identity assigned to this VM.`
      : `IMDS refused the request for ${what}. Check that this VM has a managed identity enabled.`;
  } else if (res.status === 404) {
    fix = `IMDS still answered 404${attempts} for ${what}: the identity may not have propagated yet (wait a minute and re-run), or this endpoint is not IMDS.`;
  } else if (res.status === 410 && (res.gaveUp === 'attempts' || res.gaveUp === 'limit')) {
    fix = `IMDS answered 410 (being upgraded) to ${res.attempts} attempts for ${what}${capNote(res, context)}. Re-run the job in a few minutes.`;
  } else if (res.status === 410) {
    fix = `IMDS answered 410 (being upgraded)${attempts} and did not recover within ${context.budget} or IMDS's 70 s upgrade window. Re-run the job.`;
  } else if (res.status === 429) {
    fix = `IMDS throttled the request for ${what}${attempts} (about 20 token requests a second are allowed per VM). Re-run later, or run fewer jobs at once on this VM.`;
  } else {
    fix = `IMDS answered ${res.status}${attempts} for ${what}${res.gaveUp === 'limit' ? capNote(res, context) : ''}.`;
  }
  return new ActionError(messageLines(fix, said, id));
}
