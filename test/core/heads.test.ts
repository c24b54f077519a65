import { describe, expect, it } from 'vitest';
import { type ChainGapItemInput, createMatcher, type EnterpriseInput } from '../../src/index.js';
import { headedShare, headedTerms, headedTf, itemHeads } from '../../src/text/heads.js';

describe('compound heads: a word before 机械 / 设备 / 销售 is not the firm’s product', () => {
  it('finds the words of a text that stand before an equipment or a trade head, with their share', () => {
    const tf = new Map([
      ['人造板', 2],
      ['胶合板', 1],
      ['汽车', 1],
      ['锂电池', 1],
    ]);
    const text = '公司生产人造板机械和胶合板，兼营汽车销售；另有人造板贴面业务。锂电池生产设备';
    const h = headedTerms(text, tf);
    expect(h.get('人造板')).toEqual({ equipment: 0.5, trade: 0 });
    expect(h.get('汽车')).toEqual({ equipment: 0, trade: 1 });
    // 生产 before 设备 still makes it equipment: 锂电池生产设备 makes no batteries.
    expect(h.get('锂电池')).toEqual({ equipment: 1, trade: 0 });
    expect(h.has('胶合板')).toBe(false);
    // A firm that names no making: what follows its selling verbs, in the clause, is what it sells.
    expect(
      headedTerms(
        '公司批发家用电器、厨房电器，并提供售后服务。',
        new Map([
          ['家用电器', 1],
          ['厨房电器', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['家用电器', { equipment: 0, trade: 1 }],
        ['厨房电器', { equipment: 0, trade: 1 }],
      ]),
    );
    // A maker that also sells keeps them.
    expect(headedShare('公司生产空调。公司还销售家用电器。', '家用电器')).toBeUndefined();
    // 生产销售 is making and selling, not trade alone.
    expect(headedShare('主营家具生产销售', '家具')).toBeUndefined();
  });

  it('an item that names the head itself asks for those firms: their words count whole', () => {
    expect(itemHeads('节能环保装备')).toEqual({ equipment: true, trade: false });
    expect(itemHeads('林产品与人造板')).toEqual({ equipment: false, trade: false });
    const share = { equipment: 1, trade: 0 };
    expect(headedTf(2, share, { equipment: true, trade: false }, 0.3)).toBe(2);
    expect(headedTf(2, share, { equipment: false, trade: false }, 0.3)).toBeCloseTo(0.6, 12);
  });

  it('ranks a maker of 人造板 above a maker of 人造板机械 that names the item’s words more often (no chain maps)', () => {
    const item: ChainGapItemInput = {
      id: 'i',
      title: '人造板及木制品',
      keywords: ['人造板', '胶合板', '纤维板'],
      description: '引进人造板生产企业',
    };
    const firms: EnterpriseInput[] = [
      { id: 'a', name: '甲机械公司', description: '主要研发制造人造板机械，包括胶合板机械、纤维板机械和刨花板机械。' },
      { id: 'b', name: '乙木业公司', description: '主要生产胶合板和细木工板。' },
    ];
    const m = createMatcher();
    const ranked = m.rank([item], firms, { top: 2 });
    expect(ranked.map((x) => x.enterpriseId)).toEqual(['b', 'a']);
    // The machinery maker covers none of the keywords as its own product.
    expect(m.explain(item, firms[0]!).values.keywords).toBe(0);
    // For an item that asks for the machines, the same firm covers them all.
    const machines = { ...item, id: 'm', title: '人造板机械', description: '引进人造板机械装备制造企业' };
    expect(m.explain(machines, firms[0]!).values.keywords).toBe(1);
    expect(m.rank([machines], firms, { top: 2 })[0]!.enterpriseId).toBe('a');
  });

  it('ranks a maker above a firm that only sells the goods (销售 before the word)', () => {
    const item: ChainGapItemInput = { id: 'h', title: '家用电器制造', keywords: ['家用电器', '厨房电器'] };
    const firms: EnterpriseInput[] = [
      { id: 'r', name: '戊商业公司', description: '公司批发和零售家用电器、厨房电器及数码产品，并提供安装服务。' },
      { id: 'm', name: '己电器公司', description: '公司生产厨房电器。' },
    ];
    expect(createMatcher().rank([item], firms, { top: 2 })[0]!.enterpriseId).toBe('m');
  });

  it('ranks a maker above a trader of the same goods', () => {
    const item: ChainGapItemInput = { id: 'f', title: '户外家具制造', keywords: ['户外家具', '藤编家具'] };
    const firms: EnterpriseInput[] = [
      { id: 't', name: '丙商贸公司', description: '从事户外家具销售、藤编家具批发及户外家具进出口。' },
      { id: 'k', name: '丁家居公司', description: '生产户外家具。' },
    ];
    expect(createMatcher().rank([item], firms, { top: 2 })[0]!.enterpriseId).toBe('k');
  });
});

describe('compound heads in English text: `lithium battery equipment` is not 锂电池', () => {
  it('finds the Chinese tokens of English phrases before an equipment or a trade head, with their share', () => {
    const tf = new Map([
      ['电池', 2],
      ['≈锂电池', 1],
      ['锂', 1],
      ['储能', 1],
      ['塑料', 1],
    ]);
    const text =
      'we make lithium battery equipment and machinery for energy storage; a distributor of plastics. we also make batteries.';
    const h = headedTerms(text, tf);
    // battery: before `equipment` once, and on its own once.
    expect(h.get('电池')).toEqual({ equipment: 0.5, trade: 0 });
    expect(h.get('≈锂电池')).toEqual({ equipment: 1, trade: 0 });
    expect(h.get('锂')).toEqual({ equipment: 1, trade: 0 });
    // `machinery for …`: English names the head first before a preposition.
    expect(h.get('储能')).toEqual({ equipment: 1, trade: 0 });
    expect(h.get('塑料')).toEqual({ equipment: 0, trade: 1 });
    // A maker's words, and machine tools (a product, not a machine for tools), are left alone.
    expect(headedTerms('we make lithium batteries and cnc machine tools', tf).size).toBe(0);
  });

  it('ranks a maker of lithium batteries above a maker of their equipment and a distributor (English descriptions)', () => {
    const item: ChainGapItemInput = {
      id: 'li',
      title: '锂电池制造',
      keywords: ['锂电池', '储能电池', '电池材料'],
      description: '引进锂电池生产企业',
    };
    const firms: EnterpriseInput[] = [
      {
        id: 'equipment',
        name: 'Alpha Machinery Co., Ltd.',
        description:
          'Alpha Machinery manufactures lithium battery equipment and energy storage battery production lines.',
      },
      {
        id: 'distributor',
        name: 'Gamma Trading Co., Ltd.',
        description: 'Gamma is a distributor of lithium batteries, energy storage systems and cathode materials.',
      },
      {
        id: 'maker',
        name: 'Beta Power Co., Ltd.',
        description: 'Beta Power produces lithium batteries and battery packs for electric bicycles.',
      },
    ];
    const m = createMatcher();
    expect(m.rank([item], firms, { top: 3 }).map((x) => x.enterpriseId)).toEqual(['maker', 'distributor', 'equipment']);
    // For an item that asks for the equipment, the machine maker's words count whole again.
    const machines = { ...item, id: 'eq', title: '锂电池生产设备', description: '引进锂电池装备制造企业' };
    expect(m.explain(machines, firms[0]!).values.text).toBeGreaterThan(m.explain(item, firms[0]!).values.text!);
  });
});

describe('English descriptions: a translated word counts as often as it is written', () => {
  it('ranks a firm that names cement throughout above one that names it in passing', () => {
    const item: ChainGapItemInput = { id: 'cement', title: '水泥制造', keywords: ['水泥', '熟料'] };
    const firms: EnterpriseInput[] = [
      { id: 'a-contractor', name: 'Alpha Roads Co.', description: 'Alpha builds roads and bridges with cement.' },
      {
        id: 'b-maker',
        name: 'Beta Co.',
        description: 'Beta makes cement: portland cement, slag cement and white cement.',
      },
    ];
    const m = createMatcher({ inferCodes: false });
    expect(m.rank([item], firms, { top: 2 })[0]!.enterpriseId).toBe('b-maker');
    expect(m.explain(item, firms[1]!).values.text).toBeGreaterThan(m.explain(item, firms[0]!).values.text!);
  });
});
