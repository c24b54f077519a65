// toSimplified returns a text with no character of OPENCC_CHANGES as it is, without OpenCC (issue #14): the list must
// be the installed opencc-js's, and such texts must indeed come out of OpenCC unchanged.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { OPENCC_CHANGES } from '../../src/text/_lib/opencc-changes.js';
import { changedChars, dictEntries, type OpenCCConfig } from '../../src/text/_lib/opencc-dicts.js';
import { toSimplified } from '../../src/text/normalize.js';

const config = (OpenCC.Locale.configs as unknown as Record<string, OpenCCConfig>).hk2s!;
const convert = OpenCC.Converter({ from: 'hk', to: 'cn' }) as (s: string) => string;

describe('OPENCC_CHANGES', () => {
  it("is the installed opencc-js's list (else: npx tsx scripts/build-opencc-changes.ts)", () => {
    expect(OPENCC_CHANGES).toBe(changedChars(config));
  });

  it('leaves out only characters that OpenCC keeps, alone and in the keys they start', () => {
    const changes = new Set(OPENCC_CHANGES);
    const keys = [
      ...dictEntries([
        ...(config.normalizationChain ?? []).flat(),
        ...(config.segmentation ?? []),
        ...config.conversionChain.flat(),
      ]),
    ].map(([k]) => k);
    for (const k of keys) if (![...k].some((c) => changes.has(c))) expect(convert(k)).toBe(k);
    for (const c of new Set(keys.flatMap((k) => [...k]))) if (!changes.has(c)) expect(convert(c)).toBe(c);
  });

  it('gives the same as OpenCC on mixes of kept and changed characters, key fragments and phrases', () => {
    const kept = [...'锂电池产业链广西，。、 a1⿰𠀋一目了然乾隆沈阳函覆'].filter((c) => !OPENCC_CHANGES.includes(c));
    const pieces = [...kept, ...'產業國電務於台户戶溫稅覆沈浸乾', '沈浸於', '函覆', '一乾二淨', '鋰電池', '一目瞭然'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (a) => {
        const text = a.join('');
        expect(toSimplified(text)).toBe(convert(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kept), { maxLength: 40 }), (a) => {
        const text = a.join('');
        expect(toSimplified(text)).toBe(text);
        expect(convert(text)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
