import { normalizeHeader } from '../headers.js';
import { csvLine, escapeFormula } from './cells.js';

/** @internal A table cell: text, a number, or empty. */
export type Cell = string | number | undefined;

/** @internal Header language of the tables people read. */
export type Lang = 'zh' | 'en';

/**
 * @internal How a column is shown: `text` (default), `wrap` (long text, wrapped), `score` (a number rounded to
 * 3 decimals in CSV and XLSX) or `int`.
 */
export type ColumnKind = 'text' | 'wrap' | 'score' | 'int';

/** @internal One column of a table: its Chinese and English header and how a row fills it. */
export interface ColumnDef<R> {
  zh: string;
  en: string;
  value: (row: R) => Cell;
  kind?: ColumnKind;
  /** Dropped from the table when no row has a value. */
  optional?: boolean;
  /** Prefix that makes the header unique when it collides with an earlier one (passthrough columns). */
  prefix?: { zh: string; en: string };
}

/** @internal A sheet ready to write: headers, kinds and rows of cells. */
export interface Sheet {
  name: string;
  headers: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
}

/** @internal A score as shown in CSV and XLSX: 3 decimals (JSON keeps full precision). */
export const roundScore = (x: number): number => Math.round(x * 1000) / 1000;

const blank = (c: Cell): boolean => c === undefined || c === '';

/**
 * @internal The columns of `defs` kept for `rows` (optional ones with no value anywhere are dropped), with
 * headers in `lang` made unique: a passthrough column (one with a prefix) whose header is taken by an earlier column
 * or `reserved` (normalized headers a reader gives a meaning) gets its prefix, then a number.
 */
export function chooseColumns<R>(
  defs: readonly ColumnDef<R>[],
  rows: readonly R[],
  lang: Lang,
  reserved: Iterable<string> = [],
): { defs: ColumnDef<R>[]; headers: string[] } {
  const kept = defs.filter((d) => !d.optional || rows.some((r) => !blank(d.value(r))));
  const meaningful = new Set(reserved);
  const taken = new Set<string>();
  const headers = kept.map((d) => {
    const clash = (h: string) =>
      taken.has(normalizeHeader(h)) || (d.prefix !== undefined && meaningful.has(normalizeHeader(h)));
    let h = d[lang];
    if (clash(h) && d.prefix) h = d.prefix[lang] + h;
    const base = h;
    for (let n = 2; clash(h); n++) h = `${base}${n}`;
    taken.add(normalizeHeader(h));
    return h;
  });
  return { defs: kept, headers };
}

/** @internal A sheet of `rows` with the columns chosen by {@link chooseColumns}. */
export function sheetOf<R>(
  name: string,
  columns: { defs: readonly ColumnDef<R>[]; headers: string[] },
  rows: readonly R[],
): Sheet {
  const kinds = columns.defs.map((d) => d.kind ?? 'text');
  return {
    name,
    headers: columns.headers,
    kinds,
    rows: rows.map((r) =>
      columns.defs.map((d, i) => {
        const v = d.value(r);
        return typeof v === 'number' && kinds[i] === 'score' ? roundScore(v) : v;
      }),
    ),
  };
}

/** @internal A whole table in one call: {@link chooseColumns} then {@link sheetOf}. */
export const tableSheet = <R>(name: string, defs: readonly ColumnDef<R>[], rows: readonly R[], lang: Lang): Sheet =>
  sheetOf(name, chooseColumns(defs, rows, lang), rows);

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/**
 * @internal Display width of text in a spreadsheet column: CJK and full-width characters count double; the
 * widest line of a multi-line cell.
 * @example displayWidth('玉林市') // 6
 */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) w += WIDE.test(ch) ? 2 : 1;
    if (w > widest) widest = w;
  }
  return widest;
}

/** Widest a column grows before its text wraps (in characters of the default font). */
const MAX_WIDTH = { text: 40, wrap: 60, score: 10, int: 8 } as const;

/** @internal Column widths that fit header and cells (CJK counts double), and which columns wrap. */
export function columnWidths(sheet: Sheet): { width: number; wrap: boolean }[] {
  return sheet.headers.map((h, i) => {
    const kind = sheet.kinds[i]!;
    let w = displayWidth(h);
    for (const r of sheet.rows) {
      const c = r[i];
      if (c !== undefined)
        w = Math.max(w, typeof c === 'number' ? (kind === 'score' ? 5 : String(c).length) : displayWidth(c));
    }
    const max = Math.max(MAX_WIDTH[kind], kind === 'text' ? 0 : displayWidth(h));
    return { width: Math.min(w, max) + 2, wrap: kind === 'wrap' || w > max };
  });
}

/** @internal A valid, unique Excel sheet name (≤ 31 characters, none of []:*?/\, no leading or trailing '). */
export function sheetName(wanted: string, used: Set<string>): string {
  let base =
    wanted
      .replace(/[[\]:*?/\\]/gu, ' ')
      .replace(/^'+|'+$/gu, '')
      .trim() || 'Sheet';
  base = [...base].slice(0, 31).join('');
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

const columnLetter = (n: number): string => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * @internal Writes sheets as one XLSX workbook into `out`: sheet names made valid and unique, frozen bold
 * header, autofilter over the table, widths that fit the text, long text wrapped, scores shown with 3 decimals.
 * String cells are escaped against formula injection.
 */
export async function writeWorkbook(out: NodeJS.WritableStream, sheets: readonly Sheet[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useStyles: true, useSharedStrings: false });
  wb.creator = 'chainmatch';
  const used = new Set<string>();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = columnWidths(s);
    ws.columns = widths.map(({ width }) => ({ width }));
    if (s.headers.length > 0) ws.autoFilter = `A1:${columnLetter(s.headers.length)}${s.rows.length + 1}`;
    const header = ws.addRow(s.headers.map(escapeFormula));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    // With wrapped columns rows grow tall: every cell then aligns to the top.
    const top = widths.some((w) => w.wrap);
    for (const cells of s.rows) {
      const row = ws.addRow(cells.map((c) => (typeof c === 'string' ? escapeFormula(c) : c === undefined ? null : c)));
      s.kinds.forEach((k, i) => {
        const cell = row.getCell(i + 1);
        if (k === 'score') cell.numFmt = '0.000';
        if (top) cell.alignment = widths[i]!.wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}

/** @internal The lines of one sheet as CSV (UTF-8 BOM first unless `bom` is false, so Excel reads Chinese right). */
export function* csvLines(sheet: Sheet, bom = true): Generator<string> {
  if (bom) yield '\uFEFF';
  yield csvLine(sheet.headers);
  for (const r of sheet.rows) yield csvLine(r);
}
