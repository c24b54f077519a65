import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from '../features/types.js';
import type { Reason } from '../schema/match.js';
import { isEvidenceTerm, showTerms } from '../text/evidence.js';
import type { InferredCode } from '../text/industry-codes.js';
import { perItem } from '../features/all.js';
import { contributions, weightedMean } from './combine.js';

/** The full account of one pair: every feature value, weight and contribution. */
export interface PairExplanation {
  itemId: string;
  enterpriseId: string;
  score: number;
  /** Scores below the matcher's `weakScore` (弱匹配): shown, but rarely worth a call. */
  weak: boolean;
  /** Raw feature values in [0, 1]; `null` when the feature did not apply. */
  values: Record<string, number | null>;
  /**
   * Effective weights: each feature's share of the pair's weighted mean (configured weight / Σ configured weights
   * of the features in the mean; 0 for a feature left out), so value × weight × `factor` = contribution, and they add up to 1.
   */
  weights: Record<string, number>;
  /** Weights as configured for this pair (the item's theme may override), before renormalizing. */
  configuredWeights: Record<string, number>;
  /**
   * Contributions: value × weight × `factor`, adding up to the score.
   */
  contributions: Record<string, number>;
  /** The product of the features' demotions (`Feature.factor`): 1, or less for a firm in the wrong role. */
  factor: number;
  /** Words of the domain shared by the pair (no lone characters unless the item names one whole, no gap words), each once, the most specific first. */
  matchedTerms: string[];
  reason: Reason;
  /** Hard-filter reasons; non-empty means the pair is excluded. */
  excluded: string[];
  /** False when the pair shares no topical evidence (no word of the domain, no keyword of the item, no industry group 中类) and is never ranked. */
  candidate: boolean;
  /** GB/T 4754 codes of both sides (normalized), with the evidence for a side whose codes were inferred from its text. */
  codes: {
    item: readonly string[];
    enterprise: readonly string[];
    itemInferred?: readonly InferredCode[];
    enterpriseInferred?: readonly InferredCode[];
  };
}

/** A pair to explain: its prepared sides, feature values (see `pairValues`) and configured weights, and what the matcher found. */
export interface PairToExplain {
  features: readonly Feature[];
  item: PreparedItem;
  enterprise: PreparedEnterprise;
  ctx: ScoringContext;
  values: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** The pair's demotion (see `pairFactor`); default 1. */
  factor?: number;
  /** Whether the pair passed the candidate gate. */
  candidate: boolean;
  /** Hard-filter reasons. */
  excluded: string[];
  /** Scores below this are weak. */
  weakScore: number;
}

/**
 * The full account of one pair: values, effective weights and contributions (adding up to the score exactly), the
 * matched terms and the reason sentence.
 * @example explainPair({ features, item, enterprise, ctx, values, weights, candidate: true, excluded: [], weakScore: 0.33 }).reason.zh
 */
export function explainPair({
  features,
  item: pi,
  enterprise: pe,
  ctx,
  values: v,
  weights: w,
  factor = 1,
  candidate,
  excluded,
  weakScore,
}: PairToExplain): PairExplanation {
  const split = contributions(v, w, factor);
  const values: Record<string, number | null> = {};
  const weights: Record<string, number> = {};
  const configured: Record<string, number> = {};
  const contributed: Record<string, number> = {};
  let score = 0;
  features.forEach((feat, f) => {
    configured[feat.name] = w[f]!;
    values[feat.name] = !Number.isNaN(v[f]!) ? v[f]! : null;
    weights[feat.name] = split[f]!.share;
    const c = split[f]!.contribution;
    if (c !== undefined) {
      contributed[feat.name] = c;
      score += c;
    }
  });
  if (score !== weightedMean(v, w, factor)) throw new Error('chainmatch: internal score mismatch');
  const { matchedTerms, reason } = reasonOf(
    features,
    pi,
    pe,
    ctx,
    v,
    split.map((x) => x.contribution ?? 0),
  );
  return {
    itemId: pi.item.id,
    enterpriseId: pe.enterprise.id,
    score,
    weak: score < weakScore,
    values,
    weights,
    configuredWeights: configured,
    contributions: contributed,
    factor,
    matchedTerms,
    reason,
    excluded,
    candidate,
    codes: {
      item: pi.codes,
      enterprise: pe.codes,
      ...(pi.inferredCodes ? { itemInferred: pi.inferredCodes } : {}),
      ...(pe.inferredCodes ? { enterpriseInferred: pe.inferredCodes } : {}),
    },
  };
}

/** Each item's phrases as a set (what {@link isEvidenceTerm} takes): built once per item, read for each pair explained. */
const wholeOf = perItem((pi) => new Set(pi.phrases));

/**
 * The terms shown for a pair and its reason. Shown: the evidence terms of every feature that applies (a custom
 * feature's too), each once, the most specific first, at most 12. The reason names the (at most) three largest
 * contributions, each phrase naming only shown terms of its own feature that no earlier phrase names, then any
 * feature that asks to be explained always (`Feature.explainAlways`).
 */
function reasonOf(
  features: readonly Feature[],
  pi: PreparedItem,
  pe: PreparedEnterprise,
  ctx: ScoringContext,
  v: ArrayLike<number>,
  contribution: readonly number[],
): { matchedTerms: string[]; reason: Reason } {
  const whole = wholeOf(pi, ctx);
  const own = features.map((feat, f) =>
    feat.matchedTerms && !Number.isNaN(v[f]!)
      ? feat.matchedTerms(pi, pe, ctx).filter((t) => isEvidenceTerm(t, whole))
      : undefined,
  );
  // A loop, not flatMap: this runs for every match explained, and flatMap is many times slower.
  const every: string[] = [];
  for (const terms of own) if (terms) for (const t of terms) every.push(t);
  const shown = showTerms(every).slice(0, 12);
  const named = new Set<string>();
  const largest = features
    .map((feat, f) => ({ feat, f, c: contribution[f]! }))
    .filter((x) => x.c > 0)
    .sort((x, y) => y.c - x.c || x.f - y.f)
    .slice(0, 3);
  const always = features
    .map((feat, f) => ({ feat, f }))
    .filter(({ feat, f }) => feat.explainAlways && !Number.isNaN(v[f]!) && !largest.some((x) => x.f === f));
  const top = [...largest, ...always]
    .map(({ feat, f }) => {
      const mine = own[f] && new Set(own[f]);
      const terms = mine && shown.filter((t) => mine.has(t) && !named.has(t)).slice(0, 3);
      for (const t of terms ?? []) named.add(t);
      return feat.describe(pi, pe, v[f]!, ctx, terms);
    })
    .filter((t) => t.zh !== '');
  const name = pe.enterprise.name;
  const title = pi.item.title;
  const reason: Reason = top.length
    ? {
        zh: `${name}与「${title}」匹配：${top.map((t) => t.zh).join('；')}。`,
        en: `${name} fits "${title}": ${top.map((t) => t.en).join('; ')}.`,
      }
    : { zh: `${name}与「${title}」缺少匹配依据。`, en: `${name} shows no evidence for "${title}".` };
  return { matchedTerms: shown, reason };
}
