import { type Stats, constants as fsConstants, writeSync } from 'node:fs';
import { access, mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeTrackedTemps } from '../../io/temp.js';
import { EXIT, usageError } from './errors.js';

const identity = (st: Stats): string => `${st.dev}:${st.ino}`;
const statOrUndefined = (path: string): Promise<Stats | undefined> => stat(path).catch(() => undefined);

/**
 * Checks the outputs of a command before any work starts, so that a run can neither fail at its end for a
 * path it could have refused at once nor destroy what it reads. `outputs` maps each option to its path
 * (`-` is standard output; undefined: not asked for); `inputs` are the files the command reads (`-` and
 * undefined are skipped). Throws a usage error (exit 2) when an output
 * - is an input file (compared by real path, and by device and inode: hard links, symbolic links, `./x`),
 * - exists and is not a regular file (a directory, FIFO, socket or device: `-` alone means standard output),
 * - is the same file as another output, or a second `-`,
 * - or its directory cannot be created or written to.
 * Missing parent directories are created (mkdir -p). A symbolic link is checked by the file it points to.
 * @example await checkOutputs({ '--out': flags.out, '--rejected': flags.rejected }, [flags.items, flags.enterprises]);
 */
export async function checkOutputs(
  outputs: Readonly<Record<string, string | undefined>>,
  inputs: readonly (string | undefined)[],
): Promise<void> {
  const named = Object.entries(outputs).filter((o): o is [string, string] => o[1] !== undefined);
  const toStdout = named.filter(([, path]) => path === '-');
  if (toStdout.length > 1)
    throw usageError(`${toStdout.map(([flag]) => flag).join(' and ')} would all write to standard output ('-')`);
  const files = named.filter(([, path]) => path !== '-');
  if (files.length === 0) return;

  const readers = new Map<string, string>();
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    const st = await statOrUndefined(input);
    if (st) readers.set(identity(st), input);
    const real = await realpath(input).catch(() => undefined);
    if (real) readers.set(real, input);
  }

  // Refusals first, before anything is created.
  const { outputTarget, refuseSpecialFile } = await import('../../io/write.js');
  const targets: { flag: string; path: string; target: string }[] = [];
  for (const [flag, path] of files) {
    const target = await outputTarget(path);
    const st = await statOrUndefined(path); // as the kernel follows it (see writeFileAtomic)
    refuseSpecialFile(st, `${flag} ${path}`);
    const input = st && (readers.get(identity(st)) ?? readers.get(await realpath(path).catch(() => '')));
    if (input !== undefined) throw usageError(`${flag} ${path} is the input file ${input}: refusing to overwrite it`);
    targets.push({ flag, path, target });
  }

  const seen = new Map<string, string>();
  for (const { flag, path, target } of targets) {
    const dir = dirname(target);
    try {
      await mkdir(dir, { recursive: true });
      await access(dir, fsConstants.W_OK);
    } catch (e) {
      throw usageError(
        `${flag} ${path}: cannot write in directory ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    const st = await statOrUndefined(target);
    if (
      st &&
      !(await access(target, fsConstants.W_OK).then(
        () => true,
        () => false,
      ))
    )
      throw usageError(`${flag} ${path}: the file is not writable`);
    const key = st ? identity(st) : join(await realpath(dir), basename(target));
    const other = seen.get(key);
    if (other !== undefined)
      throw usageError(`${other} and ${flag} are the same file (${path}): give each output its own file`);
    seen.set(key, flag);
  }
}

/**
 * Makes SIGINT and SIGTERM end the `chainmatch` program cleanly: every tracked temporary file (of an atomic
 * write) and spool directory (of standard input) is removed, one line is printed, and the process exits 130
 * (SIGINT) or 143 (SIGTERM); exiting stops worker threads too. No output is replaced by a partial one. For
 * the program only: a library must leave signals to its host.
 */
export function exitOnInterrupt(): void {
  for (const [signal, code] of [
    ['SIGINT', EXIT.INTERRUPTED],
    ['SIGTERM', EXIT.TERMINATED],
  ] as const) {
    process.once(signal, () => {
      removeTrackedTemps();
      // On a terminal, leave the progress bar's line and show the cursor it hid.
      writeSync(2, `${process.stderr.isTTY ? '\x1b[?25h\n' : ''}chainmatch: interrupted, temporary files removed\n`);
      process.exit(code);
    });
  }
}
