import { describe, expect, it, vi } from 'vitest';
import { ChainmatchError, createMatcher, EnterpriseSchema, type Issue } from '../../src/index.js';

const matcher = createMatcher();
const item = {
  id: 'I1',
  title: '锂电池正极材料',
  keywords: ['正极材料', '磷酸铁锂'],
  gapType: 'fill',
  segment: 'upstream',
  investmentMin: 10,
};
const firm = {
  id: 'E1',
  name: '甲新能源科技股份有限公司',
  description: '磷酸铁锂正极材料的研发和生产',
  province: '福建',
  revenue: 80,
  listed: true,
};
const other = { id: 'E2', name: '乙材料有限公司', description: '锂离子电池正极材料', province: '浙江' };

/** The ChainmatchError `fn` throws (fails the test when it throws nothing or something else). */
function thrown(fn: () => unknown): ChainmatchError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChainmatchError);
    return e as ChainmatchError;
  }
  throw new Error('expected a ChainmatchError, nothing was thrown');
}
const where = (issues: readonly Issue[]) => issues.map((i) => `${i.code}@${i.path.join('.')}`).sort();
const rank = matcher.rank as (items: unknown, enterprises: unknown) => unknown;
const explain = matcher.explain as (item: unknown, enterprise: unknown) => unknown;

describe('rank validates its input', () => {
  it('a record with Chinese headers instead of fields is an error listing each issue, not an empty result', () => {
    const e = thrown(() => rank([item], [{ 企业名称: '甲新能源科技股份有限公司' }]));
    expect(e.code).toBe('INVALID_INPUT');
    expect(where(e.issues)).toEqual([
      'invalid_type@enterprises.0.id',
      'invalid_type@enterprises.0.name',
      'unrecognized_keys@enterprises.0',
    ]);
    for (const i of e.issues) expect(Object.keys(i).sort()).toEqual(['code', 'message', 'path']);
    expect(e.issues.find((i) => i.code === 'unrecognized_keys')!.message).toContain('企业名称');
    expect(e.message).toMatch(/3 issues/);
    expect(e.message).toContain('enterprises[0].id');
  });

  it('lists every issue of both lists in one error, each path with its index; details holds the same list', () => {
    const e = thrown(() =>
      rank([item, { id: 'I2' }], [firm, { ...other, revenue: 'abc', listed: 'maybe' }, { name: '丙' }]),
    );
    expect(where(e.issues)).toEqual([
      'invalid_type@enterprises.1.listed',
      'invalid_type@enterprises.1.revenue',
      'invalid_type@enterprises.2.id',
      'invalid_type@items.1.title',
    ]);
    expect(e.details).toEqual(e.issues);
  });

  for (const [label, value, got] of [
    ['a single object', firm, 'an object'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a string', 'E1,E2', 'a string'],
    ['a Set', new Set([firm]), 'an object'],
  ] as const) {
    it(`${label} instead of an array is the same error, with a clear message`, () => {
      const e = thrown(() => rank([item], value));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues).toEqual([
        { code: 'invalid_type', path: ['enterprises'], message: `expected an array of enterprises, got ${got}` },
      ]);
      expect(thrown(() => rank(value, [firm])).issues).toEqual([
        { code: 'invalid_type', path: ['items'], message: `expected an array of items, got ${got}` },
      ]);
    });
  }

  it('a hole or a non-object in the array is an issue at its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    // biome-ignore lint/suspicious/noSparseArray: a hole in the input is the case under test
    expect(where(thrown(() => rank([item], [firm, , 7])).issues)).toEqual([
      'invalid_type@enterprises.1',
      'invalid_type@enterprises.2',
    ]);
  });

  it('duplicate ids, also after normalization (trimmed, numeric), are listed issues', () => {
    const e = thrown(() =>
      rank(
        [item, { ...item }],
        [
          { ...firm, id: '7' },
          { ...other, id: 7 },
          { ...other, id: ' E1 ' },
          { ...firm, id: 'E1' },
        ],
      ),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { code: 'duplicate_id', path: ['items', 1, 'id'], message: "duplicate id 'I1' (first at items[0])" },
      { code: 'duplicate_id', path: ['enterprises', 1, 'id'], message: "duplicate id '7' (first at enterprises[0])" },
      { code: 'duplicate_id', path: ['enterprises', 3, 'id'], message: "duplicate id 'E1' (first at enterprises[2])" },
    ]);
  });

  it('takes Chinese enum values and numeric strings as the schemas do', () => {
    const raw = matcher.rank(
      [{ ...item, gapType: '补链', segment: '上游', investmentMin: '10' }],
      [{ ...firm, revenue: '80', listed: '是' }, other],
    );
    expect(raw.length).toBeGreaterThan(0);
    expect(raw).toEqual(matcher.rank([item], [firm, other]));
  });

  it('parses each object once: the same objects again are not validated again, and rank the same', () => {
    const items = [{ ...item }];
    const ents = [{ ...firm }, { ...other }];
    const parse = vi.spyOn(EnterpriseSchema, 'safeParse');
    try {
      const first = matcher.rank(items, ents);
      expect(parse).toHaveBeenCalledTimes(2);
      expect(matcher.rank([...items], [...ents])).toEqual(first);
      expect(createMatcher().rank(items, ents)).toEqual(first);
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('explain validates its input', () => {
  it('lists the issues of both records with paths under item / enterprise', () => {
    const e = thrown(() => explain({ id: 'I1', gapType: '断链' }, { ...firm, id: '' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(where(e.issues)).toEqual([
      'invalid_type@item.title',
      'invalid_value@item.gapType',
      'too_small@enterprise.id',
    ]);
  });

  it('an array or null instead of a record is the same error', () => {
    expect(thrown(() => explain([item], firm)).issues).toEqual([
      { code: 'invalid_type', path: ['item'], message: 'expected an object' },
    ]);
    expect(thrown(() => explain(item, null)).issues).toEqual([
      { code: 'invalid_type', path: ['enterprise'], message: 'expected an object' },
    ]);
  });

  it('takes Chinese enum values, numeric strings and the words for yes and no', () => {
    const strict = createMatcher({ filters: { listedOnly: true, excludePresentInHostProvince: true } });
    const x = strict.explain(
      { ...item, gapType: '补链', investmentMin: '10' },
      { ...firm, revenue: '80', listed: '否', presentInHostProvince: '否' },
    );
    expect(x).toEqual(strict.explain(item, { ...firm, listed: false, presentInHostProvince: false }));
    expect(x.excluded).toEqual(['not listed (非上市公司)']);
  });
});

describe('ChainmatchError', () => {
  it('has no issues when the error is not about input data', () => {
    const e = thrown(() => matcher.rank([item], [firm], { top: 0 }));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.issues).toEqual([]);
  });
});
