import { afterAll, describe, it, expect, vi } from 'vitest';
import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from '../../src/cli/commands/plan.js';
import { readRecords } from '../../src/io/index.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cm-plan-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs `chainmatch plan` in this process; returns what it wrote on stderr. */
async function plan(args: string[]): Promise<string> {
  let stderr = '';
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  try {
    const program = new Command('chainmatch').exitOverride();
    register(program);
    await program.parseAsync(['plan', ...args], { from: 'user' });
  } finally {
    err.mockRestore();
  }
  return stderr;
}

describe('chainmatch plan', () => {
  it('writes sessions, meetings and tours as a versioned JSON plan', async () => {
    const dir = tempDir();
    const matches = join(dir, 'm.jsonl');
    const items = join(dir, 'items.jsonl');
    const out = join(dir, 'plan.json');
    writeFileSync(
      matches,
      [
        { itemId: 'i1', enterpriseId: 'e1', rank: 1, score: 0.8 },
        { itemId: 'i2', enterpriseId: 'e1', rank: 1, score: 0.6 },
        { itemId: 'i2', enterpriseId: 'e2', rank: 2, score: 0.5 },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    writeFileSync(
      items,
      [
        { id: 'i1', title: '晶片', theme: 'T', hostCity: '北海' },
        { id: 'i2', title: '面料', theme: 'U', hostCity: '玉林' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    const stderr = await plan([
      '--matches',
      matches,
      '--items',
      items,
      '--seats',
      'T=1,U=1',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    const saved = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string;
      version: number;
      plan: { optimal: boolean; totalScore: number; sessions: { theme: string; invited: string[] }[] };
      tours: { tours: { cities: string[] }[] };
    };
    expect(saved.format).toBe('chainmatch-plan');
    expect(saved.version).toBe(2);
    expect(Object.keys(saved)).toEqual(['format', 'version', 'plan', 'schedule', 'tours', 'stops', 'names']);
    expect(saved.plan.optimal).toBe(true);
    expect(saved.plan.totalScore).toBeCloseTo(1.3, 9);
    expect(saved.plan.sessions.map((s) => [s.theme, s.invited])).toEqual([
      ['T', ['e1']],
      ['U', ['e2']],
    ]);
    expect(saved.tours.tours.map((t) => t.cities[0])).toEqual(['北海', '玉林']);
    expect(stderr).toContain('2 meetings');
  });

  it('writes a real workbook by extension: sessions, a timetable with time slots and table numbers, dated tour stops, firms left out with the reason in words', async () => {
    const dir = tempDir();
    const m = (itemId: string, enterpriseId: string, score: number) => ({ itemId, enterpriseId, rank: 1, score });
    const matches = join(dir, 'm.jsonl');
    writeFileSync(
      matches,
      [m('i1', 'e1', 0.9), m('i1', 'e2', 0.8), m('i2', 'e1', 0.7), m('i2', 'e3', 0.6), m('i3', 'e4', 0.5)]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    const items = join(dir, 'items.jsonl');
    writeFileSync(
      items,
      [
        { id: 'i1', title: '锂电池正极材料', theme: 'new-materials', hostCity: '钦州市' },
        { id: 'i2', title: '铝合金板带', theme: 'new-materials', hostCity: '百色市' },
        { id: 'i3', title: '纺织面料', theme: 'light-textile', hostCity: '玉林市' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    const ents = join(dir, 'ents.jsonl');
    writeFileSync(
      ents,
      ['甲', '乙', '丙', '丁', '戊']
        .map((n, i) =>
          JSON.stringify({
            id: `e${i + 1}`,
            name: `${n}公司`,
            province: '广东',
            contact: `${n}经理`,
            phone: `1380000000${i}`,
          }),
        )
        .join('\n') + '\n',
    );
    const out = join(dir, '日程.xlsx');
    const args = [
      '--matches',
      matches,
      '--items',
      items,
      '--enterprises',
      ents,
      '--seats',
      'new-materials=2,light-textile=0',
      '--date',
      '2025-09-18',
      '--start',
      '14:00',
      '--slot',
      '30',
      '--tables',
      '1',
    ];
    const stderr = await plan([...args, '--out', out, '--lang', 'zh']);
    expect(stderr).toMatch(/^编排：.*一对一洽谈 3 场/u);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK'); // a zip, not JSON in disguise
    const sheets = new Map<string, Record<string, unknown>[]>();
    for await (const r of readRecords(out, { kind: 'raw', sheet: '*' })) {
      if (!sheets.has(r.sheet!)) sheets.set(r.sheet!, []);
      sheets.get(r.sheet!)!.push(r.record);
    }
    expect([...sheets.keys()]).toEqual(['概览', '新材料', '考察线路', '考察名单', '未安排企业', '无洽谈环节']);
    expect(
      sheets.get('新材料')!.map((r) => [r.日期, r.时间, r.时段, r.桌号, r.环节, r.企业名称, r.联系人, r.企业编号]),
    ).toEqual([
      ['2025-09-18', '14:00–14:30', 1, 1, '锂电池正极材料', '甲公司', '甲经理', 'e1'],
      ['2025-09-18', '14:30–15:00', 2, 1, '锂电池正极材料', '乙公司', '乙经理', 'e2'],
      ['2025-09-18', '15:00–15:30', 3, 1, '铝合金板带', '甲公司', '甲经理', 'e1'],
    ]);
    expect(sheets.get('考察线路')!.map((r) => [r.线路, r.站次, r.日期, r.城市])).toEqual([
      ['N01', 1, '2025-09-19', '钦州市'],
      ['N01', 2, '2025-09-20', '百色市'],
    ]);
    expect(sheets.get('考察名单')!.map((r) => r.企业名称)).toEqual(['甲公司', '乙公司']);
    const left = sheets.get('未安排企业')!;
    expect(left.map((r) => [r.企业名称, r.原因])).toEqual([
      ['丙公司', '场次已满'],
      ['丁公司', '场次已满'],
      ['戊公司', '无达到分数线的匹配'],
    ]);
    expect(sheets.get('无洽谈环节')!.map((r) => [r.专题, r.环节, r.原因])).toEqual([
      ['轻工纺织', '纺织面料', '场次已满'],
    ]);

    const csv = join(dir, 'plan.csv');
    await plan([...args, '--out', csv, '--lang', 'en']);
    const lines = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Theme,Date,Time,Slot,Table,Item,Host city,Enterprise,Province,Score,Contact,Phone,themeId,itemId,enterpriseId',
    );
    expect(lines[1]).toBe(
      'New materials,2025-09-18,14:00–14:30,1,1,锂电池正极材料,钦州市,甲公司,广东,0.9,甲经理,13800000000,new-materials,i1,e1',
    );
    expect(lines).toHaveLength(4);
  });
});
