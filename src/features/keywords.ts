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
  let found: string[];
  if (e.digest) {
    const kept = keptShares(e.digest.features.keywords!);
    found = item.phrases.filter((p) => kept.has(p) && !onlyHeaded(item, kept.get(p)));
  } else {
    const headText = hasHead(e.text);
    found = item.phrases.filter((p) => e.text.includes(p) && !(headText && onlyHeaded(item, headedShare(e.text, p))));
  }
  last = { item, e, hits: found };
  return found;
}
let last: { item?: PreparedItem; e?: PreparedEnterprise; hits: string[] } = { hits: [] };

/**
 * Phrases kept in digests, by number (one table per thread: digests are read where they were made). A digest holds
 * per phrase found, in order of first occurrence, its number × 2, + 1 when its headed share follows (the shares
 * before an equipment and a trade head).
 */
const phraseNumbers = new Map<string, number>();
const numberedPhrases: string[] = [];
const phraseNumber = (phrase: string) => {
  let n = phraseNumbers.get(phrase);
  if (n === undefined) phraseNumbers.set(phrase, (n = numberedPhrases.push(phrase) - 1));
  return n;
};

/** The phrases of a digest with their headed shares. */
function digestShares(
  digest: readonly number[],
  visit: (phrase: string, share: HeadedShare | undefined) => void,
): void {
  for (let k = 0; k < digest.length; k++) {
    const code = digest[k]!;
    visit(numberedPhrases[code >>> 1]!, code & 1 ? { equipment: digest[++k]!, trade: digest[++k]! } : undefined);
  }
}

let lastDigest: readonly number[] | undefined;
let lastShares = new Map<string, HeadedShare | undefined>();
/** {@link digestShares} as a map, for the digest read last. */
function keptShares(digest: readonly number[]): Map<string, HeadedShare | undefined> {
  if (digest !== lastDigest) {
    lastShares = new Map();
    digestShares(digest, (p, share) => lastShares.set(p, share));
    lastDigest = digest;
  }
  return lastShares;
}

/** An item phrase with the items that list it. */
interface PhraseEntry {
  phrase: string;
  items: number[];
}

/** Every item phrase once, with the items that list it. */
const phraseEntries = perItems((items) => {
  const byPhrase = new Map<string, PhraseEntry>();
  for (const it of items)
    for (const phrase of it.phrases) {
      let entry = byPhrase.get(phrase);
      if (!entry) byPhrase.set(phrase, (entry = { phrase, items: [] }));
      entry.items.push(it.index);
    }
  return byPhrase;
});

/** One scan of an enterprise's text finds every item phrase in it. */
const phraseIndex = perItems((items) => phraseFinder(phraseEntries(items).values()));

/** The item phrases in an enterprise's text, in order of first occurrence, and the headed share of the `k`-th. */
interface Found {
  entries: PhraseEntry[];
  share(k: number): HeadedShare | undefined;
}

const unheaded = () => undefined;

/** {@link Found} from the text, or from the digest of an enterprise prepared without it. */
function findPhrases(e: PreparedEnterprise, items: readonly PreparedItem[]): Found {
  const text = e.text;
  if (!e.digest) {
    const entries = phraseIndex(items)(text);
    return { entries, share: hasHead(text) ? (k) => headedShare(text, entries[k]!.phrase) : unheaded };
  }
  const byPhrase = phraseEntries(items);
  const entries: PhraseEntry[] = [];
  const shares: (HeadedShare | undefined)[] = [];
  digestShares(e.digest.features.keywords!, (p, share) => {
    entries.push(byPhrase.get(p)!);
    shares.push(share);
  });
  return { entries, share: (k) => shares[k] };
}

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
  // The phrases found in the last text (or digest) read: the pruner asks for an enterprise's keys, then its values.
  let lastKey: string | readonly number[] | undefined;
  let lastItems: readonly PreparedItem[] | undefined;
  let lastFound: Found = { entries: [], share: unheaded };
  const found = (e: PreparedEnterprise, items: readonly PreparedItem[]) => {
    const key = e.digest?.features.keywords ?? e.text;
    if (key !== lastKey || items !== lastItems)
      (lastFound = findPhrases(e, items)), (lastKey = key), (lastItems = items);
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
    digester: (items: readonly PreparedItem[]) => (e: PreparedEnterprise) => {
      const { entries, share } = findPhrases(e, items);
      const digest: number[] = [];
      entries.forEach((entry, k) => {
        const s = share(k);
        digest.push(phraseNumber(entry.phrase) * 2 + (s ? 1 : 0));
        if (s) digest.push(s.equipment, s.trade);
      });
      return digest;
    },
    score: (item: PreparedItem, e: PreparedEnterprise) => hits(item, e).length / item.phrases.length,
    scoreAll(e: PreparedEnterprise, ctx: ScoringContext, only?: ArrayLike<number>) {
      const sizes = phraseCounts(ctx.items);
      const n = sizes.length;
      if (counts.length !== n) (counts = new Uint32Array(n)), (buf = new Float64Array(n));
      else counts.fill(0);
      const { entries, share } = found(e, ctx.items);
      for (let k = 0; k < entries.length; k++) {
        const s = share(k);
        for (const ii of entries[k]!.items) if (!onlyHeaded(ctx.items[ii]!, s)) counts[ii]!++;
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
    enterpriseKeys: (e: PreparedEnterprise, ctx: ScoringContext) =>
      found(e, ctx.items).entries.map((entry) => entry.phrase),
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
