import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, run, scratch } from './_run.js';

const ITEMS = join(root, 'data/items.jsonl');
const nested = (depth: number) => `{"id":"x","name":"y","products":${'['.repeat(depth)}${']'.repeat(depth)}}`;

let t: ReturnType<typeof scratch>;
beforeAll(() => {
  t = scratch('cm-deep-');
});
afterAll(() => t.remove());

/** The record of the one rejected row: `products` keeps 31 levels of arrays (the record is level 1), then a marker. */
function expectCut(rejectedFile: string): void {
  const lines = readFileSync(rejectedFile, 'utf8').trim().split('\n');
  const row = JSON.parse(lines.at(-1)!) as {
    row: number;
    record: { id: string; products: unknown };
    issues: { code: string }[];
  };
  expect(row.record.id).toBe('x');
  expect(row.issues[0]!.code).toBe('too_deep');
  let v = row.record.products;
  let levels = 0;
  while (Array.isArray(v)) {
    expect(v).toHaveLength(1);
    v = v[0];
    levels++;
  }
  expect(levels).toBe(31);
  expect(v).toBe('[nested too deeply]');
}

describe('a deeply nested value in a rejected row', () => {
  for (const depth of [5_000, 100_000]) {
    it(`validate --rejected writes it cut at depth 32 (${depth} levels)`, () => {
      const file = t.write(`deep-${depth}.jsonl`, `${nested(depth)}\n`);
      const rejected = t.path(`validate-${depth}.rejected.jsonl`);
      const r = run(['validate', file, '--rejected', rejected]);
      expect(r.stderr).not.toMatch(/RangeError|call stack/u);
      expect(r.status).toBe(3);
      expectCut(rejected);
    });

    it(`match --rejected writes it cut, with one thread or two (${depth} levels)`, () => {
      const good = readFileSync(join(root, 'data/enterprises.jsonl'), 'utf8').split('\n').slice(0, 5).join('\n');
      const file = t.write(`mixed-${depth}.jsonl`, `${good}\n${nested(depth)}\n`);
      for (const workers of ['1', '2']) {
        const rejected = t.path(`match-${depth}-${workers}.rejected.jsonl`);
        const r = run([
          'match',
          '--items',
          ITEMS,
          '--enterprises',
          file,
          '--workers',
          workers,
          '--quiet',
          '--out',
          t.path('m.jsonl'),
          '--rejected',
          rejected,
        ]);
        expect(r.stderr).not.toMatch(/RangeError|call stack/u);
        expect(r.status).toBe(3);
        expectCut(rejected);
      }
    });
  }
});
