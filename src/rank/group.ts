import type { Match } from '../schema/match.js';
import { byString } from '../_lib/order.js';

/**
 * Groups matches by the theme of their item (`theme`, or `(none)`), themes in id order,
 * matches keeping their order.
 * @example groupByTheme(matcher.rank(items, enterprises)).get('new-materials')
 */
export function groupByTheme(matches: readonly Match[]): Map<string, Match[]> {
  const groups = new Map<string, Match[]>();
  for (const m of matches) {
    const k = m.theme ?? '(none)';
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(m);
  }
  return new Map([...groups].sort((a, b) => byString(a[0], b[0])));
}
