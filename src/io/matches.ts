import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { Issue } from '../schema/issue.js';
import { FEATURE_LABELS } from '../schema/labels.js';
import type { Match } from '../schema/match.js';
import { contactColumns, enterpriseColumns, type Names } from './_lib/names.js';
import type { ColumnDef, Lang } from './_lib/sheets.js';
import { normalizeHeader } from './headers.js';
import { parseBooleanCell } from './_lib/values.js';
import { type RawRow, type ReadOptions, detectFormat, readRecords } from './read.js';
import type { RowResult } from './validate.js';

/** @internal Prefix of the contribution columns of English tables (`contrib.text`). */
export const CONTRIB_PREFIX = 'contrib.';

/** @internal Prefix of the contribution columns of Chinese tables (`分项·文本相关度`). */
export const CONTRIB_PREFIX_ZH = '分项·';

/** @internal Separator of matched terms inside one CSV/XLSX cell. */
export const TERM_SEPARATOR = '、';

/**
 * @internal The columns of a match table that `readMatches` reads back: headers written in Chinese and English,
 * and the headers of older files (`theme`/专题 held the theme id before 专题编号 existed).
 */
export const MATCH_KEY_HEADERS = {
  themeId: { zh: '专题编号', en: 'themeId', old: [] },
  theme: { zh: '专题', en: 'Theme', old: ['theme'] },
  itemId: { zh: '环节编号', en: 'itemId', old: [] },
  enterpriseId: { zh: '企业编号', en: 'enterpriseId', old: [] },
  rank: { zh: '排名', en: 'Rank', old: [] },
  score: { zh: '匹配度', en: 'Score', old: ['匹配得分'] },
  weak: { zh: '弱匹配', en: 'Weak', old: ['weak'] },
  matchedTerms: { zh: '匹配词', en: 'Matched terms', old: ['matchedTerms'] },
  reasonZh: { zh: '推荐理由', en: 'Reason in Chinese', old: ['reason_zh'] },
  reasonEn: { zh: '英文推荐理由', en: 'Reason', old: ['reason_en'] },
} as const;

type MatchColumnKey = keyof typeof MATCH_KEY_HEADERS;

/** @internal Normalized header → the match field it holds. */
export const MATCH_HEADER_KEYS: ReadonlyMap<string, MatchColumnKey> = new Map(
  (Object.entries(MATCH_KEY_HEADERS) as [MatchColumnKey, { zh: string; en: string; old: readonly string[] }][]).flatMap(
    ([key, h]) => [h.zh, h.en, ...h.old].map((x) => [normalizeHeader(x), key] as const),
  ),
);

const FEATURE_BY_LABEL = new Map([...FEATURE_LABELS].map(([key, l]) => [l.zh, key]));

/** @internal The header of a contribution column: `分项·文本相关度` (Chinese) or `contrib.text`. */
export const contributionHeader = (feature: string, lang: Lang): string =>
  lang === 'zh' ? CONTRIB_PREFIX_ZH + (FEATURE_LABELS.get(feature)?.zh ?? feature) : CONTRIB_PREFIX + feature;

/** The feature a contribution header names, or undefined for other headers. */
function contributionOf(header: string): string | undefined {
  const h = header.trim();
  if (h.startsWith(CONTRIB_PREFIX)) return h.slice(CONTRIB_PREFIX.length);
  if (h.startsWith(CONTRIB_PREFIX_ZH)) {
    const label = h.slice(CONTRIB_PREFIX_ZH.length);
    return FEATURE_BY_LABEL.get(label) ?? label;
  }
  return undefined;
}

const col = <R>(key: MatchColumnKey, _lang: Lang, def: Omit<ColumnDef<R>, 'zh' | 'en'>): ColumnDef<R> => ({
  zh: MATCH_KEY_HEADERS[key].zh,
  en: MATCH_KEY_HEADERS[key].en,
  ...def,
});

/**
 * @internal The columns of a match table, in the order a reader wants: 专题, 产业链, 环节, 承接地, 排名, 企业名称,
 * 省份, 城市, 匹配度, 推荐理由, then the evidence (匹配词) and one column per feature, the contacts and passthrough
 * columns of the enterprise and of the item, and the ids (专题编号, 环节编号, 企业编号) and the reason in the other
 * language for machines. In English the English reason comes first.
 */
export function matchColumns(
  matches: readonly Match[],
  look: Names,
  features: readonly string[],
  lang: Lang,
): ColumnDef<Match>[] {
  const item = (m: Match) => look.item(m.itemId);
  const enterprise = (m: Match) => look.enterprise(m.enterpriseId);
  const themeOf = (m: Match) => m.theme ?? item(m)?.theme;
  const [reason, other] = lang === 'zh' ? (['reasonZh', 'reasonEn'] as const) : (['reasonEn', 'reasonZh'] as const);
  const text = (m: Match, key: typeof reason) => (key === 'reasonZh' ? m.reason.zh : m.reason.en);
  return [
    col('theme', lang, { optional: true, value: (m) => look.themeName(themeOf(m)) }),
    { zh: '产业链', en: 'Chain', optional: true, value: (m) => look.chainName(item(m)) },
    { zh: '环节', en: 'Item', optional: true, value: (m) => item(m)?.title },
    { zh: '承接地', en: 'Host city', optional: true, value: (m) => item(m)?.hostCity },
    col('rank', lang, { kind: 'int', value: (m) => m.rank }),
    ...enterpriseColumns(enterprise),
    col('score', lang, { kind: 'score', value: (m) => m.score }),
    col('weak', lang, { optional: true, value: (m) => (m.weak ? (lang === 'zh' ? '是' : 'yes') : undefined) }),
    col(reason, lang, { kind: 'wrap', value: (m) => text(m, reason) }),
    col('matchedTerms', lang, { kind: 'wrap', value: (m) => m.matchedTerms.join(TERM_SEPARATOR) }),
    ...features.map(
      (f): ColumnDef<Match> => ({
        zh: contributionHeader(f, 'zh'),
        en: contributionHeader(f, 'en'),
        kind: 'score',
        value: (m) => (Object.hasOwn(m.contributions, f) ? m.contributions[f] : undefined),
      }),
    ),
    ...contactColumns('enterprise', matches, enterprise),
    ...contactColumns('item', matches, item),
    col('themeId', lang, { optional: true, value: themeOf }),
    col('itemId', lang, { value: (m) => m.itemId }),
    col('enterpriseId', lang, { value: (m) => m.enterpriseId }),
    col(other, lang, { kind: 'wrap', value: (m) => text(m, other) }),
  ];
}

/**
 * Serialises a match as one JSON line (without the newline), keys in the fixed order of the
 * CLI contract: itemId, enterpriseId, rank, score, contributions, matchedTerms, reason, then `weak: true` for a weak match.
 * Used by every JSONL/JSON writer, so shards and workers produce the same bytes.
 * @example matchToJson(match) // '{"itemId":"I1","enterpriseId":"E7","rank":1,"score":0.81,...}'
 */
export function matchToJson(m: Match): string {
  return JSON.stringify({
    itemId: m.itemId,
    enterpriseId: m.enterpriseId,
    rank: m.rank,
    score: m.score,
    contributions: m.contributions,
    matchedTerms: m.matchedTerms,
    reason: { zh: m.reason.zh, en: m.reason.en },
    ...(m.weak ? { weak: true } : {}),
  });
}

const issue = (row: RawRow, path: (string | number)[], message: string, column?: string): Issue => {
  const i: Issue = { code: 'invalid_match', path, message, file: row.file, row: row.row };
  const col = column ?? (path[0] === undefined ? undefined : String(path[0]));
  if (col !== undefined) i.column = col;
  return i;
};

const num = (v: unknown): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
};

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** Sets a key as an own data property, whatever its name (`__proto__` included). */
const define = (o: Record<string, number>, k: string, v: number): void => {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
};

/** Turns one raw row (JSON object or table row) into a Match, or issues. */
function toMatch(row: RawRow, tabular: boolean): RowResult<Match> {
  if (row.issues && row.issues.length > 0) return { ok: false, row, issues: row.issues };
  const r = row.record;
  const issues: Issue[] = [];
  let get: (k: 'itemId' | 'enterpriseId' | 'rank' | 'score' | 'theme' | 'weak') => unknown;
  const contributions: Record<string, number> = {};
  let matchedTerms: string[] = [];
  let reason = { zh: '', en: '' };
  if (tabular) {
    const byKey = new Map<MatchColumnKey, unknown>();
    for (const header of Object.keys(r)) {
      const v = r[header];
      const feature = contributionOf(header);
      if (feature !== undefined) {
        if (v === undefined || v === '') continue;
        const n = num(v);
        if (n === undefined || !Number.isFinite(n))
          issues.push(issue(row, ['contributions', feature], 'contribution must be a number', header));
        else define(contributions, feature, n);
        continue;
      }
      const key = MATCH_HEADER_KEYS.get(normalizeHeader(header));
      if (key !== undefined && !byKey.has(key)) byKey.set(key, v);
    }
    // 专题编号 holds the theme id; files written before it had the id under 专题 / theme.
    get = (k) => (k === 'theme' ? (byKey.get('themeId') ?? byKey.get('theme')) : byKey.get(k));
    const terms = str(byKey.get('matchedTerms'));
    matchedTerms = terms ? terms.split(TERM_SEPARATOR).filter((t) => t !== '') : [];
    reason = { zh: str(byKey.get('reasonZh')) ?? '', en: str(byKey.get('reasonEn')) ?? '' };
  } else {
    get = (k) => r[k];
    const c = r.contributions;
    if (c !== undefined) {
      if (typeof c !== 'object' || c === null || Array.isArray(c))
        issues.push(issue(row, ['contributions'], 'contributions must be an object'));
      else
        for (const k of Object.keys(c)) {
          const n = (c as Record<string, unknown>)[k];
          if (typeof n !== 'number' || !Number.isFinite(n))
            issues.push(issue(row, ['contributions', k], 'contribution must be a finite number'));
          else define(contributions, k, n);
        }
    }
    const t = r.matchedTerms;
    if (t !== undefined) {
      if (!Array.isArray(t) || !t.every((x) => typeof x === 'string'))
        issues.push(issue(row, ['matchedTerms'], 'matchedTerms must be an array of strings'));
      else matchedTerms = t as string[];
    }
    const re = r.reason;
    if (re !== undefined) {
      if (typeof re !== 'object' || re === null) issues.push(issue(row, ['reason'], 'reason must be { zh, en }'));
      else
        reason = {
          zh: str((re as Record<string, unknown>).zh) ?? '',
          en: str((re as Record<string, unknown>).en) ?? '',
        };
    }
  }
  const itemId = str(get('itemId'))?.trim();
  const enterpriseId = str(get('enterpriseId'))?.trim();
  const rank = num(get('rank'));
  const score = num(get('score'));
  if (!itemId) issues.push(issue(row, ['itemId'], 'itemId is required'));
  if (!enterpriseId) issues.push(issue(row, ['enterpriseId'], 'enterpriseId is required'));
  if (rank === undefined || !Number.isInteger(rank) || rank < 1)
    issues.push(issue(row, ['rank'], 'rank must be an integer ≥ 1'));
  if (score === undefined || !Number.isFinite(score))
    issues.push(issue(row, ['score'], 'score must be a finite number'));
  if (issues.length > 0) return { ok: false, row, issues };
  const value: Match = {
    itemId: itemId!,
    enterpriseId: enterpriseId!,
    rank: rank!,
    score: score!,
    contributions,
    matchedTerms,
    reason,
  };
  const theme = str(get('theme'))?.trim();
  if (theme) value.theme = theme;
  const weak = get('weak');
  if (weak === true || (typeof weak === 'string' && parseBooleanCell(weak) === true)) value.weak = true;
  return { ok: true, row, value };
}

/**
 * Reads matches back from a file written by `writeMatches` (JSONL, JSON, CSV or XLSX with Chinese or English
 * headers — every sheet that has an id column, so the overview sheet is passed over), or from shard files. Each
 * row yields the match or the issues that prevent reading it. Tables hold scores rounded to 3 decimals.
 * @example
 * for await (const r of readMatches('shard-1.jsonl')) if (r.ok) merged.push(r.value);
 */
export async function* readMatches(
  file: string,
  opts: Pick<ReadOptions, 'stdin' | 'onWarning' | 'format'> = {},
): AsyncGenerator<RowResult<Match>> {
  const format = opts.format ?? detectFormat(file);
  const tabular = format === 'csv' || format === 'tsv' || format === 'xlsx';
  const rows = readRecords(file, { ...opts, kind: 'raw', format, ...(format === 'xlsx' ? { sheet: '*' } : {}) });
  const matchSheets = new Map<string, boolean>();
  let read = 0;
  let passed = 0;
  for await (const row of rows) {
    if (row.sheet !== undefined && row.columns) {
      let isMatches = matchSheets.get(row.sheet);
      if (isMatches === undefined) {
        const keys = [...row.columns.values()].map((h) => MATCH_HEADER_KEYS.get(normalizeHeader(h)));
        matchSheets.set(row.sheet, (isMatches = keys.includes('itemId') || keys.includes('enterpriseId')));
      }
      if (!isMatches) {
        passed++;
        continue;
      }
    }
    read++;
    yield toMatch(row, tabular);
  }
  if (read === 0 && passed > 0) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `${file}: no sheet holds matches (a 环节编号/itemId or 企业编号/enterpriseId column)`,
      { file },
    );
  }
}
