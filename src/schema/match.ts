import { z } from 'zod';
import { WeightsSchema } from './domain.js';

/**
 * Hard filters: a pair that fails one is excluded, with the reason recorded.
 * All are optional; an enterprise with the field missing passes a filter on it.
 */
export const FiltersSchema = z.strictObject({
  /** Minimum annual revenue (亿元). */
  minRevenue: z.number().min(0).optional(),
  /** Minimum employees. */
  minEmployees: z.number().int().min(0).optional(),
  /** Provinces whose enterprises are excluded (e.g. the host province itself: 广西). */
  excludeProvinces: z.array(z.string()).optional(),
  /** Only enterprises from these source regions. */
  includeRegions: z.array(z.string()).optional(),
  /** Only listed companies. */
  listedOnly: z.boolean().optional(),
  /** Exclude enterprises already present in the host province. */
  excludePresentInHostProvince: z.boolean().optional(),
});
export type Filters = z.infer<typeof FiltersSchema>;

/** Options of a ranking call. */
export const RankOptionsSchema = z.strictObject({
  /** How many matches to keep per item (or per enterprise with `by: 'enterprise'`). Default 10. */
  top: z.number().int().min(1).max(100_000).optional(),
  /** Rank enterprises per item (default) or items per enterprise. */
  by: z.enum(['item', 'enterprise']).optional(),
  /** Drop matches scoring below this. Default 0 (keep every pair with topical evidence). */
  minScore: z.number().min(0).max(1).optional(),
});
export type RankOptions = z.infer<typeof RankOptionsSchema>;

/** A bilingual sentence (推荐理由). */
export interface Reason {
  zh: string;
  en: string;
}

/**
 * One ranked, explained match of an enterprise to a chain-gap item.
 * `contributions` maps feature name → weighted contribution; they add up to `score`
 * (summed in feature order, exactly). Features that did not apply are absent.
 */
export interface Match {
  itemId: string;
  enterpriseId: string;
  /** 1-based rank within its item (or enterprise, when ranked by enterprise). */
  rank: number;
  score: number;
  contributions: Record<string, number>;
  /** Words of the domain shared by the pair, each once, the most specific first. */
  matchedTerms: string[];
  reason: Reason;
  /** Theme id of the item, when known. */
  theme?: string;
  /** Set when the score is below the matcher's `weakScore` (弱匹配): listed, but rarely worth a call. */
  weak?: true;
}

export { WeightsSchema };
