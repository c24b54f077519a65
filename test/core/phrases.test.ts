import { beforeAll, describe, expect, it } from 'vitest';
import { byString } from '../../src/_lib/order.js';
import { mulberry32 } from '../../src/_lib/random.js';
import { loadChainMaps } from '../../src/node.js';
import { normalizeText } from '../../src/text/normalize.js';
import { continuesWord, headFinalMatches, longestMatches } from '../../src/text/phrases.js';

// The scans as they were before the trie (phrases by first unit, `startsWith` at every position): the reference.
const isWordUnit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
const wordFits = (e: { readonly phrase: string }, text: string, i: number): boolean =>
  !(isWordUnit(e.phrase.charCodeAt(0)) && i > 0 && isWordUnit(text.charCodeAt(i - 1))) &&
  !(isWordUnit(e.phrase.charCodeAt(e.phrase.length - 1)) && continuesWord(text, i + e.phrase.length));
function byFirstUnit<T extends { readonly phrase: string }>(entries: Iterable<T>): Map<number, T[]> {
  const byFirst = new Map<number, T[]>();
  for (const e of entries)
    if (e.phrase)
      (
        byFirst.get(e.phrase.charCodeAt(0)) ?? byFirst.set(e.phrase.charCodeAt(0), []).get(e.phrase.charCodeAt(0))!
      ).push(e);
  return byFirst;
}
function referenceHeadFinal<T extends { readonly phrase: string }>(entries: Iterable<T>) {
  const byFirst = byFirstUnit(entries);
  return (text: string): [T, number][] => {
    const all: { e: T; at: number; end: number }[] = [];
    for (let i = 0; i < text.length; i++)
      for (const e of byFirst.get(text.charCodeAt(i)) ?? [])
        if (text.startsWith(e.phrase, i) && wordFits(e, text, i)) all.push({ e, at: i, end: i + e.phrase.length });
    all.sort((a, b) => b.end - a.end || b.e.phrase.length - a.e.phrase.length || byString(a.e.phrase, b.e.phrase));
    const taken = new Uint8Array(text.length);
    const kept = all.filter((m) => {
      for (let k = m.at; k < m.end; k++) if (taken[k]) return false;
      taken.fill(1, m.at, m.end);
      return true;
    });
    return kept.sort((a, b) => a.at - b.at).map((m) => [m.e, m.at]);
  };
}
function referenceLongest<T extends { readonly phrase: string }>(
  entries: Iterable<T>,
  fits: (entry: T, text: string, at: number) => boolean,
) {
  const byFirst = byFirstUnit(
    [...entries].sort((a, b) => b.phrase.length - a.phrase.length || byString(a.phrase, b.phrase)),
  );
  return (text: string): [T, number][] => {
    const out: [T, number][] = [];
    for (let i = 0; i < text.length; ) {
      const hit = byFirst.get(text.charCodeAt(i))?.find((e) => text.startsWith(e.phrase, i) && fits(e, text, i));
      if (!hit) i++;
      else out.push([hit, i]), (i += hit.phrase.length);
    }
    return out;
  };
}
const collect = <T>(scan: (text: string, onMatch: (e: T, at: number) => void) => void, text: string) => {
  const out: [T, number][] = [];
  scan(text, (e, at) => void out.push([e, at]));
  return out;
};

/** Random texts of the phrases, pieces of them, Latin word characters and punctuation, joined without or with spaces. */
function randomTexts(phrases: readonly string[], count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const noise = ['', ' ', 's', 'es', 'a', '1', '的', '销售', '设备', '，', '。', '-', 'ing ', 'x', '电池', 'e'];
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    const n = 1 + Math.floor(random() * 12);
    for (let k = 0; k < n; k++) {
      const p = pick(phrases);
      const r = random();
      parts.push(r < 0.5 ? p : r < 0.7 ? p.slice(0, 1 + Math.floor(random() * p.length)) : r < 0.8 ? p.slice(1) : '');
      parts.push(pick(noise));
    }
    return parts.join(random() < 0.5 ? '' : ' ');
  });
}

let phrases: string[];
beforeAll(async () => {
  const set = new Set<string>();
  for (const m of await loadChainMaps())
    for (const l of m.links)
      for (const t of [...l.terms.zh, ...l.terms.en, ...(l.equipment?.zh ?? []), ...(l.equipment?.en ?? [])])
        set.add(normalizeText(t).toLowerCase());
  phrases = [...set].sort(byString);
});

describe('phrase scans by trie: the same matches in the same order as one startsWith per phrase and position', () => {
  it('headFinalMatches, on the chain maps’ terms and random texts of them (with duplicates and an empty phrase)', () => {
    const entries = [
      ...phrases.map((phrase, id) => ({ phrase, id })),
      { phrase: phrases[3]!, id: -1 },
      { phrase: '', id: -2 },
    ];
    const scan = headFinalMatches(entries);
    const reference = referenceHeadFinal(entries);
    let matched = 0;
    for (const text of randomTexts(phrases, 3000, 7)) {
      const want = reference(text);
      matched += want.length;
      expect(collect(scan, text)).toEqual(want);
    }
    expect(matched).toBeGreaterThan(5000);
  });

  it('longestMatches, with a word-boundary fit and with none', () => {
    const entries = phrases.map((phrase, id) => ({ phrase, id }));
    const fits = (e: { phrase: string }, text: string, i: number) => wordFits(e, text, i) && e.phrase.length !== 3;
    for (const [scan, reference] of [
      [longestMatches(entries, fits), referenceLongest(entries, fits)],
      [longestMatches(entries), referenceLongest(entries, () => true)],
    ] as const)
      for (const text of randomTexts(phrases, 1500, 11)) expect(collect(scan, text)).toEqual(reference(text));
  });

  it('finds a phrase at the end of the text and none in an empty one', () => {
    const scan = headFinalMatches([{ phrase: 'cell' }, { phrase: '电芯' }]);
    expect(collect(scan, 'battery cell')).toEqual([[{ phrase: 'cell' }, 8]]);
    expect(collect(scan, 'cells 电芯')).toEqual([
      [{ phrase: 'cell' }, 0],
      [{ phrase: '电芯' }, 6],
    ]);
    expect(collect(scan, 'excell')).toEqual([]);
    expect(collect(scan, '')).toEqual([]);
  });
});
