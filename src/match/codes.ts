// GB/T 4754-2017: the section (门类) each range of two-digit divisions (大类) belongs to.
const SECTION_RANGES: readonly [string, number, number][] = [
  ['A', 1, 5], ['B', 6, 12], ['C', 13, 43], ['D', 44, 46], ['E', 47, 50], ['F', 51, 52], ['G', 53, 60],
  ['H', 61, 62], ['I', 63, 65], ['J', 66, 69], ['K', 70, 70], ['L', 71, 72], ['M', 73, 75], ['N', 76, 79],
  ['O', 80, 82], ['P', 83, 83], ['Q', 84, 85], ['R', 86, 90], ['S', 91, 96], ['T', 97, 97],
];

/**
 * Normalizes a GB/T 4754 code to section letter + digits: `3841` → `C3841`, `c38` → `C38`, `C` → `C`.
 * Returns undefined for anything that is not a code.
 * @example normalizeIndustryCode('3841') // 'C3841'
 */
export function normalizeIndustryCode(code: string): string | undefined {
  const m = /^\s*([A-Ta-t])?\s*(\d{2,4})?\s*$/u.exec(code);
  if (!m || (!m[1] && !m[2])) return undefined;
  const digits = m[2] ?? '';
  if (!digits) return m[1]!.toUpperCase();
  const division = Number(digits.slice(0, 2));
  const section = SECTION_RANGES.find(([, lo, hi]) => division >= lo && division <= hi)?.[0];
  if (!section || (m[1] && m[1].toUpperCase() !== section)) return undefined;
  return section + digits;
}
