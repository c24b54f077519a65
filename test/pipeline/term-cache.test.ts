import { describe, expect, it } from 'vitest';
import { TermCache } from '../../src/pipeline/term-cache.js';

describe('TermCache', () => {
  it('gives back every enterprise’s terms exactly, across storage chunks and once a frequency needs double precision', () => {
    const vocabulary = Array.from({ length: 50 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const cache = new TermCache(vocabulary);
    const added: Map<string, number>[] = [];
    // 7 terms each: 20,000 enterprises fill three chunks of 65,536 entries; enterprise 15,000 brings 0.3 (not a float).
    for (let n = 0; n < 20_000; n++) {
      const tf = new Map<string, number>();
      for (let k = 0; k < 7; k++)
        tf.set(vocabulary[(n + k * 7) % 50]!, n === 15_000 && k === 3 ? 0.3 : 1 + (n % 4) / 2);
      tf.set('not in the vocabulary', 1);
      added.push(new Map([...tf].filter(([t]) => t !== 'not in the vocabulary')));
      cache.add(`E${n}`, { tf, length: 10 + (n % 7) }, n + 1);
    }
    expect(cache.size).toBe(20_000);
    for (const n of [0, 1, 9_362, 9_363, 14_999, 15_000, 18_724, 19_999]) {
      const got = cache.get(n, `E${n}`);
      expect(got.tf).toEqual(added[n]);
      expect(got.length).toBe(10 + (n % 7));
      expect(cache.row(n)).toBe(n + 1);
    }
    expect(cache.get(15_000, 'E15000').tf.get(vocabulary[(15_000 + 21) % 50]!)).toBe(0.3);
  });
});
