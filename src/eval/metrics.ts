/**
 * Ranking-quality metrics (评估指标). Pure: no I/O.
 *
 * The per-list functions take `ranked`: the grades of one item's ranked candidates in rank
 * order (an unlabelled candidate has grade 0). A candidate is *relevant* when its grade is at
 * least `relevantGrade` (default 1); NDCG uses the grades themselves (gain 2^g − 1).
 */
import { byString } from '../_lib/order.js';

/** One ranked candidate as `chainmatch match` writes it (extra keys are ignored). */
export interface RankedPair {
  itemId: string;
  enterpriseId: string;
  /** 1-based rank within the item. */
  rank: number;
  score?: number;
}

/** One relevance judgement: `grade` 0 = not relevant, higher = more relevant. */
export interface Label {
  itemId: string;
  enterpriseId: string;
  grade: number;
}

const isRelevant = (grade: number, relevantGrade: number): boolean => grade >= relevantGrade && grade > 0;

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`chainmatch: k must be a positive integer, got ${k}`);
}

/**
 * Fraction of the first `k` positions holding a relevant candidate. A list shorter than `k`
 * counts its missing positions as not relevant (the divisor is always `k`).
 * @example precisionAtK([1, 0, 2], 2) // 0.5
 */
export function precisionAtK(ranked: readonly number[], k: number, relevantGrade = 1): number {
  checkK(k);
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (isRelevant(ranked[i]!, relevantGrade)) hits++;
  return hits / k;
}

/**
 * Fraction of an item's `totalRelevant` labelled-relevant candidates found in the first `k`.
 * 0 when `totalRelevant` is 0.
 * @example recallAtK([1, 0, 2], 2, 4) // 0.25
 */
export function recallAtK(ranked: readonly number[], k: number, totalRelevant: number, relevantGrade = 1): number {
  checkK(k);
  if (totalRelevant <= 0) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (isRelevant(ranked[i]!, relevantGrade)) hits++;
  return hits / totalRelevant;
}

/** Discounted cumulative gain of the first `k` grades: Σ (2^g − 1) / log2(i + 1), i 1-based. */
export function dcgAtK(ranked: readonly number[], k: number): number {
  checkK(k);
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const g = ranked[i]!;
    if (g > 0) dcg += (2 ** g - 1) / Math.log2(i + 2);
  }
  return dcg;
}

/**
 * Normalised DCG with graded relevance. The ideal DCG is computed from `labelledGrades`, all
 * grades labelled for this item (ranked or not), sorted best first. 0 when no grade is positive.
 * @example ndcgAtK([0, 2], 10, [2]) // 1 / log2(3) ≈ 0.631
 */
export function ndcgAtK(ranked: readonly number[], k: number, labelledGrades: readonly number[]): number {
  const ideal = dcgAtK(
    [...labelledGrades].sort((a, b) => b - a),
    k,
  );
  return ideal > 0 ? dcgAtK(ranked, k) / ideal : 0;
}

/**
 * Average precision: the mean, over the `totalRelevant` relevant candidates, of the precision at
 * the rank where each is found (one never ranked contributes 0). `k` truncates the list (AP@k).
 * @example averagePrecision([1, 0, 1], 2) // (1/1 + 2/3) / 2 ≈ 0.833
 */
export function averagePrecision(
  ranked: readonly number[],
  totalRelevant: number,
  relevantGrade = 1,
  k = Infinity,
): number {
  if (totalRelevant <= 0) return 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if (isRelevant(ranked[i]!, relevantGrade)) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / totalRelevant;
}

/**
 * 1 / rank of the first relevant candidate, 0 when none is (within `k`).
 * @example reciprocalRank([0, 0, 3]) // 1/3
 */
export function reciprocalRank(ranked: readonly number[], relevantGrade = 1, k = Infinity): number {
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (isRelevant(ranked[i]!, relevantGrade)) return 1 / (i + 1);
  return 0;
}

/** Item coverage: how many lists hold at least `n` relevant candidates in their first `k`. */
export interface Coverage {
  k: number;
  n: number;
  covered: number;
  total: number;
  /** covered / total, 0 when total is 0. */
  fraction: number;
}

/**
 * How many ranked lists (one per item) have at least `n` relevant candidates in their top `k`.
 * @example itemCoverage([[1, 0], [0, 0]], 2, 1) // { covered: 1, total: 2, fraction: 0.5, ... }
 */
export function itemCoverage(lists: readonly (readonly number[])[], k: number, n = 1, relevantGrade = 1): Coverage {
  checkK(k);
  let covered = 0;
  for (const ranked of lists) {
    let hits = 0;
    for (let i = 0; i < Math.min(k, ranked.length); i++) if (isRelevant(ranked[i]!, relevantGrade)) hits++;
    if (hits >= n) covered++;
  }
  return { k, n, covered, total: lists.length, fraction: lists.length > 0 ? covered / lists.length : 0 };
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Cut-off for P@k, R@k, NDCG@k and coverage. Default 10. */
  k?: number;
  /** Lowest grade counted as relevant for P, R, MAP, MRR and coverage. Default 1. */
  relevantGrade?: number;
  /** Coverage threshold: an item is covered with at least this many relevant in its top k. Default 1. */
  coverageN?: number;
}

/** Metrics of one item. MAP and MRR use the whole ranked list, the rest the top `k`. */
export interface ItemMetrics {
  itemId: string;
  /** Candidates ranked for this item in the matches. */
  ranked: number;
  /** Labelled-relevant candidates of the item. */
  relevant: number;
  relevantInTopK: number;
  precision: number;
  recall: number;
  ndcg: number;
  averagePrecision: number;
  reciprocalRank: number;
}

/** Result of {@link evaluate}. */
export interface Evaluation {
  k: number;
  relevantGrade: number;
  /** One row per evaluated item (items with at least one relevant label), sorted by itemId. */
  perItem: ItemMetrics[];
  /** Means over `perItem` (0 when it is empty). */
  mean: { precision: number; recall: number; ndcg: number; map: number; mrr: number };
  coverage: Coverage;
  /** Ranked items left out because none of their labels is relevant (or they have none). */
  unjudgedItems: string[];
}

/**
 * Scores ranked matches against relevance labels. Each item's candidates are ordered by `rank`
 * (ties by `enterpriseId`); a candidate without a label counts as grade 0; duplicate labels keep
 * the highest grade, duplicate matches the best rank. Items with at least one relevant label
 * are evaluated, including those with no matches at all (they score 0).
 * @example
 * evaluate(
 *   [{ itemId: 'i1', enterpriseId: 'e1', rank: 1, score: 0.9 }],
 *   [{ itemId: 'i1', enterpriseId: 'e1', grade: 2 }],
 *   { k: 10 },
 * ).mean.ndcg // 1
 */
export function evaluate(
  matches: readonly RankedPair[],
  labels: readonly Label[],
  options: EvaluateOptions = {},
): Evaluation {
  const k = options.k ?? 10;
  const relevantGrade = options.relevantGrade ?? 1;
  const coverageN = options.coverageN ?? 1;
  checkK(k);

  const gradesByItem = new Map<string, Map<string, number>>();
  for (const l of labels) {
    let m = gradesByItem.get(l.itemId);
    if (!m) gradesByItem.set(l.itemId, (m = new Map()));
    const prev = m.get(l.enterpriseId);
    if (prev === undefined || l.grade > prev) m.set(l.enterpriseId, l.grade);
  }

  const rankedByItem = new Map<string, RankedPair[]>();
  for (const m of matches) {
    let list = rankedByItem.get(m.itemId);
    if (!list) rankedByItem.set(m.itemId, (list = []));
    list.push(m);
  }

  const itemIds = new Set<string>([...gradesByItem.keys(), ...rankedByItem.keys()]);
  const perItem: ItemMetrics[] = [];
  const lists: number[][] = [];
  const unjudgedItems: string[] = [];
  for (const itemId of [...itemIds].sort(byString)) {
    const grades = gradesByItem.get(itemId) ?? new Map<string, number>();
    const labelled = [...grades.values()];
    const relevant = labelled.filter((g) => isRelevant(g, relevantGrade)).length;
    if (relevant === 0) {
      unjudgedItems.push(itemId);
      continue;
    }
    const sorted = [...(rankedByItem.get(itemId) ?? [])].sort(
      (a, b) => a.rank - b.rank || byString(a.enterpriseId, b.enterpriseId),
    );
    const seen = new Set<string>();
    const ranked: number[] = [];
    for (const m of sorted) {
      if (seen.has(m.enterpriseId)) continue;
      seen.add(m.enterpriseId);
      ranked.push(grades.get(m.enterpriseId) ?? 0);
    }
    lists.push(ranked);
    perItem.push({
      itemId,
      ranked: ranked.length,
      relevant,
      relevantInTopK: ranked.slice(0, k).filter((g) => isRelevant(g, relevantGrade)).length,
      precision: precisionAtK(ranked, k, relevantGrade),
      recall: recallAtK(ranked, k, relevant, relevantGrade),
      ndcg: ndcgAtK(ranked, k, labelled),
      averagePrecision: averagePrecision(ranked, relevant, relevantGrade),
      reciprocalRank: reciprocalRank(ranked, relevantGrade),
    });
  }

  const mean = (f: (m: ItemMetrics) => number): number =>
    perItem.length > 0 ? perItem.reduce((s, m) => s + f(m), 0) / perItem.length : 0;
  return {
    k,
    relevantGrade,
    perItem,
    mean: {
      precision: mean((m) => m.precision),
      recall: mean((m) => m.recall),
      ndcg: mean((m) => m.ndcg),
      map: mean((m) => m.averagePrecision),
      mrr: mean((m) => m.reciprocalRank),
    },
    coverage: itemCoverage(lists, k, coverageN, relevantGrade),
    unjudgedItems,
  };
}
