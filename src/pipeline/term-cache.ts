import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { EnterpriseTerms } from '../match/matcher.js';
import { fnv1a } from './shard.js';

/**
 * The term frequencies of every enterprise of a stream, in stream order, restricted to the items' vocabulary and
 * packed in typed arrays (a few hundred bytes per enterprise): the scoring pass over a large file prepares each
 * enterprise again from them instead of tokenizing it a second time.
 */
export class TermCache {
  private readonly ids = new Map<string, number>();
  private termIds = new Uint32Array(1 << 12);
  private tfs = new Float64Array(1 << 12);
  private ends = new Uint32Array(1 << 10);
  private lengths = new Uint32Array(1 << 10);
  private idHashes = new Uint32Array(1 << 10);
  private rows = new Uint32Array(1 << 10);
  private count = 0;
  private used = 0;

  /** `vocabulary` sorted in code-unit order (as {@link Matcher.vocabulary} gives it). */
  constructor(private readonly vocabulary: readonly string[]) {
    for (const [i, t] of vocabulary.entries()) this.ids.set(t, i);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the next enterprise: its id, terms, and the row it was read from (a JSONL line number; 0 if none). */
  add(id: string, terms: EnterpriseTerms, row = 0): void {
    if (this.count === this.ends.length) {
      this.ends = grow(this.ends);
      this.lengths = grow(this.lengths);
      this.idHashes = grow(this.idHashes);
      this.rows = grow(this.rows);
    }
    for (const [term, tf] of terms.tf) {
      const t = this.ids.get(term);
      if (t === undefined) continue;
      if (this.used === this.termIds.length) {
        this.termIds = grow(this.termIds);
        this.tfs = grow(this.tfs);
      }
      this.termIds[this.used] = t;
      this.tfs[this.used++] = tf;
    }
    this.ends[this.count] = this.used;
    this.lengths[this.count] = terms.length;
    this.rows[this.count] = row;
    this.idHashes[this.count++] = fnv1a(id);
  }

  /** The row the `ordinal`-th enterprise was read from, as given to {@link add}. */
  row(ordinal: number): number {
    return this.rows[ordinal]!;
  }

  /** The terms of the `ordinal`-th enterprise added; refuses a different enterprise (the input changed between passes). */
  get(ordinal: number, id: string): EnterpriseTerms {
    if (!(ordinal < this.count) || this.idHashes[ordinal] !== fnv1a(id))
      throw new ChainmatchError(
        ErrorCodes.INVALID_INPUT,
        `enterprise '${id}' (record ${ordinal + 1}) differs from the first pass: the input changed while it was read`,
      );
    const tf = new Map<string, number>();
    // Ids follow the sorted vocabulary, so the map keeps the terms' code-unit order.
    for (let j = ordinal ? this.ends[ordinal - 1]! : 0; j < this.ends[ordinal]!; j++)
      tf.set(this.vocabulary[this.termIds[j]!]!, this.tfs[j]!);
    return { tf, length: this.lengths[ordinal]! };
  }
}

function grow<T extends Uint32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
