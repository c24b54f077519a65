/**
 * GB/T 4754-2017《国民经济行业分类》: all sections (门类 A–T) and divisions (大类 01–97), plus the
 * groups (中类) and classes (小类) that the four bundled themes use or that industry-code inference names
 * (see `INDUSTRY_TERMS`). The tables are data, written from the standard: `data/reference/gbt4754.json` (bundled
 * into the build, so no file is read at run time), typed and frozen here.
 */
import table from '../../data/reference/gbt4754.json' with { type: 'json' };
import { byString } from '../_lib/order.js';

/** Depth in the classification: 门类 section, 大类 division, 中类 group, 小类 class. */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

/** One entry of the classification. `code` is the letter for sections and 2–4 digits otherwise. */
export interface IndustryEntry {
  code: string;
  level: IndustryLevel;
  name: string;
  en: string;
}

/** A division (大类) with the section (门类) it belongs to. */
export interface IndustryDivision extends IndustryEntry {
  level: 'division';
  section: string;
}

/** What {@link industryCodeInfo} tells about a code. */
export interface IndustryCodeInfo extends IndustryEntry {
  /** Section letter + digits, e.g. `C3841`. */
  qualified: string;
  section: string;
  /** Broader entries from the section down, e.g. C → 38 → 384 for 3841. */
  ancestors: IndustryEntry[];
}

/** An entry as `gbt4754.json` writes it. */
interface TableEntry {
  code: string;
  name: string;
  en: string;
}

/** The entries of one level, typed, frozen and in code order. */
const level = <L extends IndustryLevel>(
  at: L,
  list: readonly TableEntry[],
): readonly (IndustryEntry & { level: L })[] =>
  Object.freeze(
    list
      .map(({ code, name, en }) => Object.freeze({ code, level: at, name, en }))
      .sort((a, b) => byString(a.code, b.code)),
  );

/** The twenty sections (门类). */
export const GBT4754_SECTIONS: readonly IndustryEntry[] = level('section', table.sections);

/** All 97 divisions (大类) with their section. */
export const GBT4754_DIVISIONS: readonly IndustryDivision[] = Object.freeze(
  table.divisions.map(({ code, name, en, section }) =>
    Object.freeze({ code, level: 'division' as const, name, en, section }),
  ),
);

/** The groups (中类) the bundled themes use, and every group that industry-code inference can name. */
export const GBT4754_GROUPS: readonly IndustryEntry[] = level('group', table.groups);

/** The classes (小类) the bundled themes use. */
export const GBT4754_CLASSES: readonly IndustryEntry[] = level('class', table.classes);

const BY_CODE = new Map<string, IndustryEntry>();
for (const list of [GBT4754_SECTIONS, GBT4754_DIVISIONS, GBT4754_GROUPS, GBT4754_CLASSES])
  for (const e of list) BY_CODE.set(e.code, e);
const SECTION_OF = new Map<string, string>(GBT4754_DIVISIONS.map((d) => [d.code, d.section]));

/**
 * The section (门类) letter of a two-digit division (大类), or undefined if there is no such division.
 * @example sectionOfDivision('38') // 'C'
 */
export function sectionOfDivision(division: string | number): string | undefined {
  const d = typeof division === 'number' ? String(division).padStart(2, '0') : division.trim();
  return SECTION_OF.get(d);
}

/**
 * Normalizes a GB/T 4754 code to section letter + digits: `3841` → `C3841`, `c38` → `C38`, `C` → `C` (white space
 * around the letter and the digits is allowed). Returns undefined for anything that is not a code: no such division,
 * or a section letter that contradicts the digits.
 * @example normalizeIndustryCode('3841') // 'C3841'
 */
export function normalizeIndustryCode(code: string): string | undefined {
  const m = /^\s*([A-Ta-t])?\s*(\d{2,4})?\s*$/u.exec(code);
  if (!m || (!m[1] && !m[2])) return undefined;
  const letter = m[1]?.toUpperCase();
  const digits = m[2] ?? '';
  if (!digits) return letter;
  const section = SECTION_OF.get(digits.slice(0, 2));
  if (!section || (letter && letter !== section)) return undefined;
  return section + digits;
}

/**
 * Looks up a GB/T 4754-2017 code at any level: `'C3841'`, `'3841'`, `'384'`, `'38'` or `'C'` (white space anywhere
 * is ignored). Returns its level, names and broader entries; undefined for malformed codes, a section letter
 * that contradicts the digits, or codes not in the tables (groups and classes cover the themes only).
 * @example industryCodeInfo('C3841')?.ancestors.map((a) => a.code) // ['C', '38', '384']
 */
export function industryCodeInfo(code: string): IndustryCodeInfo | undefined {
  const qualified = normalizeIndustryCode(code.replace(/\s+/gu, ''));
  if (!qualified) return undefined;
  const section = qualified[0]!;
  const digits = qualified.slice(1);
  const found = BY_CODE.get(digits || section);
  if (!found) return undefined;
  const ancestors: IndustryEntry[] = [];
  for (const prefix of [section, digits.slice(0, 2), digits.slice(0, 3)]) {
    if (!digits || prefix.length >= digits.length) break;
    const a = BY_CODE.get(prefix);
    if (a) ancestors.push(a);
  }
  return { ...found, qualified: section + digits, section, ancestors };
}
