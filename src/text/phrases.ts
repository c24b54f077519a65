import { byString } from '../_lib/order.js';

/**
 * @internal Finds, in one pass over a text, every entry of a fixed list whose phrase occurs in it — the same
 * answer as `text.includes(phrase)` for each, without scanning the text once per phrase. Entries are indexed by
 * the first UTF-16 unit of their phrase; empty phrases never match. Found entries come in order of first occurrence.
 */
export function phraseFinder<T extends { readonly phrase: string }>(entries: Iterable<T>): (text: string) => T[] {
  const byFirst = byFirstUnit(entries);
  return (text) => {
    const found: T[] = [];
    const seen = new Set<T>();
    for (let i = 0; i < text.length; i++) {
      const candidates = byFirst.get(text.charCodeAt(i));
      if (candidates)
        for (const e of candidates) if (!seen.has(e) && text.startsWith(e.phrase, i)) seen.add(e), found.push(e);
    }
    return found;
  };
}

/**
 * @internal Scans a text left to right: at each position, the longest entry whose phrase occurs there and that
 * `fits` (e.g. a word-boundary check) is a match, reported with its position, and the scan goes on after it
 * (matches never overlap). Ties in length go to the smaller phrase.
 */
export function longestMatches<T extends { readonly phrase: string }>(
  entries: Iterable<T>,
  fits: (entry: T, text: string, at: number) => boolean = () => true,
): (text: string, onMatch: (entry: T, at: number) => void) => void {
  const byFirst = byFirstUnit(
    [...entries].sort((a, b) => b.phrase.length - a.phrase.length || byString(a.phrase, b.phrase)),
  );
  return (text, onMatch) => {
    for (let i = 0; i < text.length; ) {
      let hit: T | undefined;
      const candidates = byFirst.get(text.charCodeAt(i));
      if (candidates)
        for (const e of candidates)
          if (text.startsWith(e.phrase, i) && fits(e, text, i)) {
            hit = e;
            break;
          }
      if (!hit) {
        i++;
        continue;
      }
      onMatch(hit, i);
      i += hit.phrase.length;
    }
  };
}

/** Entries by the first UTF-16 unit of their phrase, in the given order; empty phrases are left out. */
function byFirstUnit<T extends { readonly phrase: string }>(entries: Iterable<T>): Map<number, T[]> {
  const byFirst = new Map<number, T[]>();
  for (const e of entries) {
    if (!e.phrase) continue;
    const key = e.phrase.charCodeAt(0);
    let list = byFirst.get(key);
    if (!list) byFirst.set(key, (list = []));
    list.push(e);
  }
  return byFirst;
}

const isWordUnit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/**
 * @internal Where the lead sentence of a text ends (a description names the main business first). A full stop ends a
 * sentence, but not the one of `Co., Ltd.` in a firm's name (which would leave the name alone as the first sentence).
 */
export const SENTENCE_END =
  /[。；;!?！？\n]|(?<!\b(?:co|ltd|inc|corp|corps|no|st|mr|dr|jr|e\.g|i\.e|etc|vs))\.(?:\s|$)/u;

/** @internal Whether a Latin word goes on at `at`; a plural `s` / `es` ending the word does not count (`batteries` aside). */
export function continuesWord(text: string, at: number): boolean {
  if (!isWordUnit(text.charCodeAt(at))) return false;
  const rest = text.startsWith('es', at) ? at + 2 : text[at] === 's' ? at + 1 : -1;
  return rest < 0 || isWordUnit(text.charCodeAt(rest));
}

/** A phrase that begins or ends with a Latin letter or digit must not continue a word there. */
const wordFits = (e: { readonly phrase: string }, text: string, i: number): boolean =>
  !(isWordUnit(e.phrase.charCodeAt(0)) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) &&
  !(isWordUnit(e.phrase.charCodeAt(e.phrase.length - 1)) && continuesWord(text, i + e.phrase.length));

/**
 * @internal Every occurrence of the entries' phrases (a Latin phrase never inside a word), and where two overlap the one
 * that ends later wins (then the longer):
 * Chinese compounds are head-final, so in 动力电池包 the pack (电池包) wins over 动力电池, and in 锂电池电芯 the whole
 * phrase over 电芯. Matches never overlap and come in text order.
 */
export function headFinalMatches<T extends { readonly phrase: string }>(
  entries: Iterable<T>,
): (text: string, onMatch: (entry: T, at: number) => void) => void {
  const byFirst = byFirstUnit(entries);
  return (text, onMatch) => {
    const all: { e: T; at: number; end: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      const candidates = byFirst.get(text.charCodeAt(i));
      if (candidates)
        for (const e of candidates)
          if (text.startsWith(e.phrase, i) && wordFits(e, text, i)) all.push({ e, at: i, end: i + e.phrase.length });
    }
    all.sort((a, b) => b.end - a.end || b.e.phrase.length - a.e.phrase.length || byString(a.e.phrase, b.e.phrase));
    const taken = new Uint8Array(text.length);
    const kept = all.filter((m) => {
      for (let k = m.at; k < m.end; k++) if (taken[k]) return false;
      taken.fill(1, m.at, m.end);
      return true;
    });
    for (const m of kept.sort((a, b) => a.at - b.at)) onMatch(m.e, m.at);
  };
}
