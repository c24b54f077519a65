import type { EnterpriseDigest, Feature, PreparedEnterprise, PreparedItem } from '../features/types.js';
import type { ChainGapItem, ChainGapItemInput, Enterprise, EnterpriseInput, Weights } from '../schema/domain.js';
import type { Filters, Match, RankOptions } from '../schema/match.js';
import type { PairExplanation } from '../score/explain.js';
import type { EnterpriseTerms } from '../score/prepare.js';
import type { Tokenizer } from '../text/tokenize.js';
import type { CorpusStats } from './stats.js';

/** Items prepared against fixed corpus statistics, ready to score enterprises one at a time. */
export interface MatchIndex {
  readonly items: readonly PreparedItem[];
  /** Tokenizes and normalizes one enterprise. */
  prepare(enterprise: Enterprise): PreparedEnterprise;
  /** Filter reasons that exclude the enterprise (empty when it passes). */
  exclusions(enterprise: PreparedEnterprise): string[];
  /**
   * Every candidate pair of this enterprise with its score, items in index order.
   * With `thresholds` (index-aligned minimum scores, e.g. the worst score kept by each item's top-k list),
   * pairs whose score bound is below their item's threshold are skipped unscored; a pair scoring at or above
   * its threshold is always returned.
   */
  scoreEnterprise(enterprise: PreparedEnterprise, thresholds?: ArrayLike<number>): { item: number; score: number }[];
  /** Explanation of one pair (by item index). */
  explain(item: number, enterprise: PreparedEnterprise): PairExplanation;
}

/**
 * @internal What a pass keeps of each prepared enterprise so that a later pass scores it without its text or record
 * (see `Feature.digester`), as lists of numbers.
 */
export interface EnterpriseDigester {
  /** How many lists {@link EnterpriseDigester.keep} gives. */
  readonly lists: number;
  /** Whether the hard filters exclude the enterprise (`[1]`, else `[]`), then the digest of each feature that has one. */
  keep(enterprise: PreparedEnterprise): number[][];
  /** The digest of an enterprise from what {@link EnterpriseDigester.keep} gave. */
  digest(kept: readonly (readonly number[])[]): EnterpriseDigest;
}

/**
 * A configured matcher. Immutable; {@link Matcher.withWeights} returns a new one. Items and enterprises are
 * treated as immutable too: their query terms and vocabularies are cached per object.
 */
export interface Matcher {
  readonly features: readonly Feature[];
  readonly tokenizer: Tokenizer;
  /**
   * Normalizes and tokenizes one enterprise (independent of statistics; reusable across indexes).
   * With `terms` from an earlier preparation (see {@link Matcher.vocabulary}), tokenization is skipped.
   */
  prepare(enterprise: Enterprise, terms?: EnterpriseTerms): PreparedEnterprise;
  /** The terms of the items' queries, sorted: the only enterprise terms that can affect their scores. */
  vocabulary(items: readonly ChainGapItem[]): readonly string[];
  /** Statistics of an enterprise collection (restricted to `items`' vocabulary when given). */
  collectStats(enterprises: Iterable<Enterprise | PreparedEnterprise>, items?: readonly ChainGapItem[]): CorpusStats;
  /**
   * @internal Keeps what scoring against `items` reads of enterprises, for a pass that holds neither their text nor their
   * records; undefined when some feature cannot (see `Feature.digester`).
   */
  digester?(items: readonly ChainGapItem[]): EnterpriseDigester | undefined;
  /** Prepares items for scoring with fixed statistics. */
  index(items: readonly ChainGapItem[], stats: CorpusStats): MatchIndex;
  /**
   * Scores every enterprise against every item and keeps the top matches per item
   * (or per enterprise with `by: 'enterprise'`). Output order: by item id (or enterprise id), then rank.
   *
   * Records are input as for {@link validateItem} / {@link validateEnterprise} (Chinese enum names such as
   * `gapType: '补链'`, numeric strings, 是/否) and validated with the schemas, once per object. Anything else —
   * a record failing its schema, an id repeated after normalization (`' E1'`, `'E1'`), a non-array — throws
   * one `ChainmatchError` with code `INVALID_INPUT` whose `issues` list every problem as `{ code, path, message }`,
   * the path from the argument (`['enterprises', 0, 'name']`, code `duplicate_id` at `['items', 3, 'id']`).
   * Invalid `options` throw `INVALID_OPTION`.
   */
  rank(items: readonly ChainGapItemInput[], enterprises: readonly EnterpriseInput[], options?: RankOptions): Match[];
  /**
   * Full explanation of one pair; statistics default to the single enterprise. Both records are validated as in
   * {@link Matcher.rank}; issues have paths under `item` and `enterprise`.
   */
  explain(item: ChainGapItemInput, enterprise: EnterpriseInput, stats?: CorpusStats): PairExplanation;
  withWeights(weights: Weights): Matcher;
  /** JSON description of the configuration, saved with profiles and outputs. */
  describe(): {
    version: number;
    tokenizer: string;
    features: string[];
    weights: Record<string, number>;
    filters: Filters;
    k1: number;
    b: number;
  };
}
