/**
 * @internal Code-unit order of two strings (`<` on UTF-16 code units), for `sort`: the same in every locale and on
 * every host (no `localeCompare`), so sorted output has the same bytes everywhere.
 * @example ['b', 'a', 'B'].sort(byString) // ['B', 'a', 'b']
 */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
