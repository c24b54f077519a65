// The README's library example, compiled by `tsc --noEmit` (tsconfig includes test/) and run by vitest.
// Between the markers: the README block as it stands but for the import path; the first test compares them.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  ChainGapItem,
  Enterprise,
  InferredCode,
  Issue,
  Match,
  PairExplanation,
  RankOptions,
} from '../../src/index.js';
// README:begin
import {
  ChainmatchError,
  createMatcher,
  inferIndustryCodes,
  normalizeText,
  type ChainGapItemInput,
  type EnterpriseInput,
} from '../../src/index.js';

const items: ChainGapItemInput[] = [
  {
    id: 'NM-01',
    title: '锂电池正极材料项目',
    gapType: '补链',
    segment: '上游',
    keywords: '正极材料、磷酸铁锂',
    investmentMin: '10',
  },
];
const enterprises: EnterpriseInput[] = [
  {
    id: 'E1',
    name: '甲新能源科技股份有限公司',
    description: '磷酸铁锂正极材料的研发和生产',
    province: '福建',
    revenue: '80',
    listed: '是',
  },
  { id: 'E2', name: '乙材料有限公司', description: '锂离子电池正极材料', province: '广西' },
];

const matcher = createMatcher({ filters: { excludeProvinces: ['广西'] } });
const matches = matcher.rank(items, enterprises, { top: 10 }); // per item, ranked: E1 (E2 is filtered out)
const byFirm = matcher.rank(items, enterprises, { top: 5, by: 'enterprise' });
const why = matcher.explain(items[0]!, enterprises[1]!); // values, weights, contributions, reason, excluded

try {
  matcher.rank(items, JSON.parse('[{ "企业名称": "丙公司" }]')); // validated: one error lists every issue
} catch (e) {
  if (!(e instanceof ChainmatchError)) throw e;
  e.code; // 'INVALID_INPUT'
  e.issues; // [{ code: 'invalid_type', path: ['enterprises', 0, 'id'], message: … }, … 'name' …, { code: 'unrecognized_keys', path: ['enterprises', 0], … }]
}

normalizeText('中國產(chǎn)業(yè)轉(zhuǎn)移(廣西)'); // '中国产业转移(广西)'
inferIndustryCodes('主要生产汽车刹车片、制动盘等汽车零部件')[0]; // { code: 'C367', weight: 1, terms: ['刹车片', '汽车零部件'] }
// README:end

describe('README library example', () => {
  it('is the code of this file', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /## Library\n+```ts\n([\s\S]*?)```/u.exec(readme)?.[1];
    const self = readFileSync(new URL(import.meta.url), 'utf8');
    const here = /\/\/ README:begin\n([\s\S]*?)\/\/ README:end/u.exec(self)?.[1];
    expect(block).toBeDefined();
    expect(here).toBe(block!.replace("from 'chainmatch'", "from '../../src/index.js'"));
  });

  it('does what its comments say', () => {
    expect(matches.map((m) => [m.itemId, m.enterpriseId, m.rank])).toEqual([['NM-01', 'E1', 1]]);
    expect(byFirm.map((m) => m.enterpriseId)).toEqual(['E1']);
    expect(why).toMatchObject({
      itemId: 'NM-01',
      enterpriseId: 'E2',
      excluded: ['province 广西 is excluded (省份被排除)'],
    });
    let error: unknown;
    try {
      matcher.rank(items, JSON.parse('[{ "企业名称": "丙公司" }]'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChainmatchError);
    expect((error as ChainmatchError).code).toBe('INVALID_INPUT');
    expect((error as ChainmatchError).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['enterprises', 0, 'id']],
      ['invalid_type', ['enterprises', 0, 'name']],
      ['unrecognized_keys', ['enterprises', 0]],
    ]);
    expect(normalizeText('中國產(chǎn)業(yè)轉(zhuǎn)移(廣西)')).toBe('中国产业转移(广西)');
    expect(inferIndustryCodes('主要生产汽车刹车片、制动盘等汽车零部件')[0]).toMatchObject({
      code: 'C367',
      weight: 1,
      terms: ['刹车片', '汽车零部件'],
    });
  });
});

describe('types of the library entry points', () => {
  it('rank and explain take the input shapes and return typed results', () => {
    expectTypeOf(matcher.rank).parameters.toEqualTypeOf<
      [readonly ChainGapItemInput[], readonly EnterpriseInput[], (RankOptions | undefined)?]
    >();
    expectTypeOf(matcher.rank).returns.toEqualTypeOf<Match[]>();
    expectTypeOf(matcher.explain).parameter(0).toEqualTypeOf<ChainGapItemInput>();
    expectTypeOf(matcher.explain).parameter(1).toEqualTypeOf<EnterpriseInput>();
    expectTypeOf(why).toEqualTypeOf<PairExplanation>();
    expectTypeOf(inferIndustryCodes('')).toEqualTypeOf<InferredCode[]>();
  });

  it('Chinese enum names, numeric strings and validated records all fit the input types', () => {
    expectTypeOf({
      id: 'I1',
      title: 't',
      gapType: '补链',
      segment: '上游',
      investmentMin: '10',
      aseanOriented: '是',
    }).toExtend<ChainGapItemInput>();
    expectTypeOf({
      id: 7,
      name: 'n',
      revenue: '12.5',
      employees: '300',
      listed: '否',
      products: '铝型材、铝板',
    }).toExtend<EnterpriseInput>();
    expectTypeOf<ChainGapItem>().toExtend<ChainGapItemInput>();
    expectTypeOf<Enterprise>().toExtend<EnterpriseInput>();
    expectTypeOf<{ name: string }>().not.toExtend<EnterpriseInput>();
    expectTypeOf<{ title: string }>().not.toExtend<ChainGapItemInput>();
  });

  it('a record without id and name does not compile, and throws for JavaScript callers', () => {
    // @ts-expect-error id and name are required; 企业名称 is not a field (readers map Chinese headers, rank does not)
    expect(() => matcher.rank(items, [{ 企业名称: '丙公司' }])).toThrow(ChainmatchError);
  });

  it('ChainmatchError carries typed issues beside code and details', () => {
    expectTypeOf<ChainmatchError['issues']>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<ChainmatchError['code']>().toEqualTypeOf<
      | 'INVALID_OPTION'
      | 'INVALID_INPUT'
      | 'UNKNOWN_FEATURE'
      | 'DUPLICATE_ID'
      | 'PROFILE_MISMATCH'
      | 'INVALID_TRANSITION'
      | 'UNSUPPORTED_FORMAT'
      | 'UNSUPPORTED_ENCODING'
      | 'ABORTED'
    >();
    expectTypeOf<ChainmatchError['details']>().toEqualTypeOf<unknown>();
  });
});
