import { describe, it, expect } from 'vitest';
import { ChainmatchError } from '../../src/errors.js';
import {
  crossValidateWeights,
  fitWeights,
  outcomeToGrade,
  rerankedNdcg,
  type LabelledPair,
} from '../../src/eval/index.js';
import { FEATURES, TRUE_WEIGHTS, syntheticPairs } from './_synthetic.js';

const maxError = (w: Record<string, number>) =>
  Math.max(...FEATURES.map((f) => Math.abs(w[f]! - TRUE_WEIGHTS[f as keyof typeof TRUE_WEIGHTS])));

// Measured on seeds 1–10 (60 items × 30 candidates, noise σ = 0.05, 20 % nulls on two features):
// max |fitted − true| weight error was 0.014 (pairwise) and 0.024 (logistic). Tolerance: 0.03 / 0.04.
describe('fitWeights recovers known weights from synthetic pairs', () => {
  it('pairwise (RankNet) loss', () => {
    for (const seed of [1, 2]) {
      const fit = fitWeights(syntheticPairs(seed), { features: FEATURES });
      expect(fit.converged).toBe(true);
      expect(maxError(fit.weights)).toBeLessThan(0.03);
      expect(Object.values(fit.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('logistic loss', () => {
    const fit = fitWeights(syntheticPairs(3), { features: FEATURES, loss: 'logistic' });
    expect(fit.converged).toBe(true);
    expect(maxError(fit.weights)).toBeLessThan(0.04);
    expect(fit.bias).toBeCloseTo(0.55, 1); // the grade ≥ 1 cut-off of the generator
  });

  it('is deterministic and does not mutate its input', () => {
    const pairs = syntheticPairs(4, 10, 10);
    const before = JSON.stringify(pairs);
    const a = fitWeights(pairs, { features: FEATURES });
    const b = fitWeights(pairs, { features: FEATURES });
    expect(a).toEqual(b);
    expect(JSON.stringify(pairs)).toBe(before);
  });

  it('stays at the defaults when the labels carry no ordering', () => {
    const pairs: LabelledPair[] = syntheticPairs(5, 5, 5).map((p) => ({ ...p, grade: 1 }));
    const defaults = { topic: 0.4, industry: 0.3, scale: 0.2, region: 0.1 };
    const fit = fitWeights(pairs, { defaultWeights: defaults });
    for (const f of FEATURES) expect(fit.weights[f]).toBeCloseTo(defaults[f as keyof typeof defaults], 9);
  });

  it('keeps the default weight of a feature that applies to no pair', () => {
    const pairs = syntheticPairs(6, 20, 10).map((p) => ({ ...p, values: { ...p.values, embedding: null } }));
    const defaults = { topic: 0.2, industry: 0.2, scale: 0.2, region: 0.2, embedding: 0.2 };
    const fit = fitWeights(pairs, { defaultWeights: defaults });
    expect(fit.fixed).toEqual(['embedding']);
    expect(fit.weights.embedding).toBeCloseTo(0.2, 12);
    expect(fit.weights.topic!).toBeGreaterThan(fit.weights.region!);
  });

  it('rejects a bad option', () => {
    expect(() => fitWeights([], { features: [] })).toThrow(ChainmatchError);
    expect(() => fitWeights([], { features: ['a'], loss: 'hinge' as 'pairwise' })).toThrow(/loss/);
  });
});

describe('crossValidateWeights', () => {
  const wrongDefaults = { topic: 0.1, industry: 0.1, scale: 0.4, region: 0.4 };

  it('held-out NDCG of fitted weights beats the defaults and uniform weights', () => {
    const cv = crossValidateWeights(syntheticPairs(1), {
      features: FEATURES,
      defaultWeights: wrongDefaults,
      folds: 5,
      seed: 1,
    });
    expect(cv.folds).toHaveLength(5);
    expect(cv.heldOut.items).toBe(cv.items);
    expect(cv.heldOut.fitted).toBeGreaterThan(cv.heldOut.default);
    expect(cv.heldOut.fitted).toBeGreaterThan(cv.heldOut.uniform);
    for (const f of FEATURES) {
      expect(cv.spread[f]!.std).toBeLessThan(0.02);
      expect(cv.spread[f]!.min).toBeLessThanOrEqual(cv.spread[f]!.max);
    }
    expect(maxError(cv.fitted.weights)).toBeLessThan(0.03);
  });

  it('groups folds by item, seeded', () => {
    const pairs = syntheticPairs(2, 12, 8);
    const a = crossValidateWeights(pairs, { features: FEATURES, folds: 4, seed: 7 });
    const b = crossValidateWeights([...pairs].reverse(), { features: FEATURES, folds: 4, seed: 7 });
    expect(a.folds.map((f) => f.testItems)).toEqual([3, 3, 3, 3]);
    expect(b).toEqual(a);
    expect(() => crossValidateWeights(pairs, { features: FEATURES, folds: 1 })).toThrow(ChainmatchError);
  });

  it('reports invalid pairs as issues instead of throwing', () => {
    const pairs = syntheticPairs(3, 4, 4);
    pairs[0] = { ...pairs[0]!, grade: Number.NaN };
    pairs[1] = { ...pairs[1]!, values: { ...pairs[1]!.values, topic: 7 } };
    const cv = crossValidateWeights(pairs, { features: FEATURES, folds: 2 });
    expect(cv.issues.map((i) => i.code)).toEqual(['invalid_grade', 'invalid_value']);
    expect(cv.labels).toBe(14);
  });
});

describe('rerankedNdcg', () => {
  it('scores Σ w·v / Σ w over non-null values', () => {
    const pairs: LabelledPair[] = [
      { itemId: 'i', enterpriseId: 'a', grade: 0, values: { x: 0.9, y: null } }, // 0.9
      { itemId: 'i', enterpriseId: 'b', grade: 2, values: { x: 0.5, y: 1 } }, // 0.5·0.5 + 0.5·1 = 0.75
    ];
    expect(rerankedNdcg(pairs, { x: 1, y: 1 }, 10).ndcg).toBeCloseTo(1 / Math.log2(3), 12);
    expect(rerankedNdcg(pairs, { x: 1, y: 5 }, 10).ndcg).toBeCloseTo(1, 12); // b: (0.5 + 5)/6 ≈ 0.917 > 0.9
  });
});

describe('outcomeToGrade', () => {
  it('orders outcomes rejected < signed < agreement < started < completed', () => {
    expect(['rejected', 'declined', 'signed', 'agreement', 'started', 'completed'].map(outcomeToGrade)).toEqual([
      0, 0, 1, 2, 3, 4,
    ]);
    expect(['拒绝', '签约', '协议', '开工', '竣工'].map(outcomeToGrade)).toEqual([0, 1, 2, 3, 4]);
    expect(outcomeToGrade(' Completed ')).toBe(4);
    expect(outcomeToGrade('maybe')).toBeUndefined();
  });
});
