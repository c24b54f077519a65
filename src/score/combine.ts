import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from '../features/types.js';

/** A feature value as it enters the score: clamped to [0, 1], a non-finite value counts 0. */
export function clampValue(s: number): number {
  return Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
}

/** The value a missing enterprise value stands for, `NaN` when the feature is then left out of the mean. */
export function missingValue(f: Feature): number {
  return f.missing === 'skip' ? NaN : f.missing;
}

/**
 * Fills `values` with each feature's value for one pair and returns it: the feature's score clamped to [0, 1], its
 * missing value when the enterprise lacks the data, `NaN` (left out of the mean) when the feature does not apply
 * (`applies[f]` false) or skips a missing value. `given[f]`, where set, holds feature f's `scoreAll` values by item
 * index (`NaN` = missing), used instead of calling `score`.
 */
export function pairValues(
  features: readonly Feature[],
  applies: readonly boolean[],
  item: PreparedItem,
  enterprise: PreparedEnterprise,
  ctx: ScoringContext,
  values: Float64Array,
  given?: readonly (ArrayLike<number> | undefined)[],
): Float64Array {
  const ii = item.index;
  for (let f = 0; f < features.length; f++) {
    let v = NaN;
    if (applies[f]) {
      const feat = features[f]!;
      const all = given?.[f];
      const s = all ? (Number.isNaN(all[ii]!) ? null : all[ii]!) : feat.score(item, enterprise, ctx);
      v = s === null ? missingValue(feat) : clampValue(s);
    }
    values[f] = v;
  }
  return values;
}

/** Per item, the weight of every feature that applies to it (`weights` and `applies` per item, index-aligned). */
export function applicableMass(
  weights: readonly ArrayLike<number>[],
  applies: readonly (readonly boolean[])[],
): Float64Array {
  return Float64Array.from(weights, (w, ii) => {
    let sum = 0;
    for (let f = 0; f < w.length; f++) if (applies[ii]![f]) sum += w[f]!;
    return sum;
  });
}

/**
 * The order in which {@link boundedPairValues} computes the features a pair has no given value for: features without a
 * `scoreAll` first (a value read from the enterprise, cheap per pair), then those with one (their per-pair `score`
 * may first work out something of the enterprise, as the chain feature its chain profile); heaviest first within
 * each, by `order` (the matcher's weights by name), then in feature order.
 */
export function evaluationOrder(features: readonly Feature[], order: Readonly<Record<string, number>>): Int32Array {
  const rank = (f: Feature) => (typeof f.scoreAll === 'function' ? 1 : 0);
  return Int32Array.from(
    features
      .map((f, i) => ({ f, i }))
      .sort((x, y) => rank(x.f) - rank(y.f) || order[y.f.name]! - order[x.f.name]! || x.i - y.i),
    ({ i }) => i,
  );
}

/**
 * {@link pairValues} against a threshold, and the candidate test ({@link isCandidate}): fills `values` as `pairValues`
 * does (the given values first, then the others in `order`, see {@link evaluationOrder}), but stops, returning false,
 * as soon as the pair's score cannot reach `threshold` — its bound, the weighted mean with the values computed so far
 * and every applicable feature still to compute at 1 (`mass`: the weight of every applicable feature), with a margin
 * for rounding, falls below — or it is found no candidate (as soon as every gating value is known). The features'
 * demotions (`factor`) are at most 1, so the bound holds for the demoted score too. Returns true for a candidate, with
 * every value filled, equal to `pairValues`'s; `values` is left partly filled otherwise.
 */
export function boundedPairValues(
  features: readonly Feature[],
  applies: readonly boolean[],
  weights: ArrayLike<number>,
  mass: number,
  item: PreparedItem,
  enterprise: PreparedEnterprise,
  ctx: ScoringContext,
  values: Float64Array,
  given: readonly (ArrayLike<number> | undefined)[],
  order: ArrayLike<number>,
  gates: readonly Gate[],
  threshold: number,
): boolean {
  const ii = item.index;
  let sum = 0;
  let inMean = 0;
  let pending = mass;
  // The given values cost nothing: all of them count before the first check.
  for (let f = 0; f < features.length; f++) {
    const all = given[f];
    if (!all) continue;
    let v = NaN;
    if (applies[f]) {
      const s = all[ii]!;
      v = Number.isNaN(s) ? missingValue(features[f]!) : clampValue(s);
      const w = weights[f]!;
      pending -= w;
      if (!Number.isNaN(v)) (sum += w * v), (inMean += w);
    }
    values[f] = v;
  }
  // With every gating value given, a pair that is no candidate goes before anything else is computed.
  let gated = true;
  for (const { index } of gates) gated &&= given[index] !== undefined;
  if (gated && !isCandidate(values, gates, item, enterprise, ctx)) return false;
  for (let k = 0; k < order.length; k++) {
    const f = order[k]!;
    if (given[f]) continue;
    if (!applies[f]) {
      values[f] = NaN;
      continue;
    }
    const m = inMean + pending;
    if ((m > 0 ? (sum + pending) / m : 0) + 1e-9 < threshold) return false;
    const feat = features[f]!;
    const s = feat.score(item, enterprise, ctx);
    const v = s === null ? missingValue(feat) : clampValue(s);
    const w = weights[f]!;
    pending -= w;
    if (!Number.isNaN(v)) (sum += w * v), (inMean += w);
    values[f] = v;
  }
  return gated || isCandidate(values, gates, item, enterprise, ctx);
}

/** Σ of the weights of the values in the mean (`NaN` values left out), in feature order. */
function massOf(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let W = 0;
  for (let f = 0; f < values.length; f++) if (!Number.isNaN(values[f]!)) W += weights[f]!;
  return W;
}

/**
 * The score of a pair: the mean of its values weighted by `weights`, `NaN` values left out, times `factor` (the
 * product of the features' demotions, see {@link pairFactor}); 0 when no weight is left.
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>, factor = 1): number {
  const W = massOf(values, weights);
  if (W <= 0) return 0;
  let score = 0;
  for (let f = 0; f < values.length; f++)
    if (!Number.isNaN(values[f]!)) score += ((weights[f]! * values[f]!) / W) * factor;
  return score;
}

/** The product of the demotions (`Feature.factor`) of the features that apply to a pair, clamped to [0, 1]. */
export function pairFactor(
  features: readonly Feature[],
  applies: readonly boolean[],
  item: PreparedItem,
  enterprise: PreparedEnterprise,
  ctx: ScoringContext,
): number {
  let factor = 1;
  for (let f = 0; f < features.length; f++)
    if (applies[f] && features[f]!.factor) factor *= clampValue(features[f]!.factor!(item, enterprise, ctx));
  return factor;
}

/**
 * {@link weightedMean} split by feature, in feature order: each feature's effective weight (its share w / Σw of the
 * weights in the mean; 0 for a value left out) and contribution (w·v / Σw × factor; `undefined` for a value left out, and
 * when no weight is left). Added up in feature order, the contributions equal the score exactly.
 */
export function contributions(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  factor = 1,
): { share: number; contribution: number | undefined }[] {
  const W = massOf(values, weights);
  // A loop, not Array.from with a callback: this runs for every match explained.
  const split: { share: number; contribution: number | undefined }[] = [];
  for (let f = 0; f < values.length; f++) {
    const inMean = !Number.isNaN(values[f]!) && W > 0;
    split.push({
      share: inMean ? weights[f]! / W : 0,
      contribution: inMean ? ((weights[f]! * values[f]!) / W) * factor : undefined,
    });
  }
  return split;
}

/** A gating feature (a gate and index keys) with its position in the feature list. */
export interface Gate {
  readonly feature: Feature;
  readonly index: number;
}

/** The gating features of a feature list; those with an evidence test last: the gate of another is cheaper to check. */
export function gatesOf(features: readonly Feature[]): Gate[] {
  return features
    .map((feature, index) => ({ feature, index }))
    .filter(({ feature: f }) => f.gate !== undefined && f.itemKeys && f.enterpriseKeys)
    .sort((x, y) => Number(!!x.feature.evidence) - Number(!!y.feature.evidence) || x.index - y.index);
}

/**
 * The candidate gate: whether a pair with these values has topical evidence — a gating feature's value reaches its
 * gate and, for a feature with an evidence test, the pair passes it.
 */
export function isCandidate(
  values: ArrayLike<number>,
  gates: readonly Gate[],
  item: PreparedItem,
  enterprise: PreparedEnterprise,
  ctx: ScoringContext,
): boolean {
  for (const { feature: f, index } of gates)
    if (values[index]! >= f.gate! && (!f.evidence || f.evidence(item, enterprise, ctx))) return true;
  return false;
}
