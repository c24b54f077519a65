/**
 * @internal Remembers which strings were seen, as one bit per hash (FNV-1a of the UTF-16 units) in a table of
 * `bits` bits: a cache can keep a value only on its second sight without holding the first sight's value (or key),
 * which for strings mostly seen once — firms' names — would be garbage kept alive until the cache is emptied. The
 * answer may wrongly be yes (two strings on one bit: at most `max / bits` of the time), never wrongly no; the table
 * is emptied after `max` strings.
 * @returns `seen(s)`: whether `s` was seen (or its bit taken) since the table was last emptied; marks it seen.
 */
export function seenFilter(bits: number, max: number): (s: string) => boolean {
  const table = new Int32Array(bits >>> 5);
  const mask = bits - 1;
  let marked = 0;
  return (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const bit = h & mask;
    const word = bit >>> 5;
    const m = 1 << (bit & 31);
    if (table[word]! & m) return true;
    if (marked >= max) table.fill(0), (marked = 0);
    table[word]! |= m;
    marked++;
    return false;
  };
}
