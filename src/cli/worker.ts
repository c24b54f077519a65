/**
 * Worker thread of `chainmatch match --workers N`: builds the same matcher and index as the main thread
 * from `workerData`, then computes statistics or scores for batches of enterprises.
 * @internal
 */
import { workerData } from 'node:worker_threads';
import { createMatcher, type MatcherOptions, type MatchIndex } from '../match/matcher.js';
import { statsFromJSON, statsToJSON } from '../match/stats.js';
import { PerItemTopK, type Ranked } from '../rank/topk.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';

interface Setup {
  items: ChainGapItem[];
  options: MatcherOptions;
  stats?: ReturnType<typeof statsToJSON>;
  /** Per-item ranking: this thread keeps its own top-k lists to skip pairs that cannot be kept. */
  top?: { k: number; minScore: number };
}
const setup = workerData as Setup;
const matcher = createMatcher(setup.options);
let index: MatchIndex | undefined;
let local: PerItemTopK<Ranked> | undefined;

export function stats(batch: Enterprise[]): ReturnType<typeof statsToJSON> {
  return statsToJSON(matcher.collectStats(batch, setup.items));
}

/**
 * Scores a batch. With per-item ranking, returns only the pairs this thread's own top-k lists kept:
 * a pair in the global top k is in the top k of every subset of enterprises that contains it, so nothing the
 * main thread would keep is lost, whichever batches this thread saw.
 */
export function score(batch: Enterprise[]): { item: number; score: number }[][] {
  index ??= matcher.index(setup.items, statsFromJSON(setup.stats!));
  const top = setup.top;
  if (!top) return batch.map((e) => index!.scoreEnterprise(index!.prepare(e)));
  const kept = (local ??= new PerItemTopK<Ranked>(index.items.length, top.k, top.minScore));
  return batch.map((e) =>
    index!.scoreEnterprise(index!.prepare(e), kept.thresholds).filter((p) => kept.offer(p.item, p.score, e.id, () => ({ score: p.score, id: e.id }))),
  );
}
