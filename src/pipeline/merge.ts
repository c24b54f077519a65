import { compareRanked } from '../rank/topk.js';
import type { Match } from '../schema/match.js';

/**
 * Merges the matches of shards (or of parts scored apart): per item (or per enterprise with `by: 'enterprise'`)
 * the best `top` by score, then id, ranked again from 1 — what one run over all the enterprises would give.
 * @example mergeMatches([...shard1, ...shard2], 10, 'item')
 */
export function mergeMatches(matches: Iterable<Match>, top: number, by: 'item' | 'enterprise'): Match[] {
  const groups = new Map<string, Match[]>();
  for (const m of matches) {
    const key = by === 'item' ? m.itemId : m.enterpriseId;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(m);
  }
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.flatMap((k) =>
    groups
      .get(k)!
      .map((m) => ({ m, score: m.score, id: by === 'item' ? m.enterpriseId : m.itemId }))
      .sort(compareRanked)
      .slice(0, top)
      .map(({ m }, i) => ({ ...m, rank: i + 1 })),
  );
}
