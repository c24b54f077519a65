/**
 * @internal A set of UTF-16 code units as a bit each: 8 KB, which stays in the processor's caches where a table of a
 * byte or an entry per unit (64–256 KB) is pushed out by a long scan. Scans test the units of a text against it
 * before any lookup.
 */
export function unitBits(units: Iterable<number>): Int32Array {
  const bits = new Int32Array(0x10000 >>> 5);
  for (const u of units) bits[u >>> 5]! |= 1 << (u & 31);
  return bits;
}

/** @internal Whether `unit` (a UTF-16 code unit) is in `bits` (see {@link unitBits}). */
export const hasUnit = (bits: Int32Array, unit: number): boolean => (bits[unit >>> 5]! & (1 << (unit & 31))) !== 0;
