/**
 * Weight sensitivity (权重敏感性): which single weight change would move a match up or down one
 * rank, and why one candidate ranks above another. Pure: no I/O.
 *
 * Scores follow the matcher: s = Σ w·v / Σ w over applicable (non-null) features, ranked by
 * score descending with ties broken by enterpriseId.
 */
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { byString } from '../_lib/order.js';
import { applies, weightedScore, type FeatureValues } from './_lib/score.js';

/** One candidate of an item's ranking with its raw feature values. */
export interface Candidate {
  enterpriseId: string;
  values: FeatureValues;
}

/** A change of one weight that moves the target past a rank boundary. */
export interface WeightChange {
  feature: string;
  /** Raise or lower the weight; with `delta` 0 the target is tied now and any step that way moves it. */
  direction: 'increase' | 'decrease';
  from: number;
  /**
   * The weight at which the target ties the candidate it passes; any weight beyond it (in the
   * direction of the change) gives `newRank`. 0 means "set the weight to 0".
   */
  to: number;
  /** to − from. */
  delta: number;
  /** to / from; null when `from` is 0. */
  factor: number | null;
  newRank: number;
}

/** Result of {@link weightSensitivity}. */
export interface Sensitivity {
  enterpriseId: string;
  rank: number;
  score: number;
  /** Per feature: the smallest change (by |delta|) that moves the target up / down; null when none does. */
  features: { feature: string; up: WeightChange | null; down: WeightChange | null }[];
  /** Smallest relative change (by |log factor|, a weight raised from 0 last) over all features. */
  bestUp: WeightChange | null;
  bestDown: WeightChange | null;
}

function rankOf(target: number, scores: readonly number[], ids: readonly string[]): number {
  const st = scores[target]!;
  const id = ids[target]!;
  let rank = 1;
  for (let i = 0; i < scores.length; i++) {
    if (i === target) continue;
    const s = scores[i]!;
    if (s > st || (s === st && byString(ids[i]!, id) < 0)) rank++;
  }
  return rank;
}

/** Real roots of A x² + B x + C (all of ℝ collapses to none). */
function roots(A: number, B: number, C: number): number[] {
  const scale = Math.max(Math.abs(A), Math.abs(B), Math.abs(C));
  if (scale === 0) return [];
  if (Math.abs(A) <= 1e-14 * scale) return Math.abs(B) <= 1e-14 * scale ? [] : [-C / B];
  const disc = B * B - 4 * A * C;
  if (disc < 0) return [];
  const q = -0.5 * (B + Math.sign(B || 1) * Math.sqrt(disc));
  return q === 0 ? [0] : [q / A, C / q];
}

/**
 * For the candidate `target` in one item's ranking, finds per feature the smallest single weight
 * change that moves it up one rank (or more, if several candidates are passed at once) and down
 * one rank. Exact: each pair's score difference, as a function of one weight x, changes sign only
 * at the roots of a quadratic in x, so the ranks are checked between those points.
 * @example
 * weightSensitivity(candidates, { topic: 0.6, industry: 0.4 }, 'e7').bestUp
 * // { feature: 'industry', from: 0.4, to: 0.55, delta: 0.15, factor: 1.375, newRank: 2 }
 */
export function weightSensitivity(
  candidates: readonly Candidate[],
  weights: Readonly<Record<string, number>>,
  target: string,
  features: readonly string[] = Object.keys(weights),
): Sensitivity {
  const t = candidates.findIndex((c) => c.enterpriseId === target);
  if (t < 0) throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `target ${target} is not among the candidates`);
  const ids = candidates.map((c) => c.enterpriseId);
  const scoresAt = (w: Readonly<Record<string, number>>) => candidates.map((c) => weightedScore(c.values, w, features));
  const base = scoresAt(weights);
  const rank = rankOf(t, base, ids);

  const perFeature = features.map((feature) => {
    const from = weights[feature] ?? 0;
    const rankWith = (x: number) => rankOf(t, scoresAt({ ...weights, [feature]: x }), ids);
    // N, D: numerator and denominator without this feature; a = v·m, m = applicable.
    const parts = candidates.map((c) => {
      let N = 0;
      let D = 0;
      for (const f of features) {
        const v = c.values[f];
        const w = weights[f] ?? 0;
        if (f === feature || !applies(v) || w <= 0) continue;
        N += w * v;
        D += w;
      }
      const v = c.values[feature];
      return { N, D, a: applies(v) ? v : 0, m: applies(v) ? 1 : 0 };
    });
    const pt = parts[t]!;
    const breaks = new Set<number>([0]);
    parts.forEach((pc, i) => {
      if (i === t) return;
      const A = pt.a * pc.m - pc.a * pt.m;
      const B = pt.N * pc.m + pt.a * pc.D - pc.N * pt.m - pc.a * pt.D;
      const C = pt.N * pc.D - pc.N * pt.D;
      for (const r of roots(A, B, C)) if (Number.isFinite(r) && r >= 0) breaks.add(r);
    });
    const sorted = [...breaks].sort((x, y) => x - y);
    const change = (direction: WeightChange['direction'], to: number, newRank: number): WeightChange => ({
      feature,
      direction,
      from,
      to,
      delta: to - from,
      factor: from > 0 ? to / from : null,
      newRank,
    });
    const search = (want: (r: number) => boolean): WeightChange | null => {
      let best: WeightChange | null = null;
      // Increasing: check just past `from` (it may itself be a tie) and past each breakpoint above it.
      const above = [from, ...sorted.filter((b) => b > from)];
      for (let i = 0; i < above.length; i++) {
        const b = above[i]!;
        const next = above[i + 1];
        const probe = next !== undefined ? (b + next) / 2 : b * 2 + 1;
        const r = rankWith(probe);
        if (want(r)) {
          best = change('increase', b, r);
          break;
        }
      }
      // Decreasing: check just below `from` and each breakpoint under it, then 0 itself.
      const below = from > 0 ? [from, ...sorted.filter((b) => b < from).reverse()] : [];
      for (let i = 0; i < below.length; i++) {
        const b = below[i]!;
        const next = below[i + 1];
        const probe = next !== undefined ? (b + next) / 2 : b;
        const r = rankWith(probe);
        const candidate = change('decrease', next !== undefined ? b : 0, r);
        if (want(r)) {
          if (!best || Math.abs(candidate.delta) < Math.abs(best.delta)) best = candidate;
          break;
        }
        if (next === undefined) break;
      }
      return best;
    };
    return { feature, up: search((r) => r < rank), down: search((r) => r > rank) };
  });

  const relative = (c: WeightChange): number =>
    c.factor === null ? Infinity : Math.abs(Math.log(Math.max(c.factor, 1e-300)));
  const pick = (key: 'up' | 'down'): WeightChange | null => {
    let best: WeightChange | null = null;
    for (const f of perFeature) {
      const c = f[key];
      if (!c) continue;
      if (
        !best ||
        relative(c) < relative(best) ||
        (relative(c) === relative(best) && Math.abs(c.delta) < Math.abs(best.delta))
      )
        best = c;
    }
    return best;
  };
  return {
    enterpriseId: target,
    rank,
    score: base[t]!,
    features: perFeature,
    bestUp: pick('up'),
    bestDown: pick('down'),
  };
}

/** Per-feature explanation of a score difference. */
export interface ContributionDifference {
  feature: string;
  valueA: number | null;
  valueB: number | null;
  /** w·v / Σw over A's applicable features (0 when not applicable). */
  contributionA: number;
  contributionB: number;
  /** contributionA − contributionB. */
  difference: number;
}

/**
 * "Why is A above B?": each feature's contribution to A's and B's scores and their difference,
 * largest absolute difference first (ties by feature name). The differences add up to
 * scoreA − scoreB.
 * @example compareCandidates(a, b, weights).differences[0] // the feature that matters most
 */
export function compareCandidates(
  a: Candidate,
  b: Candidate,
  weights: Readonly<Record<string, number>>,
  features: readonly string[] = Object.keys(weights),
): { scoreA: number; scoreB: number; differences: ContributionDifference[] } {
  const denominator = (c: Candidate) =>
    features.reduce((d, f) => d + (applies(c.values[f]) && (weights[f] ?? 0) > 0 ? weights[f]! : 0), 0);
  const dA = denominator(a);
  const dB = denominator(b);
  const contribution = (c: Candidate, f: string, d: number) => {
    const v = c.values[f];
    return applies(v) && d > 0 ? ((weights[f] ?? 0) * v) / d : 0;
  };
  const differences = features.map((feature) => {
    const contributionA = contribution(a, feature, dA);
    const contributionB = contribution(b, feature, dB);
    const va = a.values[feature];
    const vb = b.values[feature];
    return {
      feature,
      valueA: applies(va) ? va : null,
      valueB: applies(vb) ? vb : null,
      contributionA,
      contributionB,
      difference: contributionA - contributionB,
    };
  });
  differences.sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || byString(x.feature, y.feature));
  return {
    scoreA: weightedScore(a.values, weights, features),
    scoreB: weightedScore(b.values, weights, features),
    differences,
  };
}
