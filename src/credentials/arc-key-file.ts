/**
 * Azure Arc-enabled servers: their agent answers a token request with 401 and
 * `WWW-Authenticate: Basic realm=<key file>`; the client proves it runs on the machine by
 * reading that file and sending its contents back. The realm comes from the network, so it is
 * followed only into the agent's own tokens folder, to a small regular `.key` file.
 */
import { posix, resolve, win32 } from 'node:path';
import { ActionError } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';
import { LocalFileError, readLocalFile } from './local-file.ts';
import { windowsFolder } from './windows-folders.ts';

/**
 * The api-version MSAL sends to the Arc agent today: msal-node 5.6.0 and 7.2.4 (AzureArc.mjs; the
 * versions this project's @azure/identity 4.13 and 4.14 install, which delegate Arc to it) and
 * msal4j's current AzureArcManagedIdentitySource (the one with Arc user-assigned identities) send
 * 2020-06-01; their older releases sent 2019-11-01. Microsoft Learn's Arc page shows both.
 */
export const ARC_API_VERSION = '2020-06-01';
const MAX_KEY_BYTES = 4096;

/**
 * The agent's tokens folder: /var/opt/azcmagent/tokens on Linux, %ProgramData%\AzureConnectedMachineAgent\Tokens
 * on Windows. AZURE_ARC_TOKENS_DIR replaces it for tests (whoever sets the environment already controls the runner).
 */
export function arcTokensDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env['AZURE_ARC_TOKENS_DIR'];
  if (override) return resolve(override);
  if (platform === 'win32') return win32.join(windowsFolder(env, 'ProgramData'), 'AzureConnectedMachineAgent', 'Tokens');
  return '/var/opt/azcmagent/tokens';
}

/**
 * The key file named by a `WWW-Authenticate: Basic realm=…` header, if it is one we may read: an
 * absolute, already-normal path (no `..`), directly in `dir`, ending in `.key`.
 */
export function arcKeyPath(header: string | undefined, dir: string, platform: NodeJS.Platform = process.platform): string {
  const match = /^\s*Basic\s+realm="?([^"]+)"?\s*$/i.exec(header ?? '');
  const realm = match?.[1];
  if (!realm) {
    throw new ActionError(
      'The Azure Arc agent answered 401 without a Basic realm naming its key file. Is IDENTITY_ENDPOINT the Arc agent?',
    );
  }
  const p = platform === 'win32' ? win32 : posix;
  const fold = (text: string): string => (platform === 'win32' ? text.toLowerCase() : text);
  const allowed =
    p.isAbsolute(realm) &&
    p.normalize(realm) === realm &&
    fold(p.dirname(realm)) === fold(p.normalize(dir)) &&
    fold(p.basename(realm)).endsWith('.key');
  if (!allowed) {
    throw new ActionError(
      `The Azure Arc agent pointed at a key file outside its tokens folder (${dir}); refusing to read it. Check that IDENTITY_ENDPOINT is the local Arc agent.`,
    );
  }
  return realm;
}

/**
 * Who may read the key file: the agent's group or the administrators (Linux: himds; Windows: the
 * local group "Hybrid Agent Extensions Applications", where a denied read is EPERM).
 */
function whoMayRead(platform: NodeJS.Platform): string {
  return platform === 'win32'
    ? `The runner's user must be in the local group "Hybrid Agent Extensions Applications" or Administrators.`
    : `The runner's user must be in the agent's group (himds) or an administrator.`;
}

/**
 * Read the key file: a regular file (not a link), at most 4096 bytes, read as local-file.ts reads
 * any credential file. Any failure to look at or read it (EACCES, or EPERM on Windows, above all:
 * the runner's user is not in the agent's group) gets the same hint.
 */
export function readArcKey(path: string, platform: NodeJS.Platform = process.platform): string {
  const shown = serverText(path, 200);
  try {
    return readLocalFile(path, MAX_KEY_BYTES, { followLinks: false }).trim();
  } catch (error) {
    const problem = error instanceof LocalFileError ? error.problem : ({ kind: 'error', code: 'error' } as const);
    if (problem.kind === 'not a regular file') {
      throw new ActionError(`The Azure Arc key file ${shown} is not a regular file; refusing to read it.`);
    }
    if (problem.kind === 'too large')
      throw new ActionError(`The Azure Arc key file ${shown} is over ${MAX_KEY_BYTES} bytes; refusing to read it.`);
    throw new ActionError(`The Azure Arc key file ${shown} could not be read (${problem.code}). ${whoMayRead(platform)}`);
  }
}
