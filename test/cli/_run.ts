// Runs the built CLI (dist/cli.js) in a child process, and makes scratch directories that tests remove.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const cli = join(root, 'dist/cli.js');
/** The built `chainmatch/node` (worker threads run the built script: `npm test` builds first). */
export const builtNode = (): Promise<typeof import('../../src/node.js')> =>
  import(join(root, 'dist/node.js')) as Promise<typeof import('../../src/node.js')>;

/** Runs `chainmatch …args` with `input` on stdin; status, stdout and stderr. */
export const run = (args: string[], opts: { input?: string; cwd?: string } = {}) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    cwd: opts.cwd ?? root,
    timeout: 60_000,
  });

/** A scratch directory: `path(name)`, `write(name, text)` (returns the path), `remove()`. */
export function scratch(prefix = 'cm-cli-'): {
  dir: string;
  path: (name: string) => string;
  write: (name: string, text: string) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = (name: string) => join(dir, name);
  return {
    dir,
    path,
    write: (name, text) => (writeFileSync(path(name), text), path(name)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Rows as JSONL text. */
export const jsonl = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

/**
 * A character device to test against: a copy of /dev/null made with mknod inside `dir` when allowed (root), so a
 * regression replaces only the copy; otherwise /dev/null itself, which a process without root cannot replace.
 */
export function charDevice(dir: string): string {
  const path = join(dir, 'null-device');
  try {
    execFileSync('mknod', [path, 'c', '1', '3'], { stdio: 'ignore' });
    return path;
  } catch {
    return '/dev/null';
  }
}
