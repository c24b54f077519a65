import type { PreparedItem, ScoringContext } from './types.js';

/** @internal Builds a value once per item list (an index) and keeps it as long as the list lives. */
export function perItems<T>(build: (items: readonly PreparedItem[]) => T): (items: readonly PreparedItem[]) => T {
  const cache = new WeakMap<readonly PreparedItem[], T>();
  return (items) => {
    let v = cache.get(items);
    if (v === undefined) cache.set(items, (v = build(items)));
    return v;
  };
}

/** @internal The {@link Feature.digester} of a feature that reads nothing of an enterprise besides its terms, codes and regions. */
export const noDigest = (): null => null;

/**
 * @internal A value of each item, read by the item's index when the item is its index's own (`ctx.items[item.index]`:
 * one array read, where the item's record has many shapes), else worked out from the item. The table of the index
 * read last is kept at hand: one index scores one enterprise against many items.
 */
export function perItem<T>(of: (item: PreparedItem) => T): (item: PreparedItem, ctx: ScoringContext | undefined) => T {
  const tables = perItems((items) => items.map(of));
  let lastItems: readonly PreparedItem[] | undefined;
  let lastTable: T[] = [];
  return (item, ctx) => {
    const items = ctx?.items;
    if (items === undefined || items[item.index] !== item) return of(item);
    if (items !== lastItems) (lastTable = tables(items)), (lastItems = items);
    return lastTable[item.index]!;
  };
}
