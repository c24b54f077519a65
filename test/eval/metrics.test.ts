import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  averagePrecision,
  dcgAtK,
  evaluate,
  itemCoverage,
  ndcgAtK,
  precisionAtK,
  recallAtK,
  reciprocalRank,
  type Label,
  type RankedPair,
} from '../../src/eval/index.js';

describe('metric functions on hand-computed cases', () => {
  // ranked grades: R1 = 3, R2 = 0, R3 = 2, R4 = 0, R5 = 1; two more labelled-relevant never ranked (grades 3, 1).
  const ranked = [3, 0, 2, 0, 1];
  const labelled = [3, 2, 1, 3, 1, 0, 0];

  it('precision@k divides by k, also past the end of the list', () => {
    expect(precisionAtK(ranked, 1)).toBe(1);
    expect(precisionAtK(ranked, 3)).toBeCloseTo(2 / 3, 12);
    expect(precisionAtK(ranked, 10)).toBeCloseTo(3 / 10, 12);
    expect(precisionAtK(ranked, 3, 2)).toBeCloseTo(2 / 3, 12);
    expect(precisionAtK(ranked, 5, 3)).toBeCloseTo(1 / 5, 12);
  });

  it('recall@k against all labelled-relevant', () => {
    expect(recallAtK(ranked, 3, 5)).toBeCloseTo(2 / 5, 12);
    expect(recallAtK(ranked, 5, 5)).toBeCloseTo(3 / 5, 12);
    expect(recallAtK(ranked, 5, 0)).toBe(0);
  });

  it('NDCG@k with gain 2^g − 1 and log2 discount, ideal from every labelled grade', () => {
    const dcg3 = 7 / 1 + 0 + 3 / 2; // log2(4) = 2
    expect(dcgAtK(ranked, 3)).toBeCloseTo(dcg3, 12);
    const idcg3 = 7 + 7 / Math.log2(3) + 3 / 2;
    expect(ndcgAtK(ranked, 3, labelled)).toBeCloseTo(dcg3 / idcg3, 12);
    expect(ndcgAtK([0, 2], 10, [2])).toBeCloseTo(1 / Math.log2(3), 12);
    expect(ndcgAtK([1, 2, 3], 3, [0, 0])).toBe(0);
    expect(ndcgAtK([3, 2, 1], 3, [1, 2, 3])).toBeCloseTo(1, 12);
  });

  it('average precision counts unranked relevant candidates as 0', () => {
    expect(averagePrecision(ranked, 5)).toBeCloseTo((1 / 1 + 2 / 3 + 3 / 5) / 5, 12);
    expect(averagePrecision([1, 0, 1], 2)).toBeCloseTo((1 + 2 / 3) / 2, 12);
    expect(averagePrecision([1, 0, 1], 2, 1, 2)).toBeCloseTo(1 / 2, 12);
  });

  it('reciprocal rank of the first relevant candidate', () => {
    expect(reciprocalRank([0, 0, 3])).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([0, 1, 3], 2)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([0, 0])).toBe(0);
  });

  it('item coverage counts lists with ≥ n relevant in their top k', () => {
    const c = itemCoverage(
      [
        [1, 1, 0],
        [0, 0, 1],
        [0, 0, 0],
      ],
      2,
      1,
    );
    expect(c).toEqual({ k: 2, n: 1, covered: 1, total: 3, fraction: 1 / 3 });
    expect(
      itemCoverage(
        [
          [1, 1, 0],
          [0, 1, 1],
        ],
        3,
        2,
      ).covered,
    ).toBe(2);
    expect(itemCoverage([], 3).fraction).toBe(0);
  });

  it('rejects k < 1', () => {
    expect(() => precisionAtK([1], 0)).toThrow(RangeError);
  });
});

describe('evaluate', () => {
  const matches: RankedPair[] = [
    { itemId: 'A', enterpriseId: 'e2', rank: 2, score: 0.5 },
    { itemId: 'A', enterpriseId: 'e1', rank: 1, score: 0.9 },
    { itemId: 'A', enterpriseId: 'e3', rank: 2, score: 0.5 }, // tie with e2 at rank 2: e2 first
    { itemId: 'B', enterpriseId: 'e9', rank: 1, score: 0.4 },
    { itemId: 'C', enterpriseId: 'e1', rank: 1, score: 0.4 }, // C has no labels
  ];
  const labels: Label[] = [
    { itemId: 'A', enterpriseId: 'e1', grade: 0 },
    { itemId: 'A', enterpriseId: 'e3', grade: 2 },
    { itemId: 'A', enterpriseId: 'e5', grade: 1 },
    { itemId: 'A', enterpriseId: 'e5', grade: 0 }, // duplicate: the higher grade wins
    { itemId: 'D', enterpriseId: 'e4', grade: 1 }, // D has relevant labels but no matches
  ];

  it('ranks by rank then enterpriseId and computes every metric', () => {
    const r = evaluate(matches, labels, { k: 2 });
    expect(r.perItem.map((m) => m.itemId)).toEqual(['A', 'D']);
    expect(r.unjudgedItems).toEqual(['B', 'C']);
    const a = r.perItem[0]!;
    // order: e1 (0), e2 (unlabelled, 0), e3 (2)
    expect(a.ranked).toBe(3);
    expect(a.relevant).toBe(2);
    expect(a.precision).toBe(0);
    expect(a.recall).toBe(0);
    expect(a.ndcg).toBe(0);
    expect(a.averagePrecision).toBeCloseTo(1 / 3 / 2, 12);
    expect(a.reciprocalRank).toBeCloseTo(1 / 3, 12);
    const d = r.perItem[1]!;
    expect(d).toMatchObject({ ranked: 0, relevant: 1, precision: 0, ndcg: 0, reciprocalRank: 0 });
    expect(r.mean.mrr).toBeCloseTo(1 / 6, 12);
    expect(r.coverage).toMatchObject({ covered: 0, total: 2 });

    const r3 = evaluate(matches, labels, { k: 3 });
    expect(r3.perItem[0]!.ndcg).toBeCloseTo(3 / 2 / (3 + 1 / Math.log2(3)), 12);
    expect(r3.coverage.covered).toBe(1);
  });

  it('does not mutate its inputs and ignores input order', () => {
    const before = JSON.stringify([matches, labels]);
    const r1 = evaluate(matches, labels, { k: 3 });
    expect(JSON.stringify([matches, labels])).toBe(before);
    const r2 = evaluate([...matches].reverse(), [...labels].reverse(), { k: 3 });
    expect(r2).toEqual(r1);
  });
});

/** Naive oracle: recomputes each metric from its textbook definition, by brute force. */
function naive(matches: RankedPair[], labels: Label[], k: number, rel: number) {
  const items = [...new Set(labels.filter((l) => l.grade >= rel && l.grade > 0).map((l) => l.itemId))].sort();
  return items.map((itemId) => {
    const grade = (e: string) =>
      Math.max(0, ...labels.filter((l) => l.itemId === itemId && l.enterpriseId === e).map((l) => l.grade));
    const enterprises = [...new Set(labels.filter((l) => l.itemId === itemId).map((l) => l.enterpriseId))];
    const allGrades = enterprises.map(grade);
    const list: string[] = [];
    const mine = matches.filter((m) => m.itemId === itemId);
    for (
      let r = Math.min(...mine.map((m) => m.rank), Infinity);
      list.length < new Set(mine.map((m) => m.enterpriseId)).size;
      r++
    ) {
      const atRank = mine.filter((m) => m.rank === r && !list.includes(m.enterpriseId)).map((m) => m.enterpriseId);
      list.push(...[...new Set(atRank)].sort());
    }
    const g = list.map(grade);
    const isRel = (x: number) => x >= rel && x > 0;
    const relevant = allGrades.filter(isRel).length;
    const top = g.slice(0, k);
    const dcg = (xs: number[]) => xs.reduce((s, x, i) => s + (2 ** x - 1) / (Math.log(i + 2) / Math.LN2), 0);
    const ideal = dcg([...allGrades].sort((a, b) => b - a).slice(0, k));
    let ap = 0;
    g.forEach((x, i) => {
      if (isRel(x)) ap += g.slice(0, i + 1).filter(isRel).length / (i + 1);
    });
    const first = g.findIndex(isRel);
    return {
      itemId,
      precision: top.filter(isRel).length / k,
      recall: top.filter(isRel).length / relevant,
      ndcg: ideal > 0 ? dcg(top) / ideal : 0,
      ap: ap / relevant,
      rr: first < 0 ? 0 : 1 / (first + 1),
    };
  });
}

describe('evaluate equals a naive implementation (property)', () => {
  const ids = (p: string) => fc.integer({ min: 0, max: 5 }).map((i) => `${p}${i}`);
  const arbMatches = fc.array(
    fc.record({
      itemId: ids('i'),
      enterpriseId: ids('e'),
      rank: fc.integer({ min: 1, max: 8 }),
      score: fc.constant(0),
    }),
    { maxLength: 40 },
  );
  const arbLabels = fc.array(
    fc.record({ itemId: ids('i'), enterpriseId: ids('e'), grade: fc.integer({ min: 0, max: 3 }) }),
    {
      maxLength: 40,
    },
  );

  it('per-item precision, recall, NDCG, AP and RR', () => {
    fc.assert(
      fc.property(
        arbMatches,
        arbLabels,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (m, l, k, rel) => {
          // The naive oracle keeps each enterprise's best rank; give evaluate the same deduplicated input.
          const best = new Map<string, RankedPair>();
          for (const x of m) {
            const key = `${x.itemId}|${x.enterpriseId}`;
            const prev = best.get(key);
            if (!prev || x.rank < prev.rank) best.set(key, x);
          }
          const matches = [...best.values()];
          const fast = evaluate(matches, l, { k, relevantGrade: rel });
          const slow = naive(matches, l, k, rel);
          expect(fast.perItem.map((p) => p.itemId)).toEqual(slow.map((s) => s.itemId));
          fast.perItem.forEach((p, i) => {
            const s = slow[i]!;
            expect(p.precision).toBeCloseTo(s.precision, 10);
            expect(p.recall).toBeCloseTo(s.recall, 10);
            expect(p.ndcg).toBeCloseTo(s.ndcg, 10);
            expect(p.averagePrecision).toBeCloseTo(s.ap, 10);
            expect(p.reciprocalRank).toBeCloseTo(s.rr, 10);
            expect(p.ndcg).toBeGreaterThanOrEqual(0);
            expect(p.ndcg).toBeLessThanOrEqual(1 + 1e-12);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
