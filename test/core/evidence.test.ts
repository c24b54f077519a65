import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  createCollector,
  createMatcher,
  isEvidenceTerm,
  isGapTerm,
  type ChainGapItem,
  type Enterprise,
} from '../../src/index.js';
import { readMatches, writeMatches } from '../../src/io/index.js';
import { matchToJson } from '../../src/io/matches.js';
import { collect, tempDir } from '../io/helpers.js';

const matcher = createMatcher();
/** The terms a reason names: the lists in （…） after the names of the pair. */
const named = (zh: string) =>
  [...zh.slice(zh.indexOf('匹配：')).matchAll(/（([^（）]*)）/gu)].flatMap((m) => m[1]!.split('、'));

describe('evidence terms', () => {
  it('drops a lone character from the shown terms (线 and 束 of 线束 still add to the score)', () => {
    const item: ChainGapItem = { id: 'I', title: '汽车线束' };
    const x = matcher.explain(item, { id: 'E', name: '甲汽车电子有限公司', description: '汽车线束与电线' });
    expect(x.matchedTerms).toContain('汽车');
    expect(x.matchedTerms.filter((t) => [...t].length === 1)).toEqual([]);
    const without = matcher.explain(item, { id: 'E', name: '甲汽车电子有限公司', description: '汽车电子' });
    expect(x.values.text!).toBeGreaterThan(without.values.text!);
  });

  it('keeps a one-character term the item names whole, and it makes a candidate', () => {
    const item: ChainGapItem = { id: 'I', title: '食品加工延链项目', keywords: ['糖'] };
    const x = matcher.explain(item, { id: 'E', name: '乙食品有限公司', description: '生产糖' }, undefined);
    expect(x.matchedTerms).toContain('糖');
    expect(x.candidate).toBe(true);
    expect(isEvidenceTerm('糖', new Set(['糖']))).toBe(true);
    expect(isEvidenceTerm('糖', new Set())).toBe(false);
  });

  it('never takes a gap word, a place or a number as evidence (补链 + 供应链 share only 链)', () => {
    for (const t of [
      '链',
      '补链',
      '强链',
      '延链',
      '项目',
      '企业',
      '引进',
      '产业',
      '配套',
      '广西',
      '柳州',
      '越南',
      '2020',
    ])
      expect(isGapTerm(t), t).toBe(true);
    const item: ChainGapItem = { id: 'I', title: '汽车线束补链项目', keywords: ['配套'] };
    const logistics: Enterprise = {
      id: 'E1',
      name: '丙物流有限公司',
      description: '供应链管理、配套物流，总部位于广西柳州，成立于2020年',
    };
    const x = matcher.explain(item, logistics);
    expect(x.candidate).toBe(false);
    expect(x.matchedTerms).toEqual([]);
    expect(matcher.rank([item], [logistics])).toEqual([]);
  });

  it('shows each term once, none inside a longer one, the longest first; a reason names a term once', () => {
    const item: ChainGapItem = {
      id: 'I',
      title: '船舶配套',
      keywords: ['船舶', '船舶动力', '锂电池'],
      products: ['船用锂电池'],
    };
    const x = matcher.explain(item, {
      id: 'E',
      name: '丁船舶动力有限公司',
      description: '船舶动力系统、船用锂电池和锂电池的研发制造',
    });
    expect(x.matchedTerms).toEqual(['船用锂电池', '船舶动力']);
    const terms = named(x.reason.zh);
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('a pair sharing only lone characters is never a candidate, in any path', () => {
    const m = createMatcher({ inferCodes: false });
    // 线束 comes out of the tokenizer as 线 + 束: the item's keyword found whole in E2's text is its evidence.
    const items: ChainGapItem[] = [{ id: 'I', title: '线束', keywords: ['线束'] }];
    const ents: Enterprise[] = [
      { id: 'E1', name: '戊铜业有限公司', description: '铜箔生产线' },
      { id: 'E2', name: '己线束有限公司', description: '汽车线束' },
    ];
    const stats = m.collectStats(ents, items);
    const x = m.explain(items[0]!, ents[0]!, stats);
    expect(x.values.text).toBeGreaterThan(0);
    expect(x.candidate).toBe(false);
    expect(m.explain(items[0]!, ents[1]!, stats).candidate).toBe(true);
    const idx = m.index(items, stats);
    expect(idx.scoreEnterprise(idx.prepare(ents[0]!))).toEqual([]);
    expect(idx.scoreEnterprise(idx.prepare(ents[0]!), [0])).toEqual([]);
    const collector = createCollector(idx, { top: 5, by: 'item', minScore: 0 });
    for (const e of ents) collector.add(idx.prepare(e));
    expect(collector.matches().map((r) => r.enterpriseId)).toEqual(['E2']);
    expect(m.rank(items, ents, { by: 'enterprise' }).map((r) => r.enterpriseId)).toEqual(['E2']);
  });

  it('a shared GB/T 4754 group makes a candidate; a shared division alone does not', () => {
    const item: ChainGapItem = { id: 'I', title: '项目甲', industryCodes: ['C3841'] };
    const group = matcher.explain(item, { id: 'E1', name: '庚有限公司', industryCodes: ['C3849'] });
    const division = matcher.explain(item, { id: 'E2', name: '辛有限公司', industryCodes: ['C3831'] });
    expect(group.candidate).toBe(true);
    expect(division.candidate).toBe(false);
  });
});

describe('weak matches', () => {
  const items: ChainGapItem[] = [{ id: 'I', title: '锂电池正极材料', keywords: ['正极材料', '磷酸铁锂'] }];
  const ents: Enterprise[] = [
    { id: 'E1', name: '甲新能源有限公司', description: '磷酸铁锂正极材料' },
    { id: 'E2', name: '乙化工有限公司', description: '基础化工原料，少量电池材料' },
  ];

  it('marks matches below weakScore, and only those, in the matches, the explanation and the JSONL', () => {
    const ranked = matcher.rank(items, ents);
    expect(ranked).toHaveLength(2);
    const [strong, weak] = ranked;
    expect(strong!.score).toBeGreaterThanOrEqual(0.33);
    expect(strong!.weak).toBeUndefined();
    expect(weak!.score).toBeLessThan(0.33);
    expect(weak!.weak).toBe(true);
    expect(matcher.explain(items[0]!, ents[1]!).weak).toBe(true);
    expect(JSON.parse(matchToJson(weak!)).weak).toBe(true);
    expect(Object.keys(JSON.parse(matchToJson(strong!)))).toEqual([
      'itemId',
      'enterpriseId',
      'rank',
      'score',
      'contributions',
      'matchedTerms',
      'reason',
    ]);
    const none = createMatcher({ weakScore: 0 }).rank(items, ents);
    expect(none.filter((m) => m.weak)).toEqual([]);
  });

  it('keeps the flag through JSONL and CSV files (a 弱匹配 column only when some match is weak)', async () => {
    const tmp = await tempDir();
    try {
      const ranked = matcher.rank(items, ents);
      for (const name of ['m.jsonl', 'm.csv']) {
        await writeMatches(tmp.path(name), ranked);
        const back = (await collect(readMatches(tmp.path(name)))).map((r) => (r.ok ? r.value.weak : 'error'));
        expect(back, name).toEqual([undefined, true]);
      }
      await writeMatches(tmp.path('zh.csv'), ranked, { headers: 'zh' });
      await writeMatches(tmp.path('strong.csv'), ranked.slice(0, 1));
      const header = async (name: string) => (await readFile(tmp.path(name), 'utf8')).split('\r\n')[0]!;
      expect(await header('zh.csv')).toContain('弱匹配');
      expect(await header('strong.csv')).not.toContain('weak');
    } finally {
      await tmp.cleanup();
    }
  });
});

describe('explain', () => {
  it('gives effective weights: value × weight = contribution on every line, and they add up to 1', () => {
    const m = createMatcher({ themes: [{ id: 't', name: '新材料', weights: { region: 0.3 } }] });
    const x = m.explain(
      { id: 'I', title: '锂电池正极材料', theme: 't', keywords: ['正极材料'] },
      { id: 'E', name: '甲新能源有限公司', description: '磷酸铁锂正极材料', province: '广东' },
    );
    let sum = 0;
    for (const [f, v] of Object.entries(x.values)) {
      expect(v === null ? 0 : v * x.weights[f]!, f).toBeCloseTo(x.contributions[f] ?? 0, 12);
      sum += x.weights[f]!;
    }
    expect(sum).toBeCloseTo(1, 12);
    expect(x.weights.asean).toBe(0); // does not apply: no share of the mean
    expect(x.configuredWeights.region).toBe(0.3);
    const inMean = Object.keys(x.values).filter((f) => x.values[f] !== null);
    expect(inMean).toContain('region');
    expect(x.weights.region).toBeCloseTo(0.3 / inMean.reduce((s, f) => s + x.configuredWeights[f]!, 0), 12);
  });
});
