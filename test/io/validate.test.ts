import { readFile, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile, validateRecords, writeRejected, type RawRow } from '../../src/io/index.js';
import { plainEnterprise } from '../../src/io/validate.js';
import { EnterpriseSchema } from '../../src/schema/domain.js';
import { collect, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const BAD_CSV = [
  '企业编号,企业名称,所在省份,营业收入（亿元）,员工人数,是否上市,主要产品',
  'E1,深圳甲科技有限公司,广东,12.5,800,是,锂电池、储能',
  'E2,,浙江,3,100,否,', // no name
  'E3,乙公司,湖北,NaN,50,否,', // NaN revenue
  'E4,丙公司,湖南,-1,abc,也许,', // negative revenue, non-numeric employees, odd boolean
  'E1,重复公司,江苏,1,1,否,', // duplicate id
  ',无编号公司,上海,1,1,否,', // no id
  'E5,丁公司,福建,1e3,12.5,true,', // fractional employees
  'E6,戊公司,山东,"1,234.5",2000,1,电机', // thousands separator
].join('\n');

describe('validateFile', () => {
  it('only a bad id or name rejects a row; a bad optional cell is left empty with a warning naming file, row, column and value', async () => {
    const f = tmp.path('bad.csv');
    await writeFile(f, BAD_CSV);
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 8, accepted: 5, rejected: 3, skipped: 0 });
    expect(v.counts.in).toBe(v.counts.accepted + v.counts.rejected + v.counts.skipped);
    expect(v.accepted.map((e) => (e as { id: string }).id)).toEqual(['E1', 'E3', 'E4', 'E5', 'E6']);
    expect((v.accepted[4] as { revenue: number }).revenue).toBe(1234.5);
    expect(v.accepted[2]).toEqual({ id: 'E4', name: '丙公司', province: '湖南' });
    const summary = v.rejected.map((r) => [
      r.row,
      r.issues
        .map((i) => `${i.column}:${i.code}`)
        .sort()
        .join(' '),
    ]);
    expect(summary).toEqual([
      [3, '企业名称:invalid_type'],
      [6, '企业编号:duplicate_id'],
      [7, '企业编号:invalid_type'],
    ]);
    for (const r of v.rejected)
      for (const i of r.issues) expect(i).toMatchObject({ file: f, row: r.row, message: expect.any(String) });
    const ignored = v.warnings.filter((w) => w.code === 'cell_ignored').map((w) => `${w.row}:${w.column}`);
    expect(ignored.sort()).toEqual([
      '4:营业收入（亿元）',
      '5:员工人数',
      '5:是否上市',
      '5:营业收入（亿元）',
      '8:员工人数',
    ]);
    for (const w of v.warnings.filter((x) => x.code === 'cell_ignored'))
      expect(w).toMatchObject({ file: f, message: expect.stringMatching(/^'.*'/u) });
  });

  it('strict validation on request: every invalid field rejects its row', async () => {
    const f = tmp.path('bad-strict.csv');
    await writeFile(f, BAD_CSV);
    const v = await validateFile(f, 'enterprise', { required: ['id', 'name', 'revenue', 'employees', 'listed'] });
    expect(v.counts).toEqual({ in: 8, accepted: 2, rejected: 6, skipped: 0 });
  });

  it('writes the rejected rows as JSONL', async () => {
    const f = tmp.path('bad2.csv');
    await writeFile(f, BAD_CSV);
    const v = await validateFile(f, 'enterprise');
    const out = tmp.path('rejected.jsonl');
    const { count } = await writeRejected(out, v.rejected);
    expect(count).toBe(3);
    const lines = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.row)).toEqual([3, 6, 7]);
    expect(lines[0]).toEqual({
      file: f,
      row: 3,
      record: { id: 'E2', province: '浙江', revenue: 3, employees: 100, listed: false },
      issues: [expect.objectContaining({ code: 'invalid_type', path: ['name'], column: '企业名称', row: 3 })],
    });
  });

  it('kinds without a built-in schema need one', async () => {
    await expect(validateFile(tmp.path('x.csv'), 'label')).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});

describe('validateRecords', () => {
  it('yields one result per row, in = accepted + rejected, whatever the rows hold (property)', async () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constantFrom('NaN', 'Infinity', '-1', '是', '  ', '__proto__', '1,234'),
      fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    );
    const key = fc.oneof(
      fc.constantFrom(
        'id',
        'name',
        'revenue',
        'employees',
        'listed',
        'products',
        'embedding',
        '__proto__',
        'constructor',
        'toString',
      ),
      fc.string(),
    );
    const row = fc.record({ record: fc.dictionary(key, value, { maxKeys: 6 }), bad: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        const raw: RawRow[] = rows.map((r, i) => {
          const rr: RawRow = { file: 'f', row: i + 1, record: r.record };
          if (r.bad) rr.issues = [{ code: 'x', path: [], message: 'bad' }];
          return rr;
        });
        const results = await collect(validateRecords(raw, EnterpriseSchema));
        expect(results).toHaveLength(raw.length);
        expect(results.map((r) => r.row.row)).toEqual(raw.map((r) => r.row));
        const accepted = results.filter((r) => r.ok).length;
        const rejected = results.filter((r) => !r.ok).length;
        expect(accepted + rejected).toBe(raw.length);
        for (const r of results) if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('the plain-enterprise shortcut gives what the schema gives, or leaves the record to it (property)', () => {
    const around = (n: number) => fc.integer({ min: n - 2, max: n + 2 }).map((k) => '甲'.repeat(k));
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('E1', ' E1', 'E1 ', 'E\u00011', 'E\u00851', '甲公司', '  ', '', '\u3000甲\u3000', '甲\n乙'),
      around(100),
      around(200),
      around(300),
      around(10_000),
      around(20_000),
    );
    const value = fc.oneof(text, fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    const id = fc.oneof(fc.constantFrom('E1', '91450100MA5KXXXX', 'e-2'), text, value);
    const list = fc.oneof(
      fc.array(fc.oneof(fc.string(), around(500)), { maxLength: 3 }),
      fc.array(fc.constant('a'), { minLength: 499, maxLength: 501 }),
      value,
    );
    const num = fc.oneof(
      fc.double(),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(-0, 0.5, 12.3, '12', Infinity, 2 ** 53),
      value,
    );
    const bool = fc.oneof(fc.boolean(), fc.constantFrom('是', 1, 0, 'true'), value);
    // Mostly a value the schema keeps as it is, so that whole records of them are common.
    const often = <T, U>(kept: fc.Arbitrary<T>, any: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: kept, weight: 6 }, { arbitrary: any, weight: 1 });
    const fields = {
      id: often(fc.constantFrom('E1', '91450100MA5KXXXX'), id),
      name: often(fc.constantFrom('甲公司', 'Acme Ltd'), fc.oneof(text, value)),
      description: often(fc.constantFrom('锂电池研发', '  主营 PCB '), fc.oneof(text, value)),
      city: often(fc.constantFrom('南宁市', 'Hanoi'), fc.oneof(text, value)),
      province: often(fc.constant('广东省'), fc.oneof(text, value)),
      email: often(fc.constant('a@b.cn'), fc.oneof(text, value)),
      products: often(fc.array(fc.string(), { maxLength: 3 }), list),
      tags: often(fc.constant(['synthetic']), list),
      revenue: often(fc.double({ min: 0, max: 1e6, noNaN: true }), num),
      employees: often(fc.nat(), num),
      listed: often(fc.boolean(), bool),
    };
    // Rarely: fields the shortcut leaves to the schema, and a key the schema refuses.
    const rare = fc.oneof(
      { arbitrary: fc.constant({}), weight: 8 },
      fc.record({ role: fc.constantFrom('maker', '生产制造') }),
      fc.record({ extra: fc.constant({ 备注: 'x' }) }),
      fc.record({ unknown: fc.string() }),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.record(fields, { requiredKeys: [] }), rare, (r, more) => {
        // Records arrive as the readers make them: no prototype.
        const record = Object.assign(Object.create(null) as Record<string, unknown>, r, more);
        const plain = plainEnterprise(record);
        if (plain === undefined) return;
        taken++;
        const parsed = EnterpriseSchema.safeParse(record);
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
        expect(plain).toStrictEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(200);
    const record = { description: '锂电池', name: '甲公司', id: 'E1' };
    expect(JSON.stringify(plainEnterprise(record))).toBe(JSON.stringify(EnterpriseSchema.parse(record)));
  });

  it('rejects duplicate ids per file, keeps the first', async () => {
    const rows: RawRow[] = [
      { file: 'a', row: 2, record: { id: 'E1', name: 'x' } },
      { file: 'a', row: 3, record: { id: ' E1 ', name: 'y' } },
      { file: 'b', row: 2, record: { id: 'E1', name: 'z' } },
    ];
    const rs = await collect(validateRecords(rows, EnterpriseSchema));
    expect(rs.map((r) => r.ok)).toEqual([true, false, true]);
    expect(rs[1]).toMatchObject({ ok: false, issues: [{ code: 'duplicate_id', row: 3, file: 'a', column: 'id' }] });
    const noCheck = await collect(validateRecords(rows, EnterpriseSchema, { idField: null }));
    expect(noCheck.every((r) => r.ok)).toBe(true);
  });

  it('does not mutate the records', async () => {
    const record = { id: 'E1', name: ' 甲 ', products: '甲、乙' };
    const copy = structuredClone(record);
    await collect(validateRecords([{ file: 'f', row: 1, record }], EnterpriseSchema));
    expect(record).toEqual(copy);
  });
});
