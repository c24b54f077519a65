import type { Feature, PreparedEnterprise, ScoringContext } from '../features/types.js';
import { applicableMass, clampValue, missingValue, type Gate } from './combine.js';

/** What pruning needs of an index: the features, the items (in `ctx`) and each item's weights. */
export interface PruneSetup {
  features: readonly Feature[];
  ctx: ScoringContext;
  /** Per item, each feature's weight (the item's theme may override the matcher's). */
  weights: readonly Float64Array[];
  /** Per item, whether each feature applies. */
  applies: readonly (readonly boolean[])[];
  /** The matcher's weight of each feature by name: stages run heaviest first. */
  order: Readonly<Record<string, number>>;
  gates: readonly Gate[];
}

/** Finds, for one enterprise at a time, the items worth evaluating. */
export interface Pruner {
  /**
   * The items (indexes, ascending) whose pair with the enterprise may be a candidate and, with `thresholds`
   * (index-aligned minimum scores), may score at or above its item's threshold: every other pair is not a
   * candidate or scores below. Sets `given[f]` to feature f's `scoreAll` values where it computed them. The list is
   * the pruner's buffer: the next call overwrites it.
   */
  survivors(
    enterprise: PreparedEnterprise,
    given: (ArrayLike<number> | undefined)[],
    thresholds?: ArrayLike<number>,
  ): Int32Array;
}

/** Below this many pairs left, scoring them one by one beats another feature's pass over every item. */
const FEW = 24;

/**
 * Pruning against top-k thresholds, exact. Only pairs sharing a key of some gating feature (`itemKeys` /
 * `enterpriseKeys`) can be candidates: they are found through posting lists of the keys, and no other pair is looked
 * at. Features that score every item at once (`scoreAll`) then run heaviest first; each stage bounds a pair's score
 * with the features computed so far and every other applicable feature at 1, and drops the pairs that cannot be
 * kept. The bound state lives in buffers of the pruner, set up again at each call.
 */
export function createPruner({ features, ctx, weights, applies, order, gates }: PruneSetup): Pruner {
  const n = ctx.items.length;
  const known = features
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => typeof f.scoreAll === 'function')
    .sort((x, y) => order[y.f.name]! - order[x.f.name]! || x.i - y.i);
  // The weight of every applicable feature: before any stage, all of it is still to be computed.
  const totalMass = applicableMass(weights, applies);
  // Per gate, the items of each key (typed: the lists of common words are long, and read for every enterprise).
  const postings = gates.map(({ feature: f }) => {
    const m = new Map<string, number[]>();
    for (const pi of ctx.items)
      for (const key of new Set(f.itemKeys!(pi))) {
        let list = m.get(key);
        if (!list) m.set(key, (list = []));
        list.push(pi.index);
      }
    return new Map([...m].map(([key, list]) => [key, Int32Array.from(list)]));
  });
  const knownWeights = known.map(({ i }) =>
    Float64Array.from(ctx.items, (_, ii) => (applies[ii]![i] ? weights[ii]![i]! : 0)),
  );
  const knownApplies = known.map(({ i }) => Uint8Array.from(ctx.items, (_, ii) => (applies[ii]![i] ? 1 : 0)));

  // Buffers of one call: items marked (with the call's epoch) through a gate's postings, the items left and their bounds.
  const mark = new Int32Array(n).fill(-1);
  let epoch = 0;
  const alive = new Int32Array(n);
  const boundSum = new Float64Array(n);
  const boundMass = new Float64Array(n);
  const pending = new Float64Array(n);

  // The first stage compares the feature's value with the least value that keeps the item (from the item's
  // threshold, recomputed when that changes) instead of computing each bound.
  const firstWeights = knownWeights[0];
  const firstApplies = knownApplies[0];
  const needAt = new Float64Array(n);
  const needFor = new Float64Array(n).fill(NaN);

  /** The least clamped value with which an item's first-stage bound reaches threshold `t` (a little below: never too high). */
  function need(ii: number, t: number): number {
    const wi = firstApplies![ii] ? firstWeights![ii]! : 0;
    if (!(wi > 0)) return -Infinity;
    const p = totalMass[ii]! - wi;
    return ((t - 1e-9) * (wi + p) - p) / wi - 1e-9;
  }

  /**
   * Marks (with a new epoch) the items sharing a key with the enterprise through a gate's postings, lists them in
   * `alive` (in the order found: each item's bound is its own); returns how many.
   */
  function marked(pe: PreparedEnterprise): number {
    epoch++;
    let size = 0;
    for (let g = 0; g < gates.length; g++) {
      const post = postings[g]!;
      for (const key of gates[g]!.feature.enterpriseKeys!(pe, ctx)) {
        const list = post.get(key);
        if (list === undefined) continue;
        for (let j = 0; j < list.length; j++) {
          const ii = list[j]!;
          if (mark[ii] !== epoch) {
            mark[ii] = epoch;
            alive[size++] = ii;
          }
        }
      }
    }
    return size;
  }

  /** Resets the bound state of the first `size` listed items: nothing computed yet. */
  function reset(size: number): void {
    for (let j = 0; j < size; j++) {
      const ii = alive[j]!;
      boundSum[ii] = 0;
      boundMass[ii] = 0;
      pending[ii] = totalMass[ii]!;
    }
  }

  /** The first stage with thresholds: keeps the listed items whose value can still reach their threshold. */
  function firstStage(size: number, values: ArrayLike<number>, thresholds: ArrayLike<number>): number {
    let kept = 0;
    for (let j = 0; j < size; j++) {
      const ii = alive[j]!;
      const t = thresholds[ii]!;
      if (t !== needFor[ii]) (needFor[ii] = t), (needAt[ii] = need(ii, t));
      const x = values[ii]!;
      if (!Number.isNaN(x) && clampValue(x) < needAt[ii]!) continue;
      alive[kept++] = ii;
    }
    return kept;
  }

  return {
    survivors(pe, given, thresholds) {
      let size = marked(pe);
      for (let k = 0; k < known.length && size > 0 && !(thresholds && k > 0 && size < FEW); k++) {
        const { f, i } = known[k]!;
        const values = f.scoreAll!(pe, ctx, alive.subarray(0, size));
        given[i] = values;
        if (k === 0) {
          // The first stage needs no bound state: it is set up for the items the stage keeps only.
          if (thresholds) size = firstStage(size, values, thresholds);
          reset(size);
        }
        size = boundStage(
          size,
          alive,
          values,
          knownWeights[k]!,
          knownApplies[k]!,
          missingValue(f),
          boundSum,
          boundMass,
          pending,
          thresholds,
        );
      }
      // Sorted in place: the caller reads the list before the next call.
      return alive.subarray(0, size).sort();
    },
  };
}

/**
 * One pruning stage: adds a feature's values (clamped as in the score, `NaN` = missing) to the bound of each item
 * listed in `list` and keeps there, in order, the items whose bound still reaches their threshold; returns how many.
 * Weights not computed yet (`pending`) count at value 1; the margin absorbs rounding against the exact sum.
 */
function boundStage(
  size: number,
  list: Int32Array,
  values: ArrayLike<number>,
  w: Float64Array,
  ap: Uint8Array,
  missing: number,
  sum: Float64Array,
  mass: Float64Array,
  pending: Float64Array,
  thresholds: ArrayLike<number> | undefined,
): number {
  let kept = 0;
  for (let j = 0; j < size; j++) {
    const ii = list[j]!;
    if (ap[ii]) {
      const wi = w[ii]!;
      pending[ii]! -= wi;
      const s = values[ii]!;
      const v = Number.isNaN(s) ? missing : clampValue(s);
      if (!Number.isNaN(v)) {
        sum[ii]! += wi * v;
        mass[ii]! += wi;
      }
    }
    if (thresholds) {
      const p = pending[ii]!;
      const m = mass[ii]! + p;
      if ((m > 0 ? (sum[ii]! + p) / m : 0) + 1e-9 < thresholds[ii]!) continue;
    }
    list[kept++] = ii;
  }
  return kept;
}
