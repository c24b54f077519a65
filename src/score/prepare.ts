import { byString } from '../_lib/order.js';
import type { PreparedEnterprise, PreparedItem, QueryTerm } from '../features/types.js';
import { normalizeIndustryCode } from '../reference/industry.js';
import { sourceRegionsOf } from '../reference/regions.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';
import { isEvidenceTerm, isGapTerm } from '../text/evidence.js';
import type { InferenceField, InferredCode } from '../text/industry-codes.js';
import { splitApplications } from '../text/clauses.js';
import { headedTerms, itemHeads } from '../text/heads.js';
import { normalizeMany, normalizeText } from '../text/normalize.js';
import { stripLegalForm } from '../text/stopwords.js';
import type { Tokenizer } from '../text/tokenize.js';

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

/**
 * @internal Terms kept with what else preparation derived from the enterprise — its codes (declared, or inferred)
 * and source regions — so that preparing it again infers and looks up nothing (the pipeline's `TermCache`). Without
 * `inferredCodes` the prepared enterprise carries no inference evidence: enough to score, not to explain.
 */
export interface KeptTerms extends EnterpriseTerms {
  readonly derived?: Pick<PreparedEnterprise, 'codes' | 'regions' | 'inferredCodes'>;
  /**
   * With `derived`, what else scoring reads (see `Feature.digester`): the enterprise is prepared without its text,
   * and its record may hold its id only.
   */
  readonly digest?: Required<Pick<PreparedEnterprise, 'headed' | 'digest'>>;
}

/** How preparation reads the two sides. */
export interface PreparationOptions {
  tokenizer: Tokenizer;
  /** Infers GB/T 4754 codes from normalized, lower-cased fields; without it only declared codes count. */
  infer: ((fields: readonly InferenceField[]) => InferredCode[]) | undefined;
  /** What a term counts in each enterprise field (term frequency). */
  enterpriseFields: Readonly<Record<'name' | 'description' | 'products' | 'technologies' | 'tags', number>>;
  /** What a term counts in each item field (query-term weight). */
  itemFields: Readonly<Record<'title' | 'keywords' | 'products' | 'chain' | 'description', number>>;
}

/**
 * Preparation: normalization, tokens and GB/T 4754 codes (declared, or else inferred) of both sides, computed
 * once per record and independent of corpus statistics except for an item's IDF weights. Records are immutable:
 * an item's query and a list's vocabulary are kept per object.
 */
export interface Preparation {
  /** One enterprise; with `terms` from an earlier preparation, tokenization is skipped. */
  enterprise(enterprise: Enterprise, terms?: EnterpriseTerms): PreparedEnterprise;
  /** An item's query terms with their field weights (gap words, places and numbers left out). */
  query(item: ChainGapItem): ReadonlyMap<string, number>;
  /** The terms of the items' queries, in code-unit order. */
  vocabulary(items: readonly ChainGapItem[]): ReadonlySet<string>;
  /** An item at `index` of its index: query terms weighted by `idf`, phrases, codes, the theme it resolved to. */
  item(item: ChainGapItem, index: number, idf: (term: string) => number, themeId: string | undefined): PreparedItem;
}

/** Declared codes, normalized, each once, in code-unit order (what is not a code is dropped). */
const normalizeCodes = (codes: readonly string[] | undefined) =>
  [...new Set((codes ?? []).map(normalizeIndustryCode).filter((c): c is string => !!c))].sort(byString);

/** What a term counts in the application clauses of a description (用于乘用车), against 1 in the rest of it. */
const APPLICATION_WEIGHT = 0.5;

function countTerms(tokens: readonly string[], weight: number, into: Map<string, number>): void {
  for (const t of tokens) into.set(t, (into.get(t) ?? 0) + weight);
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
  return new Set(
    [...(item.keywords ?? []), ...(item.products ?? [])].map((p) => normalizeText(p).toLowerCase()).filter(Boolean),
  );
}

/**
 * Creates the preparation of one matcher.
 * @example createPreparation({ tokenizer, infer: undefined, enterpriseFields: DEFAULTS.enterpriseFields, itemFields: DEFAULTS.itemFields }).enterprise(e).tf
 */
export function createPreparation({
  tokenizer,
  infer,
  enterpriseFields: ef,
  itemFields: itf,
}: PreparationOptions): Preparation {
  const tok = (s: string | undefined) => (s ? tokenizer.tokenize(normalizeText(s)) : []);
  const tokList = (xs: readonly string[] | undefined) => (xs ?? []).flatMap((x) => tok(x));
  const tokenizeMany = (texts: string[]) =>
    tokenizer.tokenizeMany ? tokenizer.tokenizeMany(texts) : texts.map((t) => tokenizer.tokenize(t));

  /** An enterprise's codes (declared, or else inferred) and source regions. */
  function derive(e: Enterprise, bareName: () => string, lower: readonly string[]): NonNullable<KeptTerms['derived']> {
    const declared = normalizeCodes(e.industryCodes);
    const np = e.products?.length ?? 0;
    const nt = e.technologies?.length ?? 0;
    const inferred =
      declared.length || !infer ? undefined : infer(enterpriseFields(bareName().toLowerCase(), lower, np, nt));
    const codes = inferred ? inferred.map((c) => c.code).sort(byString) : declared;
    return { codes, regions: sourceRegionsOf(e), inferredCodes: inferred };
  }

  function enterprise(e: Enterprise, terms?: EnterpriseTerms): PreparedEnterprise {
    const kept = terms as KeptTerms | undefined;
    if (kept?.derived && kept.digest) {
      const { codes, regions, inferredCodes } = kept.derived;
      const { tf, length } = kept;
      return { enterprise: e, tf, length, text: '', codes, regions, inferredCodes, ...kept.digest };
    }
    // Every field normalized in one pass, for its tokens and for the joined text.
    const np = e.products?.length ?? 0;
    const nt = e.technologies?.length ?? 0;
    // 所属行业 as the file states it counts like a tag.
    const all = normalizeMany([
      e.name ?? '',
      e.description ?? '',
      ...(e.products ?? []),
      ...(e.technologies ?? []),
      ...(e.tags ?? []),
      ...(e.industry ? [e.industry] : []),
    ]);
    const lower = all.map((s) => s.toLowerCase());
    const text = lower.filter(Boolean).join(' ');
    // The name without its legal form, for its tokens and for the inference (neither needed with kept codes).
    let bare: string | undefined;
    const bareName = () => (bare ??= stripLegalForm(all[0]!));
    const { codes, regions, inferredCodes } = kept?.derived ?? derive(e, bareName, lower);
    if (terms)
      return {
        headed: headedTerms(text, terms.tf),
        enterprise: e,
        tf: terms.tf,
        length: terms.length,
        text,
        fields: lower,
        codes,
        regions,
        inferredCodes,
      };
    // One tokenizer call for all fields; field k's tokens count with its field weight.
    const counts = new Map<string, number>();
    const [own, applications] = splitApplications(all[1]!);
    const [nameTokens, ownTokens, applicationTokens, ...rest] = tokenizeMany([
      normalizeText(bareName()),
      own,
      applications,
      ...all.slice(2),
    ]);
    // The description's application clauses (用于乘用车) name customers, not products: they count less.
    countTerms(applicationTokens!, ef.description * APPLICATION_WEIGHT, counts);
    let length = applicationTokens!.length;
    const tokens = [nameTokens!, ownTokens!, ...rest];
    const weightOf = (k: number) =>
      k === 0
        ? ef.name
        : k === 1
          ? ef.description
          : k < 2 + np
            ? ef.products
            : k < 2 + np + nt
              ? ef.technologies
              : ef.tags;
    tokens.forEach((list, k) => {
      length += list.length;
      const w = weightOf(k);
      if (w > 0) countTerms(list, w, counts);
    });
    // Terms in code-unit order: sums over them have one order whatever the tokenization order.
    const tf = new Map([...counts].sort((a, b) => byString(a[0], b[0])));
    const headed = headedTerms(text, tf);
    return { enterprise: e, tf, length, text, fields: lower, codes, regions, inferredCodes, headed };
  }

  // Statistics and the index both need an item's query terms: tokenize each item once.
  const queries = new WeakMap<ChainGapItem, Map<string, number>>();
  function query(item: ChainGapItem): Map<string, number> {
    let q = queries.get(item);
    if (!q) {
      q = new Map();
      countTerms(tok(item.title), itf.title, q);
      countTerms(tokList(item.keywords), itf.keywords, q);
      countTerms(tokList(item.products), itf.products, q);
      countTerms(tok(item.chain), itf.chain, q);
      countTerms(tok(item.description), itf.description, q);
      // Gap words, places and numbers say nothing about what a firm makes (and leaving them out ranks as well).
      for (const t of q.keys()) if (isGapTerm(t)) q.delete(t);
      queries.set(item, q);
    }
    return q;
  }

  // Batches of one stream share their items array: tokenize the items once.
  const vocabularies = new WeakMap<readonly ChainGapItem[], Set<string>>();
  function vocabulary(items: readonly ChainGapItem[]): Set<string> {
    let vocab = vocabularies.get(items);
    if (!vocab) vocabularies.set(items, (vocab = new Set(items.flatMap((it) => [...query(it).keys()]).sort(byString))));
    return vocab;
  }

  // What an item gives whatever the statistics (its phrases, codes, heads): worked out once per item, though the
  // digester of a streaming run and the index both prepare the items.
  const itemParts = new WeakMap<
    ChainGapItem,
    Omit<PreparedItem, 'index' | 'item' | 'themeId' | 'terms' | 'termMass'> & { whole: Set<string> }
  >();
  function partsOf(item: ChainGapItem) {
    let parts = itemParts.get(item);
    if (!parts) {
      const whole = wholeTerms(item);
      const declared = normalizeCodes(item.industryCodes);
      const inferred = declared.length || !infer ? undefined : infer(itemFields(item));
      const heads = itemHeads(
        normalizeText(
          [item.title, ...(item.keywords ?? []), ...(item.products ?? []), item.description ?? ''].join('。'),
        ),
      );
      parts = {
        whole,
        phrases: [...whole].filter((p) => !isGapTerm(p)).sort(byString),
        codes: inferred ? inferred.map((c) => c.code).sort(byString) : declared,
        inferredCodes: inferred,
        heads,
      };
      itemParts.set(item, parts);
    }
    return parts;
  }

  function item(
    item: ChainGapItem,
    index: number,
    idf: (term: string) => number,
    themeId: string | undefined,
  ): PreparedItem {
    const { whole, phrases, codes, inferredCodes, heads } = partsOf(item);
    const terms: QueryTerm[] = [...query(item)]
      .map(([term, w]) => ({ term, weight: w * idf(term), evidence: isEvidenceTerm(term, whole) }))
      .sort((x, y) => byString(x.term, y.term));
    let termMass = 0;
    for (const t of terms) termMass += t.weight;
    return { index, item, themeId, terms, termMass, phrases, codes, inferredCodes, heads };
  }

  return { enterprise, query, vocabulary, item };
}
