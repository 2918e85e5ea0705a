/**
 * The User-Agent of every request the action makes (ARM, the identity endpoints, Entra ID,
 * GitHub's token service, the data plane): `cosmos-runner-identity/<version>`, as ARM's logs and
 * support tickets identify callers by it, followed by AZURE_HTTP_USER_AGENT when the job sets one
 * (as Azure's own tools append it; azure/login sets it for the Azure CLI).
 */
import pkg from '../../package.json' with { type: 'json' };

export const NAME = pkg.name;
export const VERSION = pkg.version;
/** The product token alone: `cosmos-runner-identity/<version>`. */
const PRODUCT = `${NAME}/${VERSION}`;

/** At most this much of AZURE_HTTP_USER_AGENT is sent: a header line, not a payload. */
const MAX_EXTRA = 256;

export function userAgent(env: NodeJS.ProcessEnv = process.env): string {
  // Printable ASCII only: anything else could not be sent in a header, or would split it.
  const extra = (env['AZURE_HTTP_USER_AGENT'] ?? '')
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
    .slice(0, MAX_EXTRA);
  return extra ? `${PRODUCT} ${extra}` : PRODUCT;
}
