import { byString } from '../_lib/order.js';

/** An entry of a ranking: a score and the id that breaks ties. */
export interface Ranked {
  score: number;
  /** Tie-breaker: smaller id ranks first. */
  id: string;
}

/** Total order of the ranking: higher score first, then smaller id. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || byString(a.id, b.id);
}

/**
 * Per list position (an item), the last entry of the top `k` over several rankings of disjoint entries (parallel
 * parts): an entry is in the combined top `k` exactly when it ranks at or before it. Undefined where all are empty.
 */
export function combinedCut(rankings: readonly (readonly (readonly Ranked[])[])[], k: number): (Ranked | undefined)[] {
  const n = Math.max(0, ...rankings.map((r) => r.length));
  return Array.from({ length: n }, (_, i) =>
    rankings
      .flatMap((r) => r[i] ?? [])
      .sort(compareRanked)
      .slice(0, k)
      .at(-1),
  );
}

/**
 * @internal Keeps the k best entries seen (by {@link compareRanked}) in a binary min-heap of the worst kept on top.
 */
export class TopK<T extends Ranked> {
  private readonly heap: T[] = [];
  constructor(readonly k: number) {}

  get size(): number {
    return this.heap.length;
  }

  /** The worst kept entry, once full; entries not better than it are refused. */
  get threshold(): T | undefined {
    return this.heap.length === this.k ? this.heap[0] : undefined;
  }

  /** True if `entry` would be kept. */
  accepts(score: number, id: string): boolean {
    const worst = this.threshold;
    // compareRanked({ score, id }, worst) < 0, without making the entry.
    return !worst || score > worst.score || (score === worst.score && byString(id, worst.id) < 0);
  }

  push(entry: T): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push(entry);
      this.up(h.length - 1);
    } else if (compareRanked(entry, h[0]!) < 0) {
      h[0] = entry;
      this.down(0);
    }
  }

  /** Entries best first. */
  sorted(): T[] {
    return [...this.heap].sort(compareRanked);
  }

  // Heap order: the root is the worst entry (largest under compareRanked). Both walks move the entry along its path
  // and write it once where it stops, instead of swapping at each level.
  private up(i: number): void {
    const h = this.heap;
    const x = h[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!after(x, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = x;
  }

  private down(i: number): void {
    const h = this.heap;
    const x = h[i]!;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = x;
      let at = i;
      if (l < h.length && after(h[l]!, m)) (m = h[l]!), (at = l);
      if (r < h.length && after(h[r]!, m)) (m = h[r]!), (at = r);
      if (at === i) break;
      h[i] = m;
      i = at;
    }
    h[i] = x;
  }
}

/** `compareRanked(a, b) > 0` (a ranks after b), without the call: a lower score, or the same and a larger id. */
function after(a: Ranked, b: Ranked): boolean {
  const d = b.score - a.score;
  return d > 0 || (!(d < 0) && a.id > b.id);
}

/**
 * @internal One {@link TopK} per item plus the score each item needs for a new entry to be kept
 * (`minScore` until its heap is full, then its worst kept score): the thresholds a matching index uses to skip pairs.
 */
export class PerItemTopK<T extends Ranked> {
  readonly heaps: TopK<T>[];
  readonly thresholds: Float64Array;
  constructor(
    items: number,
    k: number,
    private readonly minScore: number,
  ) {
    this.heaps = Array.from({ length: items }, () => new TopK<T>(k));
    this.thresholds = new Float64Array(items).fill(minScore);
  }

  /** Keeps the entry made by `make` if its item's heap accepts `score` and `id`; returns whether it was kept. */
  offer(item: number, score: number, id: string, make: () => T): boolean {
    const heap = this.heaps[item]!;
    if (score < this.minScore || !heap.accepts(score, id)) return false;
    heap.push(make());
    const worst = heap.threshold;
    if (worst && worst.score > this.thresholds[item]!) this.thresholds[item] = worst.score;
    return true;
  }

  /**
   * Raises thresholds to `floor` where it is higher. Valid floors are worst kept scores of top-k lists over
   * other, disjoint inputs: a pair below one is not among the k best of all inputs together.
   */
  raise(floor: ArrayLike<number>): void {
    for (let i = 0; i < this.thresholds.length; i++)
      if (floor[i]! > this.thresholds[i]!) this.thresholds[i] = floor[i]!;
  }
}
