import { execFileSync, spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/index.js';
import { charDevice } from '../cli/_run.js';
import { tempDir } from './helpers.js';

let d: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  d = await tempDir();
});
afterEach(async () => d.cleanup());

const TEMP = /^\..*\.chainmatch\.\d+\.[0-9a-f]{12}\.tmp$/u;

describe('writeFileAtomic: symbolic links are written through', () => {
  it('replaces the final target of a link chain; the links stay links; the temporary file sits beside the target', async () => {
    mkdirSync(d.path('real'));
    mkdirSync(d.path('links'));
    const target = d.path('real/m.jsonl');
    writeFileSync(target, 'old\n');
    symlinkSync('../real/m.jsonl', d.path('links/hop.jsonl'));
    symlinkSync('hop.jsonl', d.path('links/out.jsonl'));
    let during: { real: string[]; links: string[] } | undefined;
    await writeFileAtomic(d.path('links/out.jsonl'), async (out) => {
      out.write('new\n');
      during = { real: readdirSync(d.path('real')), links: readdirSync(d.path('links')) };
    });
    expect(during!.real.filter((n) => TEMP.test(n))).toHaveLength(1);
    expect(during!.links.sort()).toEqual(['hop.jsonl', 'out.jsonl']);
    expect(lstatSync(d.path('links/out.jsonl')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(d.path('links/out.jsonl'))).toBe('hop.jsonl');
    expect(lstatSync(d.path('links/hop.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(d.path('real'))).toEqual(['m.jsonl']);
  });

  it('a dangling link gets its target created and stays a link', async () => {
    symlinkSync('made.txt', d.path('link.txt'));
    await writeFileAtomic(d.path('link.txt'), 'x');
    expect(lstatSync(d.path('link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(d.path('made.txt'), 'utf8')).toBe('x');
  });
});

describe('writeFileAtomic: only regular files are replaced', () => {
  it('refuses a FIFO, a character device, a directory and a link to a device, and leaves them as they were', async () => {
    execFileSync('mkfifo', [d.path('fifo')]);
    mkdirSync(d.path('dir'));
    const device = charDevice(d.dir);
    symlinkSync(device, d.path('null-link'));
    for (const [path, kind] of [
      [d.path('fifo'), 'a FIFO'],
      [device, 'a character device'],
      [d.path('dir'), 'a directory'],
      [d.path('null-link'), 'a character device'],
    ] as const) {
      await expect(writeFileAtomic(path, 'x')).rejects.toMatchObject({
        code: 'INVALID_OPTION',
        message: expect.stringContaining(`${path} is ${kind}`),
      });
    }
    expect(statSync(d.path('fifo')).isFIFO()).toBe(true);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(lstatSync(d.path('null-link')).isSymbolicLink()).toBe(true);
    expect(
      readdirSync(d.dir)
        .filter((n) => n !== 'null-device')
        .sort(),
    ).toEqual(['dir', 'fifo', 'null-link']);
  });
});

describe('writeFileAtomic: failures name the target, not the temporary file', () => {
  it('a missing directory is ENOENT about the path given', async () => {
    const err = await writeFileAtomic(d.path('no/such/dir/x.txt'), 'x').catch((e: NodeJS.ErrnoException) => e);
    expect(err).toMatchObject({ code: 'ENOENT', path: d.path('no/such/dir/x.txt') });
    expect((err as Error).message).toBe(
      `ENOENT: no such file or directory, cannot write '${d.path('no/such/dir/x.txt')}'`,
    );
  });
});

describe('writeFileAtomic: leftovers of killed runs', () => {
  it('removes temporary files of processes that are gone, and only those', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // exited: its pid is free
    const stale = `.m.jsonl.chainmatch.${dead}.0123456789ab.tmp`;
    const otherTarget = `.other.csv.chainmatch.${dead}.abcdefabcdef.tmp`;
    const running = `.m.jsonl.chainmatch.${process.ppid}.0123456789ab.tmp`; // a live process
    const notOurs = [
      `.m.jsonl.${dead}.0123456789ab.tmp`,
      `m.jsonl.chainmatch.${dead}.0123456789ab.tmp`,
      `.m.jsonl.chainmatch.${dead}.0123456789ab.tmp.bak`,
    ];
    for (const n of [stale, otherTarget, running, ...notOurs]) writeFileSync(d.path(n), 'debris');
    mkdirSync(d.path(`.d.chainmatch.${dead}.0123456789ab.tmp`)); // a directory is never removed
    await writeFileAtomic(d.path('m.jsonl'), 'x');
    expect(await d.list()).toEqual([`.d.chainmatch.${dead}.0123456789ab.tmp`, running, ...notOurs, 'm.jsonl'].sort());
  });
});
