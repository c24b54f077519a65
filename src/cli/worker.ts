/**
 * Worker thread of `chainmatch match --workers N`: builds the same matcher and index as the main thread
 * from `workerData`, then computes statistics or scores for batches of enterprises.
 * @internal
 */
import { workerData } from 'node:worker_threads';
import { createMatcher, type MatcherOptions, type MatchIndex } from '../match/matcher.js';
import { statsFromJSON, statsToJSON } from '../match/stats.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';

interface Setup {
  items: ChainGapItem[];
  options: MatcherOptions;
  stats?: ReturnType<typeof statsToJSON>;
}
const setup = workerData as Setup;
const matcher = createMatcher(setup.options);
let index: MatchIndex | undefined;

export function stats(batch: Enterprise[]): ReturnType<typeof statsToJSON> {
  return statsToJSON(matcher.collectStats(batch, setup.items));
}

export function score(batch: Enterprise[]): { item: number; score: number }[][] {
  index ??= matcher.index(setup.items, statsFromJSON(setup.stats!));
  return batch.map((e) => index!.scoreEnterprise(index!.prepare(e)));
}
