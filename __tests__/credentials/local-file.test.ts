/**
 * Reading a credential file so that the file cannot stall or swell the run: a FIFO with no
 * writer, a device, a directory or an oversize file fails at once, on the real file system.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileError, readLocalFile, type LocalFileProblem } from '../../src/credentials/local-file.ts';
import { canLink } from '../helpers/links.ts';

const dir = mkdtempSync(join(tmpdir(), 'local-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'token');
writeFileSync(file, 'eyJ.token.sig\n');

function problemOf(read: () => unknown): LocalFileProblem | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof LocalFileError) return error.problem;
    throw error;
  }
}

const posixOnly = process.platform === 'win32' ? it.skip : it;

describe('readLocalFile', () => {
  it('reads a small regular file whole', () => {
    expect(readLocalFile(file, 64, { followLinks: false })).toBe('eyJ.token.sig\n');
  });

  (canLink ? it : it.skip)('reads through a link only when links are followed', () => {
    const link = join(dir, 'link');
    symlinkSync(file, link);
    expect(readLocalFile(link, 64, { followLinks: true })).toBe('eyJ.token.sig\n');
    expect(problemOf(() => readLocalFile(link, 64, { followLinks: false }))).toEqual({ kind: 'not a regular file', is: 'a symbolic link' });
  });

  posixOnly('refuses a FIFO at once, with no writer on the other end (a blocking read would hang the run)', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(problemOf(() => readLocalFile(fifo, 64, { followLinks: true }))).toEqual({
      kind: 'not a regular file',
      is: 'a named pipe (FIFO)',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  posixOnly('refuses a device such as /dev/zero (which would fill memory) and /dev/null', () => {
    expect(problemOf(() => readLocalFile('/dev/zero', 64, { followLinks: true }))).toEqual({ kind: 'not a regular file', is: 'a device' });
    expect(problemOf(() => readLocalFile('/dev/null', 64, { followLinks: true }))).toEqual({ kind: 'not a regular file', is: 'a device' });
  });

  it('refuses a directory, and a file over the bound by its size', () => {
    expect(problemOf(() => readLocalFile(dir, 64, { followLinks: true }))).toEqual({ kind: 'not a regular file', is: 'a directory' });
    const big = join(dir, 'big');
    writeFileSync(big, 'x'.repeat(65));
    expect(problemOf(() => readLocalFile(big, 64, { followLinks: true }))).toEqual({ kind: 'too large', maxBytes: 64 });
    expect(readLocalFile(big, 65, { followLinks: true })).toHaveLength(65);
  });

  it("names a missing file by the system's code only", () => {
    expect(problemOf(() => readLocalFile(join(dir, 'absent'), 64, { followLinks: true }))).toEqual({ kind: 'error', code: 'ENOENT' });
  });
});
