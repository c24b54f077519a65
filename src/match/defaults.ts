import { DEFAULT_WEIGHTS } from '../features/weights.js';

/**
 * Every default of the matcher, in one frozen object. Weights are relative: a pair's score is the
 * weighted mean of the features that apply to it, so only ratios matter.
 */
export const DEFAULTS = Object.freeze({
  /** Feature weights (set in `DEFAULT_WEIGHTS` of features/weights.ts, with the bundled features). */
  weights: DEFAULT_WEIGHTS,
  /** BM25 term-frequency saturation, typically 1.2–2.0: higher lets repeated terms count longer. */
  k1: 1.2,
  /** BM25 length normalization in [0, 1]: 0 ignores document length, 1 normalizes fully. */
  b: 0.5,
  /** Enterprise field weights for term frequency. */
  enterpriseFields: Object.freeze({ name: 1, description: 1, products: 2, technologies: 1.5, tags: 0.5 }),
  /** Item field weights for query-term weight. */
  itemFields: Object.freeze({ title: 3, keywords: 2, products: 2, chain: 1, description: 1 }),
  /** Matches kept per item (or per enterprise). */
  top: 10,
  /** Matches scoring below this are marked weak (弱匹配): 99% of the bundled sample's pairs without topical evidence score below it (DESIGN.md). */
  weakScore: 0.33,
});
