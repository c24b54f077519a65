import type { PreparedItem } from './types.js';

/** @internal Builds a value once per item list (an index) and keeps it as long as the list lives. */
export function perItems<T>(build: (items: readonly PreparedItem[]) => T): (items: readonly PreparedItem[]) => T {
  const cache = new WeakMap<readonly PreparedItem[], T>();
  return (items) => {
    let v = cache.get(items);
    if (v === undefined) cache.set(items, (v = build(items)));
    return v;
  };
}
