import { describe, expect, it } from 'vitest';
import type { PreparedEnterprise } from '../../src/features/types.js';
import type { EnterpriseDigester } from '../../src/match/matcher.js';
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

  it('keeps ids, headed shares and digests exactly, across storage chunks', () => {
    const vocabulary = ['a', 'b', 'c'];
    // Lists of 0 to 10 numbers each, integers and others: 30,000 enterprises need several chunks of 65,536 numbers.
    const lists = (n: number) => [
      n % 5 ? [] : [1],
      Array.from({ length: n % 11 }, (_, k) => n * 1.1 + k / 3),
      [n, -n, NaN, -0, 2 ** 40 + n, 2 ** 30 - 1],
    ];
    const digester: EnterpriseDigester = {
      lists: 3,
      keep: (pe) => lists(Number(pe.enterprise.id.slice(2))),
      digest: ([excluded, ...rest]) => ({ excluded: excluded!.length > 0, features: { x: rest[0]!, y: rest[1]! } }),
    };
    const cache = new TermCache(vocabulary, digester);
    const headedOf = (n: number) =>
      new Map(n % 3 ? [] : [['b', { equipment: n / 7, trade: 1 / 3 }]]).set('not in the vocabulary', {
        equipment: 1,
        trade: 0,
      });
    for (let n = 0; n < 30_000; n++) {
      const pe = {
        enterprise: { id: `企业${n}`, name: '' },
        tf: new Map([['a', 1]]),
        length: 1,
        text: '',
        codes: [],
        regions: [],
        headed: headedOf(n),
      } satisfies PreparedEnterprise;
      cache.add(pe.enterprise.id, pe);
    }
    for (const n of [0, 1, 2, 3, 14_999, 29_999]) {
      expect(cache.id(n)).toBe(`企业${n}`);
      const got = cache.get(n, `企业${n}`);
      const [excluded, x, y] = lists(n);
      expect(got.digest).toEqual({
        headed: new Map([...headedOf(n)].filter(([t]) => t !== 'not in the vocabulary')),
        digest: { excluded: excluded!.length > 0, features: { x, y } },
      });
      // Without its codes (to explain it), an enterprise is prepared from its record: no digest.
      expect(cache.get(n, `企业${n}`, false).digest).toBeUndefined();
    }
  });
});
