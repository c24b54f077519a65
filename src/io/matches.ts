import type { Issue } from '../schema/issue.js';
import type { Match } from '../schema/match.js';
import { normalizeHeader } from './headers.js';
import { type RawRow, type ReadOptions, detectFormat, readRecords } from './read.js';
import type { RowResult } from './validate.js';

/** @internal Prefix of the flattened contribution columns in CSV/XLSX. */
export const CONTRIB_PREFIX = 'contrib.';

/** @internal Separator of matched terms inside one CSV/XLSX cell. */
export const TERM_SEPARATOR = '、';

/** @internal Fixed columns of a match table, with English and Chinese headers. */
export const MATCH_COLUMNS = [
  { key: 'theme', en: 'theme', zh: '专题' },
  { key: 'itemId', en: 'itemId', zh: '环节编号' },
  { key: 'itemTitle', en: 'itemTitle', zh: '环节名称' },
  { key: 'rank', en: 'rank', zh: '排名' },
  { key: 'enterpriseId', en: 'enterpriseId', zh: '企业编号' },
  { key: 'enterpriseName', en: 'enterpriseName', zh: '企业名称' },
  { key: 'score', en: 'score', zh: '匹配得分' },
  { key: 'weak', en: 'weak', zh: '弱匹配' },
  { key: 'matchedTerms', en: 'matchedTerms', zh: '匹配词' },
  { key: 'reason_zh', en: 'reason_zh', zh: '推荐理由' },
  { key: 'reason_en', en: 'reason_en', zh: '英文推荐理由' },
] as const;

type MatchColumnKey = (typeof MATCH_COLUMNS)[number]['key'];

const headerKeys = (): Map<string, MatchColumnKey> => {
  const m = new Map<string, MatchColumnKey>();
  for (const c of MATCH_COLUMNS) {
    m.set(normalizeHeader(c.en), c.key);
    m.set(normalizeHeader(c.zh), c.key);
  }
  return m;
};

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

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** Sets a key as an own data property, whatever its name (`__proto__` included). */
const define = (o: Record<string, number>, k: string, v: number): void => {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
};

/** Turns one raw row (JSON object or table row) into a Match, or issues. */
function toMatch(row: RawRow, tabular: boolean): RowResult<Match> {
  if (row.issues && row.issues.length > 0) return { ok: false, row, issues: row.issues };
  const r = row.record;
  const issues: Issue[] = [];
  let get: (k: MatchColumnKey) => unknown;
  const contributions: Record<string, number> = {};
  let matchedTerms: string[] = [];
  let reason = { zh: '', en: '' };
  if (tabular) {
    const keys = headerKeys();
    const byKey = new Map<MatchColumnKey, unknown>();
    for (const header of Object.keys(r)) {
      const v = r[header];
      if (header.startsWith(CONTRIB_PREFIX)) {
        if (v === undefined || v === '') continue;
        const n = num(v);
        if (n === undefined || !Number.isFinite(n)) issues.push(issue(row, ['contributions', header.slice(CONTRIB_PREFIX.length)], 'contribution must be a number', header));
        else define(contributions, header.slice(CONTRIB_PREFIX.length), n);
        continue;
      }
      const key = keys.get(normalizeHeader(header));
      if (key !== undefined && !byKey.has(key)) byKey.set(key, v);
    }
    get = (k) => byKey.get(k);
    const terms = str(get('matchedTerms'));
    matchedTerms = terms ? terms.split(TERM_SEPARATOR).filter((t) => t !== '') : [];
    reason = { zh: str(get('reason_zh')) ?? '', en: str(get('reason_en')) ?? '' };
  } else {
    get = (k) => r[k];
    const c = r.contributions;
    if (c !== undefined) {
      if (typeof c !== 'object' || c === null || Array.isArray(c)) issues.push(issue(row, ['contributions'], 'contributions must be an object'));
      else
        for (const k of Object.keys(c)) {
          const n = (c as Record<string, unknown>)[k];
          if (typeof n !== 'number' || !Number.isFinite(n)) issues.push(issue(row, ['contributions', k], 'contribution must be a finite number'));
          else define(contributions, k, n);
        }
    }
    const t = r.matchedTerms;
    if (t !== undefined) {
      if (!Array.isArray(t) || !t.every((x) => typeof x === 'string')) issues.push(issue(row, ['matchedTerms'], 'matchedTerms must be an array of strings'));
      else matchedTerms = t as string[];
    }
    const re = r.reason;
    if (re !== undefined) {
      if (typeof re !== 'object' || re === null) issues.push(issue(row, ['reason'], 'reason must be { zh, en }'));
      else reason = { zh: str((re as Record<string, unknown>).zh) ?? '', en: str((re as Record<string, unknown>).en) ?? '' };
    }
  }
  const itemId = str(get('itemId'))?.trim();
  const enterpriseId = str(get('enterpriseId'))?.trim();
  const rank = num(get('rank'));
  const score = num(get('score'));
  if (!itemId) issues.push(issue(row, ['itemId'], 'itemId is required'));
  if (!enterpriseId) issues.push(issue(row, ['enterpriseId'], 'enterpriseId is required'));
  if (rank === undefined || !Number.isInteger(rank) || rank < 1) issues.push(issue(row, ['rank'], 'rank must be an integer ≥ 1'));
  if (score === undefined || !Number.isFinite(score)) issues.push(issue(row, ['score'], 'score must be a finite number'));
  if (issues.length > 0) return { ok: false, row, issues };
  const value: Match = { itemId: itemId!, enterpriseId: enterpriseId!, rank: rank!, score: score!, contributions, matchedTerms, reason };
  const theme = str(get('theme'))?.trim();
  if (theme) value.theme = theme;
  const weak = get('weak');
  if (weak === true || weak === 'true') value.weak = true;
  return { ok: true, row, value };
}

/**
 * Reads matches back from a file written by `writeMatches` (JSONL, JSON, CSV or XLSX — every
 * sheet), or from shard files. Each row yields the match or the issues that prevent reading it.
 * @example
 * for await (const r of readMatches('shard-1.jsonl')) if (r.ok) merged.push(r.value);
 */
export async function* readMatches(file: string, opts: Pick<ReadOptions, 'stdin' | 'onWarning' | 'format'> = {}): AsyncGenerator<RowResult<Match>> {
  const format = opts.format ?? detectFormat(file);
  const tabular = format === 'csv' || format === 'tsv' || format === 'xlsx';
  const rows = readRecords(file, { ...opts, kind: 'raw', format, ...(format === 'xlsx' ? { sheet: '*' } : {}) });
  for await (const row of rows) yield toMatch(row, tabular);
}
