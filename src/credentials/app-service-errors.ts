/**
 * Turns the failures of the Container Apps / App Service identity endpoint into one message that
 * names the cause and the fix: nothing listening, the secret header refused, no identity (or not
 * the one selected), throttling, the platform failing to get a token. The endpoint answers
 * `{"statusCode":…,"message":"…","correlationId":"…"}` (and MSAL also reads Entra ID's
 * `error` / `error_description`); what it says is printed sanitised, never IDENTITY_HEADER.
 */
import type { UserAssignedIdentity } from '../inputs/config.ts';
import { ActionError, messageLines } from '../report/errors.ts';
import { header, isObject, type Exchange, type NetworkFailure } from '../net/http.ts';
import { serverText } from '../report/sanitize.ts';

/** What a message needs to know about the request that failed. */
export interface AppServiceContext {
  /** The endpoint without its query. */
  readonly where: string;
  readonly identity?: UserAssignedIdentity;
  /** The run's time bound for messages: "60 s (timeout-seconds)". */
  readonly budget: string;
}

const ENABLE_SYSTEM =
  'az containerapp job identity assign --name <job> --resource-group <group> --system-assigned (a Container Apps job), ' +
  'az containerapp identity assign … --system-assigned (a container app), az webapp identity assign --name <app> --resource-group <group> (App Service)';
const ASSIGN_USER =
  'az containerapp job identity assign --name <job> --resource-group <group> --user-assigned <identity resource ID> (a Container Apps job), ' +
  'az webapp identity assign --name <app> --resource-group <group> --identities <identity resource ID> (App Service)';

/** A request that never got an answer. */
export function appServiceUnreachable(failure: NetworkFailure, context: AppServiceContext): ActionError {
  if (failure.timedOut) {
    const last = failure.lastStatus ? `; it last answered ${failure.lastStatus}` : '';
    return new ActionError(
      `Timed out after ${context.budget} waiting for a token from the managed identity endpoint at ${context.where} (${failure.attempts} attempt(s)${last}). Raise timeout-seconds if this repeats.`,
    );
  }
  if (['ECONNREFUSED', 'ECONNECTTIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(failure.code)) {
    return new ActionError(
      `Cannot reach the managed identity endpoint at ${context.where} (${failure.code}). IDENTITY_ENDPOINT and IDENTITY_HEADER are set, as Azure Container Apps and App Service set them, but nothing answers there: ` +
        'run the action in the container app or web app itself (a job container or service container is not), and check that the app has a managed identity.',
    );
  }
  return new ActionError(
    `The connection to the managed identity endpoint at ${context.where} failed (${failure.code}) after ${failure.attempts} attempt(s).`,
  );
}

/** An answer too large to be a token. */
export function oversized(context: AppServiceContext): ActionError {
  return new ActionError(
    `The managed identity endpoint at ${context.where} answered with an oversized body: is IDENTITY_ENDPOINT the platform's identity endpoint?`,
  );
}

/** The first of `values` that is a non-empty string. */
function firstText(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** What the endpoint said: its message (or Entra ID's error fields, as MSAL reads them) and correlation ID, unsanitised. */
function fieldsOf(res: Exchange, body: Record<string, unknown> | undefined): { code?: string; text?: string; correlation?: string } {
  const error = body?.['error'];
  const nested = isObject(error) ? error : undefined;
  return {
    code: firstText(error, nested?.['code']),
    text: firstText(body?.['message'], body?.['error_description'], nested?.['message']),
    correlation: firstText(body?.['correlationId'], body?.['correlation_id'], header(res.headers, 'x-correlation-id')),
  };
}

/** An answer other than 200. */
export function explainAppServiceAnswer(res: Exchange, body: Record<string, unknown> | undefined, context: AppServiceContext): ActionError {
  const stop = res.gaveUp === 'budget' ? `, with no time left for another within ${context.budget}` : '';
  const attempts = res.attempts > 1 ? ` after ${res.attempts} attempts${stop}` : '';
  const at = `The managed identity endpoint at ${context.where}`;
  const selector = context.identity;
  const { code, text, correlation } = fieldsOf(res, body);
  // "Unable to load the proper Managed Identity." (or no body): the identity asked for is not there.
  const noIdentity = res.status === 400 && (text === undefined || /identity/i.test(text));
  let fix: string;
  if (res.status === 401 || res.status === 403) {
    fix =
      `${at} refused the request (${res.status}), not accepting X-IDENTITY-HEADER: do not set IDENTITY_HEADER yourself, and let the runner pass its own environment on unchanged.\n` +
      'IDENTITY_HEADER must be the value the platform set for this container or app (it is rotated).';
  } else if (noIdentity && selector) {
    fix = `${at} found no identity with ${selector.input} ${selector.value} assigned to this app (400): assign it to the app, or fix ${selector.input}.\nAssign it: ${ASSIGN_USER}.`;
  } else if (noIdentity) {
    fix =
      `${at} found no system-assigned identity for this app (400): enable it, or select a user-assigned identity with client-id, object-id or identity-resource-id.\n` +
      `Without one of those inputs the endpoint asks for the system-assigned identity, even when the app has a user-assigned one.\nEnable it: ${ENABLE_SYSTEM}.`;
  } else if (res.status === 400) {
    fix = `${at} refused the token request (400): check IDENTITY_ENDPOINT and, with a custom arm-endpoint, arm-resource.`;
  } else if (res.status === 404) {
    fix =
      `${at} answered 404${attempts}: re-run in a minute if an identity was assigned moments ago; otherwise IDENTITY_ENDPOINT is not the platform's token endpoint.\n` +
      "Container Apps' endpoint is http://localhost:42356/msi/token.";
  } else if (res.status === 429) {
    fix = `${at} throttled the token request (429)${attempts}. Re-run later, or run fewer jobs at once.`;
  } else if (res.status >= 500) {
    fix = `${at} answered ${res.status}${attempts}, not getting a token from Entra ID for it: re-run the job; if it persists, check Azure's status for Container Apps or App Service.`;
  } else {
    fix = `${at} answered ${res.status}${attempts}.`;
  }
  const words = [code && serverText(code, 100), text && serverText(text)].filter(Boolean).join(': ');
  const quoted = words && `The endpoint said: ${words.replace(/\.$/, '')}.`;
  return new ActionError(messageLines(fix, quoted, correlation && `Correlation ID ${serverText(correlation, 100)}`));
}
