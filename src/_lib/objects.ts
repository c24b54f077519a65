/**
 * @internal The own enumerable entries of `o` whose value is not `undefined` (nothing for `undefined`), so that
 * `{ ...defaults, ...stripUndefined(options) }` keeps a default where an option is given as `undefined`.
 * @example stripUndefined({ a: 1, b: undefined }) // { a: 1 }
 */
export function stripUndefined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
