import { industryCodeInfo } from '../reference/industry.js';
import { noDigest, perItems } from './all.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/** Values by deepest shared GB/T 4754 level: section (门类), division (大类), group (中类), class (小类). */
const LEVEL_VALUE = [0, 0.2, 0.5, 0.75, 1] as const;
const LEVEL_ZH = ['', '门类', '大类', '中类', '小类'];
const LEVEL_EN = ['', 'section', 'division', 'group', 'class'];

/** Depth of the shared prefix of two codes in `C3841` form: 0 none … 4 same class. */
export function sharedLevel(a: string, b: string): number {
  if (a[0] !== b[0]) return 0;
  let level = 1;
  for (let i = 1; i <= 4 && i < a.length && i < b.length; i++) {
    if (a[i] !== b[i]) break;
    if (i >= 2) level = i;
  }
  return level;
}

function best(item: PreparedItem, e: PreparedEnterprise): { level: number; code: string } {
  let top = { level: 0, code: '' };
  for (const a of item.codes)
    for (const b of e.codes) {
      const level = sharedLevel(a, b);
      if (level > top.level || (level === top.level && level > 0 && a < top.code)) top = { level, code: a };
    }
  return top;
}

/** Prefix length of each shared level (section `C`, division `C38`, group `C384`, class `C3841`). */
const PREFIX = [0, 1, 3, 4, 5] as const;

/** The groups (中类, `C384`) of codes at group or class level. */
const groups = (codes: readonly string[]) =>
  codes.filter((c) => c.length >= PREFIX[3]).map((c) => c.slice(0, PREFIX[3]));

/**
 * Items by code prefix, so a code's levels against every item come from a few lookups. Each level's prefix has its
 * own length, so the prefix alone is the key.
 */
const prefixIndex = perItems((items) => {
  const byPrefix = new Map<string, number[]>();
  for (const it of items)
    for (const code of it.codes)
      for (let level = 1; level <= 4; level++) {
        if (code.length < PREFIX[level]!) break;
        const key = code.slice(0, PREFIX[level]);
        let list = byPrefix.get(key);
        if (!list) byPrefix.set(key, (list = []));
        if (list.at(-1) !== it.index) list.push(it.index);
      }
  return byPrefix;
});

/** At most this many codes' level tables are kept per index (3,260 items: 13 MB); past it, the cache starts over. */
const LEVELS_MAX = 4096;

/**
 * Per enterprise code, each item's deepest level shared with it (0–4, by item index), built once per code: firms
 * share a few hundred codes, and a section's postings hold nearly every item.
 */
const levelTables = perItems(() => new Map<string, Uint8Array>());

function levelsOf(code: string, items: readonly PreparedItem[]): Uint8Array {
  const tables = levelTables(items);
  let levels = tables.get(code);
  if (levels === undefined) {
    if (tables.size >= LEVELS_MAX) tables.clear();
    const index = prefixIndex(items);
    levels = new Uint8Array(items.length);
    for (let level = 1; level <= 4 && code.length >= PREFIX[level]!; level++)
      for (const ii of index.get(code.slice(0, PREFIX[level])) ?? []) levels[ii] = level;
    tables.set(code, levels);
  }
  return levels;
}

/** Industry labels (`C384 电池制造`) by shared code prefix, for the reasons. */
const labels = new Map<string, string>();
function labelOf(shared: string): string {
  let label = labels.get(shared);
  if (label === undefined) {
    const name = industryCodeInfo(shared)?.name;
    labels.set(shared, (label = name ? `${shared} ${name}` : shared));
  }
  return label;
}

/**
 * GB/T 4754 industry-code similarity by the deepest shared level (class 1, group 0.75, division 0.5,
 * section 0.2). Applies when the item has codes; an enterprise without codes is skipped. Codes are the
 * declared ones or, by default, those the matcher infers from the text (see `MatcherOptions.inferCodes`).
 * Gating at group level (中类, e.g. C384): two firms in one group are candidates even with no shared words; one
 * division (大类) alone is too broad to be evidence (C38 covers motors, cables, batteries and lamps).
 */
export function createIndustryCodeFeature(weight: number = DEFAULT_WEIGHTS.industryCode): Feature {
  let buf = new Float64Array(0);
  return Object.freeze({
    name: 'industryCode',
    weight,
    label: { zh: '行业代码', en: 'industry code' },
    missing: 'skip' as const,
    gate: LEVEL_VALUE[3],
    digester: noDigest,
    applies: (item: PreparedItem) => item.codes.length > 0,
    score: (item: PreparedItem, e: PreparedEnterprise) =>
      e.codes.length ? LEVEL_VALUE[best(item, e).level as 0]! : null,
    scoreAll(e: PreparedEnterprise, ctx: ScoringContext, only?: ArrayLike<number>) {
      const n = ctx.items.length;
      if (buf.length !== n) buf = new Float64Array(n);
      if (!e.codes.length) return buf.fill(NaN);
      // An item's level is the deepest over the firm's codes (most firms have one): one table read per code.
      const tables = e.codes.map((code) => levelsOf(code, ctx.items));
      const value = (ii: number) => {
        let level = 0;
        for (const t of tables) if (t[ii]! > level) level = t[ii]!;
        buf[ii] = LEVEL_VALUE[level as 0];
      };
      if (only) for (let j = 0; j < only.length; j++) value(only[j]!);
      else for (let i = 0; i < n; i++) value(i);
      return buf;
    },
    itemKeys: (item: PreparedItem) => groups(item.codes),
    enterpriseKeys: (e: PreparedEnterprise) => groups(e.codes),
    describe(item: PreparedItem, e: PreparedEnterprise) {
      const { level, code } = best(item, e);
      if (!level) return { zh: '行业代码不同', en: 'different industry code' };
      const shared = code.slice(0, level === 1 ? 1 : level + 1);
      const label = labelOf(shared);
      const inferred = e.inferredCodes || item.inferredCodes;
      return {
        zh: `行业代码同属${LEVEL_ZH[level]}（${label}）${inferred ? '，据业务文本推断' : ''}`,
        en: `same GB/T 4754 ${LEVEL_EN[level]} (${shared})${inferred ? ', inferred from the business text' : ''}`,
      };
    },
  });
}
