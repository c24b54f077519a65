import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createIndustryInferrer,
  createMatcher,
  industryCodeInfo,
  inferIndustryCodes,
  INDUSTRY_TERMS,
  normalizeText,
  type ChainGapItem,
  type Enterprise,
} from '../../src/index.js';

const codes = (text: string) => inferIndustryCodes(text).map((c) => c.code);

describe('inferIndustryCodes', () => {
  it('names the group of a business description, main business first', () => {
    expect(codes('公司主要从事汽车刹车片、制动盘等汽车零部件的研发、生产和销售。')[0]).toBe('C367');
    expect(codes('主要生产铝型材、铝板带箔，产品用于建筑和交通。')).toEqual(['C325']);
    expect(codes('提供商业银行服务，包括存款、贷款和信用卡。')).toEqual(['J66']);
    expect(codes('主营业务为软件开发与信息系统集成。')).toEqual(['I65']);
    // The first sentence names the main business: later mentions count half.
    expect(codes('公司生产乘用车和客车。产品配套少量汽车零部件、汽车座椅、轮胎。')[0]).toBe('C361');
  });

  it('reads Traditional script, inline pinyin and full-width forms like Simplified', () => {
    const simplified = '主要生产锂离子电池、动力电池和储能电池';
    expect(inferIndustryCodes('主要生產鋰(lǐ)離子電池、動力電池和儲能電池')).toEqual(inferIndustryCodes(simplified));
    expect(inferIndustryCodes('ＬＥＤ芯片')).toEqual(inferIndustryCodes('LED芯片'));
  });

  it('matches Latin terms only as whole words', () => {
    expect(codes('LED display modules')).toEqual(['C397']);
    expect(codes('a controlled process')).toEqual([]);
  });

  it('reads English descriptions, plurals included', () => {
    expect(codes('The Company manufactures passenger cars, SUVs and trucks.')).toEqual(['C361']);
    expect(codes('Ping An Bank Co., Ltd. provides commercial banking services, deposits and loans.')).toEqual(['J66']);
    expect(codes('Makes lithium-ion batteries and battery packs.')).toEqual(['C384']);
  });

  it('does not take a maker of equipment, chemicals or services for a maker of what they serve', () => {
    // Equipment and chemicals for a product, and trade or repair of goods, are not the product's group.
    expect(codes('主要产品为锂电池生产设备')).not.toContain('C384');
    expect(codes('主营皮革化学品的研发和生产')).not.toContain('C191');
    expect(codes('Makes coal mining machinery.')).toEqual([]);
    expect(codes('主要从事金属制品贸易')).toEqual(['F51']);
    expect(codes('Provides automobile repair and steel trading services.')).toEqual(['F51']);
    // A utility's own service keeps its code: 燃气销售 is still gas supply.
    expect(codes('从事城市燃气销售')).toEqual(['D45']);
    // Machinery named with 装备 is still machinery (轨道交通装备 is rolling stock).
    expect(codes('生产轨道交通装备')).toEqual(['C372']);
    // Customers are not the maker: the products come first.
    expect(codes('Makes medical equipment for hospital customers.')).toEqual(['C358']);
  });

  it('does not take an English firm that only sells goods for their maker', () => {
    // Selling verbs alone before a term: the firm trades the goods; a making verb in the same list keeps them.
    const holding = codes('The Company develops real estate, trades communication equipment and runs a resort.');
    expect(holding).toContain('K70');
    expect(holding).not.toContain('C392');
    expect(codes('Wholesales and markets watches and clocks.')).toEqual(['F51']);
    expect(codes('Manufactures and distributes household refrigerators.')).toEqual(['C385']);
    expect(codes('A firm specializing in R&D, manufacturing, and sales of auto parts.')).toEqual(['C367']);
    // Services keep their code whatever the verb (sells insurance is still insurance).
    expect(codes('Sells insurance products.')).toEqual(['J68']);
  });

  it('knows the products every manufacturing group is named for in the standard, in English', () => {
    // Read off the groups' and classes' English names (Manufacture of metal furniture, … surimi …).
    expect(codes('Makes metal furniture for offices.')).toEqual(['C213']);
    expect(codes('Processes surimi and frozen fish.')[0]).toBe('C136');
    expect(codes('Builds trams and trolleybuses.')).toEqual(['C365']);
    // The written terms keep theirs: a phrase the bundled lists name is not moved by a group name (sensors, 397).
    expect(codes('Makes sensors.')).toEqual(['C397']);
    // A term ending in a consonant + y is found in its -ies plural too.
    expect(codes('Makes lithium-ion batteries.')).toEqual(['C384']);
    expect(codes('Produces zinc-manganese batteries.')).toEqual(['C384']);
  });

  it('reads 提供 as one word and an English firm name as part of the first sentence', () => {
    expect(codes('公司提供电气元件和游戏')).not.toContain('D44');
    expect(codes('公司提供供电服务')).toEqual(['D44']);
    // `Co., Ltd.` does not end the first sentence: the products named in it count double.
    expect(codes('Acme Co., Ltd. manufactures batteries. The Company also makes tires and auto parts.')).toEqual([
      'C384',
    ]);
  });

  it('returns nothing for empty or unrelated text, and never throws on hostile input', () => {
    expect(inferIndustryCodes('')).toEqual([]);
    expect(inferIndustryCodes('今天天气很好')).toEqual([]);
    expect(() => inferIndustryCodes('\uD800'.repeat(1000) + '汽车零部件'.repeat(20_000))).not.toThrow();
    // Weights that are not positive finite numbers leave their field out (never NaN weights in the output).
    expect(
      inferIndustryCodes([
        { text: '汽车零部件', weight: Infinity },
        { text: '轮胎', weight: NaN },
        { text: '乘用车', weight: -1 },
      ]),
    ).toEqual([]);
  });

  it('keeps the best code and those close to it, weights relative to the best', () => {
    const infer = createIndustryInferrer({ ratio: 0.1, max: 5 });
    const out = infer([{ text: '生产轮胎、汽车零部件和乘用车' }]);
    expect(out.length).toBeGreaterThan(1);
    expect(out[0]!.weight).toBe(1);
    for (const c of out)
      expect(c.weight).toBeGreaterThan(0),
        expect(c.weight).toBeLessThanOrEqual(1),
        expect(c.terms.length).toBeGreaterThan(0);
    expect(createIndustryInferrer({ max: 1 })([{ text: '生产轮胎、汽车零部件和乘用车' }])).toHaveLength(1);
  });

  it('takes user terms per code, with hostile keys as data', () => {
    const terms = JSON.parse('{"__proto__": ["无关词"], "3670": ["线控底盘"], "C3841": ["固态电池"]}') as Record<
      string,
      string[]
    >;
    const infer = createIndustryInferrer({ terms });
    expect(infer([{ text: '研发线控底盘' }]).map((c) => c.code)).toEqual(['C3670']);
    expect(infer([{ text: '固态电池' }]).map((c) => c.code)).toEqual(['C3841']);
    // A broader code's evidence backs the narrower one found with it: one code, both terms.
    expect(infer([{ text: '汽车零部件、线控底盘' }])).toEqual([
      { code: 'C3670', weight: 1, terms: ['线控底盘', '汽车零部件'] },
    ]);
    expect(infer([{ text: '无关词' }])).toEqual([]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(createIndustryInferrer({ terms: { '3670': ['线控底盘'] }, replace: true })([{ text: '乘用车' }])).toEqual(
      [],
    );
    expect(() => createIndustryInferrer({ ratio: 2 } as never)).toThrow();
  });

  it('is the same for a text and its normalized form (property)', () => {
    const words = [...new Set(Object.values(INDUSTRY_TERMS).flatMap((t) => t.split(' ')))].slice(0, 300);
    const pieces = fc.constantFrom(...words, '，', '。', '公司', '產(chǎn)', '鋁', ' ', 'ａ', 'LED', 'led');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (ps) => {
        const t = ps.join('');
        expect(inferIndustryCodes(normalizeText(t))).toEqual(inferIndustryCodes(t));
      }),
    );
  });

  it('names only codes the classification table knows', () => {
    for (const code of Object.keys(INDUSTRY_TERMS)) expect(industryCodeInfo(code), code).toBeDefined();
  });
});

describe('the matcher infers codes for rows that declare none', () => {
  const item: ChainGapItem = { id: 'i1', title: '汽车零部件配套', keywords: ['制动系统'] };
  const parts: Enterprise = {
    id: 'e1',
    name: '某某制动科技有限公司',
    description: '主要生产汽车刹车片、制动盘等汽车零部件。',
  };
  const declared: Enterprise = {
    id: 'e2',
    name: '某某制动科技有限公司',
    description: '主要生产汽车刹车片、制动盘等汽车零部件。',
    industryCodes: ['C3841'],
  };

  it('uses inferred codes in the industry-code feature and says so', () => {
    const x = createMatcher().explain(item, parts);
    expect(x.values.industryCode).toBe(0.75); // same group 367, inferred on both sides
    expect(x.reason.zh).toContain('推断');
    expect(x.codes.enterprise).toEqual(['C367']);
    expect(x.codes.enterpriseInferred?.[0]?.terms).toContain('汽车零部件');
    expect(x.codes.itemInferred?.map((c) => c.code)).toEqual(x.codes.item);
  });

  it('never replaces declared codes', () => {
    const x = createMatcher().explain(item, declared);
    expect(x.values.industryCode).toBe(0.2); // C3841 vs inferred C367: same section only
    expect(x.codes).toMatchObject({ enterprise: ['C3841'], item: ['C367'] });
    expect(x.codes.enterpriseInferred).toBeUndefined();
    expect(createMatcher().explain({ ...item, industryCodes: ['C3670'] }, parts).values.industryCode).toBe(0.75);
  });

  it('can be turned off', () => {
    const x = createMatcher({ inferCodes: false }).explain(item, parts);
    expect(x.values.industryCode).toBeNull();
  });

  it('ranks an English maker above an English trader of the same goods', () => {
    const trader: Enterprise = {
      id: 'e8',
      name: 'Trader Co',
      description: 'The Company trades auto parts and provides logistics services.',
    };
    const maker: Enterprise = { id: 'e9', name: 'Maker Co', description: 'The Company makes auto parts.' };
    const m = createMatcher();
    expect(m.explain(item, maker).codes.enterprise).toEqual(['C367']);
    expect(m.explain(item, trader).codes.enterprise).not.toContain('C367');
    expect(m.rank([item], [trader, maker], { top: 2 }).map((x) => x.enterpriseId)).toEqual(['e9', 'e8']);
  });

  it('reads 所属行业 (industry) as the file states it, on both sides', () => {
    const bare: Enterprise = { id: 'e3', name: '某某科技有限公司', industry: '汽车零部件及配件制造' };
    const x = createMatcher().explain({ id: 'i2', title: '配套项目', industry: '汽车零部件及配件制造' }, bare);
    expect(x.codes.enterprise).toEqual(['C367']);
    expect(x.codes.item).toEqual(['C367']);
    expect(createMatcher().explain(item, { ...bare, industry: undefined }).codes.enterprise).toEqual([]);
  });
});
