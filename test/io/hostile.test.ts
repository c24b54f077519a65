import { writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMatches, readRecords, validateFile, writeMatches, writeRejected } from '../../src/io/index.js';
import { collect, readAll, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const notPolluted = (): void => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
};

describe('hostile input never crashes and pollutes nothing', () => {
  it('__proto__ / constructor keys in JSONL and JSON', async () => {
    const line = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"id":"E1","name":"甲"}';
    await writeFile(tmp.path('p.jsonl'), `${line}\n`);
    await writeFile(tmp.path('p.json'), `[${line}]`);
    for (const f of ['p.jsonl', 'p.json']) {
      const v = await validateFile(tmp.path(f), 'enterprise');
      expect(v.accepted).toEqual([{ id: 'E1', name: '甲' }]);
      expect(v.warnings.map((w) => w.column).sort()).toEqual(['__proto__', 'constructor']);
      const raw = await collect(readRecords(tmp.path(f), { kind: 'raw' }));
      expect(Object.getPrototypeOf(raw[0]!.record)).toBeNull();
      expect(Object.keys(raw[0]!.record)).toEqual(['__proto__', 'constructor', 'id', 'name']);
      notPolluted();
    }
  });

  it('__proto__ / constructor as CSV headers', async () => {
    const f = tmp.path('p.csv');
    await writeFile(f, '__proto__,constructor,id,name,toString\n{"polluted":1},x,E1,甲,y\n');
    const v = await validateFile(f, 'enterprise');
    // Unknown columns are passthrough data; a column named __proto__ is dropped (with a warning), never assigned.
    expect(v.accepted).toEqual([{ id: 'E1', name: '甲', extra: { constructor: 'x', toString: 'y' } }]);
    expect(Object.getPrototypeOf((v.accepted[0] as { extra: object }).extra)).toBe(Object.prototype);
    expect(v.warnings.map((w) => w.column)).toContain('__proto__');
    const raw = await collect(readRecords(f, { kind: 'raw' }));
    // biome-ignore lint/suspicious/noProto: the test reads a record key named __proto__
    expect(raw[0]!.record.__proto__).toBe('{"polluted":1}');
    // Rejected rows with such keys serialise fine.
    await writeRejected(tmp.path('rej.jsonl'), [{ file: f, row: 2, record: raw[0]!.record, issues: [] }]);
    notPolluted();
  });

  it('__proto__ as a header map target or contribution name', async () => {
    const f = tmp.path('m.jsonl');
    await writeFile(
      f,
      '{"itemId":"I","enterpriseId":"E","rank":1,"score":0.5,"contributions":{"__proto__":0.5},"matchedTerms":[],"reason":{"zh":"","en":""}}\n',
    );
    const [r] = await collect(readMatches(f));
    expect(r!.ok).toBe(true);
    if (r!.ok) expect(Object.getOwnPropertyDescriptor(r!.value.contributions, '__proto__')?.value).toBe(0.5);
    await writeMatches(tmp.path('m2.csv'), r!.ok ? [r!.value] : []);
    notPolluted();
  });

  it('1 MB strings are caught by length, not a crash: a required field rejects the row, an optional one is left empty', async () => {
    const big = '长'.repeat(1 << 20);
    await writeFile(tmp.path('big.csv'), `id,name,description\nE1,甲,${big}\nE2,乙,短\n`);
    await writeFile(tmp.path('big.jsonl'), `${JSON.stringify({ id: 'E1', name: big })}\n{"id":"E2","name":"乙"}\n`);
    const csv = await validateFile(tmp.path('big.csv'), 'enterprise');
    expect(csv.counts).toEqual({ in: 2, accepted: 2, rejected: 0, skipped: 0 });
    expect(csv.accepted[0]).toEqual({ id: 'E1', name: '甲' });
    expect(csv.warnings).toEqual([expect.objectContaining({ code: 'cell_ignored', row: 2, column: 'description' })]);
    const jsonl = await validateFile(tmp.path('big.jsonl'), 'enterprise');
    expect(jsonl.counts).toEqual({ in: 2, accepted: 1, rejected: 1, skipped: 0 });
    expect(jsonl.rejected[0]!.issues[0]!.code).toBe('too_big');
  });

  it('NaN / Infinity strings in numeric fields are never numbers: left empty with a warning each', async () => {
    const f = tmp.path('nan.csv');
    await writeFile(f, 'id,name,revenue,employees,investmentMin\nE1,甲,NaN,Infinity,\nE2,乙,-Infinity,1e400,\n');
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 2, accepted: 2, rejected: 0, skipped: 0 });
    expect(v.accepted).toEqual([
      { id: 'E1', name: '甲' },
      { id: 'E2', name: '乙' },
    ]);
    expect(
      v.warnings
        .filter((w) => w.code === 'cell_ignored')
        .map((w) => w.column)
        .sort(),
    ).toEqual(['employees', 'employees', 'revenue', 'revenue']);
  });

  it('invalid UTF-8 bytes anywhere never crash (property)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('csv', 'jsonl', 'json', 'tsv'),
        async (bytes, ext) => {
          const f = tmp.path(`fuzz-${n++}.${ext}`);
          await writeFile(
            f,
            Buffer.concat([Buffer.from(ext === 'csv' || ext === 'tsv' ? 'id,name\n' : ''), Buffer.from(bytes)]),
          );
          try {
            const v = await validateFile(f, 'enterprise');
            expect(v.counts.in).toBe(v.counts.accepted + v.counts.rejected + v.counts.skipped);
          } catch (e) {
            // The only acceptable failures: a clear refusal of the encoding, or of a file with no header / an open quote.
            expect(e).toMatchObject({
              code: expect.stringMatching(/^(UNSUPPORTED_ENCODING|INVALID_INPUT)$/u),
              message: expect.stringContaining(f),
            });
          }
        },
      ),
      { numRuns: 150 },
    );
    notPolluted();
  });

  it('random text files of every format never crash (property)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('csv', 'jsonl', 'json'),
        async (text, ext) => {
          const f = tmp.path(`text-${n++}.${ext}`);
          await writeFile(f, text);
          try {
            const { rows } = await readAll(f, { kind: 'item' });
            for (const r of rows) expect(Object.getPrototypeOf(r.record)).toBeNull();
            const v = await validateFile(f, 'item');
            expect(v.counts.in).toBe(rows.length + v.counts.skipped);
            expect(v.counts.in).toBe(v.counts.accepted + v.counts.rejected + v.counts.skipped);
          } catch (e) {
            // NUL-heavy text is refused as binary, a table without a header or with an open quote as invalid: a clear
            // refusal naming the file, not a crash.
            expect(e).toMatchObject({
              code: expect.stringMatching(/^(UNSUPPORTED_ENCODING|INVALID_INPUT)$/u),
              message: expect.stringContaining(f),
            });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a file with very many distinct unknown keys', () => {
  it('caps its warnings', async () => {
    const f = tmp.path('keys.jsonl');
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `E${i}`, name: 'x', [`k${i}`]: 1 }));
    await writeFile(f, lines.join('\n'));
    const v = await validateFile(f, 'enterprise');
    expect(v.counts.accepted).toBe(2000);
    expect(v.warnings.length).toBe(101);
    expect(v.warnings.at(-1)!.code).toBe('too_many_warnings');
  });
});
