import * as OpenCC from 'opencc-js';

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
// Built on first use: importing the package must not do work.
/** @internal Traditional → Simplified with OpenCC (Hong Kong variants included). */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as (s: string) => string);
  return convert(text);
}

const HAN = /\p{Script=Han}/u;
const SPACES = /[\s\u00a0\u3000\u200b-\u200d\ufeff]+/gu;
// Control characters other than tab/newline carry nothing and break CSV/HTML output.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * Normalizes free text for matching: Unicode NFKC, inline pinyin annotations removed
 * (`產(chǎn)業(yè)` → `产业`, real parentheses kept), Traditional → Simplified (OpenCC),
 * control characters dropped, white space collapsed. Idempotent.
 * @example normalizeText('中國產(chǎn)業(yè)轉(zhuǎn)移(廣西)') // '中国产业转移(广西)'
 */
export function normalizeText(text: string): string {
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
  if (texts.length < 2 || texts.some((t) => t.includes(SEPARATOR))) return texts.map(normalizeText);
  const parts = normalizeText(texts.join(SEPARATOR)).split(SEPARATOR);
  return parts.length === texts.length ? parts.map((p) => p.trim()) : texts.map(normalizeText);
}
