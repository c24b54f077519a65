import { describe, it, expect } from 'vitest';
import { labelledPairs } from '../../src/eval/index.js';
import { createMatcher } from '../../src/match/matcher.js';
import type { ChainGapItem, Enterprise } from '../../src/schema/domain.js';

const items: ChainGapItem[] = [
  { id: 'I2', title: '铝精深加工', keywords: ['铝型材', '铝板带箔'] },
  { id: 'I1', title: '动力电池正极材料', keywords: ['正极材料', '磷酸铁锂'] },
];
const enterprises: Enterprise[] = [
  { id: 'E1', name: '甲锂电材料', description: '生产磷酸铁锂正极材料' },
  { id: 'E2', name: '丙铝业', description: '铝板带箔、铝型材生产' },
];

describe('labelledPairs', () => {
  it('gives the values matcher.explain gives, with items not in id order (regression: index sorts items by id)', () => {
    const matcher = createMatcher();
    const stats = matcher.collectStats(enterprises, items);
    const labels = [
      { itemId: 'I1', enterpriseId: 'E1', grade: 2 },
      { itemId: 'I2', enterpriseId: 'E2', grade: 2 },
      { itemId: 'I2', enterpriseId: 'E1', grade: 0 },
    ];
    const { pairs, issues } = labelledPairs(matcher, items, enterprises, labels);
    expect(issues).toEqual([]);
    pairs.forEach((p, n) => {
      const item = items.find((i) => i.id === labels[n]!.itemId)!;
      const enterprise = enterprises.find((e) => e.id === labels[n]!.enterpriseId)!;
      expect(p.values).toEqual(matcher.explain(item, enterprise, stats).values);
    });
    expect(pairs[0]!.values.text).toBeGreaterThan(0);
  });

  it('reports labels naming unknown items or enterprises', () => {
    const { pairs, issues } = labelledPairs(createMatcher(), items, enterprises, [
      { itemId: 'I9', enterpriseId: 'E9', grade: 1 },
    ]);
    expect(pairs).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['unknown_item', 'unknown_enterprise']);
  });
});
