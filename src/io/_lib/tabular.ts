import { basename, extname } from 'node:path';
import { ChainmatchError, ErrorCodes } from '../../errors.js';
import type { Issue } from '../../schema/issue.js';
import { type ColumnMapping, type RecordKind, knownFields, resolveHeaders } from '../headers.js';
import { type FileContext, type Notes, hasExtra, nullRecord } from './context.js';

/** @internal One row of a sheet or CSV file: its spreadsheet row number and its cells (0-based). */
export interface SheetRow {
  row: number;
  cells: readonly unknown[];
  /** 0-based columns that continue a horizontal merge: they repeat the merged value, read as blank in data rows. */
  hMerged?: ReadonlySet<number>;
  /** A record the CSV parser could not read (the row is rejected with this reason). */
  problem?: string;
}

/** @internal How many non-blank rows at the top of a sheet are searched for the header row. */
export const HEADER_SCAN_ROWS = 20;

/** The column a record of each kind cannot do without; a sheet whose header has it is one of that kind. */
const KEY_FIELD: Record<RecordKind, string | undefined> = {
  enterprise: 'name',
  item: 'title',
  label: 'itemId',
  project: 'name',
  raw: undefined,
};

/** Words that make a row a totals row (合计 …) when one of its first cells is one of them. */
const TOTALS = /^(?:合计|小计|总计|共计|总合计|累计|总数|total|subtotal|grandtotal|sum)[:：]?$/iu;
/** How a note or sign-off line under (or above) a table starts: 注：…, 填表人：…, 数据来源：… */
const NOTE = /^(?:注|备注|说明|附注|填表|填报|制表|审核|审批|负责人|单位负责人|联系人|数据来源|资料来源|来源)/u;

/** @internal The header a sheet was found to have. */
export interface HeaderChoice {
  /** Scanned rows above the header (titles, filing lines). */
  above: SheetRow[];
  /** The header rows: one, or a group header and its sub-headers. */
  header: SheetRow[];
  /** Scanned rows after the header. */
  after: SheetRow[];
  /** Column names, the two header rows combined (a sub-header wins over the group above it). */
  names: string[];
  /** Known fields the header names (序号 counts as one). */
  known: number;
  /** Whether the header names the kind's key column (企业名称 for enterprises, 环节名称/项目名称 for items). */
  hasKey: boolean;
}

/** @internal A cell as header text. */
export const cellText = (c: unknown): string =>
  c === undefined || c === null ? '' : String(c).normalize('NFC').trim();

/** @internal True when no cell of the row holds anything. */
export const isBlank = (cells: readonly unknown[]): boolean =>
  cells.every((c) => c === undefined || c === null || (typeof c === 'string' && c.trim() === ''));

function scoreHeader(
  names: readonly string[],
  kind: RecordKind,
  headerMap: Readonly<Record<string, string>> | undefined,
): { known: number; hasKey: boolean } {
  const fields = new Set<string>();
  let seq = 0;
  for (const c of resolveHeaders(names, kind, headerMap).columns) {
    if (c.seq) seq = 1;
    else if (c.field !== undefined && c.type !== undefined && c.type !== 'extra') fields.add(c.field);
  }
  const key = KEY_FIELD[kind];
  return { known: fields.size + seq, hasKey: key !== undefined && fields.has(key) };
}

const combine = (top: readonly string[], sub: readonly string[]): string[] =>
  Array.from({ length: Math.max(top.length, sub.length) }, (_, i) => sub[i] || top[i] || '');

/**
 * @internal Finds the header among the first non-blank rows of a sheet: the row naming the most known fields
 * (the first such row on a tie). A row of group headers right above it, or a row of sub-headers right below it
 * that names more fields together with it, makes a two-row header. `raw` files take their first row.
 * Rows with a parse problem are never the header.
 */
export function chooseHeader(ctx: FileContext, scanned: readonly SheetRow[]): HeaderChoice | undefined {
  const candidates = scanned.map((r, i) => ({ r, i })).filter(({ r }) => r.problem === undefined);
  if (candidates.length === 0) return undefined;
  const names = scanned.map((r) => r.cells.map(cellText));
  const headerMap = ctx.opts.headerMap;
  const pick = (start: number, span: 1 | 2, n: string[], s: { known: number; hasKey: boolean }): HeaderChoice => ({
    above: scanned.slice(0, start),
    header: scanned.slice(start, start + span),
    after: scanned.slice(start + span),
    names: n,
    ...s,
  });
  if (ctx.kind === 'raw') return pick(candidates[0]!.i, 1, names[candidates[0]!.i]!, { known: 1, hasKey: false });
  let best = candidates[0]!.i;
  let score = scoreHeader(names[best]!, ctx.kind, headerMap);
  for (const { i } of candidates.slice(1)) {
    const s = scoreHeader(names[i]!, ctx.kind, headerMap);
    if (s.known > score.known) [best, score] = [i, s];
  }
  if (score.known === 0) return pick(best, 1, names[best]!, score);
  const usable = (i: number) => i >= 0 && i < scanned.length && scanned[i]!.problem === undefined;
  if (usable(best - 1) && scoreHeader(names[best - 1]!, ctx.kind, headerMap).known > 0) {
    const pair = combine(names[best - 1]!, names[best]!);
    const s = scoreHeader(pair, ctx.kind, headerMap);
    if (s.known >= score.known) return pick(best - 1, 2, pair, s);
  }
  if (usable(best + 1)) {
    const pair = combine(names[best]!, names[best + 1]!);
    const s = scoreHeader(pair, ctx.kind, headerMap);
    if (s.known > score.known) return pick(best, 2, pair, s);
  }
  return pick(best, 1, names[best]!, score);
}

/**
 * @internal The error for a sheet whose first rows name no known field: which row was taken as the header, what it
 * holds, and the column names that were expected (in Chinese and English).
 */
export function noHeaderError(ctx: FileContext, choice: HeaderChoice | undefined, sheet?: string): ChainmatchError {
  const where = sheet === undefined ? ctx.name : `${ctx.name} (sheet '${sheet}')`;
  const expected = knownFields(ctx.kind)
    .filter((f) => ['id', 'name', 'title', 'description', 'itemId', 'enterpriseId'].includes(f.field))
    .map((f) => `${f.field}: ${f.aliases.slice(0, 3).join(' / ')}`)
    .join('; ');
  const header = choice?.header[0];
  const seen = header ? header.cells.map(cellText).filter(Boolean).slice(0, 12) : [];
  return new ChainmatchError(
    ErrorCodes.INVALID_INPUT,
    `${where}: no header row found — none of the first ${HEADER_SCAN_ROWS} rows names a known ${ctx.kind} column` +
      (header ? `; row ${header.row} (taken as the header) has: ${seen.join(', ') || '(nothing)'}` : '') +
      `. Expected columns such as ${expected}; map your own with a header map (--header-map). ` +
      `未找到表头：前${HEADER_SCAN_ROWS}行中没有可识别的列名` +
      (header ? `（第${header.row}行：${seen.join('、') || '空'}）` : '') +
      `；请使用标准列名（如 企业名称、环节名称/项目名称）或用 --header-map 指定列名对应关系。`,
    {
      file: ctx.name,
      ...(sheet === undefined ? {} : { sheet }),
      ...(header ? { row: header.row, columns: seen } : {}),
    },
  );
}

/** @internal What one data row of a table became. */
export interface TableRecord {
  row: number;
  record: Record<string, unknown>;
  columns: ReadonlyMap<string, string>;
  notes: Issue[];
  problems: Issue[];
}

/** @internal Spreadsheet column letters of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** @internal The stem of a file name, which automatic ids start with (`data/企业名单.xlsx` → `企业名单`). */
export const fileStem = (name: string): string => basename(name, extname(name)) || name;

/**
 * @internal Reads the data rows of one table after its header: blank rows are passed over, totals rows (合计 …)
 * and note lines (注：…) are reported as skipped, every other row becomes a record. Columns that map to no field
 * are kept in `extra` (items and enterprises). Without an id column, ids are made from `idScope` and the 序号
 * column, or the row number: `企业名单#3`, `企业名单#R12`.
 */
export async function* tableRecords(
  ctx: FileContext,
  choice: HeaderChoice,
  rest: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  opts: { sheet?: string; idScope: string; strictWidth: boolean },
): AsyncGenerator<TableRecord | SheetRow> {
  const { sheet } = opts;
  for (const r of choice.above) {
    if (r.problem !== undefined) yield r;
    else ctx.skipRow(r.row, 'above_header', `row above the header (${preview(r.cells)}) is not a record`, sheet);
  }
  if (choice.header.length === 2) {
    ctx.warn(
      'header_rows',
      `${where(sheet)}the header spans rows ${choice.header[0]!.row}–${choice.header[1]!.row} (group headers above sub-headers)`,
    );
  }
  const columns = ctx.headers(choice.names);
  const extra = hasExtra(ctx.kind);
  const idColumn = columns.find((c) => c.field === 'id');
  const seqColumn = columns.find((c) => c.seq);
  const autoId = extra && idColumn === undefined;
  if (autoId) {
    ctx.warn(
      'auto_id',
      `${where(sheet)}no id column — ids are made from the file name and ${seqColumn ? `the '${seqColumn.header}' column` : 'the row number'} (e.g. '${opts.idScope}#${seqColumn ? '1' : `R${(choice.header.at(-1)?.row ?? 0) + 1}`}')`,
    );
  }
  const key = KEY_FIELD[ctx.kind];
  const keyIndex = key === undefined ? undefined : columns.find((c) => c.field === key)?.index;
  const fieldHeaders = new Map<string, string>();
  for (const c of columns) if (c.field !== undefined) fieldHeaders.set(c.field, c.header);
  if (autoId) fieldHeaders.set('id', seqColumn?.header ?? '(row)');
  const read = (r: SheetRow): TableRecord | SheetRow | undefined => {
    if (r.problem !== undefined) return r;
    const cells = r.hMerged ? r.cells.map((c, i) => (r.hMerged!.has(i) ? undefined : c)) : r.cells;
    if (isBlank(cells)) return undefined;
    const kind = classify(cells, keyIndex);
    if (kind === 'totals') {
      ctx.skipRow(r.row, 'totals_row', `totals row (${preview(cells)}) is not a record`, sheet);
      return undefined;
    }
    if (kind === 'note') {
      ctx.skipRow(r.row, 'note_row', `note line (${preview(cells)}) is not a record`, sheet);
      return undefined;
    }
    const out = buildRecord(ctx, columns, cells, { extra, strictWidth: opts.strictWidth });
    if (autoId) {
      const seq = seqColumn === undefined ? '' : cellText(cells[seqColumn.index]);
      out.record.id = `${opts.idScope}#${seq || `R${r.row}`}`;
    }
    return { row: r.row, record: out.record, columns: fieldHeaders, notes: out.notes, problems: out.problems };
  };
  for (const r of choice.after) {
    const x = read(r);
    if (x) yield x;
  }
  for await (const r of rest) {
    const x = read(r);
    if (x) yield x;
  }
}

const where = (sheet: string | undefined): string => (sheet === undefined ? '' : `sheet '${sheet}': `);

function preview(cells: readonly unknown[]): string {
  const text = [...new Set(cells.map(cellText).filter(Boolean))].join(' | ');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Totals rows and note lines: they sit in a table but are no records. */
function classify(cells: readonly unknown[], keyIndex: number | undefined): 'totals' | 'note' | undefined {
  const texts = cells.map(cellText);
  const keyText = keyIndex === undefined ? '' : (texts[keyIndex] ?? '');
  const compact = (s: string) => s.replace(/\s+/gu, '');
  const firstCells = texts.filter(Boolean).slice(0, 3);
  if (firstCells.some((t) => TOTALS.test(compact(t))) && (keyText === '' || TOTALS.test(compact(keyText))))
    return 'totals';
  const distinct = new Set(texts.filter(Boolean));
  if (distinct.size === 1 && (keyText === '' || distinct.has(keyText))) {
    const only = [...distinct][0]!;
    if (NOTE.test(compact(only))) return 'note';
  }
  return undefined;
}

/** Builds a record from a row's cells: fields coerced, other non-blank cells kept in `extra`. */
function buildRecord(
  ctx: FileContext,
  columns: readonly ColumnMapping[],
  cells: readonly unknown[],
  opts: { extra: boolean; strictWidth: boolean },
): { record: Record<string, unknown>; notes: Issue[]; problems: Issue[] } {
  const record = nullRecord();
  const notes: Notes = { notes: [], problems: [] };
  let extra: Record<string, string> | undefined;
  const keep = (header: string, index: number, v: unknown) => {
    if (!opts.extra || v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return;
    extra ??= nullRecord() as Record<string, string>;
    let k = header.trim() || `列${columnLetter(index)}`;
    if (k === '__proto__') return; // would set a prototype once copied into a plain object; warned as unknown
    if (Object.hasOwn(extra, k)) k = `${k} (列${columnLetter(index)})`;
    extra[k] = typeof v === 'string' ? v.trim() : String(v);
  };
  for (const col of columns) {
    if (col.seq) continue;
    if (col.field === undefined) {
      keep(col.header, col.index, cells[col.index]);
      continue;
    }
    const v = ctx.coerce(col, cells[col.index], true, notes);
    if (v !== undefined) record[col.field] = v;
  }
  if (cells.length > columns.length) {
    const beyond = cells
      .slice(columns.length)
      .filter((c) => !(c === undefined || c === null || (typeof c === 'string' && c.trim() === '')));
    if (beyond.length > 0 && opts.strictWidth) {
      notes.problems.push({
        code: 'too_many_cells',
        path: [],
        message: `row has ${cells.length} cells but the header has ${columns.length} (an unquoted delimiter inside a cell?)`,
      });
    } else for (let i = columns.length; i < cells.length; i++) keep('', i, cells[i]);
  }
  if (extra) record.extra = extra;
  return { record, ...notes };
}
