import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ChainGapItem,
  type ChainMap,
  createCollector,
  createMatcher,
  type Enterprise,
  type MatchIndex,
  type PreparedEnterprise,
  validateEnterprise,
  validateItem,
  validateTheme,
} from '../../src/index.js';
import { loadChainMaps } from '../../src/node.js';
import { compareRanked, TopK } from '../../src/rank/topk.js';

const data = (file: string) => readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8');
const lines = (file: string) =>
  data(file)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
const items = lines('items.jsonl').map((r) => validateItem(r).data!) as ChainGapItem[];
const enterprises = lines('enterprises.jsonl')
  .slice(0, 150)
  .map((r) => validateEnterprise(r).data!) as Enterprise[];
const themes = (JSON.parse(data('themes.json')) as unknown[]).map((t) => validateTheme(t).data!);

let maps: ChainMap[];
let idx: MatchIndex;
let prepared: PreparedEnterprise[];
/** Every candidate pair of each enterprise, scored without thresholds. */
let plain: { item: number; score: number }[][];
beforeAll(async () => {
  maps = await loadChainMaps();
  const matcher = createMatcher({ chains: maps, themes });
  idx = matcher.index(items, matcher.collectStats(enterprises, items));
  prepared = enterprises.map((e) => idx.prepare(e));
  plain = prepared.map((pe) => idx.scoreEnterprise(pe));
});

/** An enterprise scored afresh: its prepared record copied, so that nothing worked out for the original is reused. */
const fresh = (pe: PreparedEnterprise): PreparedEnterprise => ({ ...pe, enterprise: { ...pe.enterprise } });

describe('pruning against thresholds (bundled features, chain maps, themes)', () => {
  it('returns exactly the pairs scoring at or above their thresholds, with the same scores', () => {
    const scores = plain.flat().map((p) => p.score);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...scores), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: items.length,
          maxLength: items.length,
        }),
        fc.nat({ max: prepared.length - 1 }),
        (th, from) => {
          for (let k = from; k < Math.min(prepared.length, from + 30); k++) {
            const pruned = idx.scoreEnterprise(fresh(prepared[k]!), th);
            expect(pruned).toEqual(plain[k]!.filter((p) => p.score >= th[p.item]!));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a collector keeps what it keeps without thresholds (its own, rising ones)', () => {
    const top = 3;
    const collector = createCollector(idx, { top, by: 'item', minScore: 0 });
    for (const pe of prepared) collector.add(fresh(pe));
    const expected = items.map(() => [] as { score: number; id: string }[]);
    plain.forEach((pairs, k) => {
      for (const { item, score } of pairs) expected[item]!.push({ score, id: enterprises[k]!.id });
    });
    const best = expected.map((list) =>
      list.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, top),
    );
    expect(collector.kept()).toEqual(best);
  });
});

describe('top-k heaps', () => {
  it('keep the k best entries seen, ties broken by id, in any order of arrival', () => {
    const entry = fc.record({
      score: fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      id: fc.constantFrom('a', 'b', 'B', 'c', 'E01', 'E02', 'E10'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (entries, k) => {
        const heap = new TopK<{ score: number; id: string }>(k);
        for (const en of entries) heap.push(en);
        const best = [...entries].sort(compareRanked).slice(0, k);
        expect(heap.sorted().map(({ score, id }) => [score, id])).toEqual(best.map(({ score, id }) => [score, id]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('keyword phrases of a firm', () => {
  it('are the item phrases its text holds, in order of first occurrence', () => {
    const matcher = createMatcher();
    const index = matcher.index(items, matcher.collectStats(enterprises, items));
    const phrases = [...new Set(index.items.flatMap((it) => it.phrases))];
    const keywords = matcher.features.find((f) => f.name === 'keywords')!;
    const ctx = { avgLength: 10, k1: 1.2, b: 0.75, items: index.items };
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.string({ maxLength: 3 }),
      fc.constantFrom('，', '的', '电', '材'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const pe = { ...prepared[0]!, text: pieces.join('') };
        const firstAt = (p: string) => pe.text.indexOf(p);
        const expected = phrases
          .filter((p) => pe.text.includes(p))
          .sort((a, b) => firstAt(a) - firstAt(b) || phrases.indexOf(a) - phrases.indexOf(b));
        expect([...keywords.enterpriseKeys!(pe, ctx)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
