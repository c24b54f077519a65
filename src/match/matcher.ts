import { z } from 'zod';
import { firstSeen } from '../_lib/ids.js';
import { stripUndefined } from '../_lib/objects.js';
import { byString } from '../_lib/order.js';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { createAseanFeature } from '../features/asean.js';
import { createChainFeature } from '../features/chain.js';
import { createEmbeddingFeature } from '../features/embedding.js';
import { createIndustryCodeFeature } from '../features/industry-code.js';
import { createKeywordFeature } from '../features/keywords.js';
import { createRegionFeature } from '../features/region.js';
import { createScaleFeature } from '../features/scale.js';
import { createSegmentFeature } from '../features/segment.js';
import { createTextFeature } from '../features/text.js';
import type { Feature, PreparedEnterprise, ScoringContext } from '../features/types.js';
import {
  SectorThemeSchema,
  WeightsSchema,
  type ChainGapItem,
  type Enterprise,
  type Weights,
} from '../schema/domain.js';
import { ChainMapSchema, type ChainMap } from '../schema/chain.js';
import type { Issue } from '../schema/issue.js';
import { FiltersSchema, RankOptionsSchema, type Filters } from '../schema/match.js';
import {
  applicableMass,
  boundedPairValues,
  evaluationOrder,
  gatesOf,
  isCandidate,
  pairFactor,
  pairValues,
  weightedMean,
} from '../score/combine.js';
import { explainPair } from '../score/explain.js';
import { exclusions, hardFilters } from '../score/filters.js';
import { createPreparation } from '../score/prepare.js';
import { createPruner } from '../score/prune.js';
import { themeResolver } from '../score/themes.js';
import { createNormalizedInferrer, IndustryInferenceOptionsSchema } from '../text/industry-codes.js';
import { createTokenizer, TokenizerOptionsSchema, type Tokenizer } from '../text/tokenize.js';
import { createCollector } from './collector.js';
import { DEFAULTS } from './defaults.js';
import { enterpriseRecords, itemRecords } from './inputs.js';
import { emptyStats, idfOf, type CorpusStats } from './stats.js';
import type { EnterpriseDigester, Matcher, MatchIndex } from './types.js';

export type { PairExplanation } from '../score/explain.js';
export type { EnterpriseTerms } from '../score/prepare.js';
export type { EnterpriseDigester, Matcher, MatchIndex } from './types.js';

/**
 * Version of the scoring model; saved with profiles and reports. 2: GB/T 4754 codes inferred from text by default.
 * 3: gap words, places and numbers out of item queries and keyword lists; candidates on evidence only.
 */
export const MODEL_VERSION = 3;

const FieldWeights = (keys: readonly string[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number().min(0).optional()])));

export const MatcherOptionsSchema = z.strictObject({
  /** Feature weights, overriding the features' defaults. */
  weights: WeightsSchema.optional(),
  /** Themes; a theme's `weights` override the matcher's for items of that theme. */
  themes: z.array(SectorThemeSchema).optional(),
  /** Hard filters. */
  filters: FiltersSchema.optional(),
  /** Tokenizer options, or a ready tokenizer. */
  tokenizer: z
    .union([TokenizerOptionsSchema, z.custom<Tokenizer>((v) => typeof (v as Tokenizer)?.tokenize === 'function')])
    .optional(),
  /** Replaces the bundled feature set. */
  features: z
    .array(
      z.custom<Feature>((v) => typeof (v as Feature)?.score === 'function' && typeof (v as Feature)?.name === 'string'),
    )
    .optional(),
  /** BM25 parameters. */
  k1: z.number().min(0).max(10).optional(),
  b: z.number().min(0).max(1).optional(),
  enterpriseFields: FieldWeights(Object.keys(DEFAULTS.enterpriseFields)).optional(),
  itemFields: FieldWeights(Object.keys(DEFAULTS.itemFields)).optional(),
  /**
   * Infer GB/T 4754 codes from the text of items and enterprises that declare none (default `true`), so the
   * industry-code feature applies to sparse lists too; an object tunes the inference or adds terms per code.
   * Declared codes are never replaced.
   */
  inferCodes: z.union([z.boolean(), IndustryInferenceOptionsSchema]).optional(),
  /** Matches scoring below this are marked weak (弱匹配). Default {@link DEFAULTS}.weakScore. */
  weakScore: z.number().min(0).max(1).optional(),
  /**
   * Chain maps (`loadChainMaps()` from `chainmatch/node` gives the bundled ones): adds the chain-link feature
   * (`createChainFeature`) to the bundled features. Ignored when `features` replaces them.
   */
  chains: z.array(ChainMapSchema).optional(),
});
export type MatcherOptions = z.input<typeof MatcherOptionsSchema>;

/** The bundled features with their default weights; with chain maps, the chain-link feature too. */
export function defaultFeatures(chains?: readonly ChainMap[]): Feature[] {
  const features = [
    createTextFeature(),
    createKeywordFeature(),
    createIndustryCodeFeature(),
    createSegmentFeature(),
    createScaleFeature(),
    createRegionFeature(),
    createAseanFeature(),
    createEmbeddingFeature(),
  ];
  if (chains?.length) features.push(createChainFeature(chains));
  return features;
}

/**
 * Creates a matcher. Options are validated; unknown keys and unknown feature names throw
 * `ChainmatchError` with code `INVALID_OPTION` / `UNKNOWN_FEATURE`.
 * @example
 * const matcher = createMatcher({ filters: { excludeProvinces: ['广西'] } });
 * const matches = matcher.rank(items, enterprises, { top: 5 });
 */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const parsed = MatcherOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `invalid matcher options: ${parsed.error.message}`,
      parsed.error.issues,
    );
  const o = parsed.data;
  const features = o.features ?? defaultFeatures(o.chains);
  const names = features.map((f) => f.name);
  if (new Set(names).size !== names.length)
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `duplicate feature names: ${names.join(', ')}`);
  const checkWeights = (w: Weights | undefined, where: string) => {
    for (const k of Object.keys(w ?? {}))
      if (!names.includes(k))
        throw new ChainmatchError(
          ErrorCodes.UNKNOWN_FEATURE,
          `unknown feature '${k}' in ${where}; known: ${names.join(', ')}`,
        );
  };
  checkWeights(o.weights, 'weights');
  for (const t of o.themes ?? []) checkWeights(t.weights, `theme ${t.id}`);

  const tokenizer: Tokenizer =
    o.tokenizer && typeof (o.tokenizer as Tokenizer).tokenize === 'function'
      ? (o.tokenizer as Tokenizer)
      : createTokenizer(o.tokenizer as object | undefined);
  const baseWeights: Record<string, number> = Object.fromEntries(
    features.map((f) => [f.name, o.weights?.[f.name] ?? f.weight]),
  );
  const filters: Filters = o.filters ?? {};
  const k1 = o.k1 ?? DEFAULTS.k1;
  const b = o.b ?? DEFAULTS.b;
  const weakScore = o.weakScore ?? DEFAULTS.weakScore;
  const themeOf = themeResolver(o.themes ?? []);
  const gates = gatesOf(features);
  const excluding = hardFilters(filters);
  const prep = createPreparation({
    tokenizer,
    infer: o.inferCodes === false ? undefined : createNormalizedInferrer(o.inferCodes === true ? {} : o.inferCodes),
    enterpriseFields: { ...DEFAULTS.enterpriseFields, ...stripUndefined(o.enterpriseFields) },
    itemFields: { ...DEFAULTS.itemFields, ...stripUndefined(o.itemFields) },
  });

  function collectStats(
    enterprises: Iterable<Enterprise | PreparedEnterprise>,
    items?: readonly ChainGapItem[],
  ): CorpusStats {
    const vocab = items ? prep.vocabulary(items) : undefined;
    const stats = emptyStats();
    for (const x of enterprises) {
      const pe = 'tf' in x ? x : prep.enterprise(x);
      stats.docCount++;
      stats.totalLength += pe.length;
      for (const t of pe.tf.keys()) if (!vocab || vocab.has(t)) stats.df.set(t, (stats.df.get(t) ?? 0) + 1);
    }
    return stats;
  }

  function index(items: readonly ChainGapItem[], stats: CorpusStats): MatchIndex {
    const seen = firstSeen<true>();
    for (const it of items)
      if (seen(it.id, true)) throw new ChainmatchError(ErrorCodes.DUPLICATE_ID, `duplicate item id '${it.id}'`);
    // Items in id order: the index, and so every output, does not depend on input order.
    const sorted = [...items].sort((x, y) => byString(x.id, y.id));
    const themes = sorted.map((item) => themeOf(item.theme));
    const idf = idfOf(stats);
    const prepared = sorted.map((item, i) => prep.item(item, i, idf, themes[i]?.id));
    const ctx: ScoringContext = {
      avgLength: stats.docCount ? stats.totalLength / stats.docCount : 1,
      k1,
      b,
      items: prepared,
    };
    const weights = themes.map((theme) =>
      Float64Array.from(features, (f) => theme?.weights?.[f.name] ?? baseWeights[f.name]!),
    );
    const applies = prepared.map((pi) => features.map((f) => (f.applies ? f.applies(pi) : true)));
    const pruner = createPruner({ features, ctx, weights, applies, order: baseWeights, gates });
    const mass = applicableMass(weights, applies);
    const order = evaluationOrder(features, baseWeights);
    // Scratch of `scoreEnterprise` (one call at a time): the features' `scoreAll` values, the values of a pair.
    const given: (ArrayLike<number> | undefined)[] = features.map(() => undefined);
    const v = new Float64Array(features.length);
    return {
      items: prepared,
      prepare: (e) => prep.enterprise(e),
      exclusions: (pe) => exclusions(excluding, pe),
      // With thresholds, a pair is dropped as soon as its bound falls below its item's threshold (the features left to
      // compute counted at 1: see `boundedPairValues`), and when it scores below it.
      scoreEnterprise(pe, thresholds) {
        const out: { item: number; score: number }[] = [];
        if (pe.digest ? pe.digest.excluded : exclusions(excluding, pe).length) return out;
        given.fill(undefined);
        for (const ii of pruner.survivors(pe, given, thresholds)) {
          const item = prepared[ii]!;
          if (!thresholds) {
            pairValues(features, applies[ii]!, item, pe, ctx, v, given);
            if (!isCandidate(v, gates, item, pe, ctx)) continue;
          } else if (
            !boundedPairValues(
              features,
              applies[ii]!,
              weights[ii]!,
              mass[ii]!,
              item,
              pe,
              ctx,
              v,
              given,
              order,
              gates,
              thresholds[ii]!,
            )
          )
            continue;
          const score = weightedMean(v, weights[ii]!, pairFactor(features, applies[ii]!, item, pe, ctx));
          if (!thresholds || score >= thresholds[ii]!) out.push({ item: ii, score });
        }
        return out;
      },
      explain(ii, pe) {
        const v = pairValues(features, applies[ii]!, prepared[ii]!, pe, ctx, new Float64Array(features.length));
        const candidate = isCandidate(v, gates, prepared[ii]!, pe, ctx);
        return explainPair({
          features,
          item: prepared[ii]!,
          enterprise: pe,
          ctx,
          values: v,
          weights: weights[ii]!,
          factor: pairFactor(features, applies[ii]!, prepared[ii]!, pe, ctx),
          candidate,
          excluded: exclusions(excluding, pe),
          weakScore,
        });
      },
    };
  }

  function digester(items: readonly ChainGapItem[]): EnterpriseDigester | undefined {
    // The items as the index will prepare them, but for their term weights (no feature's digest reads those).
    const prepared = [...items]
      .sort((x, y) => byString(x.id, y.id))
      .map((item, i) => prep.item(item, i, () => 0, undefined));
    const makers = features.map((f) => (f.digester ? f.digester(prepared) : undefined));
    if (makers.includes(undefined)) return undefined;
    const kept = features.flatMap((f, k) => (makers[k] ? [{ name: f.name, of: makers[k] }] : []));
    return {
      lists: 1 + kept.length,
      keep: (pe) => [exclusions(excluding, pe).length ? [1] : [], ...kept.map((d) => d.of(pe))],
      digest: ([excluded, ...values]) => ({
        excluded: excluded!.length > 0,
        features: Object.fromEntries(kept.map((d, k) => [d.name, values[k]!])),
      }),
    };
  }

  const self: Matcher = {
    features,
    tokenizer,
    // Safe as a map callback: an array index is not terms.
    prepare: (e, terms) => prep.enterprise(e, typeof terms === 'object' ? terms : undefined),
    vocabulary: (items) => [...prep.vocabulary(items)],
    digester,
    collectStats,
    index,
    rank(itemsInput, enterprisesInput, rankOptions = {}) {
      const ro = RankOptionsSchema.safeParse(rankOptions);
      if (!ro.success)
        throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `invalid rank options: ${ro.error.message}`);
      const issues: Issue[] = [];
      const items = itemRecords.list(itemsInput, 'items', issues);
      const enterprises = enterpriseRecords.list(enterprisesInput, 'enterprises', issues);
      if (issues.length) throw ChainmatchError.invalidInput(issues);
      const prepared = enterprises.map((e) => prep.enterprise(e));
      const idx = index(items, collectStats(prepared, items));
      const collector = createCollector(idx, {
        top: ro.data.top ?? DEFAULTS.top,
        by: ro.data.by ?? 'item',
        minScore: ro.data.minScore ?? 0,
      });
      for (const pe of prepared) collector.add(pe);
      return collector.matches();
    },
    explain(itemInput, enterpriseInput, stats) {
      const issues: Issue[] = [];
      const item = itemRecords.one(itemInput, ['item'], issues);
      const enterprise = enterpriseRecords.one(enterpriseInput, ['enterprise'], issues);
      if (!item || !enterprise) throw ChainmatchError.invalidInput(issues);
      const pe = prep.enterprise(enterprise);
      return index([item], stats ?? collectStats([pe], [item])).explain(0, pe);
    },
    withWeights(weights) {
      return createMatcher({ ...options, weights: { ...o.weights, ...weights } });
    },
    describe() {
      return {
        version: MODEL_VERSION,
        tokenizer: tokenizer.name,
        features: [...names],
        weights: { ...baseWeights },
        filters: { ...filters },
        k1,
        b,
      };
    },
  };
  return Object.freeze(self);
}
