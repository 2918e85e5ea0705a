/**
 * Reading a small local file that holds a credential (the Arc agent's key file, a federated
 * token file) so that nothing about the file can stall or swell the run: opened non-blocking (a
 * FIFO with no writer, a device or a terminal answers at once instead of holding the event
 * loop), required to be a regular file by the descriptor actually opened (fstat, so a swap after
 * a check changes nothing), read no further than the bound plus one byte (so /dev/zero or a
 * growing file cannot fill memory). Each caller words its own message from the failure's kind.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type BigIntStats } from 'node:fs';

/** Why a file was not read: what it is instead of a regular file, its size over the bound, or the system's error code. */
export type LocalFileProblem =
  | { readonly kind: 'not a regular file'; readonly is: string }
  | { readonly kind: 'too large'; readonly maxBytes: number }
  | { readonly kind: 'error'; readonly code: string };

export class LocalFileError extends Error {
  override name = 'LocalFileError';
  readonly problem: LocalFileProblem;

  constructor(problem: LocalFileProblem) {
    super(problem.kind);
    this.problem = problem;
  }
}

/** What a file is, in words, when it is not a regular file. */
function whatItIs(stat: BigIntStats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * The file's text, at most `maxBytes` bytes. With `followLinks: false` the path must not be a
 * link (checked before opening and, where the platform has O_NOFOLLOW, refused by the kernel
 * too), and the descriptor opened must be the file that was checked: on Windows, which has no
 * O_NOFOLLOW, that check alone keeps a link swapped in after the lstat from being followed. The
 * file's identity (device and inode, on Windows the volume serial and 64-bit file index) is
 * compared as bigints, exact where a number would round.
 */
export function readLocalFile(path: string, maxBytes: number, options: { followLinks: boolean }): string {
  let checked: BigIntStats | undefined;
  try {
    if (!options.followLinks) {
      checked = lstatSync(path, { bigint: true });
      if (!checked.isFile()) throw new LocalFileError({ kind: 'not a regular file', is: whatItIs(checked) });
    }
    const noFollow = options.followLinks ? 0 : (constants.O_NOFOLLOW ?? 0);
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | noFollow);
    try {
      const stat = fstatSync(fd, { bigint: true });
      if (!stat.isFile()) throw new LocalFileError({ kind: 'not a regular file', is: whatItIs(stat) });
      // Swapped between the check and the open: not the file that was checked.
      if (checked && (stat.dev !== checked.dev || stat.ino !== checked.ino)) {
        throw new LocalFileError({ kind: 'not a regular file', is: 'a file swapped for another after it was checked' });
      }
      if (stat.size > BigInt(maxBytes)) throw new LocalFileError({ kind: 'too large', maxBytes });
      const buffer = Buffer.alloc(maxBytes + 1);
      let size = 0;
      while (size < buffer.length) {
        const read = readSync(fd, buffer, size, buffer.length - size, null);
        if (read === 0) break;
        size += read;
      }
      if (size > maxBytes) throw new LocalFileError({ kind: 'too large', maxBytes });
      return buffer.toString('utf8', 0, size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof LocalFileError) throw error;
    throw new LocalFileError({ kind: 'error', code: errorCode(error) });
  }
}

/** A file system error's code (EACCES, ENOENT, ELOOP…), for messages; nothing else of the error is printed. */
function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'error';
}
