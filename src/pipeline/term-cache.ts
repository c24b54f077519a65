import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { EnterpriseTerms } from '../match/matcher.js';
import type { KeptTerms } from '../score/prepare.js';
import { fnv1a } from './shard.js';

type Derived = NonNullable<KeptTerms['derived']>;

/**
 * The term frequencies of every enterprise of a stream, in stream order, restricted to the items' vocabulary and
 * packed in typed arrays (a few hundred bytes per enterprise), with its codes and regions (shared among the
 * enterprises with the same ones): the scoring pass over a large file prepares each enterprise again from them
 * instead of tokenizing it and inferring its codes again.
 */
export class TermCache {
  private readonly ids = new Map<string, number>();
  /** Term ids and frequencies of every enterprise, one after another, in chunks of `CHUNK` (no copy as they grow). */
  private readonly termIds: Uint32Array[] = [];
  /** Single precision while every frequency is exactly representable in it (field weights 1, 2, 1.5, 0.5 are). */
  private tfs: (Float32Array | Float64Array)[] = [];
  private ends = new Uint32Array(1 << 10);
  private lengths = new Uint32Array(1 << 10);
  private idHashes = new Uint32Array(1 << 10);
  private rows = new Uint32Array(1 << 10);
  private derivedOf = new Uint32Array(1 << 10);
  /** Codes and regions by index: one entry per distinct codes and regions. */
  private readonly derived: Derived[] = [];
  private readonly byKey = new Map<string, number>();
  private count = 0;
  private used = 0;

  /** `vocabulary` sorted in code-unit order (as {@link Matcher.vocabulary} gives it). */
  constructor(private readonly vocabulary: readonly string[]) {
    for (const [i, t] of vocabulary.entries()) this.ids.set(t, i);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the next enterprise: its id, what preparing it gave, and the row it was read from (a JSONL line; 0 if none). */
  add(id: string, terms: EnterpriseTerms & Partial<Derived>, row = 0): void {
    if (this.count === this.ends.length) {
      this.ends = grow(this.ends);
      this.lengths = grow(this.lengths);
      this.idHashes = grow(this.idHashes);
      this.rows = grow(this.rows);
      this.derivedOf = grow(this.derivedOf);
    }
    this.derivedOf[this.count] = this.derivedIndex(terms);
    for (const [term, tf] of terms.tf) {
      const t = this.ids.get(term);
      if (t === undefined) continue;
      const at = this.used & (CHUNK - 1);
      if (at === 0) {
        this.termIds.push(new Uint32Array(CHUNK));
        this.tfs.push(this.tfs[0] instanceof Float64Array ? new Float64Array(CHUNK) : new Float32Array(CHUNK));
      }
      const c = this.used++ >>> SHIFT;
      this.termIds[c]![at] = t;
      if (Math.fround(tf) !== tf && !(this.tfs[c] instanceof Float64Array))
        this.tfs = this.tfs.map((a) => Float64Array.from(a));
      this.tfs[c]![at] = tf;
    }
    this.ends[this.count] = this.used;
    this.lengths[this.count] = terms.length;
    this.rows[this.count] = row;
    this.idHashes[this.count++] = fnv1a(id);
  }

  /**
   * The index of an enterprise's codes and regions in `derived` (0: none kept, prepared anew). Only what scoring
   * reads is kept, shared among the enterprises with the same codes and regions: an inference's evidence (~0.5 KB a
   * firm, 0.5 GB at 1,000,000) is found again for the few enterprises explained (see {@link get}).
   */
  private derivedIndex({ codes, regions }: Partial<Derived>): number {
    if (!codes || !regions) return 0;
    const key = `${codes.join(',')}|${regions.join(',')}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    this.derived.push({ codes, regions });
    this.byKey.set(key, this.derived.length);
    return this.derived.length;
  }

  /** The FNV-1a hash of the `ordinal`-th enterprise's id. */
  idHash(ordinal: number): number {
    return this.idHashes[ordinal]!;
  }

  /** The row the `ordinal`-th enterprise was read from, as given to {@link add}. */
  row(ordinal: number): number {
    return this.rows[ordinal]!;
  }

  /**
   * The terms of the `ordinal`-th enterprise added, with its codes and regions unless `derived` is false (to explain
   * it: its codes are then inferred again, with their evidence); refuses a different enterprise (the input changed
   * between passes).
   */
  get(ordinal: number, id: string, derived = true): KeptTerms {
    if (!(ordinal < this.count) || this.idHashes[ordinal] !== fnv1a(id))
      throw new ChainmatchError(
        ErrorCodes.INVALID_INPUT,
        `enterprise '${id}' (record ${ordinal + 1}) differs from the first pass: the input changed while it was read`,
      );
    const tf = new Map<string, number>();
    // Ids follow the sorted vocabulary, so the map keeps the terms' code-unit order.
    for (let j = ordinal ? this.ends[ordinal - 1]! : 0; j < this.ends[ordinal]!; j++)
      tf.set(this.vocabulary[this.termIds[j >>> SHIFT]![j & (CHUNK - 1)]!]!, this.tfs[j >>> SHIFT]![j & (CHUNK - 1)]!);
    const d = this.derivedOf[ordinal]!;
    return d && derived
      ? { tf, length: this.lengths[ordinal]!, derived: this.derived[d - 1]! }
      : { tf, length: this.lengths[ordinal]! };
  }
}

const SHIFT = 16;
const CHUNK = 1 << SHIFT;

function grow(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
