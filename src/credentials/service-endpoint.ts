/**
 * Where a machine's identity endpoint is: a URL the environment names (IDENTITY_ENDPOINT,
 * IMDS_ENDPOINT, …), and for IMDS and the Arc agent the token and instance metadata URLs.
 */
import { ActionError } from '../report/errors.ts';

/** Where tokens and instance metadata come from: Azure IMDS, or an Azure Arc agent. */
export interface ServiceEndpoint {
  readonly kind: 'imds' | 'arc';
  /** The token URL, without its query. */
  readonly tokenUrl: string;
  readonly apiVersion: string;
  /** The instance metadata URL, without its query. */
  readonly instanceUrl: string;
  /** For messages: the base URL. */
  readonly baseUrl: string;
}

/** An endpoint URL from the environment: http or https. */
export function parseServiceUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ActionError(`${name} is set but is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ActionError(`${name} must be an http or https URL.`);
  return url;
}
