/** Azure Arc's challenge: which realms may be read. The realm comes from the network. */
import { describe, expect, it } from '@jest/globals';
import { arcKeyPath, arcTokensDir } from '../src/arc.ts';

describe('arcTokensDir', () => {
  it('is the agent’s folder on each platform', () => {
    expect(arcTokensDir({}, 'linux')).toBe('/var/opt/azcmagent/tokens');
    expect(arcTokensDir({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe('D:\\ProgramData\\AzureConnectedMachineAgent\\Tokens');
  });
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
