/**
 * English product phrases read off the English names of the GB/T 4754-2017 manufacturing groups and classes
 * (divisions 13–43) in `industry.ts`: `Manufacture of pumps, valves, compressors and similar machinery` names
 * pumps, valves and compressors. Every manufacturing group the classification lists gets its products in English this
 * way, whatever industries a hand-written list happens to cover. Derived from the standard's names, not from any
 * evaluation data.
 */
import { GBT4754_CLASSES, GBT4754_GROUPS, type IndustryEntry } from './industry.js';

/** What precedes the products in a name: `Manufacture of`, `Processing of`, `Weaving, dyeing and finishing of`. */
const ACTIVITY = /^.*? of /u;
/** Head nouns shared by the pieces before them: `textile, garment and leather machinery` is textile machinery too. */
const SHARED_HEAD = /\s(machinery|equipment|smelting|vehicle|machine|device|instrument)s?$/u;
/** Pieces that name no product of their own. */
const VAGUE =
  /^(?:other|similar|related|special|general|its|their|complete|common|daily-use|daily|household|cultural|n\.e\.c\.?|products?|equipment|machinery|articles?|goods|materials?|accessories|supplies|devices?|parts?)\b/u;
/** Single words too broad to name a group (a firm writes them about anything). */
const BROAD = new Set([
  'packaging',
  'processing',
  'printing',
  'finishing',
  'dyeing',
  'making',
  'building',
  'repair',
  'component',
  'wood',
  'food',
  'fibre',
  'art',
  'craft',
  'amusement',
  'pleasure',
  'down',
  'palm',
  'rice',
  'vegetable',
  'micro',
  'distribution',
  'extrusion',
  'electrical equipment',
  'crude oil',
  'power transmission',
  'animal husbandry',
  'mechanized agricultural',
  'public-service',
  'diving',
  'metal product',
]);

/** English singular of a plural noun: batteries → battery, boxes → box, pumps → pump (glass, gas stay). */
export function singular(word: string): string {
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|us)es$/u.test(word)) return word.slice(0, -2);
  if (/[^su]s$/u.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The product phrases of one English name, singular, lower-case. */
export function productPhrases(name: string): string[] {
  let s = name.toLowerCase().replace(/\(.*?\)/gu, ' ');
  // Customers and uses (`machinery for food production`) are not what the group makes.
  s = s.replace(/\s+(?:for|used in|of the)\s.*$/u, '');
  s = s.replace(ACTIVITY, '');
  const out: string[] = [];
  for (const part of s.split(';')) {
    const pieces = part
      .split(/\s*(?:,|\band\b|\bor\b)\s*/u)
      .map((p) => p.replace(/\s+/gu, ' ').trim())
      .filter(Boolean);
    // A bare singular word before `… and leather machinery` is a modifier of that head (textile machinery).
    const head = pieces.at(-1)?.match(SHARED_HEAD)?.[1];
    if (head && !VAGUE.test(pieces.at(-1)!))
      for (let i = 0; i < pieces.length - 1; i++)
        if (!pieces[i]!.includes(' ') && singular(pieces[i]!) === pieces[i]) pieces[i] = `${pieces[i]} ${head}`;
    for (const piece of pieces) addPiece(piece, out);
  }
  return out;
}

function addPiece(piece: string, out: string[]): void {
  {
    if (!piece || VAGUE.test(piece) || BROAD.has(piece)) return;
    const words = piece.split(' ').map((w, i, all) => (i === all.length - 1 ? singular(w) : w));
    // A lone adjective left by `X and Y products` (electric, metallurgical) names nothing.
    if (words.length === 1 && /(?:al|ic|ous|ive|ed)$/u.test(words[0]!)) return;
    const phrase = words.join(' ');
    if (BROAD.has(phrase)) return;
    if (phrase.length >= 3 && !out.includes(phrase)) out.push(phrase);
  }
}

const manufacturing = (e: IndustryEntry) => {
  const d = Number(e.code.slice(0, 2));
  return d >= 13 && d <= 43;
};

/**
 * English product phrases per manufacturing group (3-digit code), from the group's name and its classes' names;
 * a phrase that two groups' names give is left to neither.
 */
export const GBT4754_ENGLISH_TERMS: Readonly<Record<string, readonly string[]>> = (() => {
  const byPhrase = new Map<string, Set<string>>();
  for (const e of [...GBT4754_GROUPS, ...GBT4754_CLASSES].filter(manufacturing))
    for (const p of productPhrases(e.en)) {
      let groups = byPhrase.get(p);
      if (!groups) byPhrase.set(p, (groups = new Set()));
      groups.add(e.code.slice(0, 3));
    }
  const out: Record<string, string[]> = {};
  for (const [p, groups] of byPhrase) if (groups.size === 1) (out[[...groups][0]!] ??= []).push(p);
  return Object.freeze(out);
})();
