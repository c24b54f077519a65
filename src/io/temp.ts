/**
 * Temporary files and directories of chainmatch: named with the pid of the process that made them, tracked
 * while in use (so an interrupted run can remove them), and removed by later runs once that process is gone.
 * @internal
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** `.<name>.chainmatch.<pid>.<12 hex>.tmp`: the temporary file of an atomic write, beside its target. */
const TEMP_FILE = /^\..*\.chainmatch\.(\d+)\.[0-9a-f]{12}\.tmp$/su;
/** `chainmatch-stdin-<pid>-XXXXXX`: a spool directory of standard input, in the system's temporary directory. */
const SPOOL_DIR = /^chainmatch-stdin-(\d+)-[A-Za-z0-9]{6}$/u;

const live = new Set<string>();

/** Tracks a temporary path (file or directory) while it is in use; {@link removeTrackedTemps} removes it. */
export function trackTemp(path: string): void {
  live.add(path);
}

/** Stops tracking a temporary path (it was renamed into place or removed). */
export function untrackTemp(path: string): void {
  live.delete(path);
}

/**
 * Removes every tracked temporary path now, synchronously (safe in a signal handler just before exiting);
 * returns how many there were.
 */
export function removeTrackedTemps(): number {
  const n = live.size;
  for (const p of live) rmSync(p, { recursive: true, force: true });
  live.clear();
  return n;
}

/** The temporary file an atomic write of `target` goes through: hidden, beside it, with this process's pid. */
export function tempFileFor(target: string): string {
  // Long names are shortened: the temporary name must stay within the file system's 255-byte limit.
  const name = [...basename(target)].slice(0, 48).join('');
  return join(dirname(target), `.${name}.chainmatch.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether a process with this pid exists (one of another user counts: EPERM). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes, from `dir`, what killed chainmatch runs left behind: entries whose name matches `pattern` exactly
 * (its first group a pid), of the expected kind, owned by this user, whose process no longer exists. Best
 * effort: anything it cannot read or remove is left alone.
 */
async function removeStale(dir: string, pattern: RegExp, kind: 'file' | 'directory'): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    const path = join(dir, name);
    try {
      const st = await lstat(path);
      if ((kind === 'file' ? !st.isFile() : !st.isDirectory()) || (uid !== undefined && st.uid !== uid)) continue;
      await rm(path, { recursive: kind === 'directory', force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** Removes temporary files of atomic writes in `dir` left by chainmatch processes that no longer exist. */
export const removeStaleTempFiles = (dir: string): Promise<void> => removeStale(dir, TEMP_FILE, 'file');

/**
 * Makes a tracked spool directory for standard input in the system's temporary directory (first removing those
 * of chainmatch processes that no longer exist); `remove` deletes it and stops tracking it.
 */
export async function makeSpoolDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  await removeStale(tmpdir(), SPOOL_DIR, 'directory');
  const dir = await mkdtemp(join(tmpdir(), `chainmatch-stdin-${process.pid}-`));
  trackTemp(dir);
  return {
    dir,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      untrackTemp(dir);
    },
  };
}
