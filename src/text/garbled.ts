import { COMMON_HAN } from './_lib/common-chars.js';
import { toSimplified } from './normalize.js';

let common: Set<string> | undefined;
const HAN = /\p{Script=Han}/u;
// Characters that appear when bytes are decoded with the wrong table: U+FFFD, box drawing,
// enclosed alphanumerics, private use, Latin-1 letters typical of UTF-8-read-as-Latin-1.
const SUSPECT = /[\ufffd\u2460-\u24ff\u2500-\u257f\ue000-\uf8ff\u00c2\u00c3\u00e2\u00a4\u00a5]|锟斤拷|烫烫|屯屯/u;

/** Result of {@link detectGarbled}. */
export interface GarbledReport {
  /** True when some stretch of the text looks like mojibake. */
  garbled: boolean;
  /** Share of characters inside garbled stretches, 0–1. */
  ratio: number;
  /** [start, end) code-unit offsets of the garbled stretches. */
  spans: [number, number][];
}

/**
 * Flags text that looks garbled (mojibake from a wrong encoding, such as GBK bytes read as UTF-8):
 * stretches of at least 6 characters where most are rare Han characters or replacement/box symbols.
 * Ordinary Simplified or Traditional Chinese, English and digits pass.
 * @example detectGarbled('服務?!箘⒉┰诮邮芟愀凵虉笥浾咛釂枙r稱').garbled // true
 */
export function detectGarbled(text: string, window = 8): GarbledReport {
  common ??= new Set(COMMON_HAN);
  const chars = [...text];
  const isRare = (c: string) => !common!.has(c) && !common!.has(toSimplified(c));
  const bad = chars.map((c) => (SUSPECT.test(c) ? 1 : HAN.test(c) && isRare(c) ? 1 : 0));
  const flagged = new Uint8Array(chars.length);
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    sum += bad[i]!;
    if (i >= window) sum -= bad[i - window]!;
    const len = Math.min(i + 1, window);
    if (len >= 6 && sum / len >= 0.5) for (let j = i - len + 1; j <= i; j++) if (bad[j]) flagged[j] = 1;
  }
  const spans: [number, number][] = [];
  let offset = 0;
  let start = -1;
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    if (flagged[i] && start < 0) start = offset;
    if (!flagged[i] && start >= 0) spans.push([start, offset]), (start = -1);
    if (flagged[i]) count++;
    offset += chars[i]!.length;
  }
  if (start >= 0) spans.push([start, offset]);
  if (text.includes('锟斤拷') && spans.length === 0) spans.push([text.indexOf('锟斤拷'), text.indexOf('锟斤拷') + 3]);
  return { garbled: spans.length > 0, ratio: chars.length ? count / chars.length : 0, spans };
}

/**
 * True when {@link detectGarbled} finds a garbled stretch.
 * @example looksGarbled('广西柳州汽车零部件') // false
 */
export function looksGarbled(text: string): boolean {
  return detectGarbled(text).garbled;
}
