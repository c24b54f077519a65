/**
 * Workbooks as 招商 bureaus make them, written by an independent writer (openpyxl: test/fixtures/bureau/make.py):
 * title and filing rows above the header, 序号 instead of ids, merged cells, two-row headers, totals rows, notes
 * and hidden sheets, cells typed the way people type them. Every data row must be read or reported.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile, writeRecords } from '../../src/io/index.js';
import type { Enterprise } from '../../src/schema/domain.js';
import { tempDir } from './helpers.js';

const FIX = join(__dirname, '..', 'fixtures', 'bureau');
const fx = (name: string) => join(FIX, name);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
// Summaries follow the system locale: these tests read the English ones.
const cli = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const accounted = (c: { in: number; accepted: number; rejected: number; skipped: number }) =>
  expect(c.in).toBe(c.accepted + c.rejected + c.skipped);

describe('a bureau enterprise list (title rows, 序号, merged cells, totals, notes and hidden sheets)', () => {
  it('reads every data row; the title, filing, totals and note rows are skipped with reasons; in = accepted + rejected + skipped', async () => {
    const v = await validateFile<Enterprise>(fx('enterprises.xlsx'), 'enterprise');
    expect(v.counts).toEqual({ in: 14, accepted: 10, rejected: 0, skipped: 4 });
    accounted(v.counts);
    expect(v.skipped.map((s) => [s.row, s.code])).toEqual([
      [1, 'above_header'],
      [2, 'above_header'],
      [15, 'totals_row'],
      [16, 'note_row'],
    ]);
    // The hidden sheet (first in workbook order) and the notes sheet are passed over, and said so.
    expect(v.warnings.filter((w) => w.code === 'sheet_skipped').map((w) => w.column)).toEqual(['旧名单', '填表说明']);
    expect(v.accepted.map((e) => e.name)).not.toContain('已退出企业甲');
  });

  it('makes stable ids from the file name and 序号, carries vertically merged cells down, keeps contacts', async () => {
    const { accepted } = await validateFile<Enterprise>(fx('enterprises.xlsx'), 'enterprise');
    expect(accepted.map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => `enterprises#${i + 1}`));
    const byName = new Map(accepted.map((e) => [e.name, e]));
    // 佛山市 and 绍兴市 are merged over two rows each: the second firm of each pair has its city too.
    expect(byName.get('佛山顺德家居科技有限公司')!.city).toBe('佛山市');
    expect(byName.get('绍兴柯桥布业有限公司')!.city).toBe('绍兴市');
    expect(byName.get('宁德远景动力电池有限公司')).toMatchObject({
      contact: '陈明',
      phone: '0591-88886666',
      province: '福建省',
    });
  });

  it('reads cells as bureaus type them: full-width digits, thousands separators, units in the cell, — / 无 / N/A / 不详 as missing', async () => {
    const { accepted, warnings } = await validateFile<Enterprise>(fx('enterprises.xlsx'), 'enterprise');
    const by = (name: string) => accepted.find((e) => e.name.startsWith(name))!;
    expect(by('宁德远景')).toMatchObject({ revenue: 12.5, employees: 3200 }); // １２．５ and 3,200
    expect(by('苏州精工')).toMatchObject({ revenue: 0.3 }); // 3000万 in a 亿元 column
    expect(by('苏州精工').employees).toBeUndefined(); // —
    expect(by('洛阳华铝')).toMatchObject({ revenue: 45 }); // 45亿
    expect(by('深圳华显').revenue).toBeUndefined(); // N/A
    expect(by('深圳华显').employees).toBeUndefined(); // 无
    expect(by('佛山森美').revenue).toBeUndefined(); // /
    expect(by('绍兴锦纶').revenue).toBeUndefined(); // 不详
    expect(warnings.filter((w) => w.code === 'cell_ignored')).toEqual([]);
  });
});

describe('bureau items: a two-row header (group headers merged over sub-headers) and a subtotal row', () => {
  it('reads the sub-headers under their groups; 承接地, 总投资, 项目简介, 所属行业 and contacts are known columns', async () => {
    const v = await validateFile(fx('items.xlsx'), 'item');
    expect(v.counts).toEqual({ in: 8, accepted: 6, rejected: 0, skipped: 2 });
    accounted(v.counts);
    expect(v.skipped.map((s) => [s.row, s.code])).toEqual([
      [1, 'above_header'],
      [10, 'totals_row'],
    ]);
    expect(v.accepted[0]).toEqual({
      id: 'items#1',
      title: '动力电池电芯及模组项目',
      description: '引进新能源汽车动力电池电芯、电池模组生产线，补齐新能源汽车产业链电池环节',
      industry: '电池制造',
      hostCity: '南宁市',
      investmentMin: 50,
      contact: '覃工',
      phone: '0771-5551234',
      extra: { 备注: '补链' },
    });
    expect((v.accepted[2] as { investmentMin: number }).investmentMin).toBe(30); // 30亿元
    expect(v.warnings.map((w) => w.code)).toContain('header_rows');
  });

  it('the same table without merged cells (as a CSV export of it) reads the same', async () => {
    const f = tmp.path('items-flat.csv');
    writeFileSync(
      f,
      [
        '广西承接产业转移重点招商项目表,,,,,,,,',
        '序号,项目名称,项目简介,所属行业,承接信息,,联系方式,,备注',
        ',,,,承接地,总投资（亿元）,联系人,联系电话,',
        '1,动力电池电芯及模组项目,引进动力电池电芯,电池制造,南宁市,50,覃工,0771-5551234,补链',
        '小计,,,,,50,,,',
      ].join('\r\n'),
    );
    const v = await validateFile(f, 'item');
    expect(v.counts).toEqual({ in: 3, accepted: 1, rejected: 0, skipped: 2 });
    expect(v.accepted[0]).toMatchObject({
      id: 'items-flat#1',
      hostCity: '南宁市',
      investmentMin: 50,
      contact: '覃工',
      extra: { 备注: '补链' },
    });
  });
});

describe('one workbook with the items and the enterprises on their own sheets', () => {
  it('each kind reads its own sheet by default; the other sheet is reported as passed over', async () => {
    const items = await validateFile(fx('combined.xlsx'), 'item');
    const ents = await validateFile<Enterprise>(fx('combined.xlsx'), 'enterprise');
    expect(items.counts).toMatchObject({ accepted: 6, rejected: 0 });
    expect(ents.counts).toMatchObject({ accepted: 8, rejected: 0 });
    expect(items.warnings.find((w) => w.code === 'sheet_skipped')?.column).toBe('目标企业');
    expect(ents.warnings.find((w) => w.code === 'sheet_skipped')?.column).toBe('招商项目');
    // 统一社会信用代码 is the id; 职务, 手机 and 邮箱 are contacts; 营收（万元） is converted to 亿元.
    expect(ents.accepted[0]).toMatchObject({
      id: '910000000000000001',
      position: '总经理',
      phone: '13900000001',
      email: 'contact1@example.com',
      revenue: 5.0001,
    });
    // 计划总投资（万元）→ 亿元
    expect(items.accepted[0]).toMatchObject({ id: 'combined#1', investmentMin: 2 });
  });

  it('a sheet can be chosen by name or position, and a missing one is a usage error listing the sheets', async () => {
    expect((await validateFile(fx('combined.xlsx'), 'enterprise', { sheet: '目标企业' })).counts.accepted).toBe(8);
    expect((await validateFile(fx('combined.xlsx'), 'enterprise', { sheet: '2' })).counts.accepted).toBe(8);
    await expect(validateFile(fx('combined.xlsx'), 'enterprise', { sheet: '企业' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining('招商项目, 目标企业'),
    });
  });
});

describe('the CLI on bureau workbooks', () => {
  it("match ranks each item's obvious best firm first, and sums up what reading noticed", () => {
    const out = tmp.path('m.jsonl');
    const r = cli([
      'match',
      '--items',
      fx('items.xlsx'),
      '--enterprises',
      fx('enterprises.xlsx'),
      '--top',
      '3',
      '--out',
      out,
    ]);
    expect(r.status).toBe(0);
    const best = new Map<string, string>();
    for (const line of readFileSync(out, 'utf8').trim().split('\n')) {
      const m = JSON.parse(line) as { itemId: string; enterpriseId: string; rank: number };
      if (m.rank === 1) best.set(m.itemId, m.enterpriseId);
    }
    // items.xlsx and enterprises.xlsx list the pairs in the same order (see make.py); 绍兴锦纶 is 序号 7.
    expect(Object.fromEntries(best)).toEqual({
      'items#1': 'enterprises#1',
      'items#2': 'enterprises#2',
      'items#3': 'enterprises#3',
      'items#4': 'enterprises#4',
      'items#5': 'enterprises#5',
      'items#6': 'enterprises#7',
    });
    expect(r.stderr).toMatch(/items 8 in = 6 accepted \+ 0 rejected \+ 2 skipped/u);
    expect(r.stderr).toMatch(/enterprises 14 in = 10 accepted \+ 0 rejected \+ 4 skipped/u);
    expect(r.stderr).toMatch(/read: .*rows above the header.*sheets passed over.*--verbose/u);
    const verbose = cli([
      'match',
      '--items',
      fx('items.xlsx'),
      '--enterprises',
      fx('enterprises.xlsx'),
      '--top',
      '1',
      '--out',
      out,
      '--verbose',
    ]);
    expect(verbose.stderr).toMatch(
      /note: .*enterprises\.xlsx:row 15: sheet '重点企业名单': totals row \(合计\) is not a record \[totals_row\]/u,
    );
    expect(verbose.stderr).toMatch(/note: .*sheet '旧名单' not read: it is hidden/u);
  });

  it('--items-sheet / --enterprises-sheet pick sheets of one workbook; validate --sheet too', () => {
    const out = tmp.path('c.jsonl');
    const r = cli([
      'match',
      '--items',
      fx('combined.xlsx'),
      '--items-sheet',
      '招商项目',
      '--enterprises',
      fx('combined.xlsx'),
      '--enterprises-sheet',
      '2',
      '--out',
      out,
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/items 6 in = 6 accepted \+ 0 rejected; enterprises 8 in = 8 accepted \+ 0 rejected/u);
    const v = cli(['validate', fx('combined.xlsx'), '--sheet', '目标企业', '--json']);
    expect(JSON.parse(v.stdout)).toMatchObject({ in: 8, accepted: 8, rejected: 0, skipped: 0 });
    expect(cli(['validate', fx('combined.xlsx'), '--sheet', 'nope']).status).toBe(2);
  });

  it("--header-map maps the user's own column names (JSON or a two-column CSV), for items and enterprises by field", () => {
    const ents = tmp.path('own.csv');
    const items = tmp.path('own-items.csv');
    writeFileSync(ents, '客户编号,客户,业务\nK1,甲电池公司,动力电池电芯\nK2,乙物流公司,仓储物流\n');
    writeFileSync(items, '编号,需求,内容\nX1,电池项目,动力电池电芯\n');
    const plain = cli(['validate', ents]);
    expect(plain.status).toBe(1); // no known column: an error naming what it saw, never a silent zero
    expect(plain.stderr).toMatch(/no header row found.*row 1.*客户编号, 客户, 业务/u);
    const json = tmp.path('map.json');
    writeFileSync(
      json,
      JSON.stringify({ 客户编号: 'id', 客户: 'name', 业务: 'description', 需求: 'title', 内容: 'description' }),
    );
    const csvMap = tmp.path('map.csv');
    writeFileSync(csvMap, '你的列名,字段\n客户编号,id\n客户,name\n业务,description\n需求,title\n内容,description\n');
    for (const map of [json, csvMap]) {
      expect(JSON.parse(cli(['validate', ents, '--header-map', map, '--json']).stdout)).toMatchObject({
        in: 2,
        accepted: 2,
      });
      const out = tmp.path('own.jsonl');
      const r = cli([
        'match',
        '--items',
        items,
        '--enterprises',
        ents,
        '--header-map',
        map,
        '--top',
        '1',
        '--out',
        out,
      ]);
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8').trim())).toMatchObject({ itemId: 'X1', enterpriseId: 'K1' });
    }
    const bad = tmp.path('bad-map.json');
    writeFileSync(bad, JSON.stringify({ 客户: 'nosuchfield' }));
    expect(cli(['validate', ents, '--header-map', bad]).status).toBe(2);
  });

  it('a truncated workbook, a zip without a workbook and a file with no data fail with exit 1 and a message naming the file', () => {
    const truncated = tmp.path('truncated.xlsx');
    writeFileSync(truncated, readFileSync(fx('enterprises.xlsx')).subarray(0, 4000));
    const empty = tmp.path('empty.csv');
    writeFileSync(empty, '企业编号,企业名称\n');
    for (const [f, why] of [
      [truncated, /truncated\.xlsx: cannot read as XLSX .*truncated or damaged/u],
      [fx('not-a-workbook.xlsx'), /not-a-workbook\.xlsx: the workbook has no worksheet/u],
    ] as const) {
      for (const args of [
        ['validate', f],
        ['match', '--items', fx('items.xlsx'), '--enterprises', f, '--out', tmp.path('x.jsonl')],
      ]) {
        const r = cli(args);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(why);
      }
    }
    const r = cli(['match', '--items', fx('items.xlsx'), '--enterprises', empty, '--out', tmp.path('x.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /empty\.csv: no enterprises to match \(0 in = 0 accepted \+ 0 rejected\); the file holds no data rows/u,
    );
    expect(cli(['validate', empty]).status).toBe(1);
  });

  it('the GB18030 CSV export of a bureau list (title row, 序号, totals) reads like the workbook', () => {
    const r = cli(['validate', fx('enterprises-gbk.csv'), '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ in: 10, accepted: 8, rejected: 0, skipped: 2 });
  });
});

describe('byte-exact text from XLSX', () => {
  const bundled = readFileSync(join(__dirname, '..', '..', 'data', 'enterprises.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Enterprise);
  const FIELDS = [
    'id',
    'name',
    'description',
    'products',
    'technologies',
    'province',
    'city',
    'country',
    'revenue',
    'employees',
  ] as const;
  const flat = (e: Partial<Enterprise>) =>
    FIELDS.map((f) => (Array.isArray(e[f]) ? (e[f] as string[]).join('、') : (e[f] ?? null)));

  const differences = (read: Enterprise[]) => {
    expect(read).toHaveLength(bundled.length);
    let diffs = 0;
    for (const [i, e] of read.entries())
      for (const [k, v] of flat(e).entries()) if (v !== flat(bundled[i]!)[k]) diffs++;
    return diffs;
  };

  it('round-trips all 1,200 bundled enterprises with zero differences, written by openpyxl, by exceljs and by chainmatch', async () => {
    expect(bundled.length).toBe(1200);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('enterprises');
    ws.addRow([...FIELDS]);
    for (const e of bundled) ws.addRow(flat(e));
    const byExceljs = tmp.path('exceljs.xlsx');
    await wb.xlsx.writeFile(byExceljs);
    const byChainmatch = tmp.path('chainmatch.xlsx');
    await writeRecords(byChainmatch, bundled, { kind: 'enterprise' });
    for (const f of [fx('enterprises-1200.xlsx'), byExceljs, byChainmatch]) {
      const v = await validateFile<Enterprise>(f, 'enterprise');
      expect(v.counts).toMatchObject({ in: 1200, accepted: 1200 });
      expect(JSON.stringify(v.accepted)).not.toContain('\uFFFD');
      expect(differences(v.accepted)).toBe(0);
    }
  });
});
