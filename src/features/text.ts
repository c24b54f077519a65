import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';

function saturation(tf: number, length: number, ctx: ScoringContext): number {
  const norm = ctx.k1 * (1 - ctx.b + (ctx.b * length) / (ctx.avgLength || 1));
  return tf / (tf + norm);
}

function raw(item: PreparedItem, e: PreparedEnterprise, ctx: ScoringContext): number {
  if (item.termMass <= 0) return 0;
  let sum = 0;
  for (const { term, weight } of item.terms) {
    const tf = e.tf.get(term);
    if (tf) sum += weight * saturation(tf, e.length, ctx);
  }
  return sum / item.termMass;
}

const display = (t: string) => (t.startsWith('≈') ? t.slice(1) : t);

/**
 * Text relevance: BM25 with field weights, normalized to [0, 1] by the item's total term weight
 * (the score an enterprise would get with every query term at saturation), then square-rooted to
 * spread the typical range. Gating: a pair sharing no term is not a candidate through this feature.
 */
export function createTextFeature(weight = 0.45): Feature {
  return Object.freeze({
    name: 'text',
    weight,
    label: { zh: '业务文本相关度', en: 'text relevance' },
    missing: 0,
    gate: Number.MIN_VALUE,
    score: (item: PreparedItem, e: PreparedEnterprise, ctx: ScoringContext) => Math.sqrt(raw(item, e, ctx)),
    itemKeys: (item: PreparedItem) => item.terms.map((t) => t.term),
    enterpriseKeys: (e: PreparedEnterprise) => e.tf.keys(),
    matchedTerms(item: PreparedItem, e: PreparedEnterprise, ctx: ScoringContext): string[] {
      const hits = item.terms
        .filter((t) => e.tf.has(t.term))
        .map((t) => ({ term: display(t.term), w: t.weight * saturation(e.tf.get(t.term)!, e.length, ctx) }))
        .sort((a, b) => b.w - a.w || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
      // A word inside a longer matched word (锂 in 锂电池) adds nothing to the explanation.
      const terms = hits.map((h) => h.term);
      const kept = terms.filter((t) => !terms.some((o) => o !== t && o.includes(t)));
      // Words before single characters: 锂电池 explains more than 包.
      return [...kept.filter((t) => [...t].length > 1), ...kept.filter((t) => [...t].length === 1)].slice(0, 8);
    },
    describe(item: PreparedItem, e: PreparedEnterprise, value: number, ctx: ScoringContext) {
      const terms = this.matchedTerms!(item, e, ctx).slice(0, 3);
      return terms.length
        ? { zh: `主营业务与环节需求吻合（${terms.join('、')}）`, en: `its business matches the item (${terms.join(', ')})` }
        : { zh: '主营业务与环节需求部分相关', en: 'its business is partly related to the item' };
    },
  });
}
