import { readFileSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createTokenizer, detectGarbled, looksGarbled, normalizeText, stripLegalForm } from '../../src/index.js';
import { normalizeMany, toSimplified as toSimplifiedCut } from '../../src/text/normalize.js';
import { latinPhrase } from '../../src/text/tokenize.js';

const SEED = new URL('../../../shared/seeds/000_c78928b6f655d5f4.txt', import.meta.url);
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' }) as (s: string) => string;
const PINYIN_GROUP = /\p{Script=Han}\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu;

describe.skipIf(!existsSync(SEED))('normalizeText on the seed article', () => {
  const seed = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const out = normalizeText(seed);

  it('removes every inline pinyin annotation (174 in the article)', () => {
    expect([...seed.matchAll(PINYIN_GROUP)].length).toBe(174);
    expect([...out.matchAll(/\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu)]).toHaveLength(0);
  });

  it('keeps the 4 real parenthesised phrases', () => {
    expect([...out.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1])).toEqual(['广西', '广西', '馨瑶 陆丽明', '广西云供图']);
  });

  it('leaves no Traditional characters', () => {
    const han = [...out].filter((c) => /\p{Script=Han}/u.test(c));
    expect(han.filter((c) => toSimplified(c) !== c)).toEqual([]);
    expect(out).toContain('中国产业转移发展对接活动');
  });

  it('flags the GBK mojibake stretch and nothing else', () => {
    const r = detectGarbled(out);
    expect(r.garbled).toBe(true);
    const flagged = r.spans.map(([a, b]) => out.slice(a, b)).join('');
    expect(flagged).toContain('凵');
    expect(flagged.length).toBeLessThan(20);
  });
});

describe('normalizeText', () => {
  it('handles the shapes of messy input', () => {
    expect(normalizeText('中國產(chǎn)業(yè)轉(zhuǎn)移(廣西)')).toBe('中国产业转移(广西)');
    expect(normalizeText('產（chǎn）業')).toBe('产业');
    expect(normalizeText('ＡＢＣ　１２３，鋰電池')).toBe('ABC 123,锂电池');
    expect(normalizeText('材料(PVC)')).toBe('材料(PVC)');
    expect(normalizeText('  a\u0000b \n\t c ')).toBe('ab c');
  });

  it('is idempotent', () => {
    const chars = fc.constantFrom(...'產業鏈(chǎn)（yè）廣西 ａｂ１２，。鋰電池锂电池ǎéüÅ\u00a0\u3000()'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: chars, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
        (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on huge or broken strings', () => {
    const huge = '鋰'.repeat(200_000) + '\ud800' + '(chǎn)'.repeat(1000);
    expect(() => normalizeText(huge)).not.toThrow();
    expect(looksGarbled('广西柳州汽车零部件产业园')).toBe(false);
  });
});

describe('normalizeMany', () => {
  it('equals normalizeText text by text', () => {
    const chars = [
      '產',
      '业',
      '(',
      ')',
      '（',
      '）',
      'chǎn',
      'yè',
      ' ',
      '\u3000',
      '「',
      '」',
      '，',
      '。',
      'Ａ',
      'a',
      '\u0301',
      'é',
      '\t',
      '\n',
      '裏',
      '里',
      '著',
      '着',
      '髮',
      '發',
      '臺',
      '乾',
      '隻',
      '\u0000',
      '﹐',
      '‧',
      '〝',
      '…',
      '℃',
      '①',
      '\uE000',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((a) => a.join('')),
          { maxLength: 6 },
        ),
        (texts) => {
          expect(normalizeMany(texts)).toEqual(texts.map(normalizeText));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('tokenizer', () => {
  it('drops generic corporate words, strips legal forms and adds thesaurus concepts', () => {
    const tok = createTokenizer();
    const terms = tok.tokenize(normalizeText('某某公司主要从事鋰離子電池的生產和銷售'));
    expect(terms).not.toContain('公司');
    expect(terms).not.toContain('生产');
    expect(terms).toContain('≈锂电池');
    expect(tok.tokenize('锂电')).toContain('≈锂电池');
    expect(stripLegalForm('柳州华通汽车零部件有限公司')).toBe('柳州华通汽车零部件');
    expect(stripLegalForm('Acme Holdings Co., Ltd.')).toBe('Acme');
  });

  it('lets users extend the thesaurus and stop words', () => {
    const tok = createTokenizer({ thesaurus: [['北斗', '卫星导航', 'gnss']], stopWords: ['广西'] });
    expect(tok.tokenize('卫星导航终端')).toContain('≈北斗');
    expect(tok.tokenize('广西 柳州')).not.toContain('广西');
    expect(createTokenizer().tokenize('卫星导航')).not.toContain('≈北斗');
  });

  it('finds English thesaurus phrases whole, singular or plural', () => {
    const battery = latinPhrase('battery');
    expect(battery.prefix).toBe('batter');
    expect(battery.boundary.test('lithium batteries')).toBe(true);
    expect(battery.boundary.test('battery packs')).toBe(true);
    expect(battery.boundary.test('batter')).toBe(false);
    expect(latinPhrase('switch').boundary.test('switches')).toBe(true);
    expect(latinPhrase('display').boundary.test('displays')).toBe(true);
    expect(latinPhrase('engine').boundary.test('engineering services')).toBe(false);
    expect(createTokenizer().tokenize('makes tires')).toContain('≈轮胎');
  });

  it('gives English trade terms the tokens of the Chinese words they translate', () => {
    const tok = createTokenizer();
    const en = tok.tokenize('The Company manufactures compound fertilizers and pesticides.');
    for (const w of tok.tokenize('化肥 复合肥 农药')) expect(en).toContain(w);
    // Chinese text is left as it is; no translation without a thesaurus.
    expect(tok.tokenize('化肥')).toEqual(createTokenizer({ thesaurus: false }).tokenize('化肥'));
    expect(createTokenizer({ thesaurus: false }).tokenize('fertilizer')).toEqual(['fertil']);
    // Each occurrence adds them, as each occurrence of a Chinese word counts.
    const cement = tok.tokenize('makes cement: portland cement and slag cement');
    expect(cement.filter((t) => t === '水泥')).toHaveLength(3);
  });

  it('tokenizes English with stemming', () => {
    expect(createTokenizer().tokenize('manufactures batteries')).toEqual(['manufactur', 'batteri', '电池']);
  });

  it('keeps Chinese words that follow Latin letters or digits (5G基站, LED显示屏)', () => {
    for (const chinese of ['segmenter', 'jieba', 'bigram'] as const) {
      const tok = createTokenizer({ chinese, thesaurus: false });
      const terms = tok.tokenize(normalizeText('5G基站天线、LED显示屏和CNC加工'));
      expect(terms, chinese).toEqual(expect.arrayContaining(['5g', 'led', 'cnc']));
      expect(terms.join(' '), chinese).toMatch(/天线/);
      expect(terms.join(' '), chinese).toMatch(/加工/);
    }
  });

  it('cuts long texts into the same words as sentence by sentence', () => {
    const tok = createTokenizer({ thesaurus: false });
    const sentences = Array.from({ length: 60 }, (_, i) => `公司第${i}条产线主要生产锂离子电池正极材料与铜箔`);
    const whole = tok.tokenize(normalizeText(sentences.join('。'))).sort();
    expect(whole).toEqual(sentences.flatMap((s) => tok.tokenize(normalizeText(s))).sort());
  });

  it('tokenizes several texts at once into the same tokens as one by one', () => {
    const pieces = [
      '锂离子电池',
      '正极材料',
      'LED',
      '显示屏',
      '5G',
      '基站',
      '，',
      ' ',
      '公司',
      '产(chǎn)业(yè)',
      '鋰電池',
      'cnc加工',
      '。',
      '纺织面料',
      'pcb',
    ];
    const texts = fc.array(
      fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => normalizeText(a.join(''))),
      { maxLength: 8 },
    );
    for (const chinese of ['segmenter', 'bigram'] as const) {
      const tok = createTokenizer({ chinese, bigrams: chinese === 'segmenter' });
      fc.assert(
        fc.property(texts, (ts) => {
          expect(tok.tokenizeMany!(ts)).toEqual(ts.map((t) => tok.tokenize(t)));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('converts to Simplified piece by piece as OpenCC converts the whole text', () => {
    // Traditional characters and phrases, keys that overlap (沈浸於, 函覆), HK variants (户, 台), characters in no key
    // (，a1), an ideographic description sequence and a character beyond the BMP.
    const pieces = [...'產業國電務於台户戶溫稅覆沈浸锂电池，。、 a1⿰𠀋乾隆'].concat([
      '沈浸於',
      '函覆',
      '一乾二淨',
      '鋰電池',
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (a) => {
        const text = a.join('');
        expect(toSimplifiedCut(text)).toBe(toSimplified(text));
        expect(toSimplifiedCut(text)).toBe(toSimplified(text));
      }),
      { numRuns: 500 },
    );
  });

  it('tokenizes the same from the run cache as through the segmenter', () => {
    // Random Han runs are mostly new to the cache on the first call; the second call finds every run in it.
    const han = fc
      .array(fc.constantFrom(...'锂离子电池正极材料纺织面料显示屏公司研发生产销售汽车零部件'), {
        minLength: 1,
        maxLength: 12,
      })
      .map((a) => a.join(''));
    const texts = fc.array(
      fc.array(fc.oneof(han, fc.constantFrom('，', '、', '5G', 'led')), { maxLength: 12 }).map((a) => a.join('')),
      { minLength: 1, maxLength: 6 },
    );
    const tok = createTokenizer({ chinese: 'segmenter' });
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    fc.assert(
      fc.property(texts, (ts) => {
        const first = tok.tokenizeMany!(ts);
        expect(tok.tokenizeMany!(ts)).toEqual(first);
        // A fresh segmenter on each run alone gives the words the tokenizer kept.
        const words = (t: string) =>
          [...t.matchAll(/\p{Script=Han}+/gu)].flatMap((m) =>
            [...seg.segment(m[0])].filter((s) => s.isWordLike).map((s) => s.segment),
          );
        first.forEach((toks, k) => {
          const kept = new Set(toks);
          for (const w of words(ts[k]!)) if (kept.has(w)) expect(toks).toContain(w);
          for (const w of toks.filter((x) => /^\p{Script=Han}+$/u.test(x))) expect(words(ts[k]!)).toContain(w);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('tokenizes a megabyte of Chinese without punctuation (hostile input, unvalidated through the API)', () => {
    const huge = '锂离子电池正极材料研发𠀋'.repeat(80_000);
    const terms = createTokenizer().tokenize(huge);
    expect(terms.length).toBeGreaterThan(100_000);
    expect(terms).toContain('正极');
    expect(terms.join('')).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/u);
  });

  it('rejects unknown options', () => {
    expect(() => createTokenizer({ chinese: 'nope' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});
