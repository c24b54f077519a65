import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planTours, type TourPair } from '../../src/plan/index.js';

const items = [
  { id: 'i1', hostCity: '北海' },
  { id: 'i2', hostCity: '钦州' },
  { id: 'i3', hostCity: '玉林' },
  { id: 'i4' },
];

describe('planTours', () => {
  it('groups enterprises by the host city of their best matches', () => {
    const pairs: TourPair[] = [
      { enterpriseId: 'a', itemId: 'i1', score: 0.9 },
      { enterpriseId: 'a', itemId: 'i2', score: 0.3 },
      { enterpriseId: 'b', itemId: 'i1', score: 0.5 },
      { enterpriseId: 'c', itemId: 'i3', score: 0.7 },
      { enterpriseId: 'd', itemId: 'i4', score: 0.7 },
    ];
    const plan = planTours(pairs, { items, capacity: 20 });
    expect(plan.tours.map((t) => [t.id, t.cities, t.enterprises])).toEqual([
      ['N01', ['北海', '钦州'], ['a', 'b']],
      ['N02', ['玉林'], ['c']],
    ]);
    expect(plan.unassigned).toEqual([{ enterpriseId: 'd', reason: 'no-host-city' }]);
  });

  it('splits a crowded city into near-equal tours within capacity, deterministically', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.nat(3), fc.integer({ min: 1, max: 9 })), { maxLength: 80 }),
        fc.integer({ min: 1, max: 7 }),
        (raw, capacity) => {
          const pairs = raw.map(([e, i, s]) => ({ enterpriseId: `e${e}`, itemId: `i${i + 1}`, score: s / 10 }));
          const plan = planTours(pairs, { items, capacity });
          const all = plan.tours.flatMap((t) => t.enterprises);
          expect(new Set(all).size).toBe(all.length);
          for (const t of plan.tours) expect(t.enterprises.length).toBeLessThanOrEqual(capacity);
          const byCity = new Map<string, number[]>();
          for (const t of plan.tours)
            byCity.set(t.cities[0]!, [...(byCity.get(t.cities[0]!) ?? []), t.enterprises.length]);
          for (const sizes of byCity.values()) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(planTours([...pairs].reverse(), { items, capacity })).toEqual(plan);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('keeps to the enterprises asked for', () => {
    const plan = planTours(
      [
        { enterpriseId: 'a', itemId: 'i1', score: 1 },
        { enterpriseId: 'b', itemId: 'i1', score: 1 },
      ],
      {
        items,
        enterprises: ['b', 'x'],
      },
    );
    expect(plan.tours.flatMap((t) => t.enterprises)).toEqual(['b']);
    expect(plan.unassigned.map((u) => u.enterpriseId)).toEqual(['x']);
  });
});
