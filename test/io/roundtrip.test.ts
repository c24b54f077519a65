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

/** What a table holds of a match: score and contributions rounded to 3 decimals. */
const rounded = (m: Match): Match => {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const contributions: Record<string, number> = {};
  for (const [k, v] of Object.entries(m.contributions))
    Object.defineProperty(contributions, k, { value: r3(v), enumerable: true, writable: true, configurable: true });
  return { ...m, score: r3(m.score), contributions };
};

describe('matches round trip', () => {
  it.each(['jsonl', 'json'] as const)(
    '%s: read back equals what was written (theme is not part of the contract)',
    async (format) => {
      const file = tmp.path(`m.${format}`);
      const { count } = await writeMatches(file, sampleMatches);
      expect(count).toBe(3);
      expect(await readBack(file)).toEqual(withoutTheme(sampleMatches));
    },
  );

  it.each(['csv', 'xlsx'] as const)(
    '%s: read back equals what was written (scores to 3 decimals), theme included',
    async (format) => {
      const file = tmp.path(`m.${format}`);
      await writeMatches(file, sampleMatches, {
        items: [{ id: 'AE-001', title: '动力电池系统集成' }],
        enterprises: [{ id: 'E1', name: '=cmd|"/c calc"!A1' }],
        themes: [
          { id: 'new-materials', name: '新材料' },
          { id: 'advanced-equipment', name: '先进装备制造' },
        ],
      });
      const back = await readBack(file);
      // XLSX groups by theme (given theme order): new-materials first.
      const expected = format === 'xlsx' ? [sampleMatches[2]!, sampleMatches[0]!, sampleMatches[1]!] : sampleMatches;
      expect(back).toEqual(expected.map(rounded));
    },
  );

  it('xlsx has an overview, then one sheet per theme, named after the theme', async () => {
    const file = tmp.path('sheets.xlsx');
    await writeMatches(file, sampleMatches, { themes: [{ id: 'advanced-equipment', name: '先进装备制造' }] });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '先进装备制造', 'new-materials']);
    const ws = wb.getWorksheet('先进装备制造')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('匹配度');
    expect(header).toContain('分项·文本相关度');
    expect(ws.rowCount).toBe(3);
    const rank = header.indexOf('排名') + 1;
    expect(ws.getRow(2).getCell(rank).value).toBe(1); // numbers stay numbers
  });

  it('old tables read back: English machine headers and 专题 holding the theme id', async () => {
    const csv = tmp.path('old.csv');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      csv,
      'theme,itemId,itemTitle,rank,enterpriseId,score,contrib.text,matchedTerms,reason_zh,reason_en\r\nadvanced-equipment,I1,标题,1,E1,0.30000000000000004,0.3,甲、乙,理由,why\r\n',
    );
    const zh = tmp.path('old-zh.csv');
    await writeFile(
      zh,
      '专题,环节编号,排名,企业编号,匹配得分,匹配词,推荐理由,英文推荐理由\r\nnew-materials,I2,2,E2,0.5,,理由,why\r\n',
    );
    expect(await readBack(csv)).toEqual([
      {
        itemId: 'I1',
        enterpriseId: 'E1',
        rank: 1,
        score: 0.30000000000000004,
        contributions: { text: 0.3 },
        matchedTerms: ['甲', '乙'],
        reason: { zh: '理由', en: 'why' },
        theme: 'advanced-equipment',
      },
    ]);
    expect(await readBack(zh)).toEqual([
      {
        itemId: 'I2',
        enterpriseId: 'E2',
        rank: 2,
        score: 0.5,
        contributions: {},
        matchedTerms: [],
        reason: { zh: '理由', en: 'why' },
        theme: 'new-materials',
      },
    ]);
  });

  it.each(['zh', 'en'] as const)(
    '%s tables with names, contacts and passthrough columns read back to the same matches',
    async (lang) => {
      const ents: Enterprise[] = [
        // A passthrough column named like a match column (排名, Score) keeps out of its way.
        {
          id: 'E1',
          name: '甲公司',
          province: '广东',
          city: '深圳',
          contact: '王经理',
          phone: '0771-1',
          extra: { 备注: '重点', 排名: '500强第9', Score: 'A' },
        },
        { id: 'E2', name: '乙公司', email: 'b@example.com' },
      ];
      const its: ChainGapItem[] = [
        {
          id: 'AE-001',
          title: '动力电池',
          theme: 'advanced-equipment',
          chain: 'nev',
          hostCity: '柳州市',
          contact: '李科长',
          extra: { 备注: '园区' },
        },
      ];
      const themes = [
        {
          id: 'advanced-equipment',
          name: '先进装备制造',
          nameEn: 'Advanced equipment',
          chains: [{ id: 'nev', name: '新能源汽车', nameEn: 'NEV' }],
        },
      ];
      for (const format of ['csv', 'xlsx'] as const) {
        const file = tmp.path(`named-${lang}.${format}`);
        await writeMatches(file, sampleMatches, { items: its, enterprises: ents, themes, lang });
        const back = await readBack(file);
        expect(back.map(matchToJson).sort()).toEqual(sampleMatches.map(rounded).map(matchToJson).sort());
        expect(back.map((m) => m.theme).sort()).toEqual(['advanced-equipment', 'advanced-equipment', 'new-materials']);
        if (format === 'csv') {
          const [head, first] = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '').split('\r\n');
          expect(head).toBe(
            lang === 'zh'
              ? '专题,产业链,环节,承接地,排名,企业名称,省份,城市,匹配度,推荐理由,匹配词,分项·文本相关度,分项·关键词/产品,分项·行业代码,分项·来源区域,分项·投资规模,分项·东盟导向,联系人,联系电话,邮箱,备注,企业·排名,企业·Score,承接地联系人,环节·备注,专题编号,环节编号,企业编号,英文推荐理由'
              : 'Theme,Chain,Item,Host city,Rank,Enterprise,Province,City,Score,Reason,Matched terms,contrib.text,contrib.keywords,contrib.industryCode,contrib.region,contrib.scale,contrib.asean,Contact,Phone,Email,备注,Enterprise 排名,Enterprise Score,Host contact,Item 备注,themeId,itemId,enterpriseId,Reason in Chinese',
          );
          expect(
            first!.startsWith(
              lang === 'zh'
                ? '先进装备制造,新能源汽车,动力电池,柳州市,1,甲公司,广东,深圳,0.671,'
                : 'Advanced equipment,NEV,动力电池,柳州市,1,甲公司,广东,深圳,0.671,',
            ),
          ).toBe(true);
        }
      }
    },
  );

  it('jsonl lines have exactly the contract keys in order', async () => {
    const file = tmp.path('order.jsonl');
    await writeMatches(file, sampleMatches);
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines)
      expect(Object.keys(JSON.parse(l))).toEqual([
        'itemId',
        'enterpriseId',
        'rank',
        'score',
        'contributions',
        'matchedTerms',
        'reason',
      ]);
    expect(lines[0]).toBe(matchToJson(sampleMatches[0]!));
    expect(
      lines[0]!.startsWith(
        '{"itemId":"AE-001","enterpriseId":"E1","rank":1,"score":0.6712345678901234,"contributions":{"text":0.32',
      ),
    ).toBe(true);
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
    expect(
      out
        .text()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).enterpriseId),
    ).toEqual(['E1', 'E2', 'E3']);
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
    const term = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 10 })
      .filter((t) => !t.includes('、') && t.trim() !== '');
    const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');
    const match = fc.record({
      itemId: id,
      enterpriseId: id,
      rank: fc.integer({ min: 1, max: 1000 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      contributions: fc.dictionary(
        fc.constantFrom('text', 'region', 'asean', '__proto__', 'constructor'),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      matchedTerms: fc.array(term, { maxLength: 4 }),
      reason: fc.record({ zh: text.filter((s) => s.trim() === s), en: text.filter((s) => s.trim() === s) }),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(match, { maxLength: 5 }), async (ms) => {
        const file = tmp.path(`prop-${n++}.csv`);
        await writeMatches(file, ms, { features: ['text', 'region', 'asean', '__proto__', 'constructor'] });
        const back = await readBack(file);
        expect(back.map(matchToJson)).toEqual(
          ms.map((m) => matchToJson(rounded({ ...m, contributions: reorder(m.contributions) }))),
        );
      }),
      { numRuns: 60 },
    );
  });
});

/** Contributions come back in column order. */
function reorder(c: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of ['text', 'region', 'asean', '__proto__', 'constructor']) {
    if (Object.hasOwn(c, k))
      Object.defineProperty(out, k, { value: c[k], enumerable: true, writable: true, configurable: true });
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
