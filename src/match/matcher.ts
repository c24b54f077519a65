import { z } from 'zod';
import { firstSeen } from '../_lib/ids.js';
import { stripUndefined } from '../_lib/objects.js';
import { byString } from '../_lib/order.js';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { createAseanFeature } from '../features/asean.js';
import { createEmbeddingFeature } from '../features/embedding.js';
import { createIndustryCodeFeature } from '../features/industry-code.js';
import { createKeywordFeature } from '../features/keywords.js';
import { createRegionFeature } from '../features/region.js';
import { createScaleFeature } from '../features/scale.js';
import { createSegmentFeature } from '../features/segment.js';
import { createTextFeature } from '../features/text.js';
import type { Feature, PreparedEnterprise, PreparedItem, QueryTerm, ScoringContext } from '../features/types.js';
import { lookupProvince, sourceRegionsOf } from '../reference/regions.js';
import {
  SectorThemeSchema,
  WeightsSchema,
  type ChainGapItem,
  type ChainGapItemInput,
  type Enterprise,
  type EnterpriseInput,
  type SectorTheme,
  type Weights,
} from '../schema/domain.js';
import type { Issue, ValidationResult } from '../schema/issue.js';
import { FiltersSchema, RankOptionsSchema, type Filters, type Match, type RankOptions, type Reason } from '../schema/match.js';
import { validateEnterprise, validateItem } from '../schema/validate.js';
import { createNormalizedInferrer, IndustryInferenceOptionsSchema, type InferenceField, type InferredCode } from '../text/industry-codes.js';
import { normalizeMany, normalizeText } from '../text/normalize.js';
import { isEvidenceTerm, isGapTerm, showTerms } from '../text/evidence.js';
import { stripLegalForm } from '../text/stopwords.js';
import { createTokenizer, TokenizerOptionsSchema, type Tokenizer } from '../text/tokenize.js';
import { compareRanked, PerItemTopK, TopK, type Ranked } from '../rank/topk.js';
import { normalizeIndustryCode } from '../reference/industry.js';
import { themeResolver } from '../score/themes.js';
import { DEFAULTS } from './defaults.js';
import { emptyStats, type CorpusStats } from './stats.js';

/**
 * Version of the scoring model; saved with profiles and reports. 2: GB/T 4754 codes inferred from text by default.
 * 3: gap words, places and numbers out of item queries and keyword lists; candidates on evidence only.
 */
export const MODEL_VERSION = 3;

const FieldWeights = (keys: readonly string[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number().min(0).optional()])));

export const MatcherOptionsSchema = z.strictObject({
  /** Feature weights, overriding the features' defaults. */
  weights: WeightsSchema.optional(),
  /** Themes; a theme's `weights` override the matcher's for items of that theme. */
  themes: z.array(SectorThemeSchema).optional(),
  /** Hard filters. */
  filters: FiltersSchema.optional(),
  /** Tokenizer options, or a ready tokenizer. */
  tokenizer: z.union([TokenizerOptionsSchema, z.custom<Tokenizer>((v) => typeof (v as Tokenizer)?.tokenize === 'function')]).optional(),
  /** Replaces the bundled feature set. */
  features: z.array(z.custom<Feature>((v) => typeof (v as Feature)?.score === 'function' && typeof (v as Feature)?.name === 'string')).optional(),
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
});
export type MatcherOptions = z.input<typeof MatcherOptionsSchema>;

/** The full account of one pair: every feature value, weight and contribution. */
export interface PairExplanation {
  itemId: string;
  enterpriseId: string;
  score: number;
  /** Scores below the matcher's `weakScore` (弱匹配): shown, but rarely worth a call. */
  weak: boolean;
  /** Raw feature values in [0, 1]; `null` when the feature did not apply. */
  values: Record<string, number | null>;
  /**
   * Effective weights: each feature's share of the pair's weighted mean (configured weight / Σ configured weights
   * of the features in the mean; 0 for a feature left out), so value × weight = contribution, and they add up to 1.
   */
  weights: Record<string, number>;
  /** Weights as configured for this pair (the item's theme may override), before renormalizing. */
  configuredWeights: Record<string, number>;
  contributions: Record<string, number>;
  /** Words of the domain shared by the pair (no lone characters unless the item names one whole, no gap words), each once, the most specific first. */
  matchedTerms: string[];
  reason: Reason;
  /** Hard-filter reasons; non-empty means the pair is excluded. */
  excluded: string[];
  /** False when the pair shares no topical evidence (no word of the domain, no keyword of the item, no industry group 中类) and is never ranked. */
  candidate: boolean;
  /** GB/T 4754 codes of both sides (normalized), with the evidence for a side whose codes were inferred from its text. */
  codes: {
    item: readonly string[];
    enterprise: readonly string[];
    itemInferred?: readonly InferredCode[];
    enterpriseInferred?: readonly InferredCode[];
  };
}

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
  describe(): { version: number; tokenizer: string; features: string[]; weights: Record<string, number>; filters: Filters; k1: number; b: number };
}

/**
 * The term frequencies of a prepared enterprise, kept to prepare it again without tokenizing
 * (e.g. between the statistics pass and the scoring pass over a large file). Terms outside the items'
 * vocabulary may be left out: they never change a score.
 */
export interface EnterpriseTerms {
  /** Field-weighted term frequencies, in code-unit order of the terms. */
  readonly tf: ReadonlyMap<string, number>;
  /** Token count of all fields. */
  readonly length: number;
}

/** The bundled features with their default weights. */
export function defaultFeatures(): Feature[] {
  return [
    createTextFeature(),
    createKeywordFeature(),
    createIndustryCodeFeature(),
    createSegmentFeature(),
    createScaleFeature(),
    createRegionFeature(),
    createAseanFeature(),
    createEmbeddingFeature(),
  ];
}

const normalizeCodes = (codes: readonly string[] | undefined) =>
  [...new Set((codes ?? []).map(normalizeIndustryCode).filter((c): c is string => !!c))].sort(byString);

function countTerms(tokens: readonly string[], weight: number, into: Map<string, number>): void {
  for (const t of tokens) into.set(t, (into.get(t) ?? 0) + weight);
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
  if (!parsed.success) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `invalid matcher options: ${parsed.error.message}`, parsed.error.issues);
  const o = parsed.data;
  const features = o.features ?? defaultFeatures();
  const names = features.map((f) => f.name);
  if (new Set(names).size !== names.length) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `duplicate feature names: ${names.join(', ')}`);
  const checkWeights = (w: Weights | undefined, where: string) => {
    for (const k of Object.keys(w ?? {}))
      if (!names.includes(k)) throw new ChainmatchError(ErrorCodes.UNKNOWN_FEATURE, `unknown feature '${k}' in ${where}; known: ${names.join(', ')}`);
  };
  checkWeights(o.weights, 'weights');
  for (const t of o.themes ?? []) checkWeights(t.weights, `theme ${t.id}`);

  const tokenizer: Tokenizer =
    o.tokenizer && typeof (o.tokenizer as Tokenizer).tokenize === 'function' ? (o.tokenizer as Tokenizer) : createTokenizer(o.tokenizer as object | undefined);
  const baseWeights: Record<string, number> = Object.fromEntries(features.map((f) => [f.name, o.weights?.[f.name] ?? f.weight]));
  const filters: Filters = o.filters ?? {};
  const k1 = o.k1 ?? DEFAULTS.k1;
  const b = o.b ?? DEFAULTS.b;
  const weakScore = o.weakScore ?? DEFAULTS.weakScore;
  const ef = { ...DEFAULTS.enterpriseFields, ...stripUndefined(o.enterpriseFields) };
  const itf = { ...DEFAULTS.itemFields, ...stripUndefined(o.itemFields) };
  const themeOf = themeResolver(o.themes ?? []);
  // Gating features; those with an evidence test last: the gate of another is cheaper to check.
  const gating = features
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.gate !== undefined && f.itemKeys && f.enterpriseKeys)
    .sort((x, y) => Number(!!x.f.evidence) - Number(!!y.f.evidence) || x.i - y.i);
  const excludedProvinces = new Set((filters.excludeProvinces ?? []).map((p) => lookupProvince(p)?.short ?? normalizeText(p)));

  const infer = o.inferCodes === false ? undefined : createNormalizedInferrer(o.inferCodes === true ? {} : o.inferCodes);

  const tok = (s: string | undefined) => (s ? tokenizer.tokenize(normalizeText(s)) : []);
  const tokList = (xs: readonly string[] | undefined) => (xs ?? []).flatMap((x) => tok(x));

  const tokenizeMany = (texts: string[]) => (tokenizer.tokenizeMany ? tokenizer.tokenizeMany(texts) : texts.map((t) => tokenizer.tokenize(t)));

  function prepareEnterprise(e: Enterprise, terms?: EnterpriseTerms): PreparedEnterprise {
    // Every field normalized in one pass, for its tokens and for the joined text.
    const np = e.products?.length ?? 0;
    const nt = e.technologies?.length ?? 0;
    // 所属行业 as the file states it counts like a tag.
    const all = normalizeMany([e.name ?? '', e.description ?? '', ...(e.products ?? []), ...(e.technologies ?? []), ...(e.tags ?? []), ...(e.industry ? [e.industry] : [])]);
    const lower = all.map((s) => s.toLowerCase());
    const text = lower.filter(Boolean).join(' ');
    // The name without its legal form, for its tokens and for the inference.
    const bareName = stripLegalForm(all[0]!);
    const declared = normalizeCodes(e.industryCodes);
    const inferred = declared.length || !infer ? undefined : infer(enterpriseFields(bareName.toLowerCase(), lower, np, nt));
    const codes = inferred ? inferred.map((c) => c.code).sort(byString) : declared;
    const regions = sourceRegionsOf(e);
    if (terms) return { enterprise: e, tf: terms.tf, length: terms.length, text, codes, regions, inferredCodes: inferred };
    // One tokenizer call for all fields; field k's tokens count with its field weight.
    const tokens = tokenizeMany([normalizeText(bareName), ...all.slice(1)]);
    const weightOf = (k: number) => (k === 0 ? ef.name : k === 1 ? ef.description : k < 2 + np ? ef.products : k < 2 + np + nt ? ef.technologies : ef.tags);
    const counts = new Map<string, number>();
    let length = 0;
    tokens.forEach((list, k) => {
      length += list.length;
      const w = weightOf(k);
      if (w > 0) countTerms(list, w, counts);
    });
    // Terms in code-unit order: sums over them have one order whatever the tokenization order.
    const tf = new Map([...counts].sort((a, b) => byString(a[0], b[0])));
    return { enterprise: e, tf, length, text, codes, regions, inferredCodes: inferred };
  }

  /** Inference fields of an enterprise from its lower-cased normalized fields (name, description, products, technologies, tags and industry). */
  function enterpriseFields(name: string, lower: readonly string[], np: number, nt: number): InferenceField[] {
    return [
      { text: name },
      { text: lower[1]! },
      { text: lower.slice(2, 2 + np).join('、') },
      { text: lower.slice(2 + np, 2 + np + nt).join('、') },
      { text: lower.slice(2 + np + nt).join('、'), weight: 0.5 },
    ];
  }

  /** Inference fields of an item: the title counts twice; keywords, products, chain and 所属行业 name the link too. */
  function itemFields(item: ChainGapItem): InferenceField[] {
    const norm = (s: string | undefined) => (s ? normalizeText(s).toLowerCase() : '');
    const list = (xs: readonly string[] | undefined) => norm((xs ?? []).join('、'));
    return [
      { text: norm(item.title), weight: 2 },
      { text: list(item.keywords) },
      { text: list(item.products) },
      { text: norm(item.chain) },
      { text: norm(item.industry) },
      { text: norm(item.description) },
    ];
  }

  /** An item's keywords and products, normalized: the terms it names whole (a one-character product such as 糖 among them). */
  function wholeTerms(item: ChainGapItem): Set<string> {
    return new Set([...(item.keywords ?? []), ...(item.products ?? [])].map((p) => normalizeText(p).toLowerCase()).filter(Boolean));
  }

  // Statistics and the index both need an item's query terms: tokenize each item once.
  const queries = new WeakMap<ChainGapItem, Map<string, number>>();
  function itemQuery(item: ChainGapItem): Map<string, number> {
    let q = queries.get(item);
    if (!q) queries.set(item, (q = buildQuery(item)));
    return q;
  }

  function buildQuery(item: ChainGapItem): Map<string, number> {
    const q = new Map<string, number>();
    countTerms(tok(item.title), itf.title, q);
    countTerms(tokList(item.keywords), itf.keywords, q);
    countTerms(tokList(item.products), itf.products, q);
    countTerms(tok(item.chain), itf.chain, q);
    countTerms(tok(item.description), itf.description, q);
    // Gap words, places and numbers say nothing about what a firm makes (and leaving them out ranks as well).
    for (const t of q.keys()) if (isGapTerm(t)) q.delete(t);
    return q;
  }

  function exclusions(pe: PreparedEnterprise): string[] {
    const e = pe.enterprise;
    const out: string[] = [];
    if (filters.minRevenue !== undefined && e.revenue !== undefined && e.revenue < filters.minRevenue)
      out.push(`revenue ${e.revenue} < minRevenue ${filters.minRevenue} (营收低于门槛)`);
    if (filters.minEmployees !== undefined && e.employees !== undefined && e.employees < filters.minEmployees)
      out.push(`employees ${e.employees} < minEmployees ${filters.minEmployees} (员工人数低于门槛)`);
    if (excludedProvinces.size && e.province) {
      const p = lookupProvince(e.province)?.short ?? normalizeText(e.province);
      if (excludedProvinces.has(p)) out.push(`province ${e.province} is excluded (省份被排除)`);
    }
    if (filters.includeRegions?.length && pe.regions.length && !pe.regions.some((r) => filters.includeRegions!.includes(r)))
      out.push(`region ${pe.regions.join('/')} not in ${filters.includeRegions.join('/')} (来源地区不在范围内)`);
    if (filters.listedOnly && e.listed === false) out.push('not listed (非上市公司)');
    if (filters.excludePresentInHostProvince && e.presentInHostProvince) out.push('already present in the host province (已在当地布局)');
    return out;
  }

  // Batches of one stream share their items array: tokenize the items once.
  const vocabularies = new WeakMap<readonly ChainGapItem[], Set<string>>();

  function vocabulary(items: readonly ChainGapItem[]): Set<string> {
    let vocab = vocabularies.get(items);
    if (!vocab) vocabularies.set(items, (vocab = new Set(items.flatMap((it) => [...itemQuery(it).keys()]).sort(byString))));
    return vocab;
  }

  function collectStats(enterprises: Iterable<Enterprise | PreparedEnterprise>, items?: readonly ChainGapItem[]): CorpusStats {
    const vocab = items ? vocabulary(items) : undefined;
    const stats = emptyStats();
    for (const x of enterprises) {
      const pe = 'tf' in x ? x : prepareEnterprise(x);
      stats.docCount++;
      stats.totalLength += pe.length;
      for (const t of pe.tf.keys()) if (!vocab || vocab.has(t)) stats.df.set(t, (stats.df.get(t) ?? 0) + 1);
    }
    return stats;
  }

  function index(items: readonly ChainGapItem[], stats: CorpusStats): MatchIndex {
    const seen = firstSeen<true>();
    for (const it of items) if (seen(it.id, true)) throw new ChainmatchError(ErrorCodes.DUPLICATE_ID, `duplicate item id '${it.id}'`);
    // Items in id order: the index, and so every output, does not depend on input order.
    const sorted = [...items].sort((x, y) => byString(x.id, y.id));
    const N = stats.docCount;
    const idf = (t: string) => {
      if (N === 0) return 1;
      const df = stats.df.get(t) ?? 0;
      return Math.log(1 + (N - df + 0.5) / (df + 0.5));
    };
    const themes = sorted.map((item) => themeOf(item.theme));
    const prepared: PreparedItem[] = sorted.map((item, index) => {
      const q = itemQuery(item);
      const whole = wholeTerms(item);
      const terms: QueryTerm[] = [...q]
        .map(([term, w]) => ({ term, weight: w * idf(term), evidence: isEvidenceTerm(term, whole) }))
        .sort((x, y) => byString(x.term, y.term));
      let termMass = 0;
      for (const t of terms) termMass += t.weight;
      const phrases = [...whole].filter((p) => !isGapTerm(p)).sort(byString);
      const declared = normalizeCodes(item.industryCodes);
      const inferred = declared.length || !infer ? undefined : infer(itemFields(item));
      const codes = inferred ? inferred.map((c) => c.code).sort(byString) : declared;
      return { index, item, themeId: themes[index]?.id, terms, termMass, phrases, codes, inferredCodes: inferred };
    });
    const ctx: ScoringContext = { avgLength: N ? stats.totalLength / N : 1, k1, b, items: prepared };
    const nF = features.length;
    const weights = themes.map((theme) => Float64Array.from(features, (f) => theme?.weights?.[f.name] ?? baseWeights[f.name]!));
    const applies = prepared.map((pi) => features.map((f) => (f.applies ? f.applies(pi) : true)));
    // Features that score every item at once, heaviest first: each stage bounds a pair's score with the features
    // computed so far and every other applicable feature at 1, and drops the pairs that cannot be kept.
    const known = features
      .map((f, i) => ({ f, i, gate: gating.some((g) => g.i === i) ? f.gate! : Infinity }))
      .filter(({ f }) => typeof f.scoreAll === 'function')
      .sort((x, y) => baseWeights[y.f.name]! - baseWeights[x.f.name]! || x.i - y.i);
    // The weight of every applicable feature: before any stage, all of it is still to be computed.
    const totalMass = Float64Array.from(prepared, (_, ii) => features.reduce((sum, _f, fi) => sum + (applies[ii]![fi] ? weights[ii]![fi]! : 0), 0));
    const postingGates = gating.filter(({ f }) => typeof f.scoreAll !== 'function');
    const postings = postingGates.map(({ f }) => {
      const m = new Map<string, number[]>();
      for (const pi of prepared)
        for (const key of new Set(f.itemKeys!(pi))) {
          let list = m.get(key);
          if (!list) m.set(key, (list = []));
          list.push(pi.index);
        }
      return m;
    });
    const mark = new Int32Array(prepared.length).fill(-1);
    let epoch = 0;
    const values = new Float64Array(nF);

    /** Fills `values` (NaN = not applicable) and returns the score; `given[f]` holds feature f's `scoreAll` values, if computed. */
    function evaluate(ii: number, pe: PreparedEnterprise, given?: readonly (ArrayLike<number> | undefined)[]): number {
      const pi = prepared[ii]!;
      const w = weights[ii]!;
      const ap = applies[ii]!;
      let W = 0;
      for (let f = 0; f < nF; f++) {
        let v = NaN;
        if (ap[f]) {
          const feat = features[f]!;
          const all = given?.[f];
          const s = all ? (all[ii]! !== all[ii]! ? null : all[ii]!) : feat.score(pi, pe, ctx);
          v = s === null ? missingValue(feat) : clampValue(s);
        }
        values[f] = v;
        if (v === v) W += w[f]!;
      }
      if (W <= 0) return 0;
      let score = 0;
      for (let f = 0; f < nF; f++) if (values[f] === values[f]) score += (w[f]! * values[f]!) / W;
      return score;
    }

    /** Whether the pair just evaluated (`values`) has topical evidence: a gating feature at its gate, with evidence. */
    function isCandidate(ii: number, pe: PreparedEnterprise): boolean {
      for (const { f, i } of gating) if (values[i]! >= f.gate! && (!f.evidence || f.evidence(prepared[ii]!, pe, ctx))) return true;
      return false;
    }

    /** Marks (with the current epoch) the items sharing a key with the enterprise through a posting-list gate. */
    function markPosted(pe: PreparedEnterprise): void {
      epoch++;
      postingGates.forEach(({ f }, g) => {
        const post = postings[g]!;
        for (const key of f.enterpriseKeys!(pe)) for (const ii of post.get(key) ?? []) mark[ii] = epoch;
      });
    }

    const knownWeights = known.map(({ i }) => Float64Array.from(prepared, (_, ii) => (applies[ii]![i] ? weights[ii]![i]! : 0)));
    const knownApplies = known.map(({ i }) => Uint8Array.from(prepared, (_, ii) => (applies[ii]![i] ? 1 : 0)));
    const allItems = Int32Array.from(prepared, (_, ii) => ii);
    const alive = new Int32Array(prepared.length);
    const boundSum = new Float64Array(prepared.length);
    const boundMass = new Float64Array(prepared.length);
    const pending = new Float64Array(prepared.length);
    const reached = new Uint8Array(prepared.length);
    const given: (ArrayLike<number> | undefined)[] = features.map(() => undefined);
    /** Below this many pairs left, scoring them one by one beats another feature's pass over every item. */
    const FEW = 24;

    // The first stage visits every item: instead of computing each bound, it compares the feature's value with the
    // least value that keeps the item (from the item's threshold, recomputed when that changes).
    const firstWeights = knownWeights[0];
    const firstApplies = knownApplies[0];
    const needAt = new Float64Array(prepared.length);
    const needFor = new Float64Array(prepared.length).fill(NaN);

    /** The least clamped value with which an item's first-stage bound reaches threshold `t` (a little below: never too high). */
    function need(ii: number, t: number): number {
      const wi = firstApplies![ii] ? firstWeights![ii]! : 0;
      if (!(wi > 0)) return -Infinity;
      const p = totalMass[ii]! - wi;
      return ((t - 1e-9) * (wi + p) - p) / wi - 1e-9;
    }

    /**
     * The first stage: resets the bound state of the items whose value can still reach their threshold (all of
     * them without thresholds), then runs {@link boundStage} over those in place.
     */
    function firstStage(
      values: ArrayLike<number>,
      w: Float64Array,
      ap: Uint8Array,
      missing: number,
      gate: number,
      thresholds: ArrayLike<number> | undefined,
    ): number {
      const posted = postingGates.length > 0;
      let size = 0;
      for (let ii = 0; ii < prepared.length; ii++) {
        if (thresholds) {
          const t = thresholds[ii]!;
          if (t !== needFor[ii]) (needFor[ii] = t), (needAt[ii] = need(ii, t));
          const x = values[ii]!;
          if (x === x && clampValue(x) < needAt[ii]!) continue;
        }
        boundSum[ii] = 0;
        boundMass[ii] = 0;
        pending[ii] = totalMass[ii]!;
        reached[ii] = posted && mark[ii] === epoch ? 1 : 0;
        alive[size++] = ii;
      }
      return boundStage(alive, size, alive, values, w, ap, missing, gate, boundSum, boundMass, pending, reached, thresholds);
    }

    function scoreEnterprise(pe: PreparedEnterprise, thresholds?: ArrayLike<number>): { item: number; score: number }[] {
      const out: { item: number; score: number }[] = [];
      if (exclusions(pe).length) return out;
      markPosted(pe);
      given.fill(undefined);
      let list: Int32Array = allItems;
      let size = prepared.length;
      let stages = 0;
      for (let k = 0; k < known.length && size > 0 && !(thresholds && k > 0 && size < FEW); k++, stages++) {
        const { f, i, gate } = known[k]!;
        const values = f.scoreAll!(pe, ctx);
        given[i] = values;
        const w = knownWeights[k]!;
        const ap = knownApplies[k]!;
        const missing = missingValue(f);
        const kept =
          k === 0
            ? firstStage(values, w, ap, missing, gate, thresholds)
            : boundStage(list, size, alive, values, w, ap, missing, gate, boundSum, boundMass, pending, reached, thresholds);
        list = alive;
        size = kept;
      }
      // With every known feature computed, a pair reaching no gate is not a candidate: skip its evaluation.
      const complete = stages === known.length;
      for (let j = 0; j < size; j++) {
        const ii = list[j]!;
        if (complete && !(stages > 0 && reached[ii]) && mark[ii] !== epoch) continue;
        const score = evaluate(ii, pe, given);
        if (isCandidate(ii, pe)) out.push({ item: ii, score });
      }
      return out;
    }

    return {
      items: prepared,
      prepare: (e: Enterprise) => prepareEnterprise(e),
      exclusions,
      scoreEnterprise,
      explain(ii: number, pe: PreparedEnterprise): PairExplanation {
        const pi = prepared[ii]!;
        const score0 = evaluate(ii, pe);
        const candidate = isCandidate(ii, pe);
        const v = Array.from(values);
        const w = weights[ii]!;
        let W = 0;
        for (let f = 0; f < nF; f++) if (v[f] === v[f]) W += w[f]!;
        const vals: Record<string, number | null> = {};
        const wts: Record<string, number> = {};
        const configured: Record<string, number> = {};
        const contributions: Record<string, number> = {};
        let score = 0;
        features.forEach((feat, f) => {
          configured[feat.name] = w[f]!;
          vals[feat.name] = v[f] === v[f] ? v[f]! : null;
          wts[feat.name] = v[f] === v[f] && W > 0 ? w[f]! / W : 0;
          if (v[f] === v[f] && W > 0) {
            const c = (w[f]! * v[f]!) / W;
            contributions[feat.name] = c;
            score += c;
          }
        });
        if (score !== score0) throw new Error('chainmatch: internal score mismatch');
        // Evidence only (a custom feature's terms too), each once, the most specific first.
        const whole = new Set(pi.phrases);
        const own = features.map((feat) => (feat.matchedTerms && vals[feat.name] !== null ? feat.matchedTerms(pi, pe, ctx).filter((t) => isEvidenceTerm(t, whole)) : undefined));
        const shown = showTerms(own.flatMap((t) => t ?? [])).slice(0, 12);
        // Each phrase of the reason names only terms no earlier phrase names.
        const named = new Set<string>();
        const top = features
          .map((feat, f) => ({ feat, f, c: contributions[feat.name] ?? 0 }))
          .filter((x) => x.c > 0)
          .sort((x, y) => y.c - x.c || x.f - y.f)
          .slice(0, 3)
          .map(({ feat, f }) => {
            const mine = own[f] && new Set(own[f]);
            const terms = mine && shown.filter((t) => mine.has(t) && !named.has(t)).slice(0, 3);
            for (const t of terms ?? []) named.add(t);
            return feat.describe(pi, pe, v[f]!, ctx, terms);
          });
        const name = pe.enterprise.name;
        const title = pi.item.title;
        const reason: Reason = top.length
          ? { zh: `${name}与「${title}」匹配：${top.map((t) => t.zh).join('；')}。`, en: `${name} fits "${title}": ${top.map((t) => t.en).join('; ')}.` }
          : { zh: `${name}与「${title}」缺少匹配依据。`, en: `${name} shows no evidence for "${title}".` };
        return {
          itemId: pi.item.id,
          enterpriseId: pe.enterprise.id,
          score,
          weak: score < weakScore,
          values: vals,
          weights: wts,
          configuredWeights: configured,
          contributions,
          matchedTerms: shown,
          reason,
          excluded: exclusions(pe),
          candidate,
          codes: {
            item: pi.codes,
            enterprise: pe.codes,
            ...(pi.inferredCodes ? { itemInferred: pi.inferredCodes } : {}),
            ...(pe.inferredCodes ? { enterpriseInferred: pe.inferredCodes } : {}),
          },
        };
      },
    };
  }

  function rank(itemsInput: readonly ChainGapItemInput[], enterprisesInput: readonly EnterpriseInput[], rankOptions: RankOptions = {}): Match[] {
    const ro = RankOptionsSchema.safeParse(rankOptions);
    if (!ro.success) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `invalid rank options: ${ro.error.message}`);
    const top = ro.data.top ?? DEFAULTS.top;
    const by = ro.data.by ?? 'item';
    const minScore = ro.data.minScore ?? 0;
    const issues: Issue[] = [];
    const items = validList(itemsInput, 'items', validateItem, validItems, issues);
    const enterprises = validList(enterprisesInput, 'enterprises', validateEnterprise, validEnterprises, issues);
    if (issues.length) throw ChainmatchError.invalidInput(issues);
    const prepared = enterprises.map((e) => prepareEnterprise(e));
    const idx = index(items, collectStats(prepared, items));
    const collector = createCollector(idx, { top, by, minScore });
    for (const pe of prepared) collector.add(pe);
    return collector.matches();
  }

  const self: Matcher = {
    features,
    tokenizer,
    // Safe as a map callback: an array index is not terms.
    prepare: (e, terms) => prepareEnterprise(e, typeof terms === 'object' ? terms : undefined),
    vocabulary: (items) => [...vocabulary(items)],
    collectStats,
    index,
    rank,
    explain(itemInput, enterpriseInput, stats) {
      const issues: Issue[] = [];
      const item = valid(itemInput, ['item'], validateItem, validItems, issues);
      const enterprise = valid(enterpriseInput, ['enterprise'], validateEnterprise, validEnterprises, issues);
      if (!item || !enterprise) throw ChainmatchError.invalidInput(issues);
      const pe = prepareEnterprise(enterprise);
      const idx = index([item], stats ?? collectStats([pe], [item]));
      return idx.explain(0, pe);
    },
    withWeights(weights) {
      return createMatcher({ ...options, weights: { ...o.weights, ...weights } });
    },
    describe() {
      return { version: MODEL_VERSION, tokenizer: tokenizer.name, features: [...names], weights: { ...baseWeights }, filters: { ...filters }, k1, b };
    },
  };
  return Object.freeze(self);
}

/** A feature value as it enters the score: clamped to [0, 1], a non-finite value counts 0. */
function clampValue(s: number): number {
  return Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
}

/** The value a missing enterprise value stands for, `NaN` when the feature is then left out of the mean. */
function missingValue(f: Feature): number {
  return f.missing === 'skip' ? NaN : f.missing;
}

/**
 * One pruning stage: adds a feature's values (clamped as in the score, `NaN` = missing) to the bound of each listed
 * item and writes to `out` the items whose bound still reaches their threshold; returns how many. `out` may be
 * `list` itself: it is written behind the read.
 * Weights not computed yet (`pending`) count at value 1; the margin absorbs rounding against the exact sum.
 */
function boundStage(
  list: Int32Array,
  size: number,
  out: Int32Array,
  values: ArrayLike<number>,
  w: Float64Array,
  ap: Uint8Array,
  missing: number,
  gate: number,
  sum: Float64Array,
  mass: Float64Array,
  pending: Float64Array,
  reached: Uint8Array,
  thresholds: ArrayLike<number> | undefined,
): number {
  let kept = 0;
  for (let j = 0; j < size; j++) {
    const ii = list[j]!;
    if (ap[ii]) {
      const wi = w[ii]!;
      pending[ii]! -= wi;
      const s = values[ii]!;
      const v = s !== s ? missing : clampValue(s);
      if (v === v) {
        sum[ii]! += wi * v;
        mass[ii]! += wi;
        if (v >= gate) reached[ii] = 1;
      }
    }
    if (thresholds) {
      const p = pending[ii]!;
      const m = mass[ii]! + p;
      if ((m > 0 ? (sum[ii]! + p) / m : 0) + 1e-9 < thresholds[ii]!) continue;
    }
    out[kept++] = ii;
  }
  return kept;
}

// Parsed records by input object: records are immutable (see Matcher), so each is validated once.
const validItems = new WeakMap<object, ChainGapItem>();
const validEnterprises = new WeakMap<object, Enterprise>();

/** One record parsed by `validate` (or from `cache`), or `undefined` with its issues appended, their paths under `path`. */
function valid<T>(
  input: unknown,
  path: (string | number)[],
  validate: (input: unknown) => ValidationResult<T>,
  cache: WeakMap<object, T>,
  issues: Issue[],
): T | undefined {
  const known = typeof input === 'object' && input !== null ? cache.get(input) : undefined;
  if (known) return known;
  const r = validate(input);
  if (r.success) cache.set(input as object, r.data);
  else for (const i of r.issues) issues.push({ ...i, path: [...path, ...i.path] });
  return r.data;
}

/** The parsed records of an array argument; issues (invalid records, repeated ids, not an array) are appended. */
function validList<T extends { id: string }>(
  input: unknown,
  name: string,
  validate: (input: unknown) => ValidationResult<T>,
  cache: WeakMap<object, T>,
  issues: Issue[],
): T[] {
  if (!Array.isArray(input)) {
    const got = input === null || input === undefined ? String(input) : typeof input === 'object' ? 'an object' : `a ${typeof input}`;
    issues.push({ code: 'invalid_type', path: [name], message: `expected an array of ${name}, got ${got}` });
    return [];
  }
  const out: T[] = [];
  const seen = firstSeen<number>();
  // An index loop, not forEach: a hole is an issue too.
  for (let i = 0; i < input.length; i++) {
    const r = valid(input[i], [name, i], validate, cache, issues);
    if (!r) continue;
    const at = seen(r.id, i);
    if (at !== undefined) issues.push({ code: 'duplicate_id', path: [name, i, 'id'], message: `duplicate id '${r.id}' (first at ${name}[${at}])` });
    out.push(r);
  }
  return out;
}

/** Accumulates top-k matches from enterprises fed one at a time (streaming), then explains the kept ones. */
export interface MatchCollector {
  /**
   * Scores and keeps one prepared enterprise. With `again`, a kept pair holds that function instead of the
   * prepared enterprise and calls it for the explanation (less memory on long streams).
   */
  add(enterprise: PreparedEnterprise, again?: () => PreparedEnterprise): void;
  /** Keeps already-scored pairs of one enterprise (scored elsewhere, e.g. in a worker thread). */
  addScored(enterprise: Enterprise, scored: readonly { item: number; score: number }[]): void;
  /**
   * The kept matches, explained, by item id (or enterprise id) then rank. With `cut` (per item, the last entry of
   * a combined ranking over parts, see {@link MatchCollector.kept}), only entries ranked at or before it are
   * explained: what the merge of the parts' lists would keep.
   */
  matches(cut?: readonly (Ranked | undefined)[]): Match[];
  /** Per item (index order), the kept entries' scores and enterprise ids, best first: enough to merge the parts' rankings. */
  kept(): Ranked[][];
  /** Per item (index order), the score a new pair needs to be kept; empty when ranking per enterprise. */
  readonly thresholds: Float64Array;
  /**
   * Raises the per-item thresholds with those of collectors over other, disjoint enterprises (parallel parts of one
   * job): pairs that cannot be in the combined top k are then skipped, and not explained.
   */
  raise(floor: ArrayLike<number>): void;
}

/**
 * Keeps per item (or per enterprise) the best `top` pairs in heaps. Only kept enterprises stay in memory;
 * they are prepared again for the explanation, so a stream of any length needs memory for the heaps only.
 * @example
 * const collector = createCollector(index, { top: 50, by: 'item', minScore: 0 });
 * for (const e of enterprises) collector.add(index.prepare(e));
 * const matches = collector.matches();
 */
export function createCollector(idx: MatchIndex, o: { top: number; by: 'item' | 'enterprise'; minScore: number }): MatchCollector {
  type Entry = { score: number; id: string; item: number; e: Enterprise; pe?: PreparedEnterprise | (() => PreparedEnterprise) };
  const perItem = new PerItemTopK<Entry>(o.by === 'item' ? idx.items.length : 0, o.top, o.minScore);
  const perEnterprise: Entry[][] = [];
  const aboveThreshold = (heap: TopK<Entry>, i: number) => heap.sorted().filter((en) => en.score >= perItem.thresholds[i]!);
  const addScored = (e: Enterprise, scored: readonly { item: number; score: number }[], pe?: Entry['pe']) => {
    if (o.by === 'item') {
      for (const { item, score } of scored) perItem.offer(item, score, e.id, () => ({ score, id: e.id, item, e, ...(pe ? { pe } : {}) }));
    } else {
      const heap = new TopK<Entry>(o.top);
      for (const { item, score } of scored) if (score >= o.minScore) heap.push({ score, id: idx.items[item]!.item.id, item, e, ...(pe ? { pe } : {}) });
      if (heap.size) perEnterprise.push(heap.sorted());
    }
  };
  return {
    add: (pe, again) => addScored(pe.enterprise, idx.scoreEnterprise(pe, o.by === 'item' ? perItem.thresholds : undefined), again ?? pe),
    addScored: (e, scored) => addScored(e, scored),
    thresholds: perItem.thresholds,
    raise: (floor) => perItem.raise(floor),
    kept: () => (o.by === 'item' ? perItem.heaps.map((heap, i) => aboveThreshold(heap, i).map(({ score, id }) => ({ score, id }))) : []),
    matches(cut) {
      const out: Match[] = [];
      const prepared = new Map<Enterprise, PreparedEnterprise>();
      const emit = (entries: Entry[]) =>
        entries.forEach((en, r) => {
          let pe = typeof en.pe === 'object' ? en.pe : prepared.get(en.e);
          if (!pe) prepared.set(en.e, (pe = typeof en.pe === 'function' ? en.pe() : idx.prepare(en.e)));
          const x = idx.explain(en.item, pe);
          const theme = idx.items[en.item]!.themeId ?? idx.items[en.item]!.item.theme;
          out.push({
            itemId: x.itemId,
            enterpriseId: x.enterpriseId,
            rank: r + 1,
            score: x.score,
            contributions: x.contributions,
            matchedTerms: x.matchedTerms,
            reason: x.reason,
            ...(theme !== undefined ? { theme } : {}),
            ...(x.weak ? { weak: true as const } : {}),
          });
        });
      // Entries under a raised threshold are beaten k times elsewhere: not worth explaining (nor past the cut).
      if (o.by === 'item')
        perItem.heaps.forEach((heap, i) => {
          const last = cut?.[i];
          emit(aboveThreshold(heap, i).filter((en) => !cut || (last !== undefined && compareRanked(en, last) <= 0)));
        });
      else for (const entries of [...perEnterprise].sort((a, b) => byString(a[0]!.e.id, b[0]!.e.id))) emit(entries);
      return out;
    },
  };
}
export { compareRanked };
