/**
 * The default weight of each bundled feature: the one place they are set (the feature factories and
 * `DEFAULTS.weights` take them from here). Relative: a pair's score is the weighted mean of the features that apply
 * to it, so only ratios matter.
 */
export const DEFAULT_WEIGHTS = Object.freeze({
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
  /** Chain-link and role fit (when the matcher has chain maps: `MatcherOptions.chains`). */
  chain: 0.075,
  /** Cosine of user embeddings (when both sides carry one). */
  embedding: 0.2,
});
