import type { Feature, PreparedEnterprise, PreparedItem } from './types.js';

function hits(item: PreparedItem, e: PreparedEnterprise): string[] {
  return item.phrases.filter((p) => e.text.includes(p));
}

/**
 * Keyword and product overlap: the share of the item's keywords and products that occur in the
 * enterprise's text (name, description, products, technologies, tags). Applies when the item lists any.
 */
export function createKeywordFeature(weight = 0.2): Feature {
  return Object.freeze({
    name: 'keywords',
    weight,
    label: { zh: '关键词与产品覆盖', en: 'keyword and product overlap' },
    missing: 0,
    applies: (item: PreparedItem) => item.phrases.length > 0,
    score: (item: PreparedItem, e: PreparedEnterprise) => hits(item, e).length / item.phrases.length,
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
