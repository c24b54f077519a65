import type { PreparedItem, ScoringContext } from './types.js';

/**
 * @internal A reusable per-item buffer for {@link Feature.scoreAll}: writes `fn(item)` for every item of the
 * index (`NaN` for `null`). The buffer is overwritten by the next call.
 */
export function itemBuffer(): (ctx: ScoringContext, fn: (item: PreparedItem) => number | null) => Float64Array {
  let buf = new Float64Array(0);
  return (ctx, fn) => {
    const items = ctx.items;
    if (buf.length !== items.length) buf = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = fn(items[i]!);
      buf[i] = v === null ? NaN : v;
    }
    return buf;
  };
}

/** @internal Builds a value once per item list (an index) and keeps it as long as the list lives. */
export function perItems<T>(build: (items: readonly PreparedItem[]) => T): (items: readonly PreparedItem[]) => T {
  const cache = new WeakMap<readonly PreparedItem[], T>();
  return (items) => {
    let v = cache.get(items);
    if (v === undefined) cache.set(items, (v = build(items)));
    return v;
  };
}
