/**
 * @internal Finds, in one pass over a text, every entry of a fixed list whose phrase occurs in it — the same
 * answer as `text.includes(phrase)` for each, without scanning the text once per phrase. Entries are indexed by
 * the first UTF-16 unit of their phrase; empty phrases never match. Found entries come in order of first occurrence.
 */
export function phraseFinder<T extends { readonly phrase: string }>(entries: Iterable<T>): (text: string) => T[] {
  const byFirst = new Map<number, T[]>();
  for (const e of entries) {
    if (!e.phrase) continue;
    const key = e.phrase.charCodeAt(0);
    let list = byFirst.get(key);
    if (!list) byFirst.set(key, (list = []));
    list.push(e);
  }
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
