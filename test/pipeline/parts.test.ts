// The parts of a parallel streaming match read only the JSONL lines they need: a part other than the first passes
// over the lines whose id (read off the line's start) another part owns, and the re-read pass parses only the
// enterprises the part scores. Nothing of that may show: the same counts, rejected rows, warnings and matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecordsFiltered } from '../../src/io/read.js';
import { loadBundledData } from '../../src/node.js';
import { builtNode, root, scratch } from '../cli/_run.js';

const data = await loadBundledData();
const good = readFileSync(join(root, 'data/enterprises.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, 80);
const base = JSON.parse(good[0]!) as Record<string, unknown>;
const like = (fields: Record<string, unknown>) => JSON.stringify({ ...base, ...fields });

/** Lines whose id cannot be read without parsing them (or is read wrong by a naive look), and bad rows. */
const hostile = [
  good[3]!, // a duplicate id: rejected, by the part that owns the id
  good[5]!.slice(0, 30), // malformed: part 1 reports it
  like({ id: '无', ID: 'M1' }), // a missing marker: the later key provides the id
  `${like({ id: 'D1' }).slice(0, -1)},"id":"D2"}`, // a second "id" key: JSON.parse keeps D2
  `${like({ id: 'U1' }).slice(0, -1)},"\\u0069d":"U2"}`, // the same key escaped
  ` ${like({ id: 'S1' })}`, // leading space
  like({ id: 'Q"1' }), // an escaped quote in the id
  like({ id: 12345 }), // a number
  JSON.stringify({ ...base, id: undefined }), // no id
  like({ id: 'N1', name: '' }), // rejected: empty name
  like({ id: 'K1', weird_column: 'x' }), // an unknown column: a file-level warning
  '[1, 2]', // not an object
  '', // blank
  like({ id: 'T1', name: 'Trailing公司' }),
];
const lines = [...good.slice(0, 40), ...hostile, ...good.slice(40)];

let t: ReturnType<typeof scratch>;
let file = '';
beforeAll(() => {
  t = scratch('cm-parts-');
  file = t.write('enterprises.jsonl', `${lines.join('\n')}\n`);
});
afterAll(() => t.remove());

describe('parts read only the lines they need', () => {
  it('the id filter passes over only lines whose id it reads exactly; the line filter keeps its lines', async () => {
    const read = async (filter: Parameters<typeof readRecordsFiltered>[2]) => {
      const out: { row: number; id: unknown }[] = [];
      for await (const r of readRecordsFiltered(file, { kind: 'enterprise' }, filter))
        out.push({ row: r.row, id: r.record.id });
      return out;
    };
    const all = await read({});
    // Refusing every id read cheaply: what is left is what must be parsed to know its id.
    const parsed = await read({ id: () => false });
    expect(parsed.map((r) => r.row)).toEqual([43, 44, 45, 46, 47, 48, 49, 52]);
    expect(parsed.map((r) => r.id)).toEqual(['M1', 'D2', 'U2', 'S1', 'Q"1', 12345, undefined, undefined]);
    // Keeping every id: every row, as read without a filter.
    expect(await read({ id: () => true })).toEqual(all);
    expect(all).toHaveLength(lines.length - 1); // less the blank line
    expect(await read({ line: (n) => n % 7 === 0 })).toEqual(all.filter((r) => r.row % 7 === 0));
  });

  it('1, 2 and 3 workers, enterprises kept or read again, sharded: the same counts, rejected rows and matches (built package)', async () => {
    const node = await builtNode();
    const run = (workers: number, keepPrepared?: number, shard?: { index: number; count: number }) =>
      node.matchStream({
        items: data.items,
        enterprises: file,
        matcher: { themes: data.themes },
        top: 5,
        workers,
        withEnterprises: true,
        ...(keepPrepared === undefined ? {} : { keepPrepared }),
        ...(shard ? { shard } : {}),
      });
    const one = await run(1);
    const { counts, rejected } = one;
    expect(counts.in).toBe(counts.accepted + counts.rejected + counts.skipped);
    expect(counts).toMatchObject({ in: lines.length - 1, rejected: 5 });
    expect(rejected.map((r) => r.row)).toEqual([41, 42, 49, 50, 52]);
    expect(one.warnings.map((w) => w.code)).toContain('unknown_column');
    const strip = (r: Awaited<ReturnType<typeof run>>) => ({
      counts: r.counts,
      rejected: r.rejected,
      skipped: r.skipped,
      warnings: r.warnings,
      matches: r.matches,
      enterprises: [...r.enterprises].sort((a, b) => (a.id < b.id ? -1 : 1)),
    });
    const want = strip(one);
    for (const [workers, keep] of [
      [1, 0],
      [2, undefined],
      [2, 0],
      [3, 0],
    ] as const)
      expect(strip(await run(workers, keep))).toEqual(want);
    const shards = await Promise.all([1, 2, 3].map((index) => run(2, 0, { index, count: 3 })));
    for (const s of shards)
      expect({ ...strip(s), matches: [], enterprises: [] }).toEqual({ ...want, matches: [], enterprises: [] });
    expect(
      node.mergeMatches(
        shards.flatMap((s) => s.matches),
        5,
        'item',
      ),
    ).toEqual(one.matches);
  });
});
