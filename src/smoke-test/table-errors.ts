/**
 * Explains a failed step of the API for Table smoke test (table.ts): what failed, why
 * in plain words, and what to do. The Table endpoint answers as Azure Table storage does (status,
 * `x-ms-error-code`, an `odata.error` or XML body) with Cosmos DB's gateway texts inside (the
 * firewall's, disabled local auth); @azure/data-tables hands these on in its RestError's
 * `details`. Only the status, the error code and the request ID are printed, sanitised; the
 * server's message is only matched, never printed.
 */
import { ActionError } from '../report/errors.ts';
import type { Budget } from '../net/budget.ts';
import { serverText } from '../report/sanitize.ts';
import { FIREWALL_MESSAGE, LOCAL_AUTH_DISABLED, StepFailure, commonCause, networkCause, stepPrefix } from './failures.ts';

export type TableStepName = 'list tables' | 'query';

/** What a message about the Table smoke test needs to know. */
export interface TableFailureContext {
  readonly apiEndpoint: string;
  readonly accountName: string;
  readonly container?: string;
  /** Which key was used, in words ("the primary read-only key"); "the key" when not given. */
  readonly keyName?: string;
}

/** What the Table endpoint answered, as far as a message may use it. */
interface TableAnswer {
  readonly status?: number;
  readonly code?: string;
  /** The server's message: matched against known texts, never printed. */
  readonly message: string;
  readonly requestId?: string;
}

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

/** `value[key]` when `value` has it as its own property (never from a prototype). */
function own(value: unknown, key: string): unknown {
  return isFields(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

const firstText = (...values: unknown[]): string | undefined => values.find((v): v is string => typeof v === 'string' && v !== '');

/** The status, error code, message and request ID of a RestError from @azure/data-tables, read defensively. */
function answerOf(error: unknown): TableAnswer {
  const status = own(error, 'statusCode');
  const details = own(error, 'details');
  const odata = own(details, 'odataError');
  const header = (name: string): string | undefined => {
    const headers = own(own(error, 'response'), 'headers');
    try {
      const get = isFields(headers) ? headers['get'] : undefined;
      return typeof get === 'function' ? firstText((get as (n: string) => unknown).call(headers, name)) : undefined;
    } catch {
      return undefined;
    }
  };
  const odataMessage = own(odata, 'message');
  return {
    status: typeof status === 'number' ? status : undefined,
    code: firstText(own(details, 'errorCode'), header('x-ms-error-code'), own(odata, 'code'), own(details, 'Code')),
    message: (firstText(own(odataMessage, 'value'), odataMessage, own(details, 'Message')) ?? '').slice(0, 4000),
    requestId: firstText(header('x-ms-activity-id'), header('x-ms-request-id')),
  };
}

/** Storage's codes, and Cosmos DB's gateway texts, for a request whose key signature was refused. */
const KEY_REFUSED_CODE = /^(AuthenticationFailed|AuthorizationFailure|Unauthorized)$/i;
const KEY_REFUSED_MESSAGE = /failed to authenticate the request|authorization token can't serve|signature|key being used/i;

/** One message for a failed step of the Table smoke test: what failed, why in plain words, and what to do. */
export function explainTableFailure(step: TableStepName, error: unknown, context: TableFailureContext, budget: Budget): ActionError {
  if (error instanceof ActionError) return new StepFailure(`Smoke test failed at step '${step}': ${error.message}`);
  const prefix = stepPrefix(step, context.apiEndpoint);
  const common = commonCause(error, budget);
  if (common) return new StepFailure(`${prefix} ${common}`);
  const answer = answerOf(error);
  const { status, message } = answer;
  const code = answer.code ? serverText(answer.code, 60) : undefined;
  const what = `${status}${code ? ` ${code}` : ''}`;
  const account = serverText(context.accountName, 100);
  const key = context.keyName ?? 'the key';
  const table = serverText(context.container ?? '', 255);
  let text: string;
  if (status === 403 && FIREWALL_MESSAGE.test(message)) {
    text = `the account's firewall or network rules block this runner (${what}). Allow the runner's network (or use a private endpoint) in the account's Networking settings.`;
  } else if ((status === 401 || status === 403) && LOCAL_AUTH_DISABLED.test(message)) {
    text = `the account has local (key) authentication disabled (disableLocalAuth), so no key works (${what}). The Table smoke test signs with a key: turn smoke-test off for this account, or enable key authentication.`;
  } else if (status === 401 || (status === 403 && (KEY_REFUSED_CODE.test(code ?? '') || KEY_REFUSED_MESSAGE.test(message)))) {
    text =
      `the account key was refused (${what}): ${key} is wrong, was regenerated after it was fetched, or is not a key of account '${account}'. ` +
      `Re-run the job; if it persists, check that the Table endpoint and account-name name the same account.`;
  } else if (status === 403) {
    text = `the request was refused (${what}).`;
  } else if (status === 404 && step === 'query') {
    text = `table '${table}' does not exist in account '${account}' (${what}). Check the container input: for an API for Table account it names the table.`;
  } else if (status === 404) {
    text = `the Table endpoint answered ${what}: it serves no account '${account}'. Check that the endpoint is the account's Table endpoint.`;
  } else if (status === 400 && step === 'query') {
    text = `the query of table '${table}' was refused as invalid (${what}). Check the container input: it must be the table's name.`;
  } else if (status === 429) {
    text = `the account throttled the request (${what}) even after retries. Its provisioned throughput is exhausted: retry later or raise the RU/s.`;
  } else if (status !== undefined) {
    text = `the Table endpoint answered ${what}.`;
  } else {
    text = networkCause(isFields(error) ? error : {});
  }
  const id = answer.requestId ? `\nRequest ID ${serverText(answer.requestId, 100)}` : '';
  return new StepFailure(`${prefix} ${text}${id}`);
}
