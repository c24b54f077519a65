import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitDepth, writeRejected } from '../../src/io/write.js';
import { tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

describe('limitDepth', () => {
  it('cuts arrays and objects below maxDepth levels and keeps everything above', () => {
    expect(limitDepth([[['a']]], 2)).toEqual([['[nested too deeply]']]);
    expect(limitDepth({ a: { b: { c: 1 } }, n: 1, s: 'x', z: null }, 2)).toEqual({
      a: { b: '[nested too deeply]' },
      n: 1,
      s: 'x',
      z: null,
    });
    const shallow = { id: 'E1', tags: ['a', 'b'], at: new Date(0) };
    expect(limitDepth(shallow)).toEqual(shallow);
  });

  it('ends cycles and keeps a __proto__ key as a plain property', () => {
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.self = cyclic;
    expect(JSON.stringify(limitDepth(cyclic, 2))).toBe('{"id":"c","self":{"id":"c","self":"[nested too deeply]"}}');
    const out = limitDepth(JSON.parse('{"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
  });

  it('writeRejected writes a 100,000-deep record without overflowing the stack', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const f = tmp.path('rejected.jsonl');
    await writeRejected(f, [{ file: 'x.jsonl', row: 1, record: { id: 'x', products: deep }, issues: [] }]);
    expect(JSON.parse(await readFile(f, 'utf8'))).toMatchObject({ row: 1, record: { id: 'x' } });
  });
});
