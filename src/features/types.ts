import type { ChainGapItem, Enterprise, SourceRegion } from '../schema/domain.js';
import type { Reason } from '../schema/match.js';
import type { HeadedShare, ItemHeads } from '../text/heads.js';
import type { InferredCode } from '../text/industry-codes.js';

/** @internal A query term of an item with its weight (field weight × IDF). */
export interface QueryTerm {
  term: string;
  weight: number;
  /** A word of the domain that may show as a matched term and make the pair a candidate (see `isEvidenceTerm`). */
  evidence: boolean;
}

/**
 * An item after normalization and tokenization, shared by every feature.
 * Built once per item by the matcher.
 */
export interface PreparedItem {
  readonly index: number;
  readonly item: ChainGapItem;
  /** Resolved theme id (from the item's theme id or name), if any. */
  readonly themeId: string | undefined;
  /** Query terms, sorted by term (gap words, places and numbers left out). */
  readonly terms: readonly QueryTerm[];
  /** Σ term weights: the text score's upper bound. */
  readonly termMass: number;
  /** Normalized, lower-cased keyword and product phrases (gap words, places and numbers left out). */
  readonly phrases: readonly string[];
  /** GB/T 4754 codes, normalized to `C3841` form: the declared ones, or else those inferred from the text. */
  readonly codes: readonly string[];
  /** Set when `codes` were inferred (the item declares none), with the evidence. */
  readonly inferredCodes?: readonly InferredCode[];
  /** The compound heads (equipment, trade) the item names itself: a firm's words before them count fully. */
  readonly heads?: ItemHeads;
}

/** An enterprise after normalization and tokenization, shared by every feature. */
export interface PreparedEnterprise {
  readonly enterprise: Enterprise;
  /** Field-weighted term frequencies, in code-unit order of the terms. */
  readonly tf: ReadonlyMap<string, number>;
  /** Token count (unweighted). */
  readonly length: number;
  /** Normalized, lower-cased text of every field, for phrase containment. */
  readonly text: string;
  /**
   * Each field normalized and lower-cased, in the order name, description, products, technologies, tags, industry
   * (when given); set by preparation.
   */
  readonly fields?: readonly string[];
  /** GB/T 4754 codes, normalized: the declared ones, or else those inferred from the text. */
  readonly codes: readonly string[];
  /** Set when `codes` were inferred (the enterprise declares none), with the evidence. */
  readonly inferredCodes?: readonly InferredCode[];
  readonly regions: readonly SourceRegion[];
  /**
   * Words of `tf` that stand before an equipment or trade head in the text (人造板 in 人造板机械), with the share of
   * their occurrences that do; set by preparation.
   */
  readonly headed?: ReadonlyMap<string, HeadedShare>;
  /**
   * @internal Set on an enterprise prepared again from what an earlier pass kept of it (see {@link Feature.digester}):
   * it then has no `text` (empty) nor `fields`, and its record holds its id only.
   */
  readonly digest?: EnterpriseDigest;
}

/** @internal What a scoring pass without an enterprise's text and record reads instead (see {@link Feature.digester}). */
export interface EnterpriseDigest {
  /** Whether the matcher's hard filters exclude the enterprise. */
  readonly excluded: boolean;
  /** Each feature's digest of the enterprise, by feature name (features with a `null` digester have none). */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

/** Corpus-wide values the features may use, fixed before scoring starts. */
export interface ScoringContext {
  /** Average enterprise token count (BM25 length normalization). */
  readonly avgLength: number;
  /** BM25 saturation `k1` and length normalization `b`. */
  readonly k1: number;
  readonly b: number;
  /** Every item of the index, so a feature can score one enterprise against all items at once. */
  readonly items: readonly PreparedItem[];
}

/**
 * A pluggable feature: a similarity in [0, 1] between an item and an enterprise.
 * The score of a pair is the weighted mean of the features that apply; each feature
 * says when it applies and what a missing enterprise value means.
 */
export interface Feature {
  /** Stable identifier; the key of weights and contributions. */
  readonly name: string;
  /** Default weight (≥ 0). */
  readonly weight: number;
  /** Human label. */
  readonly label: Reason;
  /**
   * What a missing enterprise value means: `'skip'` drops the feature from the pair's weighted mean,
   * a number in [0, 1] is used as the value.
   */
  readonly missing: 'skip' | number;
  /**
   * Topical evidence: a pair is considered only when some gating feature reaches its gate.
   * Candidate generation must find every such pair (see {@link Feature.itemKeys}).
   */
  readonly gate?: number;
  /**
   * For gating features whose value may count more than evidence (text: lone characters add to it but are not
   * evidence): whether the pair, having reached the gate, has evidence. Default: it has. Any pair with evidence
   * must share a key (see {@link Feature.itemKeys}).
   */
  evidence?(item: PreparedItem, enterprise: PreparedEnterprise, ctx: ScoringContext): boolean;
  /**
   * Whether the reason names this feature whenever it is in the pair's mean, even outside the three largest
   * contributions (the chain feature: where the firm sits on the chain, or why its role does not fit). Its phrase
   * comes last; an empty phrase is left out.
   */
  readonly explainAlways?: boolean;
  /**
   * A demotion: a number in (0, 1] that multiplies the pair's whole score (the chain feature's role fit: a trader
   * for a production item). Called only where the feature applies; 1 leaves the score as it is. Pruning stays exact:
   * the weighted mean bounds the demoted score from above.
   */
  factor?(item: PreparedItem, enterprise: PreparedEnterprise, ctx: ScoringContext): number;
  /** Whether the feature applies to this item at all (e.g. ASEAN fit only for ASEAN-oriented items). Default: always. */
  applies?(item: PreparedItem): boolean;
  /** The value in [0, 1], or `null` when the enterprise lacks the data (then `missing` decides). */
  score(item: PreparedItem, enterprise: PreparedEnterprise, ctx: ScoringContext): number | null;
  /**
   * Optional fast path: `score` against every item of `ctx.items` at once, index-aligned, `NaN` where `score`
   * would return `null`. Must equal `score` exactly. The matcher uses it to bound a pair's score cheaply and
   * skip pairs that cannot enter a top-k list; the returned array may be reused by the next call. With `only` (item
   * indexes), just the values at those indexes are read: the others may be left as they are.
   */
  scoreAll?(enterprise: PreparedEnterprise, ctx: ScoringContext, only?: ArrayLike<number>): ArrayLike<number>;
  /**
   * For gating features: keys under which an item is indexed and an enterprise looked up, such that any pair that
   * reaches the gate and passes {@link Feature.evidence} shares a key. The matcher evaluates only pairs sharing a key
   * of some gating feature, so the fewer pairs share one, the less it evaluates; `ctx` is the index's.
   */
  itemKeys?(item: PreparedItem): Iterable<string>;
  enterpriseKeys?(enterprise: PreparedEnterprise, ctx: ScoringContext): Iterable<string>;
  /**
   * @internal For a scoring pass that holds neither an enterprise's text nor its record (the second pass over a large
   * file): given the items of the index to come, a function that keeps as a few numbers all that `score`, `scoreAll`,
   * `factor` and `enterpriseKeys` read of an enterprise besides its `tf`, `length`, `headed`, `codes`, `regions` and
   * id. The pass hands them back in {@link PreparedEnterprise.digest} and the feature scores from them the same
   * values. `null`: the feature reads nothing else; `undefined` (or no `digester`): it cannot for these items, and the
   * pass reads the enterprises again.
   */
  digester?(items: readonly PreparedItem[]): ((enterprise: PreparedEnterprise) => number[]) | null | undefined;
  /** Terms this feature matched, for the explanation: words of the domain, the most specific first. */
  matchedTerms?(item: PreparedItem, enterprise: PreparedEnterprise, ctx: ScoringContext): string[];
  /**
   * A short phrase for the reason sentence, in Chinese and English. `terms`, when given, are the matched terms this
   * phrase may name: the feature's own as shown for the pair, less those an earlier phrase of the reason names.
   */
  describe(
    item: PreparedItem,
    enterprise: PreparedEnterprise,
    value: number,
    ctx: ScoringContext,
    terms?: readonly string[],
  ): Reason;
}
