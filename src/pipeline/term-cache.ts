import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { PreparedEnterprise } from '../features/types.js';
import type { EnterpriseDigester, EnterpriseTerms } from '../match/matcher.js';
import type { KeptTerms } from '../score/prepare.js';
import type { HeadedShare } from '../text/heads.js';
import { fnv1a } from './shard.js';

type Derived = NonNullable<KeptTerms['derived']>;

/**
 * Numbers appended one after another, in chunks of `CHUNK` slots (no copy as they grow): a slot holds an integer
 * below 2^30 as itself × 2, any other number as its place in chunks of doubles × 2 + 1 (digests hold mostly small
 * integers: 4 bytes each instead of 8).
 */
class Numbers {
  private readonly slots: Int32Array[] = [];
  private readonly doubles: Float64Array[] = [];
  private inDoubles = 0;
  size = 0;

  push(value: number): void {
    if ((this.size & (CHUNK - 1)) === 0) this.slots.push(new Int32Array(CHUNK));
    let slot = value * 2;
    if (!Number.isInteger(value) || Math.abs(value) >= 2 ** 30 || Object.is(value, -0)) {
      if ((this.inDoubles & (CHUNK - 1)) === 0) this.doubles.push(new Float64Array(CHUNK));
      this.doubles[this.inDoubles >>> SHIFT]![this.inDoubles & (CHUNK - 1)] = value;
      slot = this.inDoubles++ * 2 + 1;
    }
    this.slots[this.size >>> SHIFT]![this.size++ & (CHUNK - 1)] = slot;
  }

  at(j: number): number {
    const slot = this.slots[j >>> SHIFT]![j & (CHUNK - 1)]!;
    return slot & 1 ? this.doubles[slot >>> (SHIFT + 1)]![(slot >>> 1) & (CHUNK - 1)]! : slot / 2;
  }
}

/**
 * The term frequencies of every enterprise of a stream, in stream order, restricted to the items' vocabulary and
 * packed in typed arrays (a few hundred bytes per enterprise), with its codes and regions (shared among the
 * enterprises with the same ones): the scoring pass over a large file prepares each enterprise again from them
 * instead of tokenizing it and inferring its codes again. With a digester, also each enterprise's id, its headed
 * shares and what the digester keeps (about 100–150 bytes more): the scoring pass then reads nothing of the file.
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
  /** With a digester: the ids as UTF-8, one after another, and where each ends. */
  private idBytes = Buffer.alloc(0);
  private idEnds = new Uint32Array(0);
  /**
   * With a digester, per enterprise: its headed shares (vocabulary term, equipment, trade share) and the digester's
   * lists one after another in `extras`, where they end, and how many numbers each holds (`width` per enterprise:
   * the headed terms, then each list).
   */
  private readonly extras = new Numbers();
  private extraEnds = new Uint32Array(0);
  private shape = new Uint16Array(0);
  private readonly width: number;

  /**
   * `vocabulary` sorted in code-unit order (as {@link Matcher.vocabulary} gives it); `digester` keeps what scoring
   * reads besides the terms (see {@link Matcher.digester}).
   */
  constructor(
    private readonly vocabulary: readonly string[],
    private readonly digester?: EnterpriseDigester,
  ) {
    for (const [i, t] of vocabulary.entries()) this.ids.set(t, i);
    this.width = digester ? 1 + digester.lists : 0;
  }

  /** Whether the enterprises are kept with their digests: {@link get} then prepares them without their records. */
  get digested(): boolean {
    return this.digester !== undefined;
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
    if (this.digester) this.addDigest(id, terms as PreparedEnterprise);
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

  /** Keeps the id, headed shares and digest of the next enterprise (prepared in full). */
  private addDigest(id: string, pe: PreparedEnterprise): void {
    const n = this.count;
    if (n === this.idEnds.length) {
      this.idEnds = grow(this.idEnds, 1 << 10);
      this.extraEnds = grow(this.extraEnds, 1 << 10);
      const shape = new Uint16Array(this.idEnds.length * this.width);
      shape.set(this.shape);
      this.shape = shape;
    }
    const start = n ? this.idEnds[n - 1]! : 0;
    const bytes = Buffer.byteLength(id);
    if (start + bytes > this.idBytes.length) {
      const b = Buffer.alloc(Math.max(1 << 16, 2 * (start + bytes)));
      this.idBytes.copy(b);
      this.idBytes = b;
    }
    this.idEnds[n] = start + this.idBytes.write(id, start);
    const lists = this.digester!.keep(pe);
    const at = n * this.width;
    let headed = 0;
    for (const [term, share] of pe.headed ?? []) {
      const t = this.ids.get(term);
      if (t === undefined) continue;
      this.extras.push(t);
      this.extras.push(share.equipment);
      this.extras.push(share.trade);
      headed++;
    }
    this.shape[at] = headed;
    lists.forEach((list, k) => {
      if (list.length > 0xffff) throw new RangeError(`a digest of ${list.length} numbers`);
      this.shape[at + 1 + k] = list.length;
      for (const v of list) this.extras.push(v);
    });
    this.extraEnds[n] = this.extras.size;
  }

  /** The id of the `ordinal`-th enterprise (kept with a digester only). */
  id(ordinal: number): string {
    return this.idBytes.toString('utf8', ordinal ? this.idEnds[ordinal - 1]! : 0, this.idEnds[ordinal]!);
  }

  /** The headed shares and digest of the `ordinal`-th enterprise. */
  private digestOf(ordinal: number): NonNullable<KeptTerms['digest']> {
    let j = ordinal ? this.extraEnds[ordinal - 1]! : 0;
    const at = ordinal * this.width;
    const headed = new Map<string, HeadedShare>();
    for (let h = this.shape[at]!; h > 0; h--, j += 3)
      headed.set(this.vocabulary[this.extras.at(j)]!, {
        equipment: this.extras.at(j + 1),
        trade: this.extras.at(j + 2),
      });
    const lists: number[][] = [];
    for (let k = 1; k < this.width; k++) {
      const list = new Array<number>(this.shape[at + k]!);
      for (let i = 0; i < list.length; i++) list[i] = this.extras.at(j++);
      lists.push(list);
    }
    return { headed, digest: this.digester!.digest(lists) };
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
    this.check(ordinal, id);
    const tf = new Map<string, number>();
    // Ids follow the sorted vocabulary, so the map keeps the terms' code-unit order.
    for (let j = ordinal ? this.ends[ordinal - 1]! : 0; j < this.ends[ordinal]!; j++)
      tf.set(this.vocabulary[this.termIds[j >>> SHIFT]![j & (CHUNK - 1)]!]!, this.tfs[j >>> SHIFT]![j & (CHUNK - 1)]!);
    const d = this.derivedOf[ordinal]!;
    if (!d || !derived) return { tf, length: this.lengths[ordinal]! };
    const kept = { tf, length: this.lengths[ordinal]!, derived: this.derived[d - 1]! };
    return this.digester ? { ...kept, digest: this.digestOf(ordinal) } : kept;
  }

  /** Refuses an `id` other than the `ordinal`-th enterprise's (the input changed between passes). */
  check(ordinal: number, id: string): void {
    if (!(ordinal < this.count) || this.idHashes[ordinal] !== fnv1a(id))
      throw new ChainmatchError(
        ErrorCodes.INVALID_INPUT,
        `enterprise '${id}' (record ${ordinal + 1}) differs from the first pass: the input changed while it was read`,
      );
  }
}

const SHIFT = 16;
const CHUNK = 1 << SHIFT;

function grow(a: Uint32Array<ArrayBuffer>, least = 0): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(Math.max(least, a.length * 2));
  b.set(a);
  return b;
}
