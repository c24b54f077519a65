import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firmChainText, firmText } from '../../src/features/chain.js';
import { createMatcher } from '../../src/index.js';
import type { Enterprise } from '../../src/schema/domain.js';
import { normalizeText } from '../../src/text/normalize.js';

// Pieces normalization treats specially: white space of every kind, controls, pinyin annotations, Traditional
// script, compatibility forms, combining marks (alone and after a space-making character), Greek sigma, the
// separators of normalization and of the firm text.
const PIECES = [
  ...['a', 'B', '1', '-', '(', ')', '电池', '產', '(chǎn)', '業(yè)', '（', '）', '，', '。', '、', '「', '」', '“'],
  ...[' ', '  ', '\u3000', '\t', '\n', '\u00a0', '\u200b', '\ufeff', '\u0001', '\u007f'],
  ...['¨', '´', '\u0301', 'é', 'ｅ', 'Ａ', 'ﬀ', '①', '㈱', '｡', 'Σ', 'ΑΣ', 'İ', '\uE000', 'battery', 'Cells'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((xs) => xs.join(''));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const enterprise: fc.Arbitrary<Enterprise> = fc
  .record({
    name: text,
    description: maybe(text),
    products: maybe(fc.array(text, { maxLength: 3 })),
    technologies: maybe(fc.array(text, { maxLength: 2 })),
    tags: maybe(fc.array(text, { maxLength: 2 })),
    industry: maybe(text),
  })
  .map(
    (r) => ({ id: 'E1', ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) }) as Enterprise,
  );

describe("the chain feature's firm text from preparation", () => {
  const matcher = createMatcher();

  it('equals the firm text normalized again, for any fields', () => {
    fc.assert(
      fc.property(enterprise, (e) => {
        expect(firmChainText(matcher.prepare(e))).toBe(normalizeText(firmText(e)).toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });

  it('is the prepared fields joined for ordinary text', () => {
    const e: Enterprise = {
      id: 'E2',
      name: 'Caleth Semiconductor Co., Ltd.',
      description: '主營動力電池電芯(diàn xīn)。',
      products: ['硅晶圆', ''],
      tags: ['外资'],
      industry: 'C3562',
    };
    expect(firmChainText(matcher.prepare(e))).toBe(
      '主营动力电池电芯(diàn xīn)。。硅晶圆。c3562。caleth semiconductor co., ltd.',
    );
    expect(firmChainText(matcher.prepare(e))).toBe(normalizeText(firmText(e)).toLowerCase());
  });
});
