import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: root });

const WORDS = [
  '锂电池正极材料',
  '铝型材',
  '汽车零部件',
  '显示面板',
  '集成电路封装',
  '纺织面料',
  '碳酸钙粉体',
  '家具',
  '发动机缸体',
  '铜箔',
];
const PROV = ['广东', '浙江', '江苏', '湖北', '福建', '香港'];
let dir = '';
let items = '';
let ents = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-cli-'));
  items = join(dir, 'items.jsonl');
  ents = join(dir, 'ents.jsonl');
  writeFileSync(
    items,
    WORDS.map((w, i) =>
      JSON.stringify({ id: `I${i}`, title: `${w}项目`, keywords: [w], gapType: i % 2 ? '补链' : 'extend' }),
    ).join('\n') + '\n',
  );
  const lines: string[] = [];
  for (let i = 0; i < 300; i++)
    lines.push(
      JSON.stringify({
        id: `E${(i * 7919) % 1000}`,
        name: `企业${i}有限公司`,
        description: `${WORDS[i % WORDS.length]}、${WORDS[(i * 3) % WORDS.length]}的生产`,
        province: PROV[i % PROV.length],
        revenue: (i % 50) + 1,
      }),
    );
  writeFileSync(ents, lines.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chainmatch match', () => {
  it('writes the JSONL contract, ranked per item', () => {
    const r = run(['match', '--items', items, '--enterprises', ents, '--top', '3', '--quiet']);
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBe(30);
    for (const row of rows)
      expect(Object.keys(row)).toEqual([
        'itemId',
        'enterpriseId',
        'rank',
        'score',
        'contributions',
        'matchedTerms',
        'reason',
      ]);
    expect(rows.filter((x) => x.itemId === 'I0').map((x) => x.rank)).toEqual([1, 2, 3]);
  });

  it('gives the same bytes for 1 or 2 workers, and for 1 run or 3 merged shards', () => {
    const one = run(['match', '--items', items, '--enterprises', ents, '--top', '5', '--quiet']).stdout;
    const two = run([
      'match',
      '--items',
      items,
      '--enterprises',
      ents,
      '--top',
      '5',
      '--quiet',
      '--workers',
      '2',
    ]).stdout;
    expect(two).toBe(one);
    const shardFiles = [1, 2, 3].map((i) => {
      const out = join(dir, `shard-${i}.jsonl`);
      expect(
        run([
          'match',
          '--items',
          items,
          '--enterprises',
          ents,
          '--top',
          '5',
          '--quiet',
          '--shard',
          `${i}/3`,
          '--out',
          out,
        ]).status,
      ).toBe(0);
      return out;
    });
    const merged = join(dir, 'merged.jsonl');
    expect(run(['merge', ...shardFiles, '--top', '5', '--out', merged]).status).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(one);
  });

  it('a file too large to keep prepared is read again without tokenizing, with the same bytes out', async () => {
    const { runMatch } = await import('../../src/cli/commands/match.js');
    const flags = { items, enterprises: ents, top: '4', by: 'item' as const, workers: '1', quiet: true };
    const out = (name: string) => join(dir, name);
    const quiet = { stderr: () => {} };
    expect(await runMatch({ ...flags, out: out('kept.jsonl') }, quiet)).toBe(0);
    expect(await runMatch({ ...flags, out: out('reread.jsonl'), keepPrepared: 10 }, quiet)).toBe(0);
    expect(await runMatch({ ...flags, out: out('shard.jsonl'), keepPrepared: 0, shard: '2/3' }, quiet)).toBe(0);
    expect(readFileSync(out('reread.jsonl'), 'utf8')).toBe(readFileSync(out('kept.jsonl'), 'utf8'));
    expect(readFileSync(out('kept.jsonl'), 'utf8').length).toBeGreaterThan(100);
  });

  it('refuses a second pass that reads different enterprises than the first', async () => {
    const { TermCache } = await import('../../src/pipeline/term-cache.js');
    const cache = new TermCache(['a', 'b', 'c']);
    cache.add('E1', {
      tf: new Map([
        ['a', 1],
        ['x', 2],
        ['c', 1.5],
      ]),
      length: 4,
    });
    expect(cache.get(0, 'E1')).toEqual({
      tf: new Map([
        ['a', 1],
        ['c', 1.5],
      ]),
      length: 4,
    });
    expect(() => cache.get(0, 'E2')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => cache.get(1, 'E1')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('reads enterprises from stdin, with one or two workers', () => {
    const fromFile = run(['match', '--items', items, '--enterprises', ents, '--top', '2', '--quiet']).stdout;
    expect(
      run(['match', '--items', items, '--enterprises', '-', '--top', '2', '--quiet'], readFileSync(ents, 'utf8'))
        .stdout,
    ).toBe(fromFile);
    expect(
      run(
        ['match', '--items', items, '--enterprises', '-', '--top', '2', '--quiet', '--workers', '2'],
        readFileSync(ents, 'utf8'),
      ).stdout,
    ).toBe(fromFile);
    const bad = run(
      ['match', '--items', items, '--enterprises', '-', '--quiet', '--workers', '2'],
      '{"id":"B1","name":"甲","description":"铝型材"}\n{oops\n',
    );
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/^-:row 2: .*\[malformed_json\]/u);
  });

  it('a failing worker stops the run with the same message and exit code as one thread', () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const one = run(['match', '--items', items, '--enterprises', fake, '--quiet']);
    const two = spawnSync(
      process.execPath,
      [cli, 'match', '--items', items, '--enterprises', fake, '--quiet', '--workers', '2'],
      { encoding: 'utf8', cwd: root, timeout: 30_000 },
    );
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/not an XLSX workbook/);
  });

  it('reports bad rows with row and field, and says so in the exit code', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        '{"id":"B1","name":"好企业","description":"铝型材"}',
        '{"id":"B2","revenue":"lots"}',
        '{oops',
        '{"id":"B1","name":"dup"}',
      ].join('\n'),
    );
    const r = run(['match', '--items', items, '--enterprises', bad, '--json']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/bad\.jsonl:row 2:name/);
    expect(r.stderr).toMatch(/bad\.jsonl:row 2:revenue/);
    expect(r.stderr).toMatch(/row 3/);
    expect(r.stderr).toMatch(/row 4.*duplicate/);
    const summary = JSON.parse(r.stderr.trim().split('\n').at(-1)!);
    expect(summary.enterprises).toMatchObject({ in: 4, accepted: 1, rejected: 3 });
  });

  it('scores a small enterprise file on one thread unless --workers says otherwise', () => {
    const summary = (args: string[]) =>
      JSON.parse(
        run(['match', '--items', items, '--enterprises', ents, '--json', '--out', join(dir, 'w.jsonl'), ...args])
          .stderr.trim()
          .split('\n')
          .at(-1)!,
      );
    expect(summary([]).workers).toBe(1);
    expect(summary(['--workers', '2']).workers).toBe(2);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['match', '--items', items]).status).toBe(2);
    expect(run(['match', '--items', items, '--enterprises', ents, '--top', 'x']).status).toBe(2);
    expect(run(['match', '--items', items, '--enterprises', ents, '--shard', '4/3']).status).toBe(2);
    expect(run(['nope']).status).toBe(2);
  });
});

describe('chainmatch explain', () => {
  it('prints every feature, the industry codes with their evidence, and the reasons; --json gives the same', () => {
    // Row 2 (id E838) makes 汽车零部件 and 碳酸钙粉体.
    const args = ['explain', '--items', items, '--enterprises', ents, '--item', 'I2', '--enterprise', 'E838'];
    const r = run(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^industryCode\s+0\.750/mu);
    expect(r.stdout).toContain(
      'industry codes: item C367 汽车零部件及配件制造 (inferred from 汽车零部件) · enterprise C309 石墨及其他非金属矿物制品制造, C367 汽车零部件及配件制造 (inferred from 碳酸钙、汽车零部件)',
    );
    expect(r.stdout).toContain('推荐理由: 企业2有限公司与「汽车零部件项目」匹配');
    const x = JSON.parse(run([...args, '--json']).stdout);
    expect(x).toMatchObject({
      itemId: 'I2',
      enterpriseId: 'E838',
      codes: { item: ['C367'], enterprise: ['C309', 'C367'] },
    });
  });

  it('takes --no-infer-codes in match: no inferred evidence, no industry-code contribution', () => {
    const r = run(['match', '--items', items, '--enterprises', ents, '--top', '3', '--quiet', '--no-infer-codes']);
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBe(30);
    for (const row of rows)
      expect(row.contributions.industryCode).toBeUndefined(), expect(row.reason.zh).not.toContain('推断');
  });
});

describe('chainmatch match --weights', () => {
  it('takes a {feature: weight} file, and refuses an invalid one as a usage error', () => {
    const w = join(dir, 'weights.json');
    writeFileSync(
      w,
      JSON.stringify({
        text: 1,
        keywords: 0,
        industryCode: 0,
        segment: 0,
        scale: 0,
        region: 0,
        asean: 0,
        embedding: 0,
        chain: 0,
      }),
    );
    const r = run(['match', '--items', items, '--enterprises', ents, '--top', '2', '--quiet', '--weights', w]);
    expect(r.status).toBe(0);
    for (const row of r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)))
      expect(row.score).toBeCloseTo(row.contributions.text, 12);
    writeFileSync(w, JSON.stringify({ text: -1 }));
    expect(run(['match', '--items', items, '--enterprises', ents, '--weights', w]).status).toBe(2);
  });
});
