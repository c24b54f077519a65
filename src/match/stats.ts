import { byString } from '../_lib/order.js';

/**
 * Corpus statistics of the enterprise side, fixed before scoring so that a pair's score never depends
 * on which other enterprises share its batch, worker or shard. All counts are integers, so merging
 * partial statistics in any order gives the same result.
 */
export interface CorpusStats {
  docCount: number;
  /** Σ token counts. */
  totalLength: number;
  /** Documents containing each term (possibly restricted to the items' vocabulary). */
  df: Map<string, number>;
}

/** An empty statistics object. */
export function emptyStats(): CorpusStats {
  return { docCount: 0, totalLength: 0, df: new Map() };
}

/**
 * Adds `b` into `a` (mutating `a`) and returns it. Use to combine the statistics of several batches.
 * @example mergeStats(statsOfShard1, statsOfShard2)
 */
export function mergeStats(a: CorpusStats, b: CorpusStats): CorpusStats {
  a.docCount += b.docCount;
  a.totalLength += b.totalLength;
  for (const [t, n] of b.df) a.df.set(t, (a.df.get(t) ?? 0) + n);
  return a;
}

/**
 * @internal BM25 inverse document frequency under these statistics: ln(1 + (N − df + 0.5) / (df + 0.5)) for N
 * documents, df of them containing the term; 1 for every term when there are no documents.
 */
export function idfOf(stats: CorpusStats): (term: string) => number {
  const N = stats.docCount;
  return (t) => {
    if (N === 0) return 1;
    const df = stats.df.get(t) ?? 0;
    return Math.log(1 + (N - df + 0.5) / (df + 0.5));
  };
}

/** JSON form of statistics (terms sorted), for passing between processes. */
export function statsToJSON(s: CorpusStats): { docCount: number; totalLength: number; df: [string, number][] } {
  return { docCount: s.docCount, totalLength: s.totalLength, df: [...s.df].sort((x, y) => byString(x[0], y[0])) };
}

/** Inverse of {@link statsToJSON}. */
export function statsFromJSON(j: { docCount: number; totalLength: number; df: [string, number][] }): CorpusStats {
  return { docCount: j.docCount, totalLength: j.totalLength, df: new Map(j.df) };
}
