import { ChainmatchError, ErrorCodes } from '../errors.js';

/** A shard `i/n` (1-based), or a part of a run: enterprises are split by the hash of their id. */
export interface Shard {
  /** Which shard, from 1 to `count`. */
  index: number;
  /** How many shards. */
  count: number;
}

/** Parses `--shard i/n` (1-based, like test runners). */
export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/u.exec(s.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `--shard must be i/n with 1 <= i <= n, got '${s}'`);
  return { index, count };
}

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard of an enterprise by the hash of its id: never depends on input order. */
export function shardOf(id: string, count: number): number {
  return (fnv1a(id) % count) + 1;
}
