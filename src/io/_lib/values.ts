import { moneyUnit } from '../headers.js';

/**
 * @internal Cell texts that mean "unknown" in bureau spreadsheets (compared after NFKC, trimmed, lower case):
 * dashes, a slash, 无 / 暂无 / 不详 / 未知, N/A.
 */
export const MISSING_MARKERS: readonly string[] = [
  '—',
  '——',
  '–',
  '―',
  '-',
  '--',
  '---',
  '/',
  '\\',
  '无',
  '暂无',
  '不详',
  '未知',
  '空',
  '待定',
  'n/a',
  'na',
  '#n/a',
  'null',
  'none',
  '…',
  '...',
  '?',
  '？',
];

const TRUE_WORDS = ['是', '有', '√', '✓', '✔', '对', 'y', 'yes', 'true', '1'];
const FALSE_WORDS = ['否', '无', '没有', '×', '✗', '✘', 'n', 'no', 'false', '0'];

const canon = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

/** The longest text that can still be a marker once trimmed (markers are short: cells are checked in a hot path). */
const MARKER_MAX = 12;

/** @internal True when a cell's text is one of the {@link MISSING_MARKERS}. */
export function isMissingMarker(s: string): boolean {
  return s.length <= MARKER_MAX && MISSING_MARKERS.includes(canon(s));
}

/** @internal 是/否/√/×/有/无 … as a boolean; undefined for other text. */
export function parseBooleanCell(s: string): boolean | undefined {
  const t = canon(s);
  if (TRUE_WORDS.includes(t)) return true;
  if (FALSE_WORDS.includes(t)) return false;
  return undefined;
}

/** What a numeric cell was read as. */
export type NumberCell = { ok: true; value: number; unit: boolean } | { ok: false };

/**
 * @internal Reads a numeric cell as bureaus type it: full-width digits and punctuation (`１２．５`), thousands
 * separators (`3,200`), a unit in the cell (`45亿`, `3000万元`, `1.2万人`, `500人`) and hedges (`约50`, `100余`).
 * Money is returned in 亿元 (a unit in the cell wins over `headerScale`, the header's unit); counts in units.
 * @example parseNumberCell('3000万元', 'money', 1) // { ok: true, value: 0.3, unit: true }
 */
export function parseNumberCell(s: string, type: 'money' | 'count' | 'number', headerScale: number): NumberCell {
  let t = s.normalize('NFKC').replace(/[\s,'_]/gu, '');
  t = t.replace(/^(?:约|近|超过|超|逾|大于|不少于|>=|>|≥)/u, '').replace(/(?:左右|以上|余|多|\+)$/u, '');
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(.*)$/iu.exec(t);
  if (!m) return { ok: false };
  const n = Number(m[1]);
  const unitText = (m[2] ?? '').replace(/(?:左右|以上|余|多|\+)$/u, '');
  if (!Number.isFinite(n)) return { ok: false };
  let value: number;
  let unit = unitText !== '';
  if (type === 'money') {
    if (!unit) value = n * headerScale;
    else {
      const u = moneyUnit(unitText);
      if (u === undefined) return { ok: false };
      value = n * u;
    }
  } else if (type === 'count') {
    if (/^(?:人|名|位|个|家)?$/u.test(unitText)) {
      value = n * headerScale;
      unit = false;
    } else if (/^万(?:人|名)?$/u.test(unitText)) value = n * 1e4;
    else return { ok: false };
  } else {
    if (unit) return { ok: false };
    value = n;
  }
  return { ok: true, value: Number(value.toPrecision(12)), unit };
}
