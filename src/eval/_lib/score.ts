/** @internal Feature values of one candidate: feature → value in [0,1], null/absent = not applicable. */
export type FeatureValues = Readonly<Record<string, number | null | undefined>>;

/** @internal Weights: feature → non-negative weight. */
export type WeightTable = Readonly<Record<string, number>>;

/** @internal True when the feature applies (has a finite value). */
export const applies = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * @internal The matcher's score: Σ w·v / Σ w over the applicable features; 0 when no weight applies.
 */
export function weightedScore(values: FeatureValues, weights: WeightTable, features: readonly string[]): number {
  let num = 0;
  let den = 0;
  for (const f of features) {
    const v = values[f];
    const w = weights[f] ?? 0;
    if (!applies(v) || w <= 0) continue;
    num += w * v;
    den += w;
  }
  return den > 0 ? num / den : 0;
}

/** @internal Weights scaled to sum 1 over `features` (uniform when all are 0). */
export function normalizeWeights(weights: WeightTable, features: readonly string[]): Record<string, number> {
  let sum = 0;
  for (const f of features) sum += Math.max(0, weights[f] ?? 0);
  const out: Record<string, number> = {};
  for (const f of features) out[f] = sum > 0 ? Math.max(0, weights[f] ?? 0) / sum : 1 / features.length;
  return out;
}
