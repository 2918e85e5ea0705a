/**
 * The Windows folders the credential sources look in, from the variables Windows sets for them
 * (%ProgramData%, %ProgramFiles%). A variable that is unset, empty or not a full path (a job can
 * set `ProgramData: ''`) gives Windows' default instead: a relative folder would be looked up in
 * the job's working directory, which the checked-out repository fills.
 */
import { win32 } from 'node:path';

const DEFAULTS = { ProgramData: 'C:\\ProgramData', ProgramFiles: 'C:\\Program Files' } as const;

export function windowsFolder(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS): string {
  const value = env[name]?.trim() ?? '';
  // A drive and its root (C:\…) or a UNC share (\\server\share\…); not C:folder, \folder or folder.
  const full = /^([a-z]:[\\/]|[\\/]{2}[^\\/])/i.test(value);
  return full ? win32.normalize(value) : DEFAULTS[name];
}
