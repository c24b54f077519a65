import { showTerms } from '../text/evidence.js';
import { type HeadedShare, hasHead, headedShare, offShare } from '../text/heads.js';
import { phraseFinder } from '../text/phrases.js';
import { perItems } from './all.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/**
 * Whether every occurrence of a phrase in the firm's text stands before a head the item does not name (人造板 in
 * 人造板机械 for a 人造板 item): such a phrase is not the firm's product and is no hit.
 */
const onlyHeaded = (item: PreparedItem, share: HeadedShare | undefined) =>
  !!share && !!item.heads && offShare(share, item.heads) >= 1 - 1e-9;

/** The item's phrases the firm names as its own: in its text, not only before a head the item does not name. */
function hits(item: PreparedItem, e: PreparedEnterprise): string[] {
  // The last pair's, again: explaining a pair asks for its value, its matched terms and its phrase in turn.
  if (item === last.item && e === last.e) return last.hits;
  const headText = hasHead(e.text);
  const found = item.phrases.filter(
    (p) => e.text.includes(p) && !(headText && onlyHeaded(item, headedShare(e.text, p))),
  );
  last = { item, e, hits: found };
  return found;
}
let last: { item?: PreparedItem; e?: PreparedEnterprise; hits: string[] } = { hits: [] };

/** An item phrase with the items that list it. */
interface PhraseEntry {
  phrase: string;
  items: number[];
}

/** Every item phrase once, with the items that list it: one scan of an enterprise's text finds them all. */
const phraseIndex = perItems((items) => {
  const byPhrase = new Map<string, PhraseEntry>();
  for (const it of items)
    for (const phrase of it.phrases) {
      let entry = byPhrase.get(phrase);
      if (!entry) byPhrase.set(phrase, (entry = { phrase, items: [] }));
      entry.items.push(it.index);
    }
  return phraseFinder(byPhrase.values());
});

/** How many phrases each item lists, by item index. */
const phraseCounts = perItems((items) => Uint32Array.from(items, (it) => it.phrases.length));

/**
 * Keyword and product overlap: the share of the item's keywords and products that occur in the
 * enterprise's text (name, description, products, technologies, tags). Applies when the item lists any; gating: one
 * phrase found makes the pair a candidate.
 */
export function createKeywordFeature(weight: number = DEFAULT_WEIGHTS.keywords): Feature {
  let counts = new Uint32Array(0);
  let buf = new Float64Array(0);
  // The phrases found in the last text scanned: the pruner asks for an enterprise's keys, then for its values.
  let lastText: string | undefined;
  let lastItems: readonly PreparedItem[] | undefined;
  let lastFound: readonly { phrase: string; items: number[] }[] = [];
  const found = (e: PreparedEnterprise, items: readonly PreparedItem[]) => {
    if (e.text !== lastText || items !== lastItems)
      (lastFound = phraseIndex(items)(e.text)), (lastText = e.text), (lastItems = items);
    return lastFound;
  };
  return Object.freeze({
    name: 'keywords',
    weight,
    label: { zh: '关键词与产品覆盖', en: 'keyword and product overlap' },
    missing: 0,
    // A keyword or product of the item in the firm's text is evidence, even one the tokenizer cuts into characters (线束).
    gate: Number.MIN_VALUE,
    applies: (item: PreparedItem) => item.phrases.length > 0,
    score: (item: PreparedItem, e: PreparedEnterprise) => hits(item, e).length / item.phrases.length,
    scoreAll(e: PreparedEnterprise, ctx: ScoringContext, only?: ArrayLike<number>) {
      const sizes = phraseCounts(ctx.items);
      const n = sizes.length;
      if (counts.length !== n) (counts = new Uint32Array(n)), (buf = new Float64Array(n));
      else counts.fill(0);
      const headText = hasHead(e.text);
      for (const entry of found(e, ctx.items)) {
        const share = headText ? headedShare(e.text, entry.phrase) : undefined;
        for (const ii of entry.items) if (!onlyHeaded(ctx.items[ii]!, share)) counts[ii]!++;
      }
      // Items are indexed by position; the same division as `score`, so the same value to the bit.
      const value = (i: number) => {
        buf[i] = sizes[i] ? counts[i]! / sizes[i]! : 0;
      };
      if (only) for (let j = 0; j < only.length; j++) value(only[j]!);
      else for (let i = 0; i < n; i++) value(i);
      return buf;
    },
    // The phrases themselves: one scan of the enterprise's text finds those of every item.
    itemKeys: (item: PreparedItem) => item.phrases,
    enterpriseKeys: (e: PreparedEnterprise, ctx: ScoringContext) => found(e, ctx.items).map((entry) => entry.phrase),
    matchedTerms: (item: PreparedItem, e: PreparedEnterprise) => showTerms(hits(item, e)),
    describe(
      item: PreparedItem,
      e: PreparedEnterprise,
      _value: number,
      _ctx: ScoringContext,
      terms?: readonly string[],
    ) {
      const h = hits(item, e);
      if (!h.length) return { zh: '未覆盖环节关键词', en: 'covers none of the item keywords' };
      const named = (terms ?? showTerms(h)).slice(0, 3);
      return {
        zh: `覆盖环节关键词 ${h.length}/${item.phrases.length}${named.length ? `（${named.join('、')}）` : ''}`,
        en: `covers ${h.length} of ${item.phrases.length} item keywords${named.length ? ` (${named.join(', ')})` : ''}`,
      };
    },
  });
}
