import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, validateEnterprise, validateItem, type Enterprise } from '../../src/index.js';
import type { PreparedEnterprise } from '../../src/features/types.js';
import { contributions, weightedMean } from '../../src/score/combine.js';
import { exclusions, hardFilters } from '../../src/score/filters.js';

const lines = (file: string) =>
  readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
const items = lines('items.jsonl')
  .slice(0, 40)
  .map((r) => validateItem(r).data!);
const enterprises = lines('enterprises.jsonl')
  .slice(0, 120)
  .map((r) => validateEnterprise(r).data!);

const valueArb = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN));

describe('combination', () => {
  it('contributions add up, in feature order, to the weighted mean exactly; shares to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(valueArb, fc.double({ min: 0, max: 3, noNaN: true })), { minLength: 1, maxLength: 9 }),
        (pairs) => {
          const values = Float64Array.from(pairs, ([v]) => v);
          const weights = Float64Array.from(pairs, ([, w]) => w);
          const split = contributions(values, weights);
          let sum = 0;
          let shares = 0;
          for (const { contribution, share } of split) {
            sum += contribution ?? 0;
            shares += share;
          }
          expect(sum).toBe(weightedMean(values, weights));
          if (split.some((x) => x.contribution !== undefined)) expect(shares).toBeCloseTo(1, 12);
          else expect(weightedMean(values, weights)).toBe(0);
        },
      ),
    );
  });
});

describe('hard filters', () => {
  const pe = (e: Partial<Enterprise>, regions: PreparedEnterprise['regions'] = []) =>
    ({ enterprise: { id: 'E', name: 'n', ...e }, regions }) as PreparedEnterprise;

  it('are a list of the filters the options turn on; each excluding enterprise gets its reason, in order', () => {
    expect(hardFilters({})).toEqual([]);
    const all = hardFilters({
      minRevenue: 5,
      minEmployees: 10,
      excludeProvinces: ['广西壮族自治区'],
      includeRegions: ['east'],
      listedOnly: true,
      excludePresentInHostProvince: true,
    });
    expect(all).toHaveLength(6);
    expect(
      exclusions(
        all,
        pe({ revenue: 2, employees: 3, province: '广西', listed: false, presentInHostProvince: true }, ['west']),
      ),
    ).toEqual([
      'revenue 2 < minRevenue 5 (营收低于门槛)',
      'employees 3 < minEmployees 10 (员工人数低于门槛)',
      'province 广西 is excluded (省份被排除)',
      'region west not in east (来源地区不在范围内)',
      'not listed (非上市公司)',
      'already present in the host province (已在当地布局)',
    ]);
    // What an enterprise does not state passes.
    expect(exclusions(all, pe({}))).toEqual([]);
  });
});

describe('no state between calls', () => {
  const matcher = createMatcher();
  const idx = matcher.index(items, matcher.collectStats(enterprises, items));
  const prepared = enterprises.map((e) => idx.prepare(e));
  const key = (x: unknown) => JSON.stringify(x);

  it('scoring an enterprise gives the same pairs whatever was scored before, with and without thresholds', () => {
    const thresholds = Float64Array.from(items, (_, i) => (i % 3) * 0.2);
    const forward = prepared.map((pe) => key([idx.scoreEnterprise(pe), idx.scoreEnterprise(pe, thresholds)]));
    const backward = [...prepared]
      .reverse()
      .map((pe) => key([idx.scoreEnterprise(pe), idx.scoreEnterprise(pe, thresholds)]))
      .reverse();
    expect(backward).toEqual(forward);
    expect(forward.some((k) => k !== '[[],[]]')).toBe(true);
  });

  it('an explanation is the same before and after other pairs are scored and explained', () => {
    const scored = prepared.flatMap((pe) => idx.scoreEnterprise(pe).map(({ item, score }) => ({ pe, item, score })));
    const first = scored.map(({ pe, item }) => key(idx.explain(item, pe)));
    for (const pe of prepared) idx.scoreEnterprise(pe, new Float64Array(items.length).fill(0.5));
    const again = [...scored]
      .reverse()
      .map(({ pe, item }) => key(idx.explain(item, pe)))
      .reverse();
    expect(again).toEqual(first);
    for (const [k, { item, score }] of scored.entries())
      expect(JSON.parse(first[k]!).score, idx.items[item]!.item.id).toBe(score);
  });
});
