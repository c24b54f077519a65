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
      if (candidates) for (const e of candidates) if (!seen.has(e) && text.startsWith(e.phrase, i)) (seen.add(e), found.push(e));
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
  const byFirst = byFirstUnit([...entries].sort((a, b) => b.phrase.length - a.phrase.length || byString(a.phrase, b.phrase)));
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
