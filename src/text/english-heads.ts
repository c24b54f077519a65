/**
 * The head rule of `heads.ts` for English text. An English description meets a Chinese item through translation
 * tokens (`battery` adds 电池, `lithium battery` adds ≈锂电池), which carry no position, so `lithium battery equipment`
 * used to count as 锂电池. Here the phrases the tokenizer translates are found again in the text with their place: one
 * followed by an equipment head (`… equipment`, `… production machinery`) or after `equipment for …`, one followed by
 * a trade head (`… distributor`, `… trading`) or after a trader's noun (`distributor of …`, `dealer in …`), is not the
 * firm's product, and neither are the Chinese tokens it adds. English is head-initial after a preposition (`machinery
 * for textiles`) and head-final in a compound (`textile machinery`): both are read. Selling verbs alone (`trades …`)
 * are not: measured, they cost ranking (DESIGN.md, round five). Written from the wording of business descriptions, not
 * from data.
 */
import { DEFAULT_THESAURUS_GROUPS, DEFAULT_TRANSLATION_GROUPS } from './thesaurus.js';

/** Occurrences of a word in a text: all, and those before an equipment head and before a trade head. */
export interface HeadCounts {
  all: number;
  equipment: number;
  trade: number;
}

/** What an English phrase adds: the Chinese words of a translation (each cut by the tokenizer), or a concept term. */
interface Rendering {
  readonly chinese: readonly string[];
  readonly concept: string | undefined;
}

/** Up to two more words of the compound before its head (`lithium` in `lithium battery equipment`), not a function word. */
const COMPOUND = String.raw`(?:(?:\s+|-)(?!(?:and|or|of|for|with|in|to|the|as|by|from|on|at)\b)[a-z0-9]+){0,2}?`;
/** An equipment head after a phrase: `… equipment`, `… production machinery`, `…-making machines` (not machine tools). */
const EQUIPMENT_AFTER = new RegExp(
  String.raw`^${COMPOUND}(?:\s+|-)(?:(?:production|processing|manufacturing|making|testing|test|inspection|assembly|automation|automatic|special|auxiliary)\s+)?(?:equipment|machinery|machines?(?!\s+tools?\b)|production lines?|apparatus)\b`,
  'u',
);
/** Equipment heads before a phrase, as their prepositional object: `equipment for (the production of) …`. */
const EQUIPMENT_BEFORE =
  /\b(?:equipment|machinery|machines|machine|production lines?)\s+(?:(?:used|applied|designed)\s+)?(?:for|in)\s+(?:[a-z0-9&-]+(?:,\s*|\s+)){0,6}$/u;
/**
 * Traders named before a phrase, as their object: `distributor of …`, `dealer in …`. (Selling verbs alone before it,
 * `trades …` in a text that makes nothing, as the Chinese rule reads 销售…: measured, it cost 0.0015 on dev.)
 */
const TRADE_BEFORE =
  /\b(?:distributors?|dealers?|traders?|trading|wholesalers?|wholesale|retailers?|resellers?|importers?)\s+(?:of|in|for)\s+(?:[a-z0-9&-]+(?:,\s*|\s+)){0,6}$/u;
/** A trade head right after a phrase: `… distributor`, `… trading`, `… sales` (with a word between: 0.001 less on dev). */
const TRADE_AFTER =
  /^\s+(?:wholesal\w*|distribut(?:ors?|ion)|dealers?(?:hips?)?|trad(?:ing|ers?)|retail(?:ers?|ing)?|sales|stores?|shops?)\b/u;
/** Any head word at all: without one, no phrase of the text is headed. */
const ANY_HEAD =
  /equipment|machine|production line|apparatus|wholesal|distribut|dealer|trad(?:er|ing)|retail|sales|store|shop|import|resell/u;
const WORD = /[a-z0-9]+(?:[-.+&][a-z0-9]+)*/gu;
/** Words in the longest phrase. */
const MAX_WORDS = 5;

/** The Latin phrases of the bundled thesaurus and translation groups with what each adds, and their word prefixes. */
let bundled: { phrases: Map<string, Rendering[]>; prefixes: Set<string> } | undefined;
function bundledPhrases(): NonNullable<typeof bundled> {
  if (bundled) return bundled;
  const phrases = new Map<string, Rendering[]>();
  const prefixes = new Set<string>();
  const add = (phrase: string, r: Rendering) => {
    const words = phrase.trim().toLowerCase().split(/\s+/u);
    if (!/[a-z0-9]/u.test(words.join(''))) return;
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
    const key = words.join(' ');
    const list = phrases.get(key);
    if (list) list.push(r);
    else phrases.set(key, [r]);
  };
  for (const [concept, ...rest] of DEFAULT_THESAURUS_GROUPS)
    for (const p of rest) add(p, { chinese: [], concept: `≈${concept}` });
  for (const [chinese, ...english] of DEFAULT_TRANSLATION_GROUPS)
    for (const p of english) add(p, { chinese: chinese!.split('、'), concept: undefined });
  return (bundled = { phrases, prefixes });
}

/** What a phrase's last word may be written for: itself, or the singular of its plural. */
function singulars(last: string): string[] {
  const out = [last];
  if (/[^aeiou]ies$/u.test(last)) out.push(`${last.slice(0, -3)}y`);
  if (last.endsWith('es')) out.push(last.slice(0, -2));
  if (last.endsWith('s')) out.push(last.slice(0, -1));
  return out;
}

/** One found phrase: what it adds and whether it stands before an equipment or a trade head. */
interface Found {
  readonly rendering: Rendering;
  readonly head: 'equipment' | 'trade' | undefined;
}

/** Every occurrence of the bundled phrases in `text` (normalized, lower-cased), each with its head. */
function foundPhrases(text: string): Found[] {
  const { phrases, prefixes } = bundledPhrases();
  const words = [...text.matchAll(WORD)];
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    // The words before the last one, while they begin some phrase.
    let before = '';
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const last = words[i + n - 1]!;
      // Words of one phrase are apart by one space or hyphen at most (as the tokenizer finds them).
      if (n > 1) {
        const prev = words[i + n - 2]!;
        if (last.index! - (prev.index! + prev[0].length) !== 1) break;
      }
      for (const w of singulars(last[0])) {
        const list = phrases.get(before ? `${before} ${w}` : w);
        if (!list) continue;
        const head = headAt(text, words[i]!.index!, last.index! + last[0].length);
        for (const rendering of list) out.push({ rendering, head });
        break;
      }
      before = before ? `${before} ${last[0]}` : last[0];
      if (!prefixes.has(before)) break;
    }
  }
  return out;
}

/** The head of a phrase at `start`–`end`: equipment or trade after it, or before it in its clause. */
function headAt(text: string, start: number, end: number): Found['head'] {
  const after = text.slice(end, end + 48);
  if (EQUIPMENT_AFTER.test(after)) return 'equipment';
  if (TRADE_AFTER.test(after)) return 'trade';
  const before = text.slice(Math.max(0, start - 80), start);
  // The clause before it, from its last stop or bracket.
  const clause = before.slice(before.search(/[^.;:()]*$/u));
  if (EQUIPMENT_BEFORE.test(clause)) return 'equipment';
  if (TRADE_BEFORE.test(clause)) return 'trade';
  return undefined;
}

/** Whether an occurrence adds `term` (a Chinese word or piece of one, or its concept). */
const adds = (r: Rendering, term: string): boolean =>
  term.startsWith('≈') ? r.concept === term : r.chinese.some((c) => c.includes(term));

/**
 * @internal The terms of `terms` that English phrases of `text` (normalized, lower-cased) add while standing before a
 * head somewhere, with the counts of all their occurrences and of the headed ones. Only the bundled thesaurus and
 * translation groups are read.
 */
export function englishHeadCounts(text: string, terms: ReadonlyMap<string, number>): Map<string, HeadCounts> {
  const out = new Map<string, HeadCounts>();
  if (!ANY_HEAD.test(text)) return out;
  const found = foundPhrases(text);
  for (const f of found) {
    if (!f.head) continue;
    const { chinese, concept } = f.rendering;
    if (concept && terms.has(concept)) out.set(concept, { all: 0, equipment: 0, trade: 0 });
    for (const c of chinese)
      for (let i = 0; i < c.length; i++)
        for (let j = i + 1; j <= c.length; j++) {
          const w = c.slice(i, j);
          if (terms.has(w)) out.set(w, { all: 0, equipment: 0, trade: 0 });
        }
  }
  for (const [term, counts] of out)
    for (const f of found)
      if (adds(f.rendering, term)) {
        counts.all++;
        if (f.head) counts[f.head]++;
      }
  return out;
}
