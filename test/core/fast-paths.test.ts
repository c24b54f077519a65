import fc from 'fast-check';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { describe, expect, it } from 'vitest';
import { createTokenizer, normalizeText } from '../../src/index.js';
import { seenFilter } from '../../src/text/_lib/seen-filter.js';
import { normalizeMany, normalizeSlowly } from '../../src/text/normalize.js';
import { phraseFinder } from '../../src/text/phrases.js';
import { eachRun, wordStartFinder } from '../../src/text/tokenize.js';

/** Units the plain path of normalization takes, and units next to them that it must leave to the slow passes. */
const UNITS = [
  ...'产业链锂电池户戶客户台臺於干乾后後',
  ...'鋰電池產業國',
  ...'abcXYZ019 .-+()',
  ...'，。、；：（）！？［］ＡＢｃ１２',
  ...'“”‘’·《》【】',
  '\u3000',
  '\u00a0',
  '\t',
  '\n',
  '\u0000',
  '\ue000',
  'ǎ',
  'é',
  'e\u0301',
  '\u2ff0',
  '𠀀',
  '〇',
  '々',
  'chǎn',
  'ye',
  '(chan)',
  '（ye）',
];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((a) => a.join(''));

describe('normalization fast path', () => {
  it('equals every pass of normalizeText', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'grapheme', maxLength: 30 })), (s) => {
        expect(normalizeText(s)).toBe(normalizeSlowly(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals it in normalizeMany, plain and other texts mixed', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 6 }), (ts) => {
        // As it was: the texts normalized as one, joined by a private-use character.
        const joined = normalizeSlowly(ts.join('\ue000')).split('\ue000');
        const before =
          ts.length < 2 || ts.some((t) => t.includes('\ue000')) || joined.length !== ts.length
            ? ts.map(normalizeSlowly)
            : joined.map((p) => p.trim());
        expect(normalizeMany(ts)).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('maps full-width forms and keeps plain text as it is', () => {
    expect(normalizeText('生产锂电池，用于汽车')).toBe('生产锂电池,用于汽车');
    expect(normalizeText('客户包括ＡＢＣ')).toBe('客户包括ABC');
    expect(normalizeText('材料(PVC)')).toBe('材料(PVC)');
    expect(normalizeText('產(chǎn)业(ye)')).toBe('产业');
  });
});

// The expression the run walk stands for (see tokenize.ts).
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.\-+](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

describe('tokenizer fast paths', () => {
  const runUnits = fc.constantFrom(...'锂电池a1.-+ _，。Éé〇々ⅷ²٣', '𠀀', 'ab', '3.5', 'c++', 'wi-fi', '\u0301');
  it('walks the runs the expression matches', () => {
    fc.assert(
      fc.property(fc.array(runUnits, { maxLength: 30 }), (a) => {
        const text = a.join('');
        const walked: [string, boolean][] = [];
        eachRun(text, (run, han) => walked.push([run, han]));
        expect(walked).toEqual([...text.matchAll(RUNS)].map((m) => [m[0], /^\p{Script=Han}/u.test(m[0])]));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same tokens from its cache of runs as without it', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const words = (run: string) => [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
    const cached = createTokenizer({});
    const plain = createTokenizer({ chinese: words });
    const withBigrams = createTokenizer({ bigrams: true });
    const plainBigrams = createTokenizer({ chinese: words, bigrams: true });
    const pieces = fc.constantFrom(
      ...['锂电池', '正极材料', '汽车零部件', '生产', '销售', '新能源汽车', '的', '和', '光伏', '组件'],
      ...['，', '。', ' ', 'lithium battery', 'cement', '5g', '基站', 'ev', '动力电池包'],
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
          { maxLength: 4 },
        ),
        (ts) => {
          const normalized = ts.map(normalizeText);
          // Three times: a run or a short text is kept when seen the second time, and comes from the cache the third.
          for (let k = 0; k < 3; k++) {
            expect(cached.tokenizeMany!(normalized)).toEqual(plain.tokenizeMany!(normalized));
            expect(withBigrams.tokenizeMany!(normalized)).toEqual(plainBigrams.tokenizeMany!(normalized));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tokenizer numbers', () => {
  it("split as natural's word tokenizer splits them", () => {
    const words = new WordTokenizer();
    const tok = createTokenizer({});
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123456789.+-', '12', '2017', '1.63', 'a', '锂'), { maxLength: 12 }),
        (a) => {
          const text = a.join('');
          // Digit groups of every run (a single digit is a stop word), as natural's word tokenizer gives them.
          const expected = [...text.matchAll(RUNS)]
            .flatMap((m) => words.tokenize(m[0]))
            .filter((w) => /^[0-9]{2,}$/.test(w));
          expect(tok.tokenize(text).filter((t) => /^[0-9]+$/.test(t))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('tokenizer caches', () => {
  it("keep their own copy of a text's tokens", () => {
    const tok = createTokenizer({});
    const text = normalizeText('锂电池正极材料');
    const first = tok.tokenize(text);
    for (let k = 0; k < 3; k++) tok.tokenize(text).push('x');
    expect(tok.tokenize(text)).toEqual(first);
  });

  it('never take a string for unseen once seen', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 50 }), fc.integer({ min: 1, max: 20 }), (ss, max) => {
        const seen = seenFilter(1 << 10, max);
        const since: string[] = [];
        for (const s of ss) {
          if (since.length >= max) since.length = 0;
          const answer = seen(s);
          if (since.includes(s)) expect(answer).toBe(true);
          if (!answer) since.push(s);
        }
      }),
    );
  });
});

describe('wordStartFinder', () => {
  // What it stands for: every phrase tried at each match of a word-start expression.
  const WORD_START = /(?<![a-z0-9])[a-z0-9]/g;
  const naive = <T extends { phrase: string }>(entries: readonly T[], text: string): T[] => {
    const found: T[] = [];
    for (const m of text.matchAll(WORD_START))
      for (const e of entries)
        if (e.phrase[0] === m[0] && !found.includes(e) && text.startsWith(e.phrase, m.index)) found.push(e);
    return found;
  };
  it('finds the phrases a scan of word starts finds, in the same order', () => {
    const phrases = ['cement', 'cell', 'ev', 'e', '5g', 'battery', 'bat', '-x', '', 'x-ray', 'li-ion', 'ion'];
    const entries = phrases.map((phrase, order) => ({ phrase, order }));
    const find = wordStartFinder(entries);
    const pieces = fc.constantFrom(...phrases, ' ', '-', '锂', 'a', '9', 's', 'ces');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (a) => {
        const text = a.join('');
        expect(find(text)).toEqual(naive(entries, text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('phraseFinder', () => {
  it('finds what a startsWith per phrase and position finds, in order of first occurrence', () => {
    const phrases = ['锂电池', '电池', '锂', '汽车零部件', '汽车', '', 'ev', '5g基站', '基站', '电池'];
    const entries = phrases.map((phrase, order) => ({ phrase, order }));
    const find = phraseFinder(entries);
    const pieces = fc.constantFrom(...phrases, '，', ' ', '池', 'e', '𠀀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (a) => {
        const text = a.join('');
        const naive: typeof entries = [];
        for (let i = 0; i < text.length; i++)
          for (const e of entries) if (e.phrase && !naive.includes(e) && text.startsWith(e.phrase, i)) naive.push(e);
        expect(find(text)).toEqual(naive);
      }),
      { numRuns: 1000 },
    );
  });
});
