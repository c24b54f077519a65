import { showTerms } from '../text/evidence.js';
import { headedTf } from '../text/heads.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { byString } from '../_lib/order.js';
import { DEFAULT_WEIGHTS } from './weights.js';
import { noDigest, perItems } from './all.js';

/** BM25's length normalization of a document of `length` tokens: the `norm` of {@link saturation}. */
function lengthNorm(length: number, ctx: ScoringContext): number {
  return ctx.k1 * (1 - ctx.b + (ctx.b * length) / (ctx.avgLength || 1));
}

function saturation(tf: number, length: number, ctx: ScoringContext): number {
  const norm = lengthNorm(length, ctx);
  return tf / (tf + norm);
}

/** Item postings of a term: parallel arrays of item indexes and query-term weights (typed: read for every enterprise). */
type Postings = Map<string, { items: Int32Array; weights: Float64Array }>;
// Built once per index (its item list), dropped with it.
const postingsOf = new WeakMap<readonly PreparedItem[], Postings>();

function postings(items: readonly PreparedItem[]): Postings {
  let p = postingsOf.get(items);
  if (!p) {
    const lists = new Map<string, { items: number[]; weights: number[] }>();
    for (const it of items)
      for (const { term, weight } of it.terms) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = { items: [], weights: [] }));
        list.items.push(it.index);
        list.weights.push(weight);
      }
    p = new Map();
    for (const [term, list] of lists)
      p.set(term, { items: Int32Array.from(list.items), weights: Float64Array.from(list.weights) });
    postingsOf.set(items, p);
  }
  return p;
}

/**
 * Term-at-a-time BM25 of one enterprise against every item of the index: work in proportion to the
 * postings of the enterprise's terms, instead of every query term of every candidate item.
 * One buffer is reused: a call overwrites the sums of the previous enterprise.
 */
function createAccumulator() {
  let sums = new Float64Array(0);
  return (e: PreparedEnterprise, ctx: ScoringContext): Float64Array => {
    const post = postings(ctx.items);
    if (sums.length !== ctx.items.length) sums = new Float64Array(ctx.items.length);
    else sums.fill(0);
    // The enterprise's length normalization, once: `saturation` with it, the same value to the bit.
    const norm = lengthNorm(e.length, ctx);
    const headed = e.headed?.size ? e.headed : undefined;
    // The matcher keeps terms in code-unit order: the floating-point sum has one order whatever the tokenization order.
    for (const [term, tf] of e.tf) {
      const list = post.get(term);
      if (!list) continue;
      const sat = tf / (tf + norm);
      const { items, weights } = list;
      const share = headed?.get(term);
      if (share) {
        for (let j = 0; j < items.length; j++) {
          const heads = ctx.items[items[j]!]!.heads;
          const h = heads ? headedTf(tf, share, heads, HEADED) : tf;
          sums[items[j]!]! += weights[j]! * (heads ? h / (h + norm) : sat);
        }
      } else for (let j = 0; j < items.length; j++) sums[items[j]!]! += weights[j]! * sat;
    }
    return sums;
  };
}

/** Each item's term mass by index, in one array (read for hundreds of items per enterprise). */
const termMasses = perItems((items) => Float64Array.from(items, (it) => it.termMass));

/**
 * What a word's occurrences before a head the item does not name count (人造板 in 人造板机械 for a 人造板 item):
 * measured on the development set, 0.3 and 0.5 alike (DESIGN.md).
 */
const HEADED = 0.3;

const display = (t: string) => (t.startsWith('≈') ? t.slice(1) : t);

/**
 * Text relevance: BM25 with field weights, normalized to [0, 1] by the item's total term weight
 * (the score an enterprise would get with every query term at saturation), then square-rooted to
 * spread the typical range. Every query term counts, lone characters too (线 and 束 of 线束); gating: a pair is a
 * candidate through this feature only when it shares an evidence term (a word of the domain, see `isEvidenceTerm`).
 */
export function createTextFeature(weight: number = DEFAULT_WEIGHTS.text): Feature {
  const accumulate = createAccumulator();
  // One pair: the item's terms in the enterprise. Both term lists are in code-unit order, so the sum adds the same
  // products in the same order as the accumulator: equal to the bit.
  const raw = (item: PreparedItem, e: PreparedEnterprise, ctx: ScoringContext) => {
    if (!(item.termMass > 0)) return 0;
    let sum = 0;
    for (const { term, weight } of item.terms) {
      const tf = e.tf.get(term);
      if (tf === undefined) continue;
      const share = item.heads && e.headed?.get(term);
      sum += weight * saturation(share ? headedTf(tf, share, item.heads!, HEADED) : tf, e.length, ctx);
    }
    return sum / item.termMass;
  };
  let all = new Float64Array(0);
  return Object.freeze({
    name: 'text',
    weight,
    label: { zh: '业务文本相关度', en: 'text relevance' },
    missing: 0,
    gate: Number.MIN_VALUE,
    digester: noDigest,
    score: (item: PreparedItem, e: PreparedEnterprise, ctx: ScoringContext) => Math.sqrt(raw(item, e, ctx)),
    scoreAll(e: PreparedEnterprise, ctx: ScoringContext, only?: ArrayLike<number>): Float64Array {
      const sums = accumulate(e, ctx);
      const masses = termMasses(ctx.items);
      if (all.length !== ctx.items.length) all = new Float64Array(ctx.items.length);
      if (only)
        for (let j = 0; j < only.length; j++) {
          const i = only[j]!;
          all[i] = Math.sqrt(masses[i]! > 0 ? sums[i]! / masses[i]! : 0);
        }
      else for (let i = 0; i < sums.length; i++) all[i] = Math.sqrt(masses[i]! > 0 ? sums[i]! / masses[i]! : 0);
      return all;
    },
    // Only evidence makes a candidate: lone characters and other non-evidence terms add to the value alone.
    evidence: (item: PreparedItem, e: PreparedEnterprise) => item.terms.some((t) => t.evidence && e.tf.has(t.term)),
    itemKeys: (item: PreparedItem) => item.terms.filter((t) => t.evidence).map((t) => t.term),
    enterpriseKeys: (e: PreparedEnterprise) => e.tf.keys(),
    matchedTerms(item: PreparedItem, e: PreparedEnterprise, ctx: ScoringContext): string[] {
      const hits = item.terms
        .filter((t) => t.evidence && e.tf.has(t.term))
        .map((t) => ({ term: display(t.term), w: t.weight * saturation(e.tf.get(t.term)!, e.length, ctx) }))
        .sort((a, b) => b.w - a.w || byString(a.term, b.term));
      // Longest first, then heaviest (rarest); a word inside a longer one (电池 in 锂电池) adds nothing.
      return showTerms(hits.map((h) => h.term)).slice(0, 8);
    },
    describe(
      item: PreparedItem,
      e: PreparedEnterprise,
      _value: number,
      ctx: ScoringContext,
      terms?: readonly string[],
    ) {
      const matches = (named: readonly string[]) => ({
        zh: `主营业务与环节需求吻合（${named.join('、')}）`,
        en: `its business matches the item (${named.join(', ')})`,
      });
      // The feature's own terms are worked out only when no given term is left to name.
      if (terms?.length) return matches(terms.slice(0, 3));
      const own = this.matchedTerms!(item, e, ctx);
      if (!terms && own.length) return matches(own.slice(0, 3));
      // Its words are named elsewhere in the reason.
      if (own.length) return { zh: '主营业务与环节需求吻合', en: 'its business matches the item' };
      return { zh: '主营业务与环节需求部分相关', en: 'its business is partly related to the item' };
    },
  });
}
