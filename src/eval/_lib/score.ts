import { weightedMean } from '../../score/combine.js';

/** @internal Feature values of one candidate: feature → value in [0,1], null/absent = not applicable. */
export type FeatureValues = Readonly<Record<string, number | null | undefined>>;

/** @internal Weights: feature → non-negative weight. */
export type WeightTable = Readonly<Record<string, number>>;

/** @internal True when the feature applies (has a finite value). */
export const applies = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * @internal The matcher's score, by the matcher's own {@link weightedMean}: Σ w·v / Σ w over the applicable features
 * with a positive weight; 0 when no weight applies.
 */
export function weightedScore(values: FeatureValues, weights: WeightTable, features: readonly string[]): number {
  const v = new Float64Array(features.length);
  const w = new Float64Array(features.length);
  for (const [i, f] of features.entries()) {
    const x = values[f];
    w[i] = weights[f] ?? 0;
    v[i] = applies(x) && w[i]! > 0 ? x : NaN;
  }
  return weightedMean(v, w);
}

/** @internal Weights scaled to sum 1 over `features` (uniform when all are 0). */
export function normalizeWeights(weights: WeightTable, features: readonly string[]): Record<string, number> {
  let sum = 0;
  for (const f of features) sum += Math.max(0, weights[f] ?? 0);
  const out: Record<string, number> = {};
  for (const f of features) out[f] = sum > 0 ? Math.max(0, weights[f] ?? 0) / sum : 1 / features.length;
  return out;
}
