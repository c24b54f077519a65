import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnWidths, displayWidth, sheetName } from '../../src/io/_lib/sheets.js';
import { readMatches, writeMatches } from '../../src/io/index.js';
import type { Match } from '../../src/schema/match.js';
import { collect, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

describe('sheet layout', () => {
  it('display width: CJK and full-width characters count double; the widest line of a cell', () => {
    expect(displayWidth('玉林市')).toBe(6);
    expect(displayWidth('AE-0001')).toBe(7);
    expect(displayWidth('（C3841 锂电池）')).toBe(16);
    expect(displayWidth('短\n长一点的行')).toBe(10);
  });

  it('columns fit header and cells, scores stay narrow, long text wraps at its cap', () => {
    const widths = columnWidths({
      name: 's',
      headers: ['企业名称', '匹配度', '推荐理由', 'x'],
      kinds: ['text', 'score', 'wrap', 'text'],
      rows: [['岳阳澜泓动力系统有限公司', 0.68154, '理'.repeat(200), 'y'.repeat(100)]],
    });
    expect(widths).toEqual([
      { width: 26, wrap: false }, // 12 CJK characters
      { width: 8, wrap: false }, // the header (6) is wider than 0.682
      { width: 62, wrap: true },
      { width: 42, wrap: true }, // plain text wider than 40 wraps too
    ]);
  });

  it('sheet names: at most 31 characters, none of []:*?/\\, unique whatever the case', () => {
    const used = new Set<string>();
    const names = [
      '先进装备制造/新材料: [A]*?',
      'x'.repeat(40),
      'X'.repeat(40),
      '',
      "'quoted'",
      '先进装备制造 新材料  A',
    ].map((n) => sheetName(n, used));
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/u);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toBe('x'.repeat(31));
    expect(names[2]).toBe(`${'X'.repeat(27)} (2)`);
  });

  it('a workbook with awkward theme names: valid unique sheets, every match read back', async () => {
    const m = (itemId: string, theme: string): Match => ({
      itemId,
      enterpriseId: 'E1',
      rank: 1,
      score: 0.5,
      contributions: { text: 0.5 },
      matchedTerms: [],
      reason: { zh: '理由', en: 'why' },
      theme,
    });
    const themes = [
      { id: 't1', name: '电子信息/数字经济：[重点]' },
      { id: 't2', name: '一个非常非常非常非常非常非常非常非常非常非常长的专题名称（第二批）' },
      { id: 't3', name: '电子信息/数字经济：[重点]' },
    ];
    const file = tmp.path('awkward.xlsx');
    await writeMatches(file, [m('I1', 't1'), m('I2', 't2'), m('I3', 't3')], { themes });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheetNames = wb.worksheets.map((w) => w.name);
    expect(sheetNames).toHaveLength(4);
    expect(new Set(sheetNames).size).toBe(4);
    for (const n of sheetNames) expect([...n].length).toBeLessThanOrEqual(31);
    const back = await collect(readMatches(file));
    expect(back.map((r) => (r.ok ? `${r.value.itemId}:${r.value.theme}` : 'bad'))).toEqual(['I1:t1', 'I2:t2', 'I3:t3']);
  });
});
