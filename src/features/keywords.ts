import { itemBuffer, perItems } from './all.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';

function hits(item: PreparedItem, e: PreparedEnterprise): string[] {
  return item.phrases.filter((p) => e.text.includes(p));
}

/**
 * Phrases of every item by their first UTF-16 unit, so one pass over an enterprise's text finds every
 * contained phrase: the same answer as `text.includes(phrase)` for each.
 */
const phraseIndex = perItems((items) => {
  const byFirst = new Map<number, { phrase: string; items: number[] }[]>();
  const seen = new Map<string, { phrase: string; items: number[] }>();
  for (const it of items)
    for (const phrase of it.phrases) {
      let entry = seen.get(phrase);
      if (!entry) {
        seen.set(phrase, (entry = { phrase, items: [] }));
        const key = phrase.charCodeAt(0);
        let list = byFirst.get(key);
        if (!list) byFirst.set(key, (list = []));
        list.push(entry);
      }
      entry.items.push(it.index);
    }
  return byFirst;
});

/**
 * Keyword and product overlap: the share of the item's keywords and products that occur in the
 * enterprise's text (name, description, products, technologies, tags). Applies when the item lists any.
 */
export function createKeywordFeature(weight = 0.2): Feature {
  const fill = itemBuffer();
  let counts = new Uint32Array(0);
  return Object.freeze({
    name: 'keywords',
    weight,
    label: { zh: '关键词与产品覆盖', en: 'keyword and product overlap' },
    missing: 0,
    applies: (item: PreparedItem) => item.phrases.length > 0,
    score: (item: PreparedItem, e: PreparedEnterprise) => hits(item, e).length / item.phrases.length,
    scoreAll(e: PreparedEnterprise, ctx: ScoringContext) {
      const index = phraseIndex(ctx.items);
      if (counts.length !== ctx.items.length) counts = new Uint32Array(ctx.items.length);
      else counts.fill(0);
      const text = e.text;
      const found = new Set<string>();
      for (let i = 0; i < text.length; i++) {
        const entries = index.get(text.charCodeAt(i));
        if (!entries) continue;
        for (const entry of entries) {
          if (found.has(entry.phrase) || !text.startsWith(entry.phrase, i)) continue;
          found.add(entry.phrase);
          for (const ii of entry.items) counts[ii]!++;
        }
      }
      return fill(ctx, (item) => (item.phrases.length ? counts[item.index]! / item.phrases.length : 0));
    },
    matchedTerms: (item: PreparedItem, e: PreparedEnterprise) => hits(item, e),
    describe(item: PreparedItem, e: PreparedEnterprise) {
      const h = hits(item, e);
      const list = h.slice(0, 3).join('、');
      return h.length
        ? { zh: `覆盖环节关键词 ${h.length}/${item.phrases.length}（${list}）`, en: `covers ${h.length} of ${item.phrases.length} item keywords (${h.slice(0, 3).join(', ')})` }
        : { zh: '未覆盖环节关键词', en: 'covers none of the item keywords' };
    },
  });
}
