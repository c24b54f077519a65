// The Traditional → Simplified build of opencc-js (a tenth of the full one's size; the same hk2s dictionaries).
import * as OpenCC from 'opencc-js/t2cn';
import { OPENCC_CHANGES } from './_lib/opencc-changes.js';
import { dictEntries, type OpenCCConfig } from './_lib/opencc-dicts.js';
import { hasUnit, unitBits } from './_lib/unit-bits.js';

// A pinyin syllable with or without tone marks (checked after stripping the marks).
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu|ua|uo|ui|ue|ve|üe|a|o|e|i|u|v|ü)r?$/u;
const TONE_MARKS = /[\u0300-\u036f]/gu;
// One or more "(pinyin)" groups right after a Han character, in ASCII or full-width parentheses.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are admitted one code point at a time on purpose
const ANNOTATION = /(\p{Script=Han})((?:[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0300-\u036f]{1,7}\s*[)）])+)/gu;
const GROUP = /[(（]\s*([^()（）]+?)\s*[)）]/gu;

function isPinyin(s: string): boolean {
  return SYLLABLE.test(s.normalize('NFD').replace(TONE_MARKS, '').toLowerCase());
}

/** @internal Removes inline pinyin ruby annotations: `產(chǎn)業(yè)` → `產業`; keeps `(廣西)`. */
export function stripPinyinAnnotations(text: string): string {
  return text.replace(ANNOTATION, (whole, han: string, groups: string) => {
    let allPinyin = true;
    for (const m of groups.matchAll(GROUP)) if (!isPinyin(m[1]!)) allPinyin = false;
    return allPinyin ? han : whole;
  });
}

let converter: ((s: string) => string) | undefined;
/** Ideographic description sequences (U+2FF0–U+2FFF) step over what follows them in OpenCC's conversion. */
const IDS = /[\u2ff0-\u2fff]/u;
/** UTF-16 code units that occur in a key of the conversion's dictionaries (`undefined`: not known, never cut). */
let keyUnits: Set<number> | undefined;
/** Converted pieces, emptied when full. */
const simplified = new Map<string, string>();
const SIMPLIFIED_MAX = 1 << 16;
/**
 * The characters the conversion may change: BMP code units (a bit each: 8 KB, which stays in the processor's caches
 * better than a byte each) and the code points beyond (built on first use).
 */
let changes: { bmp: Int32Array; astral: Set<number> } | undefined;

function changedChars(): { bmp: Int32Array; astral: Set<number> } {
  if (!changes) {
    const points = [...OPENCC_CHANGES].map((c) => c.codePointAt(0)!);
    changes = {
      bmp: unitBits(points.filter((cp) => cp <= 0xffff)),
      astral: new Set(points.filter((cp) => cp > 0xffff)),
    };
  }
  return changes;
}

/** Whether a text holds a character of {@link OPENCC_CHANGES} (a scan of its code units: faster than a class of 4,000). */
function mayChange(text: string): boolean {
  const { bmp, astral } = changedChars();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (hasUnit(bmp, unit) || ((unit & 0xfc00) === 0xd800 && astral.has(text.codePointAt(i)!))) return true;
  }
  return false;
}

function unitsOfKeys(config: OpenCCConfig | undefined): Set<number> | undefined {
  if (!config) return undefined;
  const units = new Set<number>();
  for (const [key] of dictEntries([
    ...(config.normalizationChain ?? []).flat(),
    ...(config.segmentation ?? []),
    ...config.conversionChain.flat(),
  ]))
    for (let i = 0; i < key.length; i++) units.add(key.charCodeAt(i));
  return units;
}

/**
 * @internal Traditional → Simplified with OpenCC (Hong Kong variants included). The converter replaces dictionary
 * keys found in the text, so it never matches across a character that occurs in no key: the text is cut there and
 * each piece converted once (pieces repeat across a list) — the same output as converting the text whole. A text or
 * piece with no character the conversion may change (`OPENCC_CHANGES`, generated from OpenCC's dictionaries) is kept
 * as it is.
 */
export function toSimplified(text: string): string {
  // Most Simplified text holds no character the conversion changes: it is its own answer (no converter is built).
  if (!mayChange(text)) return text;
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as (s: string) => string);
  keyUnits ??= unitsOfKeys((OpenCC as { Locale?: { configs?: Record<string, OpenCCConfig> } }).Locale?.configs?.hk2s);
  // Ideographic description sequences (U+2FF0–U+2FFF) step over what follows them: never cut those texts.
  if (!keyUnits?.size || IDS.test(text)) return convert(text);
  let out = '';
  let start = 0;
  const piece = (end: number) => {
    if (end <= start) return;
    const p = text.slice(start, end);
    // A piece with no character the conversion changes is its own answer too.
    if (!mayChange(p)) {
      out += p;
      return;
    }
    let c = simplified.get(p);
    if (c === undefined) {
      if (simplified.size >= SIMPLIFIED_MAX) simplified.clear();
      simplified.set(p, (c = convert(p)));
    }
    out += c;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Surrogates always stay inside a piece (a key may hold a pair).
    if (keyUnits.has(unit) || (unit & 0xf800) === 0xd800) continue;
    piece(i);
    out += text[i];
    start = i + 1;
  }
  piece(text.length);
  return out;
}

const HAN = /\p{Script=Han}/u;
const SPACES = /[\s\u00a0\u3000\u200b-\u200d\ufeff]+/gu;
// Control characters other than tab/newline carry nothing and break CSV/HTML output.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * What NFKC makes of each BMP code unit that a text may hold for the plain path ({@link plainNormalized}): the unit
 * itself, or the one printable ASCII character NFKC makes of it (full-width forms: `，` → `,`); 0 for every other
 * unit. Only units NFKC never composes with a neighbour: printable ASCII and the space, CJK ideographs, common CJK
 * punctuation and quotes, and the separator of {@link normalizeMany}.
 */
let plain: Uint16Array | undefined;
/** Whether {@link plainUnits} keeps every unit of U+4E00–U+9FFF as it is (then a scan need not look them up). */
let plainHan = false;
function plainUnits(): Uint16Array {
  if (plain) return plain;
  const table = new Uint16Array(0x10000);
  const take = (from: number, to: number) => {
    for (let u = from; u <= to; u++) {
      const n = String.fromCharCode(u).normalize('NFKC');
      const v = n.charCodeAt(0);
      // A unit kept as it is, or mapped onto printable ASCII (a space only from a space).
      if (n.length === 1 && (v === u || (v > 0x20 && v < 0x7f))) table[u] = v;
    }
  };
  take(0x20, 0x7e);
  take(0xb7, 0xb7);
  take(0x2018, 0x2019);
  take(0x201c, 0x201d);
  take(0x3001, 0x3003);
  take(0x3008, 0x3011);
  take(0x3400, 0x4dbf);
  take(0x4e00, 0x9fff);
  take(0xe000, 0xe000);
  take(0xff01, 0xff5e);
  plainHan = true;
  for (let u = 0x4e00; u <= 0x9fff; u++) if (table[u] !== u) plainHan = false;
  return (plain = table);
}

/** Whether the last text {@link plainMapped} mapped holds a unit OpenCC may change (`mayChange` of its result). */
let plainMayChange = false;

/**
 * NFKC of a text whose units are all {@link plainUnits} (a unit-by-unit mapping then), or undefined when a unit is
 * not, a space starts, ends or doubles, or a `(` after a Han character opens a group that starts with a letter (where
 * a pinyin annotation could be: a plain text's annotation could only be ASCII letters).
 */
function plainMapped(text: string): string | undefined {
  const table = plainUnits();
  const changed = changedChars().bmp;
  plainMayChange = false;
  let out = '';
  let copied = 0;
  let space = true; // a space here would start the text or double one
  let han = false;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    // CJK ideographs, most of a Chinese text, without the table (which a long run pushes out of the caches).
    const v = plainHan && u >= 0x4e00 && u <= 0x9fff ? u : table[u]!;
    if (v === 0) return undefined;
    if (hasUnit(changed, v)) plainMayChange = true;
    if (v === 0x20) {
      if (space) return undefined;
      space = true;
      han = false;
      continue;
    }
    if (v === 0x28 && han) {
      let j = i + 1;
      while (j < text.length && table[text.charCodeAt(j)] === 0x20) j++;
      const next = table[text.charCodeAt(j)]! | 0x20; // lower-cased
      if (next >= 0x61 && next <= 0x7a) return undefined;
    }
    space = false;
    han = v >= 0x3400 && v <= 0x9fff;
    if (v !== u) {
      out += text.slice(copied, i) + String.fromCharCode(v);
      copied = i + 1;
    }
  }
  if (space && text.length) return undefined;
  return copied ? out + text.slice(copied) : text;
}

/**
 * {@link normalizeText} of a text that needs none of its regular-expression passes, or undefined. Its NFKC is
 * {@link plainMapped}: no pinyin annotation, no control character, no space to collapse or trim; then OpenCC, whose
 * result, when it changed anything, must be plain and kept by NFKC as it is (then nothing after changes it).
 * Most company text is so.
 */
function plainNormalized(text: string): string | undefined {
  const mapped = plainMapped(text);
  if (mapped === undefined || !plainMayChange || !HAN.test(mapped)) return mapped;
  const converted = toSimplified(mapped);
  return converted === mapped || plainMapped(converted) === converted ? converted : undefined;
}

/**
 * Normalizes free text for matching: Unicode NFKC, inline pinyin annotations removed
 * (`產(chǎn)業(yè)` → `产业`, real parentheses kept), Traditional → Simplified (OpenCC),
 * control characters dropped, white space collapsed. Idempotent.
 * @example normalizeText('中國產(chǎn)業(yè)轉(zhuǎn)移(廣西)') // '中国产业转移(广西)'
 */
export function normalizeText(text: string): string {
  return plainNormalized(text) ?? normalizeSlowly(text);
}

/** @internal {@link normalizeText} through all its passes (the plain path's oracle in tests). */
export function normalizeSlowly(text: string): string {
  let out = text.normalize('NFKC');
  out = stripPinyinAnnotations(out);
  if (HAN.test(out)) out = toSimplified(out).normalize('NFKC');
  out = out.replace(CONTROLS, '').replace(SPACES, ' ').trim();
  // OpenCC can map one character onto a form that NFKC or the pinyin rule changes again; settle it.
  for (let i = 0; i < 3; i++) {
    const next = stripPinyinAnnotations(out).normalize('NFKC');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A private-use character: nothing in normalization changes it, joins across it or removes it. */
const SEPARATOR = '\uE000';

/**
 * @internal {@link normalizeText} of each text, computed in one pass over their join (faster than one call per text).
 * Equal to `texts.map(normalizeText)`; texts that contain the separator are normalized one by one.
 */
export function normalizeMany(texts: readonly string[]): string[] {
  // Plain texts are their own answer; the others are normalized together.
  const out = texts.map(plainNormalized);
  const slow: string[] = [];
  for (let k = 0; k < texts.length; k++) if (out[k] === undefined) slow.push(texts[k]!);
  if (!slow.length) return out as string[];
  // An ideographic description sequence keeps OpenCC from what follows it even across texts: join them all then.
  if (slow.some((t) => IDS.test(t))) return joinedNormalized(texts);
  const done = joinedNormalized(slow);
  for (let k = 0, j = 0; k < texts.length; k++) out[k] ??= done[j++]!;
  return out as string[];
}

function joinedNormalized(texts: readonly string[]): string[] {
  if (texts.length < 2 || texts.some((t) => t.includes(SEPARATOR))) return texts.map(normalizeSlowly);
  const parts = normalizeSlowly(texts.join(SEPARATOR)).split(SEPARATOR);
  return parts.length === texts.length ? parts.map((p) => p.trim()) : texts.map(normalizeSlowly);
}
