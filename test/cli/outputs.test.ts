import { execFileSync } from 'node:child_process';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charDevice, jsonl, run, scratch } from './_run.js';

let t: ReturnType<typeof scratch>;
let items = '';
let ents = '';
let entsText = '';
let itemsText = '';
beforeAll(() => {
  t = scratch('cm-out-');
  itemsText = jsonl([
    { id: 'I1', title: '铝型材项目', keywords: ['铝型材'], theme: 'T' },
    { id: 'I2', title: '汽车零部件项目', keywords: ['汽车零部件'], theme: 'T' },
  ]);
  entsText =
    jsonl([
      { id: 'E1', name: '甲铝业', description: '铝型材生产', province: '广东' },
      { id: 'E2', name: '乙汽配', description: '汽车零部件制造', province: '浙江' },
      { id: 'E3', name: '丙公司' },
    ]) + '{oops\n'; // one rejected row: match exits 3
  items = t.write('items.jsonl', itemsText);
  ents = t.write('ents.jsonl', entsText);
});
afterAll(() => t.remove());

const match = (...extra: string[]) =>
  run(['match', '--items', items, '--enterprises', ents, '--top', '2', '--quiet', ...extra]);
const unchanged = () => {
  expect(readFileSync(ents, 'utf8')).toBe(entsText);
  expect(readFileSync(items, 'utf8')).toBe(itemsText);
};

describe('output directories', () => {
  it('are created before the work starts (mkdir -p), relative to the working directory too', () => {
    const r = run(
      [
        'match',
        '--items',
        items,
        '--enterprises',
        ents,
        '--top',
        '2',
        '--quiet',
        '--out',
        'out/deep/m.jsonl',
        '--rejected',
        'rej/r.jsonl',
      ],
      { cwd: t.dir },
    );
    expect(r.stderr).not.toMatch(/ENOENT|^\s+at /mu);
    expect(r.status).toBe(3);
    expect(readFileSync(t.path('out/deep/m.jsonl'), 'utf8')).toMatch(/"itemId":"I1"/u);
    expect(readFileSync(t.path('rej/r.jsonl'), 'utf8')).toMatch(/malformed_json/u);
  });

  it('a parent that is a file is a usage error naming the option', () => {
    const r = match('--out', `${items}/m.jsonl`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^chainmatch: --out .*items\.jsonl\/m\.jsonl: cannot write in directory .* \(EEXIST|ENOTDIR\)/mu,
    );
  });
});

describe('an output is never an input', () => {
  it('match --rejected <the enterprises file> is refused and the file is untouched', () => {
    const r = match('--out', t.path('m1.jsonl'), '--rejected', ents);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`chainmatch: --rejected ${ents} is the input file ${ents}: refusing to overwrite it\n`);
    unchanged();
  });

  it('match --out <the items file>, through another spelling, a symbolic link or a hard link, is refused', () => {
    symlinkSync(items, t.path('items-link.jsonl'));
    linkSync(items, t.path('items-hard.jsonl'));
    for (const out of [items, `${t.dir}/./items.jsonl`, t.path('items-link.jsonl'), t.path('items-hard.jsonl')]) {
      const r = match('--out', out);
      expect(r.status, out).toBe(2);
      expect(r.stderr).toMatch(/is the input file .*items\.jsonl: refusing to overwrite it/u);
    }
    unchanged();
    expect(lstatSync(t.path('items-link.jsonl')).isSymbolicLink()).toBe(true);
  });

  it('validate, report, merge, fit, plan and register refuse an input as output too', () => {
    const matches = t.path('mm.jsonl');
    expect(match('--out', matches).status).toBe(3);
    const matchesText = readFileSync(matches, 'utf8');
    const labels = t.write('labels.csv', 'itemId,enterpriseId,grade\nI1,E1,3\nI2,E2,2\n');
    const projects = t.write(
      'p.jsonl',
      jsonl([{ id: 'a', name: '北海市晶片项目', investment: 10, hostCity: '北海', signedAt: '2023-06-16' }]),
    );
    const projectsText = readFileSync(projects, 'utf8');
    const refused = [
      ['validate', ents, '--rejected', ents],
      ['report', '--matches', matches, '--items', items, '--enterprises', ents, '--out', matches],
      ['merge', matches, '--top', '1', '--out', matches],
      ['fit', '--items', items, '--enterprises', ents, '--labels', labels, '--out', labels],
      ['plan', '--matches', matches, '--items', items, '--out', items],
      ['register', 'labels', '--projects', projects, '--out', projects],
      ['register', 'move', '--projects', projects, '--moves', labels, '--out', projects],
    ];
    for (const args of refused) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/is the input file/u);
    }
    unchanged();
    expect(readFileSync(matches, 'utf8')).toBe(matchesText);
    expect(readFileSync(labels, 'utf8')).toBe('itemId,enterpriseId,grade\nI1,E1,3\nI2,E2,2\n');
    expect(readFileSync(projects, 'utf8')).toBe(projectsText);
  });
});

describe('two outputs of one run', () => {
  it('may not be the same file, nor both standard output', () => {
    const same = match('--out', t.path('same.jsonl'), '--rejected', `${t.dir}/./same.jsonl`);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/--out and --rejected are the same file/u);
    const stdout = match('--rejected', '-');
    expect(stdout.status).toBe(2);
    expect(stdout.stderr).toMatch(/--out and --rejected would all write to standard output/u);
    expect(readdirSync(t.dir)).not.toContain('same.jsonl');
  });
});

describe('only regular files are replaced', () => {
  it('a FIFO, a device, a directory or a link to a device is refused (2) and left as it was', () => {
    const fifo = t.path('out.fifo');
    execFileSync('mkfifo', [fifo]);
    const device = charDevice(t.dir);
    symlinkSync(device, t.path('dev-link.jsonl'));
    mkdirSync(t.path('a-dir.jsonl'));
    for (const [out, kind] of [
      [fifo, 'a FIFO'],
      [device, 'a character device'],
      [t.path('dev-link.jsonl'), 'a character device'],
      [t.path('a-dir.jsonl'), 'a directory'],
    ] as const) {
      const r = match('--out', out, '--format', 'jsonl');
      expect(r.status, out).toBe(2);
      expect(r.stderr).toBe(
        `chainmatch: --out ${out} is ${kind}, not a regular file: refusing to replace it (use '-' for standard output)\n`,
      );
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(lstatSync(t.path('dev-link.jsonl')).isSymbolicLink()).toBe(true);
    expect(statSync(t.path('a-dir.jsonl')).isDirectory()).toBe(true);
  });

  it('/dev/stdout is refused when standard output is a pipe or socket (use -)', () => {
    const r = match('--out', '/dev/stdout', '--format', 'jsonl');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^chainmatch: --out \/dev\/stdout is a (FIFO|socket), not a regular file: refusing to replace it \(use '-' for standard output\)\n$/u,
    );
    expect(r.stdout).toBe('');
  });

  it('a symbolic link is written through: its target gets the output, the link stays a link', () => {
    mkdirSync(t.path('real'));
    symlinkSync('real/target.jsonl', t.path('out-link.jsonl'));
    const r = match('--out', t.path('out-link.jsonl'));
    expect(r.status).toBe(3);
    expect(lstatSync(t.path('out-link.jsonl')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(t.path('out-link.jsonl'))).toBe('real/target.jsonl');
    expect(readFileSync(t.path('real/target.jsonl'), 'utf8')).toMatch(/"itemId":"I1"/u);
  });
});
