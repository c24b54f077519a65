import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchToJson, readMatches, validateFile, writeMatches, writeRecords } from '../../src/io/index.js';
import type { Enterprise, ChainGapItem } from '../../src/schema/domain.js';
import type { Match } from '../../src/schema/match.js';
import { collect, sampleMatches, sink, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const readBack = async (file: string): Promise<Match[]> => {
  const out: Match[] = [];
  for await (const r of readMatches(file)) {
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    out.push(r.value);
  }
  return out;
};

const withoutTheme = (ms: Match[]): Match[] => ms.map(({ theme: _t, ...m }) => m);

describe('matches round trip', () => {
  it.each(['jsonl', 'json'] as const)('%s: read back equals what was written (theme is not part of the contract)', async (format) => {
    const file = tmp.path(`m.${format}`);
    const { count } = await writeMatches(file, sampleMatches);
    expect(count).toBe(3);
    expect(await readBack(file)).toEqual(withoutTheme(sampleMatches));
  });

  it.each(['csv', 'xlsx'] as const)('%s: read back equals what was written, theme included', async (format) => {
    const file = tmp.path(`m.${format}`);
    await writeMatches(file, sampleMatches, {
      items: [{ id: 'AE-001', title: '动力电池系统集成' }],
      enterprises: [{ id: 'E1', name: '=cmd|"/c calc"!A1' }],
      themes: [{ id: 'new-materials', name: '新材料' }, { id: 'advanced-equipment', name: '先进装备制造' }],
    });
    const back = await readBack(file);
    // XLSX groups by theme (given theme order): new-materials first.
    const expected = format === 'xlsx' ? [sampleMatches[2]!, sampleMatches[0]!, sampleMatches[1]!] : sampleMatches;
    expect(back).toEqual(expected);
  });

  it('xlsx has one sheet per theme, named after the theme', async () => {
    const file = tmp.path('sheets.xlsx');
    await writeMatches(file, sampleMatches, { themes: [{ id: 'advanced-equipment', name: '先进装备制造' }] });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['先进装备制造', 'new-materials']);
    const ws = wb.getWorksheet('先进装备制造')!;
    expect(ws.getRow(1).values).toContain('匹配得分');
    expect(ws.getRow(1).values).toContain('contrib.text');
    expect(ws.rowCount).toBe(3);
    expect(ws.getRow(1).getCell(3).value).toBe('排名');
    expect(ws.getRow(2).getCell(3).value).toBe(1); // numbers stay numbers
  });

  it('jsonl lines have exactly the contract keys in order', async () => {
    const file = tmp.path('order.jsonl');
    await writeMatches(file, sampleMatches);
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(Object.keys(JSON.parse(l))).toEqual(['itemId', 'enterpriseId', 'rank', 'score', 'contributions', 'matchedTerms', 'reason']);
    expect(lines[0]).toBe(matchToJson(sampleMatches[0]!));
    expect(lines[0]!.startsWith('{"itemId":"AE-001","enterpriseId":"E1","rank":1,"score":0.6712345678901234,"contributions":{"text":0.32')).toBe(true);
  });

  it('the same matches give the same bytes (jsonl, json, csv), from a sync or an async source', async () => {
    async function* gen(): AsyncGenerator<Match> {
      yield* sampleMatches;
    }
    for (const format of ['jsonl', 'json', 'csv'] as const) {
      await writeMatches(tmp.path(`a.${format}`), sampleMatches);
      await writeMatches(tmp.path(`b.${format}`), gen());
      expect(await readFile(tmp.path(`a.${format}`))).toEqual(await readFile(tmp.path(`b.${format}`)));
    }
  });

  it('writes to stdout with -', async () => {
    const out = sink();
    await writeMatches('-', sampleMatches, { stdout: out.stream });
    expect(out.text().split('\n').filter(Boolean).map((l) => JSON.parse(l).enterpriseId)).toEqual(['E1', 'E2', 'E3']);
    expect(out.stream.writableEnded).toBe(false);
  });

  it('empty input gives valid empty files', async () => {
    for (const format of ['jsonl', 'json', 'csv', 'xlsx'] as const) {
      const file = tmp.path(`empty.${format}`);
      await writeMatches(file, []);
      expect(await readBack(file)).toEqual([]);
    }
  });

  it('csv round trip holds for arbitrary text (property)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const term = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).filter((t) => !t.includes('、') && t.trim() !== '');
    const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');
    const match = fc.record({
      itemId: id,
      enterpriseId: id,
      rank: fc.integer({ min: 1, max: 1000 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      contributions: fc.dictionary(fc.constantFrom('text', 'region', 'asean', '__proto__', 'constructor'), fc.double({ min: 0, max: 1, noNaN: true })),
      matchedTerms: fc.array(term, { maxLength: 4 }),
      reason: fc.record({ zh: text.filter((s) => s.trim() === s), en: text.filter((s) => s.trim() === s) }),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(match, { maxLength: 5 }), async (ms) => {
        const file = tmp.path(`prop-${n++}.csv`);
        await writeMatches(file, ms, { features: ['text', 'region', 'asean', '__proto__', 'constructor'] });
        const back = await readBack(file);
        expect(back.map(matchToJson)).toEqual(ms.map((m) => matchToJson({ ...m, contributions: reorder(m.contributions) })));
      }),
      { numRuns: 60 },
    );
  });
});

/** Contributions come back in column order. */
function reorder(c: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of ['text', 'region', 'asean', '__proto__', 'constructor']) {
    if (Object.hasOwn(c, k)) Object.defineProperty(out, k, { value: c[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const enterprises: Enterprise[] = [
  {
    id: 'E001',
    name: '深圳锂想能源科技有限公司',
    description: '主营动力电池包、储能系统，"高安全"\n第二行，含逗号,分号；',
    products: ['动力电池', '储能柜'],
    technologies: ['BMS'],
    industryCodes: ['C3841', '3849'],
    province: '广东',
    city: '深圳',
    revenue: 12.5,
    employees: 1800,
    listed: true,
    exportMarkets: ['越南', '泰国'],
    aseanPresence: false,
    presentInHostProvince: false,
    tags: ['专精特新'],
    embedding: [0.25, -0.5, 1e-7],
  },
  { id: 'E002', name: '=SUM(1,2)有限公司', description: '-以减号开头的描述', province: '香港', revenue: 0.03 },
  { id: 'E003', name: 'Saigon Silk Co., Ltd.', country: '越南', listed: false },
];

const items: ChainGapItem[] = [
  {
    id: 'AE-001',
    title: '新能源汽车动力电池系统集成',
    theme: 'advanced-equipment',
    chain: '新能源汽车',
    segment: 'midstream',
    gapType: 'fill',
    keywords: ['电池包', 'BMS'],
    industryCodes: ['C3841'],
    hostCity: '柳州市',
    park: '柳东新区',
    investmentMin: 5,
    investmentMax: 30,
    preferredRegions: ['east', 'gba'],
    aseanOriented: true,
    priority: 1,
  },
  { id: 'NM-002', title: '重质碳酸钙深加工', gapType: 'extend', segment: 'downstream', hostCity: '贺州市' },
];

describe('records round trip (Chinese and English headers)', () => {
  for (const format of ['jsonl', 'json', 'csv', 'xlsx'] as const) {
    for (const headers of ['zh', 'en'] as const) {
      it(`${format} with ${headers} headers: enterprises and items read back equal`, async () => {
        const ef = tmp.path(`e-${headers}.${format}`);
        const itf = tmp.path(`i-${headers}.${format}`);
        await writeRecords(ef, enterprises, { kind: 'enterprise', headers });
        await writeRecords(itf, items, { kind: 'item', headers });
        const e = await validateFile(ef, 'enterprise');
        expect(e.rejected).toEqual([]);
        expect(e.warnings).toEqual([]);
        expect(e.accepted).toEqual(enterprises);
        const i = await validateFile(itf, 'item');
        expect(i.rejected).toEqual([]);
        expect(i.accepted).toEqual(items);
      });
    }
  }

  it('zh CSV template really has Chinese headers with units', async () => {
    const f = tmp.path('tpl.csv');
    await writeRecords(f, enterprises, { kind: 'enterprise', headers: 'zh' });
    const head = (await readFile(f, 'utf8')).split('\r\n')[0]!;
    expect(head.startsWith('\uFEFF企业编号,企业名称,主营业务')).toBe(true);
    expect(head).toContain('营业收入（亿元）');
  });
});

describe('readMatches', () => {
  it('reports bad rows instead of throwing', async () => {
    const f = tmp.path('bad-matches.jsonl');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(f, '{"itemId":"I","enterpriseId":"E","rank":0,"score":"x","contributions":{"t":"a"}}\nnot json\n');
    const rs = await collect(readMatches(f));
    expect(rs.map((r) => r.ok)).toEqual([false, false]);
    const codes = rs.flatMap((r) => (r.ok ? [] : r.issues.map((i) => `${i.row}:${i.path.join('.')}`)));
    expect(codes).toEqual(['1:contributions.t', '1:rank', '1:score', '2:']);
  });
});
