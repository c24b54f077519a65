import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainmatchError } from '../../src/errors.js';
import { detectFormat, normalizeHeader, readRecords, resolveHeaders, validateFile } from '../../src/io/index.js';
import { readAll, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const plain = (r: Record<string, unknown>) => ({ ...r });

describe('headers', () => {
  it('maps Chinese and English column names, ignoring case, width and unit suffixes', () => {
    const res = resolveHeaders(
      [
        '企业名称',
        'ＩＤ',
        ' Province ',
        '营收（亿元）',
        '主营业务',
        'Main Products',
        '是否上市',
        '已在桂投资',
        '东盟布局',
      ],
      'enterprise',
    );
    expect(res.columns.map((c) => c.field)).toEqual([
      'name',
      'id',
      'province',
      'revenue',
      'description',
      'products',
      'listed',
      'presentInHostProvince',
      'aseanPresence',
    ]);
    expect(normalizeHeader('营业收入（亿元）')).toBe('营业收入');
    expect(normalizeHeader('Enterprise_Name *')).toBe('enterprisename');
  });

  it('maps item headers', () => {
    const res = resolveHeaders(
      [
        '环节编号',
        '环节名称',
        '专题',
        '产业链',
        '环节',
        '补链/强链/延链',
        '落地城市',
        '园区',
        '投资下限(亿元)',
        '投资上限',
        '面向东盟',
        '优先级',
        '关键词',
      ],
      'item',
    );
    expect(res.columns.map((c) => c.field)).toEqual([
      'id',
      'title',
      'theme',
      'chain',
      'segment',
      'gapType',
      'hostCity',
      'park',
      'investmentMin',
      'investmentMax',
      'aseanOriented',
      'priority',
      'keywords',
    ]);
  });

  it('converts 万元 columns to 亿元', () => {
    const res = resolveHeaders(['营业收入（万元）', '员工人数（万人）'], 'enterprise');
    expect(res.columns.map((c) => c.scale)).toEqual([1e-4, 1e4]);
  });

  it('a header map overrides the aliases; a bad one is an INVALID_OPTION', () => {
    const res = resolveHeaders(['公司', '所在地'], 'enterprise', { 公司: 'description', 所在地: 'city' });
    expect(res.columns.map((c) => c.field)).toEqual(['description', 'city']);
    expect(() => resolveHeaders(['x'], 'enterprise', { x: 'nope' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => readRecords('a.csv', { kind: 'enterprise', headerMap: { x: 'nope' } })).toThrow(ChainmatchError);
  });

  it('project and raw keep unknown columns under their header', () => {
    expect(resolveHeaders(['项目名称', '签约日期', '对接人'], 'project').columns.map((c) => c.field)).toEqual([
      'name',
      'signedAt',
      '对接人',
    ]);
    expect(resolveHeaders(['企业名称', 'x'], 'raw').columns.map((c) => c.field)).toEqual(['企业名称', 'x']);
  });
});

describe('readRecords', () => {
  it('chooses the format by extension and refuses others with UNSUPPORTED_FORMAT', () => {
    expect(detectFormat('a.CSV')).toBe('csv');
    expect(detectFormat('a.tsv')).toBe('tsv');
    expect(detectFormat('a.xlsx')).toBe('xlsx');
    expect(detectFormat('a.json')).toBe('json');
    expect(detectFormat('a.ndjson')).toBe('jsonl');
    expect(detectFormat('-')).toBe('jsonl');
    for (const f of ['a.xls', 'a.txt', 'a', 'a.parquet']) {
      expect(() => readRecords(f, { kind: 'enterprise' })).toThrow(
        expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
      );
    }
  });

  it('reads a Chinese-header CSV with BOM; rows are spreadsheet row numbers; unknown columns kept in extra and warned once', async () => {
    const f = tmp.path('cn.csv');
    await writeFile(
      f,
      '\uFEFF企业名称,企业编号,所在省份,备注\r\n甲公司,E1,广东,x\r\n\r\n"乙公司\n（多行）",E2,浙江,y\r\n丙公司,E3,湖北,z\r\n',
    );
    const { rows, warnings } = await readAll(f, { kind: 'enterprise' });
    expect(rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(rows.map((r) => plain(r.record))).toEqual([
      { name: '甲公司', id: 'E1', province: '广东', extra: { 备注: 'x' } },
      { name: '乙公司\n（多行）', id: 'E2', province: '浙江', extra: { 备注: 'y' } },
      { name: '丙公司', id: 'E3', province: '湖北', extra: { 备注: 'z' } },
    ]);
    expect(rows[0]!.columns?.get('name')).toBe('企业名称');
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknown_column', column: '备注', file: f })]);
  });

  it('reads TSV and semicolon-separated CSV', async () => {
    await writeFile(tmp.path('a.tsv'), 'name\tid\n甲,公司\tE1\n');
    await writeFile(tmp.path('semi.csv'), 'name;id\n甲,公司;E1\n');
    for (const f of ['a.tsv', 'semi.csv']) {
      const { rows } = await readAll(tmp.path(f), { kind: 'enterprise' });
      expect(rows.map((r) => plain(r.record))).toEqual([{ name: '甲,公司', id: 'E1' }]);
    }
  });

  it('reads JSON arrays (bare or wrapped) with positions as rows', async () => {
    await writeFile(tmp.path('a.json'), JSON.stringify([{ 企业名称: '甲', id: 'E1' }, 5, { name: '乙', id: 'E2' }]));
    await writeFile(tmp.path('w.json'), JSON.stringify({ enterprises: [{ name: '甲', id: 'E1' }] }));
    const a = await readAll(tmp.path('a.json'), { kind: 'enterprise' });
    expect(a.rows.map((r) => [r.row, plain(r.record), r.issues?.[0]?.code])).toEqual([
      [1, { name: '甲', id: 'E1' }, undefined],
      [2, {}, 'not_an_object'],
      [3, { name: '乙', id: 'E2' }, undefined],
    ]);
    const w = await readAll(tmp.path('w.json'), { kind: 'enterprise' });
    expect(w.rows).toHaveLength(1);
    await writeFile(tmp.path('broken.json'), '[{"id": 1,');
    const b = await readAll(tmp.path('broken.json'), { kind: 'enterprise' });
    expect(b.rows.map((r) => [r.row, r.issues?.[0]?.code])).toEqual([[0, 'malformed_json']]);
  });

  it('JSONL: a malformed line is a row with an issue, not dropped; line numbers are rows', async () => {
    const f = tmp.path('e.jsonl');
    await writeFile(f, '{"id":"E1","name":"甲"}\r\n\n{"id":"E2",\n[1,2]\n{"id":"E3","name":"丙"}');
    const { rows } = await readAll(f, { kind: 'enterprise' });
    expect(rows.map((r) => [r.row, r.issues?.[0]?.code ?? 'ok'])).toEqual([
      [1, 'ok'],
      [3, 'malformed_json'],
      [4, 'not_an_object'],
      [5, 'ok'],
    ]);
    expect(rows[1]!.raw).toBe('{"id":"E2",');
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 4, accepted: 2, rejected: 2, skipped: 0 });
  });

  it("'-' reads JSONL from standard input", async () => {
    const stdin = Readable.from([Buffer.from('{"id":"E1","name":"甲'), Buffer.from('"}\n{"id":"E2","name":"乙"}\n')]);
    const { rows } = await readAll('-', { kind: 'enterprise', stdin });
    expect(rows.map((r) => [r.file, r.row, plain(r.record)])).toEqual([
      ['-', 1, { id: 'E1', name: '甲' }],
      ['-', 2, { id: 'E2', name: '乙' }],
    ]);
  });

  it("XLSX: the sheet with the kind's header by default, another by name or position; Excel row numbers; cell types", async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const s1 = wb.addWorksheet('企业');
    s1.addRow(['企业名称', '企业编号', '营业收入（万元）', '是否上市', '行业代码']);
    s1.addRow(['甲公司', 'E1', 25000, true, 3841]);
    s1.addRow([]);
    s1.addRow([
      { richText: [{ text: '乙' }, { text: '公司' }] },
      { formula: '"E"&"2"', result: 'E2' },
      null,
      '否',
      'C3841、C3849',
    ]);
    const s2 = wb.addWorksheet('其他');
    s2.addRow(['name', 'id']);
    s2.addRow(['丙', 'E9']);
    const f = tmp.path('book.xlsx');
    await wb.xlsx.writeFile(f);
    const { rows } = await readAll(f, { kind: 'enterprise' });
    expect(rows.map((r) => [r.row, r.sheet, plain(r.record)])).toEqual([
      [2, '企业', { name: '甲公司', id: 'E1', revenue: 2.5, listed: true, industryCodes: '3841' }],
      [4, '企业', { name: '乙公司', id: 'E2', listed: false, industryCodes: 'C3841、C3849' }],
      [2, '其他', { name: '丙', id: 'E9' }],
    ]);
    for (const sheet of ['其他', '2']) {
      const o = await readAll(f, { kind: 'enterprise', sheet });
      expect(o.rows.map((r) => plain(r.record))).toEqual([{ name: '丙', id: 'E9' }]);
    }
    await expect(readAll(f, { kind: 'enterprise', sheet: 'nope' })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    const v = await validateFile(f, 'enterprise', { sheet: '企业' });
    expect(v.accepted).toEqual([
      { id: 'E1', name: '甲公司', revenue: 2.5, listed: true, industryCodes: ['3841'] },
      { id: 'E2', name: '乙公司', listed: false, industryCodes: ['C3841', 'C3849'] },
    ]);
  });

  it('a file that is not really XLSX is an INVALID_INPUT, a missing file too', async () => {
    await writeFile(tmp.path('fake.xlsx'), 'this is not a zip');
    await expect(readAll(tmp.path('fake.xlsx'), { kind: 'enterprise' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(readAll(tmp.path('missing.csv'), { kind: 'enterprise' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('rows and issues carry the name given in place of the path', async () => {
    const f = tmp.path('spooled.jsonl');
    await writeFile(f, '{"id":"E1","name":"甲"}\n{oops\n');
    const { rows } = await readAll(f, { kind: 'enterprise', name: '-' });
    expect(rows.map((r) => r.file)).toEqual(['-', '-']);
    expect(rows[1]!.issues?.[0]).toMatchObject({ code: 'malformed_json', file: '-' });
  });

  it('an unclosed quote is an INVALID_INPUT naming the file and line, not rows silently swallowed', async () => {
    const f = tmp.path('q.csv');
    await writeFile(f, 'name,id\n甲,E1\n"乙,E2\n丙,E3\n丁,E4\n');
    await expect(validateFile(f, 'enterprise')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/q\.csv.*row 3.*never closed/u),
    });
  });

  it('a row with more cells than headers is rejected (unquoted delimiter)', async () => {
    const f = tmp.path('extra.csv');
    await writeFile(f, 'name,id\n甲,公司,E1\n乙,E2,\n');
    const v = await validateFile(f, 'enterprise');
    expect(v.rejected.map((r) => [r.row, r.issues[0]!.code])).toEqual([[2, 'too_many_cells']]);
    expect(v.accepted).toEqual([{ name: '乙', id: 'E2' }]);
  });

  it('stops reading when the consumer stops (no hang, file closed)', async () => {
    const f = tmp.path('big.csv');
    await writeFile(f, 'name,id\n' + Array.from({ length: 50_000 }, (_, i) => `企业${i},E${i}`).join('\n'));
    let n = 0;
    for await (const _ of readRecords(f, { kind: 'enterprise' })) if (++n === 3) break;
    expect(n).toBe(3);
  });
});
