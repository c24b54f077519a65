import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { Issue } from '../schema/issue.js';
import { cellPrimitive } from './_lib/cells.js';
import { FileContext, MAX_DEPTH, type Notes, asReadError, hasExtra, nullRecord } from './_lib/context.js';
import {
  HEADER_SCAN_ROWS,
  type HeaderChoice,
  type SheetRow,
  chooseHeader,
  fileStem,
  isBlank,
  noHeaderError,
  tableRecords,
} from './_lib/tabular.js';
import { type RecordKind, resolveHeaders } from './headers.js';

export type { RecordKind } from './headers.js';

/**
 * One record as read from a file, before validation.
 *
 * Row numbers are what a user sees:
 * - CSV / TSV / XLSX: the spreadsheet row number, counting title rows above the header (a quoted cell
 *   spanning several lines is still one row, as in Excel). Blank rows are passed over but still counted.
 * - JSONL / NDJSON / stdin: the 1-based line number (blank lines skipped, still counted).
 * - JSON: the 1-based position of the element in the array; `row: 0` stands for the whole file
 *   (a file that is not valid JSON).
 */
export interface RawRow {
  file: string;
  row: number;
  /**
   * Fields by schema name (after header mapping), in a null-prototype object: keys such as
   * `__proto__` or `constructor` are plain data here and pollute nothing.
   */
  record: Record<string, unknown>;
  /** Problems that make the row unusable (malformed JSON line, too many cells, undecodable bytes …). */
  issues?: Issue[];
  /** Cells that could not be read and were left empty (`cell_ignored`): the row is still a record. */
  warnings?: Issue[];
  /** Field → the header (or JSON key) it came from, to report issues with the user's column name. */
  columns?: ReadonlyMap<string, string>;
  /** The raw text of a line that could not be parsed (truncated to 10 000 characters). */
  raw?: string;
  /** XLSX: the sheet the row comes from. */
  sheet?: string;
}

/** Input formats, chosen by extension. */
export type InputFormat = 'csv' | 'tsv' | 'xlsx' | 'json' | 'jsonl';

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** Which header aliases apply (and, for validation, which schema). */
  kind: RecordKind;
  /** Original header → field, overriding the built-in aliases. */
  headerMap?: Readonly<Record<string, string>>;
  /**
   * XLSX sheet by name or 1-based position. Default: every visible sheet that is not a notes sheet (填表说明 …)
   * and whose header names the kind's key column (企业名称, 环节名称/项目名称 …). `'*'`: every sheet with a header.
   */
  sheet?: string;
  /** Force a format instead of deciding by extension. */
  format?: InputFormat;
  /** CSV delimiter; default `\t` for .tsv, otherwise sniffed from the header line among `,` `;` `\t`. */
  delimiter?: string;
  /**
   * File-level notices, each at most once per file: `unknown_column` (kept in `extra`), `duplicate_column`,
   * `decoded_encoding` (GB18030 input was decoded), `invalid_bytes`, `unit_converted`, `auto_id`, `header_rows`,
   * `sheet_skipped`. Also skipped rows when there is no `onSkip`.
   */
  onWarning?: (issue: Issue) => void;
  /**
   * Rows read but not records, each with its row and reason: `above_header` (a title or filing line above the
   * header), `totals_row` (合计/小计/总计), `note_row` (注：… under the table).
   */
  onSkip?: (row: Issue) => void;
  /** Stream read when `file` is `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** XLSX: called once the workbook is read with the rows of the sheets chosen, less a header row each — a progress total. */
  onTotal?: (rows: number) => void;
  /** The name rows, issues and errors carry (default `file`), e.g. `-` for standard input spooled to a temporary file. */
  name?: string;
}

const MAX_LINE_CHARS = 32 * 1024 * 1024;
const RAW_SNIPPET = 10_000;

/**
 * The format of a file from its extension (`-` is JSONL on standard input).
 * Throws `UNSUPPORTED_FORMAT` for anything else.
 * @example detectFormat('企业名单.xlsx') // 'xlsx'
 */
export function detectFormat(file: string): InputFormat {
  if (file === '-') return 'jsonl';
  const m = /\.([a-z0-9]+)$/iu.exec(file);
  const ext = m?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
    case 'txt':
      return ext === 'txt' ? unsupported(file) : 'csv';
    case 'tsv':
    case 'tab':
      return 'tsv';
    case 'xlsx':
    case 'xlsm':
      return 'xlsx';
    case 'json':
      return 'json';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    default:
      return unsupported(file);
  }
}

function unsupported(file: string): never {
  throw new ChainmatchError(
    ErrorCodes.UNSUPPORTED_FORMAT,
    `${file}: unsupported file type; use .csv, .tsv, .xlsx, .json, .jsonl or .ndjson (.xls: save as .xlsx first)`,
    { file },
  );
}

/**
 * Reads records from a CSV, TSV, XLSX, JSON or JSONL file (by extension), streaming where the
 * format allows, mapping Chinese or English headers to schema fields for `kind`. In CSV, TSV and XLSX the
 * header is found among the first rows (titles and filing lines above it are skipped and reported through
 * `onSkip`), totals rows and note lines are reported, merged cells carry their value down. Bad rows are
 * yielded with `issues`, never dropped and never thrown; only an unusable file throws
 * (`UNSUPPORTED_FORMAT`, `UNSUPPORTED_ENCODING`, `INVALID_INPUT` for an unreadable, truncated or corrupt file, a
 * CSV quote never closed, or a table with no recognisable header).
 * `file === '-'` reads JSONL from standard input.
 * @example
 * for await (const row of readRecords('企业名单.csv', { kind: 'enterprise' })) console.log(row.row, row.record.name);
 */
export function readRecords(file: string, opts: ReadOptions): AsyncGenerator<RawRow> {
  return readRecordsFiltered(file, opts);
}

/**
 * @internal Which lines of a JSONL file a reader passes over without parsing them: they yield no row at all.
 * A part of a parallel run reads only the rows it owns this way.
 */
export interface LineFilter {
  /** Line `n` (1-based; blank lines count) is parsed only when this is true. */
  line?: (n: number) => boolean;
  /**
   * A line whose record's id can be read exactly off its start (see {@link leadingId}) is parsed only when this is
   * true of that id; any other line is parsed. Only for a reader that drops the rows without an id too: a line
   * that is no valid JSON may be passed over on the id it seems to have.
   */
  id?: (id: unknown) => boolean;
}

/** @internal {@link readRecords} passing over the JSONL lines `filter` refuses (other formats read every row). */
export function readRecordsFiltered(file: string, opts: ReadOptions, filter?: LineFilter): AsyncGenerator<RawRow> {
  if (typeof file !== 'string' || file === '')
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, 'file must be a non-empty path or "-"');
  if (!opts || !['item', 'enterprise', 'label', 'project', 'raw'].includes(opts.kind)) {
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `kind must be one of item, enterprise, label, project, raw`);
  }
  const format = opts.format ?? detectFormat(file);
  // Validate the header map now, so a typo fails before any I/O.
  resolveHeaders([], opts.kind, opts.headerMap);
  const ctx = new FileContext(file, opts);
  switch (format) {
    case 'csv':
    case 'tsv':
      return readCsv(ctx, format === 'tsv' ? '\t' : opts.delimiter);
    case 'xlsx':
      return readXlsx(ctx);
    case 'json':
      return readJson(ctx);
    case 'jsonl':
      return readJsonl(ctx, filter);
    default:
      return unsupported(file);
  }
}

/**
 * @internal Reads records from objects that come from no file — rows of a database cursor, an API page — as the
 * JSONL reader reads its lines: keys mapped to fields like headers (`企业名称` → `name`), cells coerced, unknown
 * keys kept in `extra`. `row` is the 1-based position in `objects`; rows and issues carry `name` as their file.
 */
export async function* readObjects(
  objects: AsyncIterable<unknown> | Iterable<unknown>,
  name: string,
  opts: Omit<ReadOptions, 'name' | 'format' | 'delimiter' | 'sheet' | 'stdin' | 'onTotal'>,
): AsyncGenerator<RawRow> {
  resolveHeaders([], opts.kind, opts.headerMap);
  const ctx = new FileContext(name, opts);
  let n = 0;
  for await (const v of objects) {
    n++;
    yield isObject(v) ? recordFromObject(ctx, v, n) : notAnObject(ctx, n, v);
  }
}

/** Peeks at the first line of a text stream without losing it. */
async function peekFirstLine(text: AsyncGenerator<string>): Promise<{ first: string; rest: AsyncGenerator<string> }> {
  const buffered: string[] = [];
  let joined = '';
  for (;;) {
    const r = await text.next();
    if (r.done) break;
    buffered.push(r.value);
    joined += r.value;
    if (joined.includes('\n') || joined.length > 1_000_000) break;
  }
  async function* rest(): AsyncGenerator<string> {
    yield* buffered;
    yield* text;
  }
  return { first: joined, rest: rest() };
}

/** The delimiter among `,` `;` tab that most of the first lines use (then: used most often). */
function sniffDelimiter(head: string): string {
  const lines = head
    .split('\n')
    .slice(0, HEADER_SCAN_ROWS)
    .filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = [0, 0];
  for (const d of [',', ';', '\t']) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const score = [counts.filter((c) => c > 0).length, counts.reduce((a, b) => a + b, 0)];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The rows of a CSV file as the parser gives them; a record it cannot read is a row with a `problem`. */
async function* csvRows(ctx: FileContext, delimiterOpt: string | undefined): AsyncGenerator<SheetRow> {
  let text = ctx.text();
  let delimiter = delimiterOpt;
  if (delimiter === undefined) {
    const peek = await peekFirstLine(text);
    delimiter = sniffDelimiter(peek.first);
    text = peek.rest;
  }
  // Bad records (an oversized cell) are skipped by the parser and reported here in order, so the rows before
  // them are never lost. An unclosed quote is fatal: every row after it would vanish into one cell.
  const skipped: { after: number; message: string }[] = [];
  let unclosed: Error | undefined;
  // Loaded on first use: a JSON, JSONL or XLSX run never needs the CSV parser (nine modules).
  const { parse: parseCsv } = await import('csv-parse');
  const parser = parseCsv({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (err) => {
      if ((err as { code?: string } | undefined)?.code === 'CSV_QUOTE_NOT_CLOSED') {
        unclosed = err as Error;
        return undefined;
      }
      // `records`: good records parsed before this one.
      const after = (err as { records?: unknown } | undefined)?.records;
      skipped.push({
        after: typeof after === 'number' ? after : Number.MAX_SAFE_INTEGER,
        message: err?.message ?? 'unparsable record',
      });
      return undefined;
    },
    info: true,
    bom: true,
    max_record_size: MAX_LINE_CHARS,
  });
  // A failure while feeding (decoding, reading) surfaces through the parser's iterator.
  const feeding = pipeline(Readable.from(text), parser).catch((e: unknown) => {
    if (!parser.destroyed) parser.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  // Skipped records are not counted by the parser but still take a spreadsheet row.
  let flushed = 0;
  let lastRecords = 0;
  const malformed = (x: { after: number; message: string }): SheetRow => {
    const row = Math.min(x.after, lastRecords) + 1 + flushed++;
    return { row, cells: [], problem: `cannot parse this CSV record: ${x.message}` };
  };
  try {
    for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      const r = chunk.info.records;
      while (skipped.length > 0 && skipped[0]!.after < r) yield malformed(skipped.shift()!);
      lastRecords = r;
      yield { row: r + flushed, cells: chunk.record };
    }
    if (unclosed) {
      // The record holding the quote comes right after the good records parsed before it.
      const records = (unclosed as { records?: unknown }).records;
      const row = typeof records === 'number' ? records + 1 + flushed : undefined;
      throw new ChainmatchError(
        ErrorCodes.INVALID_INPUT,
        `${ctx.name}: a quote (") opened${row ? ` in row ${row}` : ''} is never closed, so every line after it would be read as one cell; fix the quote or save the file again as CSV`,
        { file: ctx.name, ...(row ? { row } : {}) },
      );
    }
    while (skipped.length > 0) yield malformed(skipped.shift()!);
  } catch (e) {
    throw asReadError(e, ctx.name);
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feeding;
  }
}

/**
 * Reads one table (a CSV file or a worksheet): finds the header among the first rows, then yields a raw row for
 * every data row. Rows the parser could not read are yielded with their issue.
 */
async function* readTable(
  ctx: FileContext,
  choice: HeaderChoice,
  rest: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  opts: { sheet?: string; idScope: string; strictWidth: boolean },
): AsyncGenerator<RawRow> {
  for await (const x of tableRecords(ctx, choice, rest, opts)) {
    if ('cells' in x) {
      const issue: Issue = {
        code: 'malformed_csv',
        path: [],
        message: x.problem ?? 'unreadable row',
        file: ctx.name,
        row: x.row,
      };
      yield { file: ctx.name, row: x.row, record: nullRecord(), issues: [issue] };
      continue;
    }
    const out: RawRow = { file: ctx.name, row: x.row, record: x.record, columns: x.columns };
    if (x.problems.length > 0) out.issues = x.problems.map((i) => ({ ...i, file: ctx.name, row: x.row }));
    if (x.notes.length > 0) out.warnings = x.notes.map((i) => ({ ...i, file: ctx.name, row: x.row }));
    if (opts.sheet !== undefined) out.sheet = opts.sheet;
    yield out;
  }
}

/** Splits the first {@link HEADER_SCAN_ROWS} non-blank rows off a row stream. */
async function scanHead(rows: AsyncIterator<SheetRow> | Iterator<SheetRow>): Promise<SheetRow[]> {
  const head: SheetRow[] = [];
  let nonBlank = 0;
  while (nonBlank < HEADER_SCAN_ROWS) {
    const r = await rows.next();
    if (r.done) break;
    head.push(r.value);
    if (r.value.problem !== undefined || !isBlank(r.value.cells)) nonBlank++;
  }
  return head;
}

const withoutBlanks = (rows: readonly SheetRow[]): SheetRow[] =>
  rows.filter((r) => r.problem !== undefined || !isBlank(r.cells));

async function* readCsv(ctx: FileContext, delimiter: string | undefined): AsyncGenerator<RawRow> {
  const rows = csvRows(ctx, delimiter);
  try {
    const head = withoutBlanks(await scanHead(rows));
    if (head.length === 0) return;
    const choice = chooseHeader(ctx, head);
    if (!choice || choice.known === 0) throw noHeaderError(ctx, choice);
    const rest = { [Symbol.asyncIterator]: () => rows };
    yield* readTable(ctx, choice, rest, { idScope: fileStem(ctx.name), strictWidth: true });
  } finally {
    await rows.return(undefined);
  }
}

type ExcelModule = typeof import('exceljs');
type Worksheet = InstanceType<ExcelModule['Workbook']>['worksheets'][number];

/** Sheets of instructions rather than data (填表说明 …), passed over unless chosen by name. */
const NOTES_SHEET = /说明|^(?:备注|注释|目录|封面|示例|样例|notes?|readme|instructions?|cover|contents)$/iu;

/** One worksheet: where it stands, whether it is hidden or a notes sheet, and its rows (read on demand). */
interface SheetInfo {
  name: string;
  position: number;
  hidden: boolean;
  notes: boolean;
  rows: () => SheetRow[];
}

/** The rows of a worksheet, merged cells filled with their value (horizontal continuations marked). */
function worksheetRows(ws: Worksheet): SheetRow[] {
  // Horizontal merges: cells right of a merge's first column repeat its value; vertical ones carry it down.
  const hMerged = new Map<number, Set<number>>();
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(range);
    if (!m) continue;
    const [left, top, right, bottom] = [columnNumber(m[1]!), Number(m[2]), columnNumber(m[3]!), Number(m[4])];
    if (right <= left) continue;
    for (let r = top; r <= bottom; r++) {
      let set = hMerged.get(r);
      if (!set) hMerged.set(r, (set = new Set()));
      for (let c = left + 1; c <= right; c++) set.add(c - 1);
    }
  }
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    // exceljs rows are 1-based and sparse.
    const cells: unknown[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellPrimitive(values[i]));
    const h = hMerged.get(number);
    rows.push(h ? { row: number, cells, hMerged: h } : { row: number, cells });
  });
  return rows;
}

const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Reads a workbook whole (exceljs' streaming reader corrupts characters that straddle its chunks), then the
 * sheets chosen: by name or position when asked (`'*'` every sheet with a header), otherwise every visible sheet
 * that is not a notes sheet and whose header names the kind's key column (企业名称, 环节名称 …). Sheets passed
 * over are reported.
 */
async function* readXlsx(ctx: FileContext): AsyncGenerator<RawRow> {
  if (ctx.file === '-')
    throw new ChainmatchError(ErrorCodes.UNSUPPORTED_FORMAT, 'standard input is read as JSONL; XLSX must be a file');
  await requireZip(ctx.file);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(ctx.file);
  } catch (e) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `${ctx.name}: cannot read as XLSX (${(e as Error)?.message ?? String(e)}); the file may be truncated or damaged — open it in Excel or WPS and save it again`,
      { file: ctx.name, cause: e },
    );
  }
  const sheets: SheetInfo[] = wb.worksheets.map((ws, i) => {
    let rows: SheetRow[] | undefined;
    return {
      name: ws.name,
      position: i + 1,
      hidden: ws.state !== 'visible',
      notes: NOTES_SHEET.test(ws.name.trim()),
      rows: () => (rows ??= worksheetRows(ws)),
    };
  });
  if (sheets.length === 0)
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `${ctx.name}: the workbook has no worksheet (is it really an Excel file?)`,
      { file: ctx.name },
    );
  const chosen = chooseSheets(ctx, sheets);
  ctx.opts.onTotal?.(chosen.reduce((n, c) => n + Math.max(0, c.sheet.rows().length - 1), 0));
  const scope = fileStem(ctx.name);
  for (const { sheet, choice } of chosen) {
    const rows = sheet.rows();
    const scanned = withoutBlanks(rows).slice(0, HEADER_SCAN_ROWS);
    const lastScanned = scanned.at(-1)?.row ?? 0;
    const idScope = chosen.length > 1 ? `${scope}#${sheet.name}` : scope;
    yield* readTable(
      ctx,
      choice,
      rows.filter((r) => r.row > lastScanned),
      { sheet: sheet.name, idScope, strictWidth: false },
    );
  }
}

/** Which sheets to read, each with its header; reports the others. */
function chooseSheets(ctx: FileContext, sheets: SheetInfo[]): { sheet: SheetInfo; choice: HeaderChoice }[] {
  const header = (s: SheetInfo) => chooseHeader(ctx, withoutBlanks(s.rows()).slice(0, HEADER_SCAN_ROWS));
  const want = ctx.opts.sheet?.normalize('NFKC').trim().toLowerCase();
  if (want !== undefined && want !== '*') {
    const sheet =
      sheets.find((s) => s.name.normalize('NFKC').trim().toLowerCase() === want) ??
      sheets.find((s) => String(s.position) === want);
    if (!sheet) {
      throw new ChainmatchError(
        ErrorCodes.INVALID_OPTION,
        `${ctx.name}: no sheet '${ctx.opts.sheet}' (sheets: ${sheets.map((s) => s.name).join(', ')})`,
        {
          file: ctx.name,
          sheets: sheets.map((s) => s.name),
        },
      );
    }
    const choice = header(sheet);
    if (!choice) return [];
    if (choice.known === 0) throw noHeaderError(ctx, choice, sheet.name);
    return [{ sheet, choice }];
  }
  const out: { sheet: SheetInfo; choice: HeaderChoice }[] = [];
  const passed: { sheet: SheetInfo; choice: HeaderChoice | undefined; why: string }[] = [];
  for (const sheet of sheets) {
    if (want === undefined && sheet.hidden) {
      passed.push({ sheet, choice: undefined, why: 'it is hidden' });
      continue;
    }
    if (want === undefined && sheet.notes) {
      passed.push({ sheet, choice: undefined, why: 'it holds notes, not data' });
      continue;
    }
    const choice = header(sheet);
    if (!choice) passed.push({ sheet, choice, why: 'it is empty' });
    else if (want === '*' ? choice.known > 0 : choice.hasKey) out.push({ sheet, choice });
    else
      passed.push({
        sheet,
        choice,
        why: `its header names no ${ctx.kind} ${ctx.kind === 'item' ? 'title (环节名称/项目名称)' : 'name (企业名称)'} column`,
      });
  }
  if (out.length === 0) {
    // Nothing qualifies: a sheet with a header of some known columns is still read (its rows are then rejected
    // with reasons); a workbook of which no sheet has a header is an error, never an empty read.
    const fallback = passed
      .filter((p) => p.choice && p.choice.known > 0)
      .sort((a, b) => b.choice!.known - a.choice!.known)[0];
    if (fallback) {
      passed.splice(passed.indexOf(fallback), 1);
      out.push({ sheet: fallback.sheet, choice: fallback.choice! });
    } else {
      const first = passed.find((p) => p.choice);
      if (first) throw noHeaderError(ctx, first.choice, first.sheet.name);
      if (passed.every((p) => p.why === 'it is empty')) return [];
      throw new ChainmatchError(
        ErrorCodes.INVALID_INPUT,
        `${ctx.name}: no sheet to read (${passed.map((p) => `'${p.sheet.name}': ${p.why}`).join('; ')}); choose one with --sheet`,
        { file: ctx.name, sheets: sheets.map((s) => s.name) },
      );
    }
  }
  for (const p of passed)
    ctx.warn('sheet_skipped', `sheet '${p.sheet.name}' not read: ${p.why} (choose it with --sheet)`, p.sheet.name);
  return out;
}

/**
 * Refuses a file that is not a zip archive before exceljs sees it, with a message that says what to do.
 */
async function requireZip(file: string): Promise<void> {
  let head: Buffer;
  let size = 0;
  try {
    const fh = await open(file, 'r');
    try {
      head = Buffer.alloc(4);
      ({ bytesRead: size } = await fh.read(head, 0, 4, 0));
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `${file}: cannot read (${(e as Error)?.message ?? String(e)})`,
      { file, cause: e },
    );
  }
  if (size < 4 || head.readUInt32LE(0) !== 0x04034b50)
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `${file}: not an XLSX workbook (no zip signature); save it as .xlsx`,
      { file },
    );
}

/** Builds a record from a parsed JSON object, mapping its keys like headers; other keys go to `extra`. */
function recordFromObject(ctx: FileContext, obj: Record<string, unknown>, row: number): RawRow {
  const record = nullRecord();
  const columns = new Map<string, string>();
  const notes: Notes = { notes: [], problems: [] };
  let extra: Record<string, string> | undefined;
  const keepExtra = hasExtra(ctx.kind);
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const col = ctx.key(key.normalize('NFC'));
    if (depthOver(value, MAX_DEPTH)) {
      // The row is rejected; the value stays on its record (writers cut it at the same depth).
      notes.problems.push({
        code: 'too_deep',
        path: [col.field ?? key],
        message: `value nested more than ${MAX_DEPTH} levels deep`,
        column: key,
      });
      if (col.field !== undefined) record[col.field] = value;
      continue;
    }
    if (col.field === undefined || columns.has(col.field)) {
      if (col.field !== undefined)
        ctx.warn('duplicate_column', `key '${key}' maps to a field an earlier key already provides`, key);
      if (
        keepExtra &&
        key !== '__proto__' &&
        (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      ) {
        extra ??= nullRecord() as Record<string, string>;
        extra[key] = String(value);
      }
      continue;
    }
    const v = ctx.coerce(col, value, false, notes);
    if (v !== undefined) {
      record[col.field] = v;
      columns.set(col.field, key);
    }
  }
  if (extra) record.extra = isPlainObject(record.extra) ? Object.assign(nullRecord(), extra, record.extra) : extra;
  const out: RawRow = { file: ctx.name, row, record, columns };
  if (notes.problems.length > 0) out.issues = notes.problems.map((i) => ({ ...i, file: ctx.name, row }));
  if (notes.notes.length > 0) out.warnings = notes.notes.map((i) => ({ ...i, file: ctx.name, row }));
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a JSON value nests deeper than `max` arrays/objects (iterative: hostile depth cannot overflow the stack). */
function depthOver(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) return true;
    const children = Array.isArray(v) ? v : Object.values(v as object);
    for (const c of children) if (typeof c === 'object' && c !== null) stack.push([c, d + 1]);
  }
  return false;
}

function notAnObject(ctx: FileContext, row: number, value: unknown, raw?: string): RawRow {
  const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  const out: RawRow = {
    file: ctx.name,
    row,
    record: nullRecord(),
    issues: [{ code: 'not_an_object', path: [], message: `expected a JSON object, got ${what}`, file: ctx.name, row }],
  };
  if (raw !== undefined) out.raw = raw.slice(0, RAW_SNIPPET);
  return out;
}

const isObject = isPlainObject;

async function* readJson(ctx: FileContext): AsyncGenerator<RawRow> {
  let text = '';
  for await (const s of ctx.text()) text += s;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield {
      file: ctx.name,
      row: 0,
      record: nullRecord(),
      raw: text.slice(0, RAW_SNIPPET),
      issues: [
        {
          code: 'malformed_json',
          path: [],
          message: `not valid JSON: ${(e as Error).message}`,
          file: ctx.name,
          row: 0,
        },
      ],
    };
    return;
  }
  // Accept a bare array, or an object wrapping one ({ "enterprises": [...] }).
  if (isObject(data)) {
    const obj = data;
    const wrapped = Object.keys(obj)
      .map((k) => obj[k])
      .filter(Array.isArray);
    if (wrapped.length === 1) data = wrapped[0];
  }
  if (!Array.isArray(data)) {
    yield {
      file: ctx.name,
      row: 0,
      record: nullRecord(),
      issues: [{ code: 'not_an_array', path: [], message: 'expected a JSON array of objects', file: ctx.name, row: 0 }],
    };
    return;
  }
  for (let i = 0; i < data.length; i++) {
    const v: unknown = data[i];
    yield isObject(v) ? recordFromObject(ctx, v, i + 1) : notAnObject(ctx, i + 1, v);
  }
}

/** Splits decoded text into lines (LF or CRLF), with 1-based line numbers. */
async function* lines(text: AsyncIterable<string>): AsyncGenerator<{ line: string; n: number; truncated: boolean }> {
  let buf = '';
  let n = 0;
  let skipping = false;
  for await (const chunk of text) {
    let start = 0;
    let nl: number;
    const s = buf + chunk;
    buf = '';
    while ((nl = s.indexOf('\n', start)) >= 0) {
      n++;
      let line = s.slice(start, nl);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (skipping) {
        skipping = false;
        yield { line: '', n, truncated: true };
      } else yield { line, n, truncated: false };
      start = nl + 1;
    }
    const rest = s.slice(start);
    if (skipping) continue;
    if (rest.length > MAX_LINE_CHARS) {
      // A line too long to hold: skip to its end and report it.
      skipping = true;
      continue;
    }
    buf = rest;
  }
  if (skipping) yield { line: '', n: n + 1, truncated: true };
  else if (buf.length > 0) yield { line: buf.endsWith('\r') ? buf.slice(0, -1) : buf, n: n + 1, truncated: false };
}

/** What {@link leadingId} gives for a line whose id cannot be read without parsing it. */
const NO_ID: unique symbol = Symbol('no id');
const ID_HEAD = '{"id":"';

/**
 * The `id` a JSONL line's record would hold, read without parsing the line: only for a line that starts with
 * `{"id":"`, whose id string holds no escape, that names no `"id"` key again and holds no `\u` escape after it
 * (`JSON.parse` keeps the last of duplicate keys), and whose id is no missing marker (a later key would then
 * provide the field). The value is coerced as the record's would be. Anything else is {@link NO_ID}: parse it.
 * A line that is no valid JSON may still be given an id here.
 */
function leadingId(ctx: FileContext, line: string): unknown {
  if (!line.startsWith(ID_HEAD)) return NO_ID;
  const end = line.indexOf('"', ID_HEAD.length);
  if (end < 0) return NO_ID;
  const raw = line.slice(ID_HEAD.length, end);
  if (raw.includes('\\') || line.includes('"id"', end) || line.includes('\\u', end)) return NO_ID;
  const col = ctx.key('id');
  if (col.field !== 'id') return NO_ID;
  const id = ctx.coerce(col, raw, false, { notes: [], problems: [] });
  return id === undefined ? NO_ID : id;
}

/** Whether `keep` refuses the id read off `line` (a line without one is kept). */
function refusedId(ctx: FileContext, keep: (id: unknown) => boolean, line: string): boolean {
  const id = leadingId(ctx, line);
  return id !== NO_ID && !keep(id);
}

async function* readJsonl(ctx: FileContext, filter: LineFilter | undefined): AsyncGenerator<RawRow> {
  for await (const { line, n, truncated } of lines(ctx.text())) {
    if (filter?.line && !filter.line(n)) continue;
    if (truncated) {
      yield {
        file: ctx.name,
        row: n,
        record: nullRecord(),
        issues: [
          {
            code: 'line_too_long',
            path: [],
            message: `line longer than ${MAX_LINE_CHARS} characters`,
            file: ctx.name,
            row: n,
          },
        ],
      };
      continue;
    }
    if (line.trim() === '') continue;
    if (filter?.id && refusedId(ctx, filter.id, line)) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      yield {
        file: ctx.name,
        row: n,
        record: nullRecord(),
        raw: line.slice(0, RAW_SNIPPET),
        issues: [
          {
            code: 'malformed_json',
            path: [],
            message: `line ${n} is not valid JSON: ${(e as Error).message}`,
            file: ctx.name,
            row: n,
          },
        ],
      };
      continue;
    }
    yield isObject(v) ? recordFromObject(ctx, v, n) : notAnObject(ctx, n, v, line);
  }
}
