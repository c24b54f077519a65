import { byString } from '../_lib/order.js';
import type { PreparedEnterprise } from '../features/types.js';
import { PerItemTopK, TopK, compareRanked, type Ranked } from '../rank/topk.js';
import type { Enterprise } from '../schema/domain.js';
import type { Match } from '../schema/match.js';
import type { MatchIndex } from './types.js';

/** Accumulates top-k matches from enterprises fed one at a time (streaming), then explains the kept ones. */
export interface MatchCollector {
  /**
   * Scores and keeps one prepared enterprise. With `again`, a kept pair holds that function and the enterprise's id
   * and name instead of the prepared enterprise and its record, and calls it for the explanation (less memory on long
   * streams).
   */
  add(enterprise: PreparedEnterprise, again?: () => PreparedEnterprise): void;
  /** Keeps already-scored pairs of one enterprise (scored elsewhere, e.g. in a worker thread). */
  addScored(enterprise: Enterprise, scored: readonly { item: number; score: number }[]): void;
  /**
   * The kept matches, explained, by item id (or enterprise id) then rank. With `cut` (per item, the last entry of
   * a combined ranking over parts, see {@link MatchCollector.kept}), only entries ranked at or before it are
   * explained: what the merge of the parts' lists would keep.
   */
  matches(cut?: readonly (Ranked | undefined)[]): Match[];
  /** The ids of the enterprises `matches(cut)` explains (whose `again` it calls). */
  explaining(cut?: readonly (Ranked | undefined)[]): Set<string>;
  /** Per item (index order), the kept entries' scores and enterprise ids, best first: enough to merge the parts' rankings. */
  kept(): Ranked[][];
  /** Per item (index order), the score a new pair needs to be kept; empty when ranking per enterprise. */
  readonly thresholds: Float64Array;
  /**
   * Raises the per-item thresholds with those of collectors over other, disjoint enterprises (parallel parts of one
   * job): pairs that cannot be in the combined top k are then skipped, and not explained.
   */
  raise(floor: ArrayLike<number>): void;
}

/**
 * Keeps per item (or per enterprise) the best `top` pairs in heaps. Only kept enterprises stay in memory;
 * they are prepared again for the explanation, so a stream of any length needs memory for the heaps only.
 * @example
 * const collector = createCollector(index, { top: 50, by: 'item', minScore: 0 });
 * for (const e of enterprises) collector.add(index.prepare(e));
 * const matches = collector.matches();
 */
export function createCollector(
  idx: MatchIndex,
  o: { top: number; by: 'item' | 'enterprise'; minScore: number },
): MatchCollector {
  type Entry = {
    score: number;
    id: string;
    item: number;
    e: Enterprise;
    // Always present (undefined when not kept): one object shape for every entry.
    pe: PreparedEnterprise | (() => PreparedEnterprise) | undefined;
  };
  const perItem = new PerItemTopK<Entry>(o.by === 'item' ? idx.items.length : 0, o.top, o.minScore);
  const perEnterprise: Entry[][] = [];
  const aboveThreshold = (heap: TopK<Entry>, i: number) =>
    heap.sorted().filter((en) => en.score >= perItem.thresholds[i]!);
  const addScored = (e: Enterprise, scored: readonly { item: number; score: number }[], pe?: Entry['pe']) => {
    if (o.by === 'item') {
      for (const { item, score } of scored) perItem.offer(item, score, e.id, () => ({ score, id: e.id, item, e, pe }));
    } else {
      const heap = new TopK<Entry>(o.top);
      for (const { item, score } of scored)
        if (score >= o.minScore) heap.push({ score, id: idx.items[item]!.item.id, item, e, pe });
      if (heap.size) perEnterprise.push(heap.sorted());
    }
  };
  /** The entries `matches(cut)` explains, in output order, with their ranks. */
  const selected = (cut?: readonly (Ranked | undefined)[]) => {
    const todo: Entry[] = [];
    const ranks: number[] = [];
    const emit = (entries: Entry[]) =>
      entries.forEach((en, r) => {
        todo.push(en);
        ranks.push(r + 1);
      });
    // Entries under a raised threshold are beaten k times elsewhere: not worth explaining (nor past the cut).
    if (o.by === 'item')
      perItem.heaps.forEach((heap, i) => {
        const last = cut?.[i];
        emit(aboveThreshold(heap, i).filter((en) => !cut || (last !== undefined && compareRanked(en, last) <= 0)));
      });
    else for (const entries of [...perEnterprise].sort((a, b) => byString(a[0]!.e.id, b[0]!.e.id))) emit(entries);
    return { todo, ranks };
  };
  return {
    // With `again`, a kept pair holds the enterprise's id and name only: `again` brings the rest back.
    add: (pe, again) =>
      addScored(
        again ? { id: pe.enterprise.id, name: pe.enterprise.name } : pe.enterprise,
        idx.scoreEnterprise(pe, o.by === 'item' ? perItem.thresholds : undefined),
        again ?? pe,
      ),
    addScored: (e, scored) => addScored(e, scored),
    thresholds: perItem.thresholds,
    raise: (floor) => perItem.raise(floor),
    kept: () =>
      o.by === 'item'
        ? perItem.heaps.map((heap, i) => aboveThreshold(heap, i).map(({ score, id }) => ({ score, id })))
        : [],
    explaining: (cut) => new Set(selected(cut).todo.map((en) => en.e.id)),
    matches(cut) {
      // Explained one enterprise at a time, so that only one prepared enterprise is held at once (not every kept
      // one: most of a large run's peak memory).
      const { todo, ranks } = selected(cut);
      const byEnterprise = new Map<Enterprise, number[]>();
      todo.forEach((en, k) => {
        const list = byEnterprise.get(en.e);
        if (list) list.push(k);
        else byEnterprise.set(en.e, [k]);
      });
      const out = new Array<Match>(todo.length);
      for (const [e, ks] of byEnterprise) {
        const first = todo[ks[0]!]!.pe;
        const pe = typeof first === 'object' ? first : typeof first === 'function' ? first() : idx.prepare(e);
        for (const k of ks) {
          const en = todo[k]!;
          const x = idx.explain(en.item, pe);
          const theme = idx.items[en.item]!.themeId ?? idx.items[en.item]!.item.theme;
          out[k] = {
            itemId: x.itemId,
            enterpriseId: x.enterpriseId,
            rank: ranks[k]!,
            score: x.score,
            contributions: x.contributions,
            matchedTerms: x.matchedTerms,
            reason: x.reason,
            ...(theme !== undefined ? { theme } : {}),
            ...(x.weak ? { weak: true as const } : {}),
          };
        }
      }
      return out;
    },
  };
}
