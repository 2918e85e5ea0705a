/** Symbolic links in tests, where the platform lets the test's user make them. */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whether this process may create a symbolic link: always on Linux and macOS; on Windows only
 * with the SeCreateSymbolicLinkPrivilege (an elevated administrator, or Developer Mode), else
 * EPERM. Tests that need a link run only where it is true.
 */
export const canLink: boolean = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'link-probe-'));
  try {
    writeFileSync(join(dir, 'target'), '');
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    return true;
  } catch (error) {
    if (process.platform === 'win32' && (error as NodeJS.ErrnoException).code === 'EPERM') return false;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
