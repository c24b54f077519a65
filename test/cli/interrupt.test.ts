import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, root, scratch } from './_run.js';

const ITEMS = join(root, 'data/items.jsonl');
const ENTS = join(root, 'data/enterprises.jsonl');
const MESSAGE = 'chainmatch: interrupted, temporary files removed\n';

let t: ReturnType<typeof scratch>;
let tmp = '';
const children: ChildProcess[] = [];
beforeEach(() => {
  t = scratch('cm-int-');
  tmp = t.path('tmp'); // the child's TMPDIR: its spool directories land here, apart from other processes'
  mkdirSync(tmp);
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); // a failed test's child
  t.remove();
});

/** Starts the CLI (or `args` run by node) with its own TMPDIR; resolves on exit with the code, signal and stderr. */
function start(args: string[]): {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
} {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const spools = (pid: number) => readdirSync(tmp).filter((n) => n.startsWith(`chainmatch-stdin-${pid}-`));
const debris = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('an interrupted match leaves nothing behind', () => {
  it('SIGINT while standard input is still open: exit 130, spool removed, output directory made before any work', async () => {
    const out = t.path('new/dir/m.jsonl');
    const { child, exited } = start([cli, 'match', '--items', ITEMS, '--enterprises', '-', '--out', out, '--quiet']);
    child.stdin!.write(readFileSync(ENTS, 'utf8').split('\n').slice(0, 50).join('\n') + '\n'); // and stays open
    // The spool directory may exist a moment before its file: a missing file is "not yet".
    await until(
      'the spool directory',
      () =>
        spools(child.pid!).length === 1 &&
        (statSync(join(tmp, spools(child.pid!)[0]!, 'enterprises.jsonl'), { throwIfNoEntry: false })?.size ?? 0) > 0,
    );
    expect(existsSync(t.path('new/dir'))).toBe(true);
    child.kill('SIGINT');
    const r = await exited;
    expect(r.code).toBe(130);
    expect(r.stderr).toBe(MESSAGE);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(t.path('new/dir'))).toEqual([]);
  });

  it('SIGTERM while two worker threads score: exit 143, spool removed, no output', async () => {
    const out = t.path('m.jsonl');
    const input = readFileSync(ENTS, 'utf8');
    const { child, exited } = start([
      cli,
      'match',
      '--items',
      ITEMS,
      '--enterprises',
      '-',
      '--workers',
      '2',
      '--out',
      out,
      '--quiet',
    ]);
    child.stdin!.end(input);
    // The spool is complete: the workers are reading it (the run takes seconds).
    await until('the complete spool', () =>
      spools(child.pid!).some(
        (d) =>
          statSync(join(tmp, d, 'enterprises.jsonl'), { throwIfNoEntry: false })?.size === Buffer.byteLength(input),
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    const r = await exited;
    expect(r.code).toBe(143);
    expect(r.stderr).toBe(MESSAGE);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(t.dir).sort()).toEqual(['tmp']);
  });

  it('SIGTERM in the middle of an atomic write removes the temporary file and keeps the old file', async () => {
    const target = t.path('out.jsonl');
    writeFileSync(target, 'old\n');
    const script = `
      import { exitOnInterrupt } from './src/cli/_lib/outputs.ts';
      import { writeFileAtomic } from './src/io/write.ts';
      exitOnInterrupt();
      await writeFileAtomic(${JSON.stringify(target)}, async (out) => { out.write('partial'); await new Promise(() => setInterval(() => {}, 1000)); });`;
    const { child, exited } = start(['--import', 'tsx', '--input-type=module', '-e', script]);
    await until('the temporary file', () => debris(t.dir).length === 1);
    child.kill('SIGTERM');
    const r = await exited;
    expect(r.code).toBe(143);
    expect(r.stderr).toBe(MESSAGE);
    expect(debris(t.dir)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
  });

  it('spool directories of runs killed earlier are removed; those of live processes and other names are kept', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const keep = [
      `chainmatch-stdin-${process.pid}-aB3dE9`,
      `chainmatch-stdin-${dead}-aB3dE9x`,
      `chainmatch-stdin-${dead}`,
      `other-${dead}-aB3dE9`,
    ];
    for (const n of [`chainmatch-stdin-${dead}-aB3dE9`, ...keep]) {
      mkdirSync(join(tmp, n));
      writeFileSync(join(tmp, n, 'enterprises.jsonl'), '{}\n');
    }
    writeFileSync(join(tmp, `chainmatch-stdin-${dead}-zzzzzz`), 'a file, not a spool directory');
    const r = spawnSync(
      process.execPath,
      [cli, 'match', '--items', ITEMS, '--enterprises', '-', '--top', '1', '--quiet'],
      {
        input: readFileSync(ENTS, 'utf8').split('\n').slice(0, 20).join('\n') + '\n',
        env: { ...process.env, TMPDIR: tmp },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(readdirSync(tmp).sort()).toEqual([...keep, `chainmatch-stdin-${dead}-zzzzzz`].sort());
  });
});
