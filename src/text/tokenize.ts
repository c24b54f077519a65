import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as ENGLISH_STOP_WORDS } from 'natural/lib/natural/util/stopwords.js';
import { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { seenFilter } from './_lib/seen-filter.js';
import { CHINESE_STOP_WORDS } from './stopwords.js';
import { isWordUnit, phraseFinder } from './phrases.js';
import { createThesaurus, DEFAULT_TRANSLATION_GROUPS, type Thesaurus } from './thesaurus.js';

/**
 * Turns normalized text into index terms. Index and query must use the same tokenizer.
 * Concept terms from the thesaurus start with `≈`.
 */
export interface Tokenizer {
  /** Identifies the pipeline; saved in weight profiles so a mismatch is refused. */
  readonly name: string;
  tokenize(normalizedText: string): string[];
  /** Tokens of several texts at once (faster than one by one); the same tokens as {@link Tokenizer.tokenize} for each. */
  tokenizeMany?(normalizedTexts: readonly string[]): string[][];
}

/** How Chinese runs are cut into words. */
export type ChineseSegmentation = 'jieba' | 'jieba-search' | 'segmenter' | 'bigram' | ((hanRun: string) => string[]);

export const TokenizerOptionsSchema = z.strictObject({
  /**
   * `segmenter` (default): the built-in `Intl.Segmenter`, fed one run of Han text at a time (finer words, runs anywhere);
   * `jieba` / `jieba-search`: @node-rs/jieba words, normal or search mode (keeps compounds such as 锂离子; Node only,
   * loaded on first use); `bigram`: overlapping Han character pairs; or your own function.
   * Measured in bench/ndcg.ts: segmenter ranks best on real company descriptions.
   */
  chinese: z
    .union([
      z.enum(['jieba', 'jieba-search', 'segmenter', 'bigram']),
      z.custom<(s: string) => string[]>((v) => typeof v === 'function'),
    ])
    .optional(),
  /** Also index the character bigrams of words longer than two characters (partial matches). Default false. */
  bigrams: z.boolean().optional(),
  /** Extra stop words, added to the bundled ones. */
  stopWords: z.array(z.string()).optional(),
  /** Replace the bundled stop words instead of adding to them. */
  replaceStopWords: z.boolean().optional(),
  /** Thesaurus groups `[concept, ...phrases]` added to the bundled ones, or `false` for none (and no English → Chinese translations). */
  thesaurus: z.union([z.literal(false), z.array(z.array(z.string()))]).optional(),
  /** Porter-stem English words. Default true. */
  stem: z.boolean().optional(),
});
export type TokenizerOptions = z.infer<typeof TokenizerOptionsSchema>;

// Han runs, and runs of other letters and digits (Han excluded: `5g基站` is `5g` then `基站`).
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.\-+](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;
const HAN_START = /^\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const NUMBER = /^[0-9.+-]+$/;
const SURROGATE = /[\ud800-\udfff]/; // code units (with `u` a pair would be one code point)

/** What {@link RUNS} takes each BMP code unit for: 1 Han, 2 another letter or digit, 0 neither (built on first use). */
let unitClass: Uint8Array | undefined;
/** Whether every unit of U+4E00–U+9FFF is Han (then a walk need not look them up in {@link unitClass}). */
let hanBlock = false;
function classes(): Uint8Array {
  if (unitClass) return unitClass;
  const cls = new Uint8Array(0x10000);
  const han = /\p{Script=Han}/u;
  const word = /[\p{L}\p{N}]/u;
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const c = String.fromCharCode(u);
    cls[u] = han.test(c) ? 1 : word.test(c) ? 2 : 0;
  }
  hanBlock = cls.subarray(0x4e00, 0xa000).every((c) => c === 1);
  return (unitClass = cls);
}
const isJoiner = (u: number) => u === 0x2e || u === 0x2d || u === 0x2b; // . - +

/**
 * @internal Calls `run` for each match of {@link RUNS} in `text`, in order, telling Han runs from the others: a walk over a table
 * of code units (the expression is slow), or the expression itself for text with surrogate pairs.
 */
export function eachRun(text: string, run: (run: string, han: boolean) => void): void {
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(RUNS)) run(m[0], HAN_START.test(m[0]));
    return;
  }
  const cls = classes();
  // CJK ideographs, most of a Chinese text, without the table (which a long run pushes out of the caches).
  const classOf = (u: number) => (hanBlock && u >= 0x4e00 && u <= 0x9fff ? 1 : cls[u]!);
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = classOf(text.charCodeAt(i));
    if (c === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && classOf(text.charCodeAt(j)) === c) j++;
    // Other letters and digits go on over a `.`, `-` or `+` followed by more of them (`3.5`, `wi-fi`, `c++` not).
    if (c === 2)
      while (j + 1 < n && isJoiner(text.charCodeAt(j)) && cls[text.charCodeAt(j + 1)] === 2) {
        j += 2;
        while (j < n && cls[text.charCodeAt(j)] === 2) j++;
      }
    run(text.slice(i, j), c === 1);
    i = j;
  }
}

/** What a Han run gives in any text: its words (stop words out, bigrams in) and the Han thesaurus phrases in it. */
interface HanRun {
  readonly words: readonly string[];
  readonly phrases: readonly Phrase[];
}

/** A thesaurus phrase: its place in the thesaurus, the concept token, and for a Latin phrase the whole-word test. */
interface Phrase {
  readonly order: number;
  readonly phrase: string;
  readonly concept: string;
  readonly boundary: RegExp | undefined;
}
const LATIN_WORD = /[a-z0-9]/;
const LATIN_LETTER = /[a-z]/;

type JiebaLike = { cut(text: string, hmm?: boolean): string[]; cutForSearch(text: string, hmm?: boolean): string[] };
let jieba: JiebaLike | undefined;
function loadJieba(): JiebaLike {
  if (jieba) return jieba;
  // Loaded lazily and synchronously: importing chainmatch must not load a native binary.
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  if (!getBuiltin)
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      "tokenizer 'jieba' needs Node.js >= 20.16; use chinese: 'segmenter'",
    );
  const { createRequire } = getBuiltin('node:module') as typeof import('node:module');
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  jieba = Jieba.withDict(dict);
  return jieba;
}

/**
 * @internal How a Latin thesaurus phrase is found: the text it starts with (`prefix`, for the phrase finder) and the
 * whole-word test with its English plural (`battery` / `batteries`, `tire` / `tires`, `switch` / `switches`).
 */
export function latinPhrase(phrase: string): { prefix: string; boundary: RegExp } {
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A final consonant + y takes -ies: the plural does not contain the singular, so look for the part before the y.
  const ies = /[^aeiou]y$/.test(phrase);
  const prefix = ies ? phrase.slice(0, -1) : phrase;
  const plural = ies ? '(?:y|ies)' : '(?:s|es)?';
  return { prefix, boundary: new RegExp(`(?<![a-z0-9])${quote(prefix)}${plural}(?![a-z0-9])`, 'u') };
}

/**
 * @internal {@link phraseFinder} for Latin phrases, trying them at word starts only (in English text a phrase may start at every
 * letter, which made the scan slow): every entry whose phrase occurs at a word start (a unit of `[a-z0-9]` after none),
 * each once, in order of their first occurrence.
 */
export function wordStartFinder<T extends { readonly phrase: string }>(entries: readonly T[]): (text: string) => T[] {
  const byFirst: (T[] | undefined)[] = [];
  for (const e of entries) {
    const c = e.phrase.charCodeAt(0);
    if (isWordUnit(c)) (byFirst[c] ??= []).push(e);
  }
  return (text) => {
    const found: T[] = [];
    let seen: Set<T> | undefined;
    for (let i = 0, after = false; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWordUnit(c);
      if (word && !after)
        for (const e of byFirst[c] ?? [])
          if (!seen?.has(e) && text.startsWith(e.phrase, i)) (seen ??= new Set()).add(e), found.push(e);
      after = word;
    }
    return found;
  };
}

let segmenter: Intl.Segmenter | undefined;
/** Han runs joined into chunks up to this many characters: one segmenter call per chunk, not per run. */
const CHUNK = 256;
/** Texts up to this many units have their tokens kept (see `createTokenizer`). */
const TEXT_MAX = 64;
/** Bits of the tables that tell runs and texts seen before (256 KB each; at most 1 in 32 taken for seen wrongly). */
const SEEN_BITS = 1 << 21;
/** Bound of the caches of runs and stems: emptied when full, which bounds their memory and changes no output. */
const CACHE_MAX = 1 << 16;
/**
 * `Intl.Segmenter` words of each Han run (a run's words do not depend on its neighbours: runs are cut at hard
 * boundaries). Runs are joined with line breaks (a hard word boundary, so the words are the same as run by run) into
 * chunks of at most {@link CHUNK} characters: per-call overhead dominates short runs, and the segmenter slows down on
 * very long strings. (The tokenizer keeps the words of runs it has seen: see `createTokenizer`.)
 */
function segmenterWords(input: readonly string[]): string[][] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  // A run longer than a chunk (no punctuation for pages, e.g. hostile input) is cut into chunk-sized pieces:
  // the segmenter's time grows much faster than linearly with length. A word may be cut at a piece boundary.
  const runs: string[] = [];
  const owner: number[] = [];
  input.forEach((run, i) => {
    for (let at = 0; at < run.length; ) {
      let end = Math.min(run.length, at + CHUNK);
      // Never between the two halves of a surrogate pair (Han extension B and beyond).
      if (end < run.length && end - at > 1 && (run.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
      runs.push(run.slice(at, end));
      owner.push(i);
      at = end;
    }
  });
  const found: string[][] = [];
  let first = 0;
  let chunk = '';
  const flush = (end: number) => {
    // Pieces first … end-1 are in the chunk; a segment's index tells its piece.
    let r = first;
    let next = runs[r]!.length + 1;
    let words: string[] = [];
    for (const s of segmenter!.segment(chunk)) {
      while (s.index >= next && r + 1 < end) {
        found[r] = words;
        words = [];
        next += runs[++r]!.length + 1;
      }
      if (s.isWordLike) words.push(s.segment);
    }
    found[r] = words;
    for (r++; r < end; r++) found[r] = [];
    first = end;
    chunk = '';
  };
  runs.forEach((run, i) => {
    if (chunk && chunk.length + run.length >= CHUNK) flush(i);
    chunk = chunk ? `${chunk}\n${run}` : run;
  });
  if (chunk) flush(runs.length);
  const words: string[][] = input.map(() => []);
  for (let j = 0; j < runs.length; j++) words[owner[j]!]!.push(...found[j]!);
  return words;
}

/** Porter stems of the words met so far (emptied when full). */
const stems = new Map<string, string>();
function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= CACHE_MAX) stems.clear();
    stems.set(word, (s = PorterStemmer.stem(word)));
  }
  return s;
}

function bigramsOf(word: string, out: string[]): void {
  const chars = [...word];
  if (chars.length === 1) out.push(word);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/**
 * Creates the tokenizer: Chinese words (jieba, `Intl.Segmenter` or bigrams) plus bigrams of long words,
 * English words (natural's word tokenizer and Porter stemmer), stop words removed, thesaurus concepts added.
 * Expects text from {@link normalizeText}.
 * @example createTokenizer({ chinese: 'segmenter' }).tokenize(normalizeText('锂离子电池正极材料'))
 */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const parsed = TokenizerOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `invalid tokenizer options: ${parsed.error.message}`);
  const o = parsed.data;
  const chinese = o.chinese ?? 'segmenter';
  const withBigrams = o.bigrams ?? false;
  const stem = o.stem ?? true;
  const stop = new Set<string>([
    ...(o.replaceStopWords ? [] : [...CHINESE_STOP_WORDS, ...ENGLISH_STOP_WORDS]),
    ...(o.stopWords ?? []),
  ]);
  const thesaurus: Thesaurus =
    o.thesaurus === false
      ? new Map()
      : createThesaurus([...createThesaurus().entries()].map(([p, c]) => [c, p]).concat(o.thesaurus ?? []));
  const phrases = [...thesaurus.entries()].map(([phrase, concept], order): Phrase => {
    const latin = LATIN_WORD.test(phrase) ? latinPhrase(phrase) : undefined;
    return { order, phrase: latin?.prefix ?? phrase, concept: `≈${concept}`, boundary: latin?.boundary };
  });
  // English trade terms → the tokens of the Chinese words they translate (cut lazily, by this tokenizer).
  const translations = (o.thesaurus === false ? [] : DEFAULT_TRANSLATION_GROUPS).flatMap(([chinese, ...english]) =>
    english.map((phrase) => {
      const { prefix, boundary } = latinPhrase(phrase);
      return { phrase: prefix, every: new RegExp(boundary.source, 'gu'), chinese: chinese! };
    }),
  );
  type Translation = (typeof translations)[number];
  // Latin phrases and translations in one scan of a text (in their own order of first occurrence, as two scans give).
  const findLatin = wordStartFinder<Phrase | Translation>([...phrases.filter((p) => p.boundary), ...translations]);
  const translated = new Map<string, string[]>();
  const chineseWords = (chinese: string) => {
    let words = translated.get(chinese);
    if (!words)
      translated.set(
        chinese,
        (words = cut(chinese.split('、'))
          .flat()
          .filter((w) => !stop.has(w))),
      );
    return words;
  };
  const english = new WordTokenizer();
  const perRun = (cut: (run: string) => string[]) => (runs: readonly string[]) => runs.map((run) => cut(run));
  /** Words of each Han run. */
  const cut: (runs: readonly string[]) => string[][] =
    typeof chinese === 'function'
      ? perRun(chinese)
      : chinese === 'jieba'
        ? perRun((run) => loadJieba().cut(run, false))
        : chinese === 'jieba-search'
          ? perRun((run) => loadJieba().cutForSearch(run, false))
          : chinese === 'segmenter'
            ? segmenterWords
            : perRun((run) => {
                const out: string[] = [];
                bigramsOf(run, out);
                return out;
              });
  const name = [
    typeof chinese === 'function' ? 'custom' : chinese,
    withBigrams && chinese !== 'bigram' ? '+bigram' : '',
    stem ? '+stem' : '',
    `;stop=${stop.size}`,
    `;thesaurus=${thesaurus.size}`,
    translations.length ? `;translations=${translations.length}` : '',
  ].join('');

  // Thesaurus phrases of Han characters alone lie inside one Han run: they are found once per run (and kept with its
  // words); the other non-Latin phrases (none bundled) are looked for in the whole text.
  const hanOnly = phrases.filter((p) => !p.boundary && HAN_ONLY.test(p.phrase));
  const findInRun = phraseFinder(hanOnly);
  const findOther = phraseFinder(phrases.filter((p) => !p.boundary && !HAN_ONLY.test(p.phrase)));
  const anyOther = phrases.some((p) => !p.boundary && !HAN_ONLY.test(p.phrase));
  /**
   * What a Han run gives, whatever text it is in: its words (stop words out, bigrams in) and the Han thesaurus phrases
   * it holds. Runs repeat across a list (clauses, products, boilerplate), so most are looked up; not kept for your
   * own `chinese` function, which is called as before. A run goes to `runs` when cut a second time (`seenRun`): most
   * runs seen once are names, never seen again, and `runs` stays small (faster to look up in a large file); what the
   * first sight gave is not kept (it was garbage kept alive, mostly names, until the cache was emptied).
   */
  const runs = new Map<string, HanRun>();
  const seenRun = seenFilter(SEEN_BITS, CACHE_MAX);
  const cacheRuns = typeof chinese !== 'function';
  const wordsOf = (words: readonly string[]): string[] => {
    const out: string[] = [];
    for (const w of words) {
      if (stop.has(w) || !w.trim()) continue;
      out.push(w);
      if (withBigrams && chinese !== 'bigram' && w.length > 2) {
        const grams: string[] = [];
        bigramsOf(w, grams);
        for (const g of grams) if (!stop.has(g)) out.push(g);
      }
    }
    return out;
  };
  /** Tokens of a run of other letters and digits (stemmed, stop words out), kept like {@link runs}. */
  const latinRuns = new Map<string, readonly string[]>();
  const latinTokens = (run: string): string[] => {
    const words: string[] = [];
    for (const w of english.tokenize(run)) {
      if (stop.has(w) || w.length > 40) continue;
      words.push(stem && /^[a-z]+$/.test(w) ? stemOf(w) : w);
    }
    return words;
  };
  /** {@link latinTokens} of a number (`1.63`): its digit groups, which is all natural's word tokenizer splits it into. */
  const numberTokens = (run: string): string[] => {
    const words: string[] = [];
    for (const w of run.split(/[.+-]+/)) if (w && !stop.has(w) && w.length <= 40) words.push(w);
    return words;
  };
  // Numbers (years, amounts) seldom repeat: they are not kept.
  const latinWords = (run: string): readonly string[] => {
    if (NUMBER.test(run)) return numberTokens(run);
    let out = latinRuns.get(run);
    if (!out) {
      if (latinRuns.size >= CACHE_MAX) latinRuns.clear();
      latinRuns.set(run, (out = latinTokens(run)));
    }
    return out;
  };

  /**
   * Tokens of whole texts, kept like {@link runs} (a text enters on its second sight): a firm's products,
   * technologies and tags recur across a list, its name and description seldom do. Texts longer than
   * {@link TEXT_MAX} are not kept (descriptions: long, mostly seen once).
   */
  const textRuns = new Map<string, readonly string[]>();
  const seenText = seenFilter(SEEN_BITS, CACHE_MAX);

  function tokenizeMany(texts: readonly string[]): string[][] {
    if (!cacheRuns) return tokenizeFresh(texts);
    const outs: string[][] = new Array(texts.length);
    const todo: number[] = [];
    texts.forEach((text, k) => {
      const kept = text.length <= TEXT_MAX ? textRuns.get(text) : undefined;
      if (kept) outs[k] = kept.slice();
      else todo.push(k);
    });
    if (todo.length === texts.length) return tokenizeFresh(texts).map((out, k) => keep(texts[k]!, out));
    if (todo.length) {
      const fresh = tokenizeFresh(todo.map((k) => texts[k]!));
      todo.forEach((k, i) => {
        outs[k] = keep(texts[k]!, fresh[i]!);
      });
    }
    return outs;
  }
  /** Keeps a copy of a text's tokens (the caller may change its own) and returns them. */
  const keep = (text: string, out: string[]): string[] => {
    if (text.length <= TEXT_MAX && seenText(text)) {
      if (textRuns.size >= CACHE_MAX) textRuns.clear();
      textRuns.set(text, out.slice());
    }
    return out;
  };

  function tokenizeFresh(texts: readonly string[]): string[][] {
    const lowers = texts.map((t) => t.toLowerCase());
    const outs: string[][] = texts.map(() => []);
    // Han runs of every text; `owner` maps each run back to its text. Runs not seen before go to the segmenter
    // together (`fresh`).
    const han: (HanRun | undefined)[] = [];
    const hanText: string[] = [];
    const owner: number[] = [];
    const fresh: number[] = [];
    lowers.forEach((lower, k) => {
      eachRun(lower, (run, isHan) => {
        if (isHan) {
          const r = cacheRuns ? runs.get(run) : undefined;
          if (!r) fresh.push(han.length);
          han.push(r), hanText.push(run), owner.push(k);
        } else for (const w of latinWords(run)) outs[k]!.push(w);
      });
    });
    if (fresh.length) {
      const cutWords = cut(fresh.map((j) => hanText[j]!));
      fresh.forEach((j, i) => {
        const run = hanText[j]!;
        const r: HanRun = { words: wordsOf(cutWords[i]!), phrases: findInRun(run) };
        han[j] = r;
        if (cacheRuns && seenRun(run)) {
          if (runs.size >= CACHE_MAX) runs.clear();
          runs.set(run, r);
        }
      });
    }
    const found: Phrase[][] = texts.map(() => []);
    for (let j = 0; j < han.length; j++) {
      const { words, phrases: inRun } = han[j]!;
      const out = outs[owner[j]!]!;
      for (const w of words) out.push(w);
      if (inRun.length) found[owner[j]!]!.push(...inRun);
    }
    lowers.forEach((lower, k) => {
      const list = found[k]!;
      if (anyOther) list.push(...findOther(lower));
      const translate: Translation[] = [];
      if (LATIN_LETTER.test(lower))
        for (const e of findLatin(lower)) {
          if ('concept' in e) list.push(e);
          else translate.push(e);
        }
      // In thesaurus order, as a scan of every phrase would give; a phrase found in two runs counts once, as a scan of
      // the whole text would find it.
      if (list.length > 1) list.sort((a, b) => a.order - b.order);
      list.forEach((p, i) => {
        if (p !== list[i - 1] && (!p.boundary || p.boundary.test(lower))) outs[k]!.push(p.concept);
      });
      // Every occurrence counts, as each of a Chinese word's does: a firm that names cement five times makes cement.
      for (const t of translate) for (const _ of lower.matchAll(t.every)) outs[k]!.push(...chineseWords(t.chinese));
    });
    return outs;
  }

  return Object.freeze({
    name,
    tokenize: (text: string) => tokenizeMany([text])[0]!,
    tokenizeMany,
  });
}
