import { byString } from '../_lib/order.js';
import { hasUnit, unitBits } from './_lib/unit-bits.js';

/**
 * @internal Finds, in one pass over a text, every entry of a fixed list whose phrase occurs in it — the same
 * answer as `text.includes(phrase)` for each, without scanning the text once per phrase. Entries are indexed by
 * the first UTF-16 unit of their phrase (a bit per unit says which units start one: most of a text starts none);
 * empty phrases never match. Found entries come in order of first occurrence, each once (an entry listed twice
 * too): an entry found is marked with the scan's number, not kept in a set.
 */
export function phraseFinder<T extends { readonly phrase: string }>(entries: Iterable<T>): (text: string) => T[] {
  const distinct = [...new Set(entries)];
  const byFirst = byFirstUnit(distinct.map((entry, k) => ({ phrase: entry.phrase, entry, k })));
  const starts = unitBits(byFirst.keys());
  const seenIn = new Int32Array(distinct.length).fill(-1);
  let scan = 0;
  return (text) => {
    scan++;
    const found: T[] = [];
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (!hasUnit(starts, u)) continue;
      for (const { phrase, entry, k } of byFirst.get(u)!)
        if (seenIn[k] !== scan && text.startsWith(phrase, i)) (seenIn[k] = scan), found.push(entry);
    }
    return found;
  };
}

/**
 * @internal Scans a text left to right: at each position, the longest entry whose phrase occurs there and that
 * `fits` (e.g. a word-boundary check) is a match, reported with its position, and the scan goes on after it
 * (matches never overlap). Ties in length go to the smaller phrase. One walk of a trie per position finds the
 * phrases there; `fits` is asked of them longest first.
 */
export function longestMatches<T extends { readonly phrase: string }>(
  entries: Iterable<T>,
  fits: (entry: T, text: string, at: number) => boolean = () => true,
): (text: string, onMatch: (entry: T, at: number) => void) => void {
  const { first, starts, next, out, depth } = buildTrie(
    [...entries].sort((a, b) => b.phrase.length - a.phrase.length || byString(a.phrase, b.phrase)),
  );
  // The nodes of the phrases found at a position, shortest first.
  const ends = new Int32Array(depth);
  return (text, onMatch) => {
    const n = text.length;
    for (let i = 0; i < n; ) {
      const u = text.charCodeAt(i);
      if (!hasUnit(starts, u)) {
        i++;
        continue;
      }
      let found = 0;
      for (let node = first[u]!, j = i + 1; node >= 0; node = j < n ? next(node, text.charCodeAt(j++)) : -1)
        if (out[node]) ends[found++] = node;
      let hit: T | undefined;
      for (let k = found - 1; k >= 0 && !hit; k--)
        for (const e of out[ends[k]!]!)
          if (fits(e, text, i)) {
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

/**
 * A trie of phrases by UTF-16 unit: `first[unit]` is the node after a phrase's first unit (-1: none),
 * `next(node, unit)` the node after one more (-1: none), `out[node]` the entries whose phrase ends at the node, in
 * the given order; `depth` is the longest phrase's length.
 */
interface Trie<T> {
  readonly first: Int32Array;
  /**
   * A bit per UTF-16 unit, set where `first[unit]` is a node: 8 KB to `first`'s 256, so that a scan tests the units
   * that start no phrase (most of a text) without reaching into `first` (in a long run, out of the processor's caches).
   */
  readonly starts: Int32Array;
  readonly next: (node: number, unit: number) => number;
  readonly out: readonly (readonly T[] | undefined)[];
  readonly depth: number;
}

/** Builds a {@link Trie}; empty phrases are left out. */
function buildTrie<T extends { readonly phrase: string }>(entries: Iterable<T>): Trie<T> {
  const list = [...entries];
  let units = 1;
  for (const e of list) units += e.phrase.length;
  // Nodes are numbered as they are made; node n > 0 is reached from `parent[n]` by `unit[n]`. Edges are found while
  // building in an open-addressing table keyed by (node, unit) (numbers, not a Map per node or keys beyond small ints).
  const parent = new Int32Array(units);
  const unit = new Uint16Array(units);
  let size = 1;
  while (size < 2 * units) size <<= 1;
  const mask = size - 1;
  const slot = new Int32Array(size); // child node, 0: empty (the root is no one's child)
  const out: (T[] | undefined)[] = [undefined];
  let depth = 0;
  for (const e of list) {
    if (!e.phrase) continue;
    let node = 0;
    for (let j = 0; j < e.phrase.length; j++) {
      const c = e.phrase.charCodeAt(j);
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
      let next = slot[h]!;
      while (next !== 0 && (parent[next] !== node || unit[next] !== c)) next = slot[(h = (h + 1) & mask)]!;
      if (next === 0) {
        next = out.length;
        slot[h] = next;
        parent[next] = node;
        unit[next] = c;
        out.push(undefined);
      }
      node = next;
    }
    (out[node] ??= []).push(e);
    depth = Math.max(depth, e.phrase.length);
  }
  // Laid out flat: a node's children are a run of `code`/`child`, sorted by code; the root's go to `first`.
  const nodes = out.length;
  const first = new Int32Array(0x10000).fill(-1);
  const start = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++)
    if (parent[n] === 0) first[unit[n]!] = n;
    else start[parent[n]! + 1] = start[parent[n]! + 1]! + 1;
  for (let n = 1; n <= nodes; n++) start[n] = start[n]! + start[n - 1]!;
  const code = new Uint16Array(start[nodes]!);
  const child = new Int32Array(start[nodes]!);
  const fill = start.slice(0, nodes);
  for (let n = 1; n < nodes; n++) {
    const p = parent[n]!;
    if (p === 0) continue;
    // Insertion into the parent's run, kept sorted by code (runs are short).
    let k = fill[p]!++;
    for (; k > start[p]! && code[k - 1]! > unit[n]!; k--) (code[k] = code[k - 1]!), (child[k] = child[k - 1]!);
    code[k] = unit[n]!;
    child[k] = n;
  }
  const next = (node: number, c: number): number => {
    let lo = start[node]!;
    let hi = start[node + 1]!;
    // Most nodes have one or two children: a linear search, a binary one for the wide.
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (code[lo] === c) return child[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = code[mid]!;
      if (m === c) return child[mid]!;
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
  const starting: number[] = [];
  for (let u = 0; u < first.length; u++) if (first[u]! >= 0) starting.push(u);
  const starts = unitBits(starting);
  return { first, starts, next, out, depth };
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

/** @internal A unit of `[a-z0-9]`. */
export const isWordUnit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

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
  const { first, starts, next, out } = buildTrie(entries);
  // Per end position, the longest phrase found that ends there (the first entry of it: entries of one phrase at one
  // position have the same start and end), reused between calls.
  let best: (T | undefined)[] = [];
  let bestAt = new Int32Array(0);
  return (text, onMatch) => {
    const n = text.length;
    if (bestAt.length <= n) (bestAt = new Int32Array(2 * n + 1)), (best = new Array(2 * n + 1).fill(undefined));
    let any = false;
    for (let i = 0; i < n; i++) {
      // A phrase starts with the unit it is found at: one that starts with a Latin letter or digit never fits
      // inside a word, so the walk is spared there.
      const u = text.charCodeAt(i);
      if (!hasUnit(starts, u)) continue;
      if (i > 0 && isWordUnit(u) && isWordUnit(text.charCodeAt(i - 1))) continue;
      for (let node = first[u]!, j = i + 1; node >= 0; node = j < n ? next(node, text.charCodeAt(j++)) : -1) {
        const list = out[node];
        if (!list) continue;
        // Found at i and ending at j: the longest at j so far unless one starts before i.
        const prev = best[j];
        if (prev && bestAt[j]! <= i) continue;
        for (const e of list)
          if (wordFits(e, text, i)) {
            best[j] = e;
            bestAt[j] = i;
            any = true;
            break;
          }
      }
    }
    if (!any) return;
    // The one ending last wins, then the longer: from the end, take the longest at each end the last one taken
    // leaves free (it starts at or after that end).
    const kept: [T, number][] = [];
    let frontier = n;
    for (let j = n; j > 0; j--) {
      const e = best[j];
      if (!e) continue;
      best[j] = undefined;
      if (j <= frontier) kept.push([e, (frontier = bestAt[j]!)]);
    }
    for (let k = kept.length - 1; k >= 0; k--) onMatch(kept[k]![0], kept[k]![1]);
  };
}
