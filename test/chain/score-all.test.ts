import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ChainFeatureOptions,
  type ChainGapItem,
  type ChainMap,
  createChainFeature,
  createChainInferrer,
  createMatcher,
  type Enterprise,
  type Feature,
  type ScoringContext,
} from '../../src/index.js';
import { loadChainMaps } from '../../src/node.js';

let maps: ChainMap[];
beforeAll(async () => {
  maps = await loadChainMaps();
});
const matcher = createMatcher();
/** One feature per set of options: building one takes a while. */
const features = new Map<string, Feature>();
const featureOf = (opts: ChainFeatureOptions) => {
  const key = JSON.stringify(opts);
  let f = features.get(key);
  if (!f) features.set(key, (f = createChainFeature(maps, opts)));
  return f;
};

/** A link of the maps, by chain and link position (taken modulo the maps' sizes). */
const linkAt = (c: number, l: number) => {
  const map = maps[c % maps.length]!;
  return { map, link: map.links[l % map.links.length]! };
};
const at = fc.tuple(fc.nat(), fc.nat());
/** Few links, so that items share links with other weights and firms share chains with items. */
const near = fc.tuple(fc.nat({ max: 1 }), fc.nat({ max: 3 }));
const HEADS = ['', '', '设备', '销售', '维修服务', '材料'];
/** Text naming a few links of the maps, each with a head that may change the role. */
const text = fc
  .array(fc.tuple(fc.oneof(near, at), fc.nat(), fc.constantFrom(...HEADS)), { maxLength: 4 })
  .map(
    (xs) => () =>
      xs.map(([[c, l], t, h]) => `${linkAt(c, l).link.terms.zh[t % linkAt(c, l).link.terms.zh.length]}${h}`),
  );
const item = fc.record({
  text,
  declared: fc.constantFrom('none', 'chain', 'link'),
  at,
});
const firm = fc.record({
  text,
  lead: fc.constantFrom('公司主要从事', '公司主营', '公司销售', '公司提供'),
  declared: fc.constantFrom('none', 'link', 'role', 'link+role'),
  at,
  role: fc.constantFrom('maker', 'equipment', 'material', 'distributor', 'service'),
});
const options: fc.Arbitrary<ChainFeatureOptions> = fc.oneof(
  fc.constant({}),
  fc.record({
    neighbour: fc.constantFrom(0.6, 0.5, 0.3),
    sameChain: fc.constantFrom(0.3, 0.1, 0.6),
    wrongRole: fc.constantFrom(0, 0.5, 1),
  }),
);

type Words = () => string[];
function itemOf(x: { text: Words; declared: string; at: [number, number] }, i: number): ChainGapItem {
  const words = x.text();
  const { map, link } = linkAt(...x.at);
  return {
    id: `i${i}`,
    title: `${words[0] ?? '产业'}项目`,
    keywords: words,
    ...(x.declared === 'none' ? {} : { chain: map.chainId }),
    ...(x.declared === 'link' ? { link: link.id } : {}),
  } as ChainGapItem;
}
function firmOf(x: { text: Words; lead: string; declared: string; at: [number, number]; role: string }, i: number) {
  const { map, link } = linkAt(...x.at);
  return {
    id: `e${i}`,
    name: `企业${i}`,
    description: `${x.lead}${x.text().join('、')}。`,
    ...(x.declared.includes('link') ? { chain: map.chainId, link: link.id } : {}),
    ...(x.declared.includes('role') ? { role: x.role } : {}),
  } as Enterprise;
}

describe("the chain feature's scoreAll", () => {
  it('equals score for every item and firm, whatever the firm scored before (items of the same kind included)', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 12 }),
        fc.array(firm, { minLength: 1, maxLength: 6 }),
        options,
        (xs, fs, opts) => {
          // Every item twice: two items of one kind.
          const items = [...xs, ...xs].map(itemOf);
          const firms = fs.map(firmOf);
          const prepared = firms.map((e) => matcher.prepare(e));
          const idx = matcher.index(items, matcher.collectStats(prepared, items));
          const ctx: ScoringContext = { avgLength: 1, k1: 1.2, b: 0.5, items: idx.items };
          const f = featureOf(opts);
          for (const pe of [...prepared, ...[...prepared].reverse()]) {
            const all = Array.from(f.scoreAll!(pe, ctx));
            const one = idx.items.map((it) => f.score(it, pe, ctx) ?? NaN);
            expect(all).toEqual(one);
            // With `only`, the listed items' values are the same (every other item, from the end).
            const only = Int32Array.from(idx.items.keys()).filter((ii) => ii % 2 === 1);
            const some = f.scoreAll!(pe, ctx, only);
            for (const ii of only) expect(some[ii]).toEqual(one[ii]);
            for (const it of idx.items)
              if (f.applies!(it) && f.score(it, pe, ctx) !== null) expect(f.describe(it, pe, 0, ctx).zh).not.toBe('');
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives a firm at a declared link the value of its relation to the item’s declared link', () => {
    fc.assert(
      fc.property(at, fc.nat(), (a, b) => {
        const { map, link } = linkAt(...a);
        const other = map.links[b % map.links.length]!;
        const item = { id: 'i', title: link.name, chain: map.chainId, link: link.id } as ChainGapItem;
        const e = { id: 'e', name: '甲', chain: map.chainId, link: other.id, role: 'maker' } as Enterprise;
        const pe = matcher.prepare(e);
        const idx = matcher.index([item], matcher.collectStats([pe], [item]));
        const ctx: ScoringContext = { avgLength: 1, k1: 1.2, b: 0.5, items: idx.items };
        const f = featureOf({ neighbour: 0.5, sameChain: 0.25, wrongRole: 1 });
        const expected =
          other.id === link.id ? 1 : other.supplies.includes(link.id) || link.supplies.includes(other.id) ? 0.5 : 0.25;
        expect(f.score(idx.items[0]!, pe, ctx)).toBe(expected);
        expect(f.scoreAll!(pe, ctx)[0]).toBe(expected);
        const reason = f.describe(idx.items[0]!, pe, expected, ctx).zh;
        if (other.id === link.id) expect(reason).toContain('与该环节直接匹配');
        else if (other.supplies.includes(link.id)) expect(reason).toContain('直接供应商');
        else if (link.supplies.includes(other.id)) expect(reason).toContain('直接客户');
        else expect(reason).toContain('同链');
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart items at the same links with other weights', () => {
    const infer = createChainInferrer(maps);
    // Two items naming links x and y of one chain, y less strongly in the second; a firm at y.
    const pairs = maps.flatMap((m) => m.links.flatMap((x) => m.links.map((y) => [m, x, y] as const)));
    const found = pairs.flatMap(([map, x, y]) => {
      if (x === y || x.terms.zh.length < 2 || y.terms.zh.length < 2) return [];
      const [x1, x2] = x.terms.zh as [string, string];
      const [y1, y2] = y.terms.zh as [string, string];
      const a: ChainGapItem = { id: 'a', title: `${x1}项目`, keywords: [x1, y1, y2] } as ChainGapItem;
      const b: ChainGapItem = { id: 'b', title: `${x1}项目`, keywords: [x1, x2, y1, y2] } as ChainGapItem;
      const links = (it: ChainGapItem) => infer([it.title, ...it.keywords!].join('。')).links;
      const [la, lb] = [links(a), links(b)];
      const at = (ls: typeof la) => ls.map((l) => `${l.chainId}/${l.linkId}`).join();
      const ok = at(la) === `${map.chainId}/${x.id},${map.chainId}/${y.id}` && at(la) === at(lb);
      return ok && la[1]!.weight !== lb[1]!.weight ? [{ a, b, y1 }] : [];
    });
    expect(found.length).toBeGreaterThan(0);
    const { a, b, y1 } = found[0]!;
    const pe = matcher.prepare({ id: 'e', name: '甲', description: `公司生产${y1}。` } as Enterprise);
    const idx = matcher.index([a, b], matcher.collectStats([pe], [a, b]));
    const ctx: ScoringContext = { avgLength: 1, k1: 1.2, b: 0.5, items: idx.items };
    const f = featureOf({});
    const one = idx.items.map((it) => f.score(it, pe, ctx));
    expect(one[0]).not.toBe(one[1]);
    expect(Array.from(f.scoreAll!(pe, ctx))).toEqual(one);
  });
});
