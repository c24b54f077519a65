import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeFormula, readRecords, writeFileAtomic, writeMatches, writeRecords } from '../../src/io/index.js';
import type { Match } from '../../src/schema/match.js';
import { collect, sampleMatches, sink, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

describe('formula injection', () => {
  it('prefixes = + - @ tab and CR with an apostrophe (one more when apostrophes already lead), nothing else', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''-1"])
      expect(escapeFormula(s)).toBe(`'${s}`);
    for (const s of ['', 'a=1', '1-2', "'x", '企业', ' =x', "'"]) expect(escapeFormula(s)).toBe(s);
  });

  const hostile: Match = {
    itemId: '=cmd|"/c calc"!A1',
    enterpriseId: '+E1',
    rank: 1,
    score: 0.5,
    contributions: { text: 0.5 },
    matchedTerms: ['-x'],
    reason: { zh: '@SUM(1+1)*cmd', en: '\t=1' },
  };

  it('CSV: every string cell starting with a trigger is escaped; numbers are not', async () => {
    const f = tmp.path('inj.csv');
    await writeMatches(f, [{ ...hostile, contributions: { text: 0.5 } }], {
      enterprises: [{ id: '+E1', name: '-负号开头' }],
    });
    const text = (await readFile(f, 'utf8')).replace(/^\uFEFF/u, '');
    const cells = text.split('\r\n')[1]!;
    expect(cells).toBe(`1,'-负号开头,0.5,'@SUM(1+1)*cmd,'-x,0.5,"'=cmd|""/c calc""!A1",'+E1,'\t=1`);
    // No cell of the data row starts with a trigger once parsed.
    const rows = await collect(readRecords(f, { kind: 'raw', format: 'csv' }));
    expect(rows[0]!.record.环节编号).toBe('=cmd|"/c calc"!A1'); // our reader undoes the escape
  });

  it('XLSX: string cells are escaped, numbers stay numbers', async () => {
    const f = tmp.path('inj.xlsx');
    await writeMatches(f, [hostile], { lang: 'en' });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const ws = wb.worksheets[1]!; // after the overview
    const values = (ws.getRow(2).values as unknown[]).slice(1);
    expect(values).toEqual([1, 0.5, "'\t=1", "'-x", 0.5, '\'=cmd|"/c calc"!A1', "'+E1", "'@SUM(1+1)*cmd"]);
    for (const v of values) if (typeof v === 'object' && v !== null) expect(v).not.toHaveProperty('formula');
  });

  it('writeRecords escapes too', async () => {
    const f = tmp.path('rec.csv');
    await writeRecords(f, [{ id: 'E1', name: '=1+2' }], { kind: 'enterprise' });
    expect(await readFile(f, 'utf8')).toContain("E1,'=1+2");
  });
});

describe('writeFileAtomic', () => {
  it('writes strings, bytes, chunk iterables and producers', async () => {
    await writeFileAtomic(tmp.path('s.txt'), '甲\n');
    await writeFileAtomic(tmp.path('b.txt'), new Uint8Array([0x41, 0x42]));
    await writeFileAtomic(tmp.path('i.txt'), ['a', Buffer.from('b')]);
    await writeFileAtomic(tmp.path('p.txt'), async (out) => {
      out.write('x');
      await new Promise((r) => setTimeout(r, 5));
      out.write('y');
    });
    expect(await readFile(tmp.path('s.txt'), 'utf8')).toBe('甲\n');
    expect(await readFile(tmp.path('b.txt'), 'utf8')).toBe('AB');
    expect(await readFile(tmp.path('i.txt'), 'utf8')).toBe('ab');
    expect(await readFile(tmp.path('p.txt'), 'utf8')).toBe('xy');
  });

  it('a producer that throws midway leaves no file and no temporary file', async () => {
    const d = await tempDir();
    try {
      const big = 'x'.repeat(1 << 20);
      await expect(
        writeFileAtomic(
          d.path('out.jsonl'),
          (async function* () {
            yield big;
            yield big;
            throw new Error('crash midway');
          })(),
        ),
      ).rejects.toThrow('crash midway');
      expect(await d.list()).toEqual([]);
      await expect(
        writeFileAtomic(d.path('out2.txt'), async (out) => {
          out.write(big);
          throw new Error('producer failed');
        }),
      ).rejects.toThrow('producer failed');
      expect(await d.list()).toEqual([]);
    } finally {
      await d.cleanup();
    }
  });

  it('an interrupted rewrite keeps the previous file intact', async () => {
    const d = await tempDir();
    try {
      const target = d.path('matches.jsonl');
      await writeFile(target, 'old content\n');
      async function* failing(): AsyncGenerator<Match> {
        yield sampleMatches[0]!;
        yield sampleMatches[1]!;
        throw new Error('worker died');
      }
      await expect(writeMatches(target, failing())).rejects.toThrow('worker died');
      expect(await readFile(target, 'utf8')).toBe('old content\n');
      await expect(writeMatches(d.path('m.xlsx'), failing())).rejects.toThrow('worker died');
      expect(await d.list()).toEqual(['matches.jsonl']);
    } finally {
      await d.cleanup();
    }
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeFileAtomic(tmp.path('no/such/dir/x.txt'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it("'-' writes to the given stdout and leaves it open", async () => {
    const out = sink();
    await writeFileAtomic('-', ['a', 'b'], { stdout: out.stream });
    expect(out.text()).toBe('ab');
    expect(out.stream.writableEnded).toBe(false);
  });

  it('unknown output extensions are UNSUPPORTED_FORMAT', async () => {
    await expect(writeMatches(tmp.path('x.parquet'), [])).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });
});

describe('xlsx to stdout', () => {
  it('writes a workbook to the given stdout without ending it', async () => {
    const out = sink();
    await writeMatches('-', sampleMatches, { format: 'xlsx', stdout: out.stream });
    expect(out.stream.writableEnded).toBe(false);
    expect(out.text().startsWith('PK')).toBe(true); // a zip
    expect(out.text().length).toBeGreaterThan(1000);
  });
});
