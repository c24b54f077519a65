import type { Feature, PreparedEnterprise, ScoringContext } from '../features/types.js';
import { clampValue, missingValue, type Gate } from './combine.js';

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
   * candidate or scores below. Sets `given[f]` to feature f's `scoreAll` values where it computed them.
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
 * Pruning against top-k thresholds, exact. Features that score every item at once (`scoreAll`) run heaviest first;
 * each stage bounds a pair's score with the features computed so far and every other applicable feature at 1, and
 * drops the pairs that cannot be kept. Gating features without `scoreAll` find their candidates through posting
 * lists of their keys. The bound state lives in buffers of the pruner, set up again at each call.
 */
export function createPruner({ features, ctx, weights, applies, order, gates }: PruneSetup): Pruner {
  const n = ctx.items.length;
  const known = features
    .map((f, i) => ({ f, i, gate: gates.some((g) => g.index === i) ? f.gate! : Infinity }))
    .filter(({ f }) => typeof f.scoreAll === 'function')
    .sort((x, y) => order[y.f.name]! - order[x.f.name]! || x.i - y.i);
  // The weight of every applicable feature: before any stage, all of it is still to be computed.
  const totalMass = Float64Array.from(ctx.items, (_, ii) =>
    features.reduce((sum, _f, fi) => sum + (applies[ii]![fi] ? weights[ii]![fi]! : 0), 0),
  );
  const postingGates = gates.filter(({ feature }) => typeof feature.scoreAll !== 'function');
  const postings = postingGates.map(({ feature: f }) => {
    const m = new Map<string, number[]>();
    for (const pi of ctx.items)
      for (const key of new Set(f.itemKeys!(pi))) {
        let list = m.get(key);
        if (!list) m.set(key, (list = []));
        list.push(pi.index);
      }
    return m;
  });
  const knownWeights = known.map(({ i }) =>
    Float64Array.from(ctx.items, (_, ii) => (applies[ii]![i] ? weights[ii]![i]! : 0)),
  );
  const knownApplies = known.map(({ i }) => Uint8Array.from(ctx.items, (_, ii) => (applies[ii]![i] ? 1 : 0)));
  const allItems = Int32Array.from(ctx.items, (_, ii) => ii);

  // Buffers of one call: items marked (with the call's epoch) through a posting-list gate, the items left and their bounds.
  const mark = new Int32Array(n).fill(-1);
  let epoch = 0;
  const alive = new Int32Array(n);
  const boundSum = new Float64Array(n);
  const boundMass = new Float64Array(n);
  const pending = new Float64Array(n);
  const reached = new Uint8Array(n);

  // The first stage visits every item: instead of computing each bound, it compares the feature's value with the
  // least value that keeps the item (from the item's threshold, recomputed when that changes).
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
   * The first stage's candidates: resets the bound state of the items whose value can still reach their threshold
   * (all of them without thresholds) and lists them in `alive`; returns how many.
   */
  function firstCandidates(values: ArrayLike<number>, thresholds: ArrayLike<number> | undefined): number {
    const posted = postingGates.length > 0;
    let size = 0;
    for (let ii = 0; ii < n; ii++) {
      if (thresholds) {
        const t = thresholds[ii]!;
        if (t !== needFor[ii]) (needFor[ii] = t), (needAt[ii] = need(ii, t));
        const x = values[ii]!;
        if (!Number.isNaN(x) && clampValue(x) < needAt[ii]!) continue;
      }
      boundSum[ii] = 0;
      boundMass[ii] = 0;
      pending[ii] = totalMass[ii]!;
      reached[ii] = posted && mark[ii] === epoch ? 1 : 0;
      alive[size++] = ii;
    }
    return size;
  }

  /** Marks (with a new epoch) the items sharing a key with the enterprise through a posting-list gate. */
  function markPosted(pe: PreparedEnterprise): void {
    epoch++;
    postingGates.forEach(({ feature: f }, g) => {
      const post = postings[g]!;
      for (const key of f.enterpriseKeys!(pe)) for (const ii of post.get(key) ?? []) mark[ii] = epoch;
    });
  }

  return {
    survivors(pe, given, thresholds) {
      markPosted(pe);
      let list: Int32Array = allItems;
      let size = n;
      let stages = 0;
      for (let k = 0; k < known.length && size > 0 && !(thresholds && k > 0 && size < FEW); k++, stages++) {
        const { f, i, gate } = known[k]!;
        const values = f.scoreAll!(pe, ctx);
        given[i] = values;
        const w = knownWeights[k]!;
        const ap = knownApplies[k]!;
        const missing = missingValue(f);
        if (k === 0) (size = firstCandidates(values, thresholds)), (list = alive);
        size = boundStage(
          list,
          size,
          alive,
          values,
          w,
          ap,
          missing,
          gate,
          boundSum,
          boundMass,
          pending,
          reached,
          thresholds,
        );
        list = alive;
      }
      // With every known feature computed, a pair reaching no gate is not a candidate: it needs no evaluation.
      const complete = stages === known.length;
      let kept = 0;
      for (let j = 0; j < size; j++) {
        const ii = list[j]!;
        if (complete && !(stages > 0 && reached[ii]) && mark[ii] !== epoch) continue;
        alive[kept++] = ii;
      }
      return alive.slice(0, kept);
    },
  };
}

/**
 * One pruning stage: adds a feature's values (clamped as in the score, `NaN` = missing) to the bound of each listed
 * item and writes to `out` the items whose bound still reaches their threshold; returns how many. `out` may be
 * `list` itself: it is written behind the read.
 * Weights not computed yet (`pending`) count at value 1; the margin absorbs rounding against the exact sum.
 */
function boundStage(
  list: Int32Array,
  size: number,
  out: Int32Array,
  values: ArrayLike<number>,
  w: Float64Array,
  ap: Uint8Array,
  missing: number,
  gate: number,
  sum: Float64Array,
  mass: Float64Array,
  pending: Float64Array,
  reached: Uint8Array,
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
        if (v >= gate) reached[ii] = 1;
      }
    }
    if (thresholds) {
      const p = pending[ii]!;
      const m = mass[ii]! + p;
      if ((m > 0 ? (sum[ii]! + p) / m : 0) + 1e-9 < thresholds[ii]!) continue;
    }
    out[kept++] = ii;
  }
  return kept;
}
