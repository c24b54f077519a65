import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseFinder } from '../../src/text/phrases.js';

describe('phraseFinder', () => {
  it('finds what includes() finds, in order of first occurrence, those at one position in list order', () => {
    const units = ['电', '池', '锂', '电池', '锂电池', 'a', 'ab', '𠀋', '，'];
    const phrase = fc.array(fc.constantFrom(...units), { maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 12 }),
        fc.array(fc.constantFrom(...units), { maxLength: 30 }),
        (phrases, text) => {
          const entries = phrases.map((p, i) => ({ phrase: p, i }));
          const t = text.join('');
          const naive = entries
            .filter((e) => e.phrase && t.includes(e.phrase))
            .sort((a, b) => t.indexOf(a.phrase) - t.indexOf(b.phrase) || a.i - b.i);
          const find = phraseFinder(entries);
          expect(find(t)).toEqual(naive);
          expect(find(t)).toEqual(naive);
        },
      ),
      { numRuns: 500 },
    );
  });
});
