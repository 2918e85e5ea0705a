/**
 * Azure Arc's challenge: which realms may be read (the realm comes from the network), and how
 * reading the key file fails. The file system is the real one, except where a test makes a call fail.
 */
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canLink } from '../helpers/links.ts';

/** Make the next call of a node:fs function throw an error with this code (as the kernel would). */
const failures = new Map<string, string>();
const failing =
  <A extends unknown[], R>(name: string, real: (...args: A) => R) =>
  (...args: A): R => {
    const code = failures.get(name);
    if (code === undefined) return real(...args);
    failures.delete(name);
    throw Object.assign(new Error(`${code}: simulated, ${name}`), { code });
  };
/** When set, lstatSync looks at this path instead: the file as it was when checked, before a swap. */
let checkedAs: string | undefined;
/** fs.constants as the module under test sees them (a test removes O_NOFOLLOW, as on Windows). */
const constants: Record<string, number | undefined> = { ...fs.constants };
jest.unstable_mockModule('node:fs', () => ({
  ...fs,
  constants,
  lstatSync: failing('lstatSync', (path: fs.PathLike, options?: fs.StatSyncOptions) => fs.lstatSync(checkedAs ?? path, options)),
  openSync: failing('openSync', fs.openSync),
  readSync: failing('readSync', fs.readSync),
}));
const { arcKeyPath, arcTokensDir, readArcKey } = await import('../../src/credentials/arc-key-file.ts');

describe('arcTokensDir', () => {
  it('is the agent’s folder on each platform', () => {
    expect(arcTokensDir({}, 'linux')).toBe('/var/opt/azcmagent/tokens');
    expect(arcTokensDir({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe('D:\\ProgramData\\AzureConnectedMachineAgent\\Tokens');
    expect(arcTokensDir({ ProgramData: '\\\\srv\\data' }, 'win32')).toBe('\\\\srv\\data\\AzureConnectedMachineAgent\\Tokens');
  });

  // A relative folder would be looked for in the job's working directory, and every realm the
  // agent names refused for being outside it.
  it.each([[{}], [{ ProgramData: '' }], [{ ProgramData: '  ' }], [{ ProgramData: 'ProgramData' }], [{ ProgramData: 'C:ProgramData' }]])(
    'is C:\\ProgramData\\… on Windows when %p does not name a full path',
    (env) => {
      expect(arcTokensDir(env, 'win32')).toBe('C:\\ProgramData\\AzureConnectedMachineAgent\\Tokens');
    },
  );
});

describe('arcKeyPath', () => {
  const linux = '/var/opt/azcmagent/tokens';
  const windows = 'C:\\ProgramData\\AzureConnectedMachineAgent\\Tokens';

  it('accepts a .key file directly in the folder, quoted or not', () => {
    expect(arcKeyPath(`Basic realm=${linux}/abc.key`, linux, 'linux')).toBe(`${linux}/abc.key`);
    expect(arcKeyPath(`basic realm="${linux}/abc.key"`, linux, 'linux')).toBe(`${linux}/abc.key`);
    expect(arcKeyPath(`Basic realm=${windows}\\abc.key`, windows, 'win32')).toBe(`${windows}\\abc.key`);
    // Windows paths compare without case; the path read is the realm as the agent gave it.
    const folded = 'c:\\programdata\\azureconnectedmachineagent\\tokens\\abc.KEY';
    expect(arcKeyPath(`Basic realm=${folded}`, windows, 'win32')).toBe(folded);
  });

  it.each([
    ['a file elsewhere', `Basic realm=/etc/shadow`, linux, 'linux'],
    ['a .key file elsewhere', `Basic realm=/tmp/abc.key`, linux, 'linux'],
    ['a subfolder', `Basic realm=${linux}/sub/abc.key`, linux, 'linux'],
    ['.. segments', `Basic realm=${linux}/../tokens/abc.key`, linux, 'linux'],
    ['a relative path', 'Basic realm=abc.key', linux, 'linux'],
    ['another extension', `Basic realm=${linux}/abc.pem`, linux, 'linux'],
    ['no realm', 'Bearer', linux, 'linux'],
    ['a Windows path outside', 'Basic realm=C:\\Windows\\win.ini', windows, 'win32'],
    ['Windows .. segments', `Basic realm=${windows}\\..\\Tokens\\abc.key`, windows, 'win32'],
  ] as const)('refuses %s', (_what, header, dir, platform) => {
    expect(() => arcKeyPath(header, dir, platform)).toThrow(/tokens folder|Basic realm/);
  });
});

describe('readArcKey', () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'arc-read-'));
  const file = join(dir, 'agent.key');
  fs.writeFileSync(file, ' the-secret\n');
  afterEach(() => {
    failures.clear();
    checkedAs = undefined;
    constants['O_NOFOLLOW'] = fs.constants.O_NOFOLLOW;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a small regular file, trimmed', () => {
    expect(readArcKey(file)).toBe('the-secret');
  });

  // The file is there and lstat sees a small regular file, but reading it fails: the runner's user
  // is not in the agent's group (EACCES on Linux, EPERM on Windows, where Node reports a denied
  // access so), or anything else goes wrong on the way. Same hint for all, naming the platform's group.
  const hint = {
    linux: "The runner's user must be in the agent's group (himds) or an administrator.",
    win32: `The runner's user must be in the local group "Hybrid Agent Extensions Applications" or Administrators.`,
  } as const;
  it.each([
    ['linux', 'lstatSync', 'EACCES'],
    ['linux', 'openSync', 'EACCES'],
    ['linux', 'openSync', 'EPERM'],
    ['linux', 'openSync', 'ELOOP'],
    ['linux', 'readSync', 'EIO'],
    ['win32', 'openSync', 'EPERM'],
    ['win32', 'lstatSync', 'EPERM'],
    ['win32', 'openSync', 'EACCES'],
  ] as const)('on %s, explains %s failing with %s with the group hint', (platform, call, code) => {
    failures.set(call, code);
    expect(() => readArcKey(file, platform)).toThrow(`The Azure Arc key file ${file} could not be read (${code}). ${hint[platform]}`);
  });

  it('refuses what is not a regular file, and a file over 4096 bytes', () => {
    expect(() => readArcKey(dir)).toThrow('is not a regular file');
    const big = join(dir, 'big.key');
    fs.writeFileSync(big, 'x'.repeat(4097));
    expect(() => readArcKey(big)).toThrow('over 4096 bytes');
  });

  // A link in the tokens folder, and one swapped in between the check (lstat) and the open,
  // pointing elsewhere: the check sees agent.key, a regular file; the open meets the link.
  describe('links', () => {
    const withLinks = canLink ? it : it.skip;
    const elsewhere = join(dir, 'elsewhere.txt');
    const link = join(dir, 'link.key');
    if (canLink) {
      fs.writeFileSync(elsewhere, 'not-the-key');
      fs.symlinkSync(elsewhere, link);
    }
    /** Whether the kernel refuses to open a link with O_NOFOLLOW (Linux, macOS; Windows has no such flag). */
    const kernelRefusesLinks = ((): boolean => {
      if (!canLink || fs.constants.O_NOFOLLOW === undefined) return false;
      try {
        fs.closeSync(fs.openSync(link, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW));
        return false;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ELOOP';
      }
    })();

    withLinks('does not follow a link', () => {
      expect(() => readArcKey(link)).toThrow('is not a regular file');
    });

    (kernelRefusesLinks ? it : it.skip)('a link swapped in after the check: O_NOFOLLOW makes the open fail (ELOOP)', () => {
      checkedAs = file;
      expect(() => readArcKey(link)).toThrow(/could not be read \(ELOOP\)\. .*himds/);
    });

    // Windows has no O_NOFOLLOW: the open follows the link, and the descriptor, compared with
    // what lstat saw, is another file.
    withLinks('a link swapped in after the check, without O_NOFOLLOW: the file opened is not the one checked', () => {
      constants['O_NOFOLLOW'] = undefined;
      checkedAs = file;
      expect(() => readArcKey(link)).toThrow(`The Azure Arc key file ${link} is not a regular file; refusing to read it.`);
    });
  });
});
