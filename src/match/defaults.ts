/**
 * Every default of the matcher, in one frozen object. Weights are relative: a pair's score is the
 * weighted mean of the features that apply to it, so only ratios matter.
 */
export const DEFAULTS = Object.freeze({
  /** Feature weights. */
  weights: Object.freeze({
    /** BM25 text relevance, the main topical signal. */
    text: 0.45,
    /** Share of the item's keywords/products found in the enterprise's text. */
    keywords: 0.2,
    /** GB/T 4754 code similarity. */
    industryCode: 0.15,
    /** Source region fit for transfer into the host province. */
    region: 0.08,
    /** Investment scale fit. */
    scale: 0.07,
    /** Chain segment fit. */
    segment: 0.05,
    /** ASEAN orientation (ASEAN-facing items only). */
    asean: 0.05,
    /** Cosine of user embeddings (when both sides carry one). */
    embedding: 0.2,
  }),
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
