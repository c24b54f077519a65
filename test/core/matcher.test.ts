import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combinedCut,
  compareRanked,
  createCollector,
  createMatcher,
  defaultFeatures,
  type Feature,
  validateEnterprise,
  validateItem,
  validateMany,
  type ChainGapItem,
  type Enterprise,
  isGapTerm,
  type Match,
} from '../../src/index.js';

// Lone characters (线束 is cut into 线 + 束; 糖 may be an item's whole keyword), gap words and places too: the
// candidate gate must treat them alike in every path.
const WORDS = [
  '锂电池',
  '锂电',
  '纺织机械',
  '正极材料',
  '铝型材',
  '汽车零部件',
  '发动机',
  '显示面板',
  '集成电路',
  '纺织',
  '服装',
  '碳酸钙',
  '家具',
  '芯片',
  '铜箔',
  '轮胎',
  '线束',
  '电线',
  '糖',
  '补链项目',
  '供应链',
  '广西',
];
const PROVINCES = ['广东', '浙江', '江苏', '湖北', '广西', '香港', '越南', undefined];
const CODES = ['C3841', 'C3849', 'C3831', 'C3670', 'C3974', 'C1711', 'C3216', '38', 'C'];

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join('，'));
const itemArb = (id: string) =>
  fc
    .record({
      title: textArb,
      keywords: fc.option(fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), { nil: undefined }),
      industryCodes: fc.option(fc.array(fc.constantFrom(...CODES), { maxLength: 2 }), { nil: undefined }),
      segment: fc.option(fc.constantFrom('upstream', 'midstream', 'downstream' as const), { nil: undefined }),
      investmentMin: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      aseanOriented: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r): ChainGapItem => ({ id, ...strip(r) }));
const enterpriseArb = (id: string) =>
  fc
    .record({
      name: textArb.map((t) => `${t}有限公司`),
      description: fc.option(textArb, { nil: undefined }),
      industryCodes: fc.option(fc.array(fc.constantFrom(...CODES), { maxLength: 2 }), { nil: undefined }),
      province: fc.option(fc.constantFrom(...PROVINCES), { nil: undefined }),
      revenue: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      exportMarkets: fc.option(
        fc.constantFrom(['越南'], ['德国'], []).map((xs) => [...xs] as string[]),
        { nil: undefined },
      ),
    })
    .map((r): Enterprise => ({ id, ...strip(r) }));
function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const world = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 12 }))
  .chain(([ni, ne]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: ni }, (_, i) => itemArb(`I${i}`))),
      fc.tuple(...Array.from({ length: ne }, (_, i) => enterpriseArb(`E${String(i).padStart(2, '0')}`))),
    ),
  );

const matcher = createMatcher();

describe('scores and contributions', () => {
  it('every score is in [0, 1] and its contributions add up to it exactly', () => {
    fc.assert(
      fc.property(world, ([items, ents]) => {
        for (const m of matcher.rank(items, ents, { top: 100 })) {
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
          let sum = 0;
          for (const v of Object.values(m.contributions)) sum += v;
          expect(sum).toBe(m.score);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('input order never changes the output', () => {
    fc.assert(
      fc.property(world, fc.func(fc.integer()), ([items, ents], f) => {
        const shuffle = <T>(xs: readonly T[]) =>
          [...xs]
            .map((x, i) => ({ x, k: f(i) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        expect(JSON.stringify(matcher.rank(shuffle(items), shuffle(ents), { top: 3 }))).toBe(
          JSON.stringify(matcher.rank(items, ents, { top: 3 })),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('the ranking equals a brute-force oracle over all pairs', () => {
    fc.assert(
      fc.property(
        world,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('item' as const, 'enterprise' as const),
        ([items, ents], top, by) => {
          const stats = matcher.collectStats(ents, items);
          const all = items
            .flatMap((it) => ents.map((e) => matcher.explain(it, e, stats)))
            .filter((x) => x.candidate && x.excluded.length === 0);
          const key = (x: { itemId: string; enterpriseId: string }) => (by === 'item' ? x.itemId : x.enterpriseId);
          const other = (x: { itemId: string; enterpriseId: string }) => (by === 'item' ? x.enterpriseId : x.itemId);
          const expected = [...new Set(all.map(key))].sort().flatMap((k) =>
            all
              .filter((x) => key(x) === k)
              .sort((a, b) => b.score - a.score || (other(a) < other(b) ? -1 : 1))
              .slice(0, top)
              .map((x, i) => `${x.itemId}|${x.enterpriseId}|${i + 1}|${x.score}`),
          );
          const actual = matcher
            .rank(items, ents, { top, by })
            .map((m) => `${m.itemId}|${m.enterpriseId}|${m.rank}|${m.score}`);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a feature's scoreAll equals its score for every item", () => {
    fc.assert(
      fc.property(world, fc.double({ min: 0.5, max: 40, noNaN: true }), ([items, ents], avgLength) => {
        const idx = matcher.index(items, matcher.collectStats(ents, items));
        const ctx = { avgLength, k1: 1.2, b: 0.5, items: idx.items };
        for (const e of ents) {
          const pe = idx.prepare(e);
          for (const f of matcher.features) {
            if (!f.scoreAll) continue;
            const all = Array.from(f.scoreAll(pe, ctx));
            const one = idx.items.map((it) =>
              f.applies && !f.applies(it) ? all[it.index] : (f.score(it, pe, ctx) ?? NaN),
            );
            expect(all, f.name).toEqual(one);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('features without scoreAll (posting gates, no pruning) rank exactly like the bundled ones', () => {
    const plain = createMatcher({ features: defaultFeatures().map(({ scoreAll: _drop, ...f }) => f as Feature) });
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: 4 }), ([items, ents], top) => {
        expect(plain.rank(items, ents, { top })).toEqual(matcher.rank(items, ents, { top }));
      }),
      { numRuns: 60 },
    );
  });

  it('pruning by thresholds skips only pairs scoring below them', () => {
    fc.assert(
      fc.property(
        world,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        ([items, ents], th) => {
          const idx = matcher.index(items, matcher.collectStats(ents, items));
          for (const e of ents) {
            const pe = idx.prepare(e);
            const all = idx.scoreEnterprise(pe);
            const pruned = idx.scoreEnterprise(pe, th);
            expect(all).toEqual(expect.arrayContaining(pruned));
            expect(pruned).toEqual(expect.arrayContaining(all.filter((p) => p.score >= th[p.item]!)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("parts that agree on each item's cut explain exactly the merged ranking", () => {
    fc.assert(
      fc.property(
        world,
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        ([items, ents], parts, top) => {
          const idx = matcher.index(items, matcher.collectStats(ents, items));
          const one = createCollector(idx, { top, by: 'item', minScore: 0 });
          const many = Array.from({ length: parts }, () => createCollector(idx, { top, by: 'item', minScore: 0 }));
          // The parts hold their pairs as the stream does (`again`): called for exactly the enterprises `explaining` names.
          const called = new Set<string>();
          for (const [i, e] of ents.entries()) {
            one.add(idx.prepare(e));
            many[i % parts]!.add(idx.prepare(e), () => (called.add(e.id), idx.prepare(e)));
          }
          const cut = combinedCut(
            many.map((c) => c.kept()),
            top,
          );
          const explaining = new Set(many.flatMap((c) => [...c.explaining(cut)]));
          const explained = many.flatMap((c) => c.matches(cut));
          expect(called).toEqual(explaining);
          expect(new Set(explained.map((m) => m.enterpriseId))).toEqual(explaining);
          const merged = explained.sort((a, b) =>
            a.itemId < b.itemId
              ? -1
              : a.itemId > b.itemId
                ? 1
                : compareRanked({ score: a.score, id: a.enterpriseId }, { score: b.score, id: b.enterpriseId }),
          );
          const ranked = merged.map((m, i) => ({
            ...m,
            rank: merged.slice(0, i).filter((x) => x.itemId === m.itemId).length + 1,
          }));
          expect(ranked).toEqual(one.matches());
        },
      ),
      { numRuns: 80 },
    );
  });

  it('ranks a pair only on evidence, and shows evidence only: domain words, each once, the longest first', () => {
    const lone = /^\p{Script=Han}$/u;
    fc.assert(
      fc.property(world, ([items, ents]) => {
        const stats = matcher.collectStats(ents, items);
        for (const m of matcher.rank(items, ents, { top: 100 })) {
          const item = items.find((i) => i.id === m.itemId)!;
          const x = matcher.explain(item, ents.find((e) => e.id === m.enterpriseId)!, stats);
          const groups = new Set(x.codes.item.filter((c) => c.length >= 4).map((c) => c.slice(0, 4)));
          // Evidence: a term shown, or a shared GB/T 4754 group.
          expect(m.matchedTerms.length > 0 || x.codes.enterprise.some((c) => groups.has(c.slice(0, 4)))).toBe(true);
          const whole = new Set([...(item.keywords ?? []), ...(item.products ?? [])]);
          for (const t of m.matchedTerms) {
            expect(isGapTerm(t), t).toBe(false);
            if (lone.test(t)) expect(whole.has(t), t).toBe(true);
            expect(
              m.matchedTerms.filter((o) => o !== t && o.includes(t)),
              t,
            ).toEqual([]);
          }
          const lengths = m.matchedTerms.map((t) => [...t].length);
          expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
          const named = [...m.reason.zh.slice(m.reason.zh.indexOf('匹配：')).matchAll(/（([^（）]*)）/gu)].flatMap(
            (r) => r[1]!.split('、'),
          );
          expect(new Set(named).size).toBe(named.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not mutate its inputs', () => {
    fc.assert(
      fc.property(world, ([items, ents]) => {
        const before = JSON.stringify([items, ents]);
        matcher.rank(items, ents);
        expect(JSON.stringify([items, ents])).toBe(before);
      }),
      { numRuns: 20 },
    );
  });
});

describe('matching behaviour', () => {
  const items: ChainGapItem[] = [
    {
      id: 'I1',
      title: '锂电池正极材料',
      theme: 'new-materials',
      keywords: ['正极材料', '磷酸铁锂'],
      industryCodes: ['C3841'],
      investmentMin: 10,
      aseanOriented: true,
    },
  ];
  const ents: Enterprise[] = [
    {
      id: 'E1',
      name: '甲新能源科技股份有限公司',
      description: '磷酸铁锂正极材料的研发和生产',
      province: '福建',
      revenue: 80,
      exportMarkets: ['越南'],
      industryCodes: ['3841'],
    },
    { id: 'E2', name: '乙材料有限公司', description: '鋰離子電池正極材料', province: '广西', revenue: 2 },
    { id: 'E3', name: '丙服装有限公司', description: '服装', province: '浙江' },
  ];

  it('ranks the true fit first and explains it in Chinese and English', () => {
    const [first, second, ...rest] = matcher.rank(items, ents);
    expect(first!.enterpriseId).toBe('E1');
    expect(second!.enterpriseId).toBe('E2');
    expect(rest).toHaveLength(0); // E3 shares nothing topical
    expect(first!.matchedTerms).toContain('磷酸铁锂');
    expect(first!.reason.zh).toContain('甲新能源科技股份有限公司');
    expect(first!.reason.en).toMatch(/fits/);
    expect(first!.theme).toBe('new-materials');
  });

  it('hard filters exclude a pair and say why', () => {
    const m = createMatcher({ filters: { excludeProvinces: ['广西壮族自治区'], minRevenue: 5 } });
    expect(m.rank(items, ents).map((x) => x.enterpriseId)).toEqual(['E1']);
    const x = m.explain(items[0]!, ents[1]!);
    expect(x.excluded.join(' ')).toMatch(/minRevenue/);
    expect(x.excluded.join(' ')).toMatch(/excluded/);
  });

  it('weights are configurable per theme', () => {
    const base = createMatcher().explain(items[0]!, ents[0]!);
    const themed = createMatcher({ themes: [{ id: 'new-materials', name: '新材料', weights: { region: 0 } }] }).explain(
      items[0]!,
      ents[0]!,
    );
    expect(base.contributions.region).toBeGreaterThan(0);
    expect(themed.contributions.region).toBe(0);
    expect(themed.weights.region).toBe(0);
  });

  it('rejects unknown options and features', () => {
    expect(() => createMatcher({ nope: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => createMatcher({ weights: { nope: 1 } })).toThrow(expect.objectContaining({ code: 'UNKNOWN_FEATURE' }));
    const duplicate = {
      code: 'duplicate_id',
      path: ['items', 1, 'id'],
      message: "duplicate id 'I1' (first at items[0])",
    };
    expect(() => matcher.rank([items[0]!, items[0]!], ents)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', issues: [duplicate] }),
    );
    expect(() => matcher.index([items[0]!, items[0]!], matcher.collectStats(ents))).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID' }),
    );
  });

  it('two matchers never affect each other', () => {
    const a = createMatcher({ weights: { text: 1, region: 0 } });
    const b = createMatcher();
    const before = JSON.stringify(b.rank(items, ents));
    a.rank(items, ents);
    expect(JSON.stringify(b.rank(items, ents))).toBe(before);
    expect(a.describe().weights.region).toBe(0);
    expect(b.describe().weights.region).toBeGreaterThan(0);
  });

  it('uses embeddings when both sides carry one', () => {
    const it1 = { ...items[0]!, embedding: [1, 0, 0] };
    const x = matcher.explain(it1, { ...ents[0]!, embedding: [1, 0, 0] });
    expect(x.values.embedding).toBe(1);
    expect(matcher.explain(it1, ents[0]!).values.embedding).toBeNull();
  });
});

describe('validation', () => {
  it('accepts English values and Chinese names of enumerated fields', () => {
    expect(validateItem({ id: 'a', title: 't', gapType: '补链', segment: '上游' }).data).toMatchObject({
      gapType: 'fill',
      segment: 'upstream',
    });
    expect(validateItem({ id: 'a', title: 't', gapType: 'strengthen', segment: 'downstream' }).data).toMatchObject({
      gapType: 'strengthen',
    });
  });

  it('returns every issue, not the first', () => {
    const r = validateEnterprise({ name: '', revenue: 'NaN', employees: -1, listed: 'maybe' });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.path[0]).sort()).toEqual(['employees', 'id', 'listed', 'name', 'revenue']);
    for (const i of r.issues) expect(i).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('treats hostile keys and values as data', () => {
    const rows = [
      JSON.parse('{"id":"x","name":"n","__proto__":{"polluted":true}}'),
      { id: 'y', name: 'n', revenue: Infinity },
      { id: 'z', name: 'x'.repeat(1e6) },
      null,
      7,
    ];
    const { accepted, rejected } = validateMany(rows, validateEnterprise);
    expect(accepted.length + rejected.length).toBe(rows.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('Match type', () => {
  it('has the CLI contract keys', () => {
    const m: Match = matcher.rank([{ id: 'i', title: '铝型材' }], [{ id: 'e', name: '铝型材厂' }])[0]!;
    expect(Object.keys(m).slice(0, 7)).toEqual([
      'itemId',
      'enterpriseId',
      'rank',
      'score',
      'contributions',
      'matchedTerms',
      'reason',
    ]);
  });
});
