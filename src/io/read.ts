import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseCsv } from 'csv-parse';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { Issue } from '../schema/issue.js';
import { cellPrimitive, unescapeFormula } from './_lib/cells.js';
import { decodeText, type SniffResult } from './_lib/encoding.js';
import { type ColumnMapping, type RecordKind, resolveHeaders } from './headers.js';

export type { RecordKind } from './headers.js';

/**
 * One record as read from a file, before validation.
 *
 * Row numbers are what a user sees:
 * - CSV / TSV / XLSX: the spreadsheet row number — the header is row 1, the first data row is
 *   row 2 (a quoted cell spanning several lines is still one row, as in Excel). Blank rows are
 *   skipped but still counted.
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
  /** Problems that make the row unusable (malformed JSON line, too many cells …). */
  issues?: Issue[];
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
  /** XLSX sheet by name or 1-based position; default the first sheet; `'*'` reads every sheet in turn. */
  sheet?: string;
  /** Force a format instead of deciding by extension. */
  format?: InputFormat;
  /** CSV delimiter; default `\t` for .tsv, otherwise sniffed from the header line among `,` `;` `\t`. */
  delimiter?: string;
  /**
   * File-level notices, each at most once per file: `unknown_column`, `duplicate_column`,
   * `decoded_encoding` (GB18030 input was decoded), `invalid_bytes`, `unit_converted`.
   */
  onWarning?: (issue: Issue) => void;
  /** Stream read when `file` is `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** The name rows, issues and errors carry (default `file`), e.g. `-` for standard input spooled to a temporary file. */
  name?: string;
}

const MAX_LINE_CHARS = 32 * 1024 * 1024;
const MAX_WARNINGS = 100;
const MAX_CACHED_KEYS = 10_000;
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
 * format allows, mapping Chinese or English headers to schema fields for `kind`. Bad rows are
 * yielded with `issues`, never dropped and never thrown; only an unusable file throws
 * (`UNSUPPORTED_FORMAT`, `UNSUPPORTED_ENCODING`, `INVALID_INPUT` for an unreadable file).
 * `file === '-'` reads JSONL from standard input.
 * @example
 * for await (const row of readRecords('企业名单.csv', { kind: 'enterprise' })) console.log(row.row, row.record.name);
 */
export function readRecords(file: string, opts: ReadOptions): AsyncGenerator<RawRow> {
  if (typeof file !== 'string' || file === '') throw new ChainmatchError(ErrorCodes.INVALID_OPTION, 'file must be a non-empty path or "-"');
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
      return readJsonl(ctx);
    default:
      return unsupported(file);
  }
}

/** Per-file state: warnings already given, and the record builders. */
class FileContext {
  readonly warned = new Set<string>();
  readonly keyCache = new Map<string, ColumnMapping>();
  /** What rows and messages call the file; `file` is what is opened. */
  readonly name: string;
  constructor(
    readonly file: string,
    readonly opts: ReadOptions,
  ) {
    this.name = opts.name ?? file;
  }

  warn(code: string, message: string, column?: string): void {
    const key = `${code}\u0000${column ?? ''}`;
    if (this.warned.has(key)) return;
    // Hostile files (a million distinct JSON keys) must not flood the caller or memory.
    if (this.warned.size >= MAX_WARNINGS) {
      if (this.warned.size === MAX_WARNINGS) {
        this.warned.add('\u0000capped');
        this.opts.onWarning?.({ code: 'too_many_warnings', path: [], message: `${this.name}: more than ${MAX_WARNINGS} warnings; the rest are not reported`, file: this.name });
      }
      return;
    }
    this.warned.add(key);
    const issue: Issue = { code, path: column === undefined ? [] : [column], message, file: this.name };
    if (column !== undefined) issue.column = column;
    this.opts.onWarning?.(issue);
  }

  onSniff = (s: SniffResult): void => {
    if (s.encoding === 'gb18030') this.warn('decoded_encoding', `${this.name}: decoded from GB18030/GBK (not UTF-8)`);
    else if (s.encoding !== 'utf-8') this.warn('decoded_encoding', `${this.name}: decoded from ${s.encoding.toUpperCase()}`);
    if (s.lossy) this.warn('invalid_bytes', `${this.name}: invalid UTF-8 bytes were replaced by U+FFFD`);
  };

  bytes(): AsyncIterable<Uint8Array | string> {
    if (this.file === '-') return (this.opts.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
    return createReadStream(this.file, { highWaterMark: 64 * 1024 });
  }

  text(): AsyncGenerator<string> {
    return decodeText(guardOpen(this.bytes(), this.name), this.name, this.onSniff);
  }

  /** Maps a header row and warns about unknown / duplicate columns. */
  headers(headers: readonly string[]): ColumnMapping[] {
    const res = resolveHeaders(headers, this.opts.kind, this.opts.headerMap);
    for (const h of res.unknown) this.warn('unknown_column', `column '${h}' is not a known ${this.opts.kind} field and was ignored (pass a header map to use it)`, h);
    for (const h of res.duplicate) this.warn('duplicate_column', `column '${h}' maps to a field an earlier column already provides and was ignored`, h);
    for (const c of res.columns) {
      if (c.field && c.scale !== 1) this.warn('unit_converted', `column '${c.header}': values converted to the field's unit (×${c.scale})`, c.header);
    }
    return res.columns;
  }

  /** Mapping of one JSON key, cached per file. */
  key(key: string): ColumnMapping {
    let m = this.keyCache.get(key);
    if (!m) {
      m = this.headers([key])[0]!;
      if (this.keyCache.size < MAX_CACHED_KEYS) this.keyCache.set(key, m);
    }
    return m;
  }

  /** Checks a string cell for U+FFFD (bytes that did not decode). */
  checkText(s: string, column: string): void {
    if (s.includes('\uFFFD')) this.warn('invalid_bytes', `${this.name}: text contains U+FFFD (bytes that were not valid in the file's encoding), first in column '${column}'`);
  }
}

async function* guardOpen(src: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<Uint8Array | string> {
  try {
    yield* src;
  } catch (e) {
    throw asReadError(e, file);
  }
}

function asReadError(e: unknown, file: string): unknown {
  if (e instanceof ChainmatchError) return e;
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) {
    return new ChainmatchError(ErrorCodes.INVALID_INPUT, `${file}: cannot read (${code})`, { file, cause: e });
  }
  return e;
}

const nullRecord = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/** Coerces one tabular cell to what the field's schema expects; undefined means "leave out". */
function coerceCell(ctx: FileContext, col: ColumnMapping, value: unknown, tabular: boolean): unknown {
  if (value === undefined || value === null) return undefined;
  let v = value;
  if (typeof v === 'string') {
    if (tabular) {
      // Blank cells are missing; `raw` keeps the rest verbatim, typed kinds trim.
      if (v.trim() === '') return undefined;
      if (ctx.opts.kind !== 'raw') v = v.trim();
      v = unescapeFormula(v as string);
    }
    ctx.checkText(v as string, col.header);
  }
  switch (col.type) {
    case 'list':
      return typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? String(x) : x)) : v;
    case 'vector':
      if (typeof v === 'string') {
        const parts = v.replace(/^[[(]|[\])]$/gu, '').split(/[\s,;，；]+/u).filter(Boolean);
        return parts.map(Number);
      }
      return v;
    case 'money':
    case 'count':
      if (col.scale !== 1) {
        const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[,，\s]/gu, '')) : Number.NaN;
        if (Number.isFinite(n)) return Number((n * col.scale).toPrecision(12));
      }
      return v;
    default:
      return v;
  }
}

/** Builds a record from an array of cells. */
function recordFromCells(ctx: FileContext, columns: readonly ColumnMapping[], cells: readonly unknown[]): Record<string, unknown> {
  const record = nullRecord();
  for (const col of columns) {
    if (col.field === undefined) continue;
    const v = coerceCell(ctx, col, cells[col.index], true);
    if (v !== undefined) record[col.field] = v;
  }
  return record;
}

function fieldToHeader(columns: readonly ColumnMapping[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of columns) if (c.field !== undefined) m.set(c.field, c.header);
  return m;
}

const isBlank = (cells: readonly unknown[]): boolean =>
  cells.every((c) => c === undefined || c === null || (typeof c === 'string' && c.trim() === ''));

function sniffDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
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
  const nl = joined.indexOf('\n');
  async function* rest(): AsyncGenerator<string> {
    yield* buffered;
    yield* text;
  }
  return { first: nl >= 0 ? joined.slice(0, nl) : joined, rest: rest() };
}

async function* readCsv(ctx: FileContext, delimiterOpt: string | undefined): AsyncGenerator<RawRow> {
  let text = ctx.text();
  let delimiter = delimiterOpt;
  if (delimiter === undefined) {
    const peek = await peekFirstLine(text);
    delimiter = sniffDelimiter(peek.first);
    text = peek.rest;
  }
  // Bad records (an unclosed quote, an oversized cell) are skipped by the parser and reported
  // here in order, so the rows before them are never lost.
  const skipped: { after: number; message: string }[] = [];
  const parser = parseCsv({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (err) => {
      // `records`: good records parsed before this one.
      const after = (err as { records?: unknown } | undefined)?.records;
      skipped.push({ after: typeof after === 'number' ? after : Number.MAX_SAFE_INTEGER, message: err?.message ?? 'unparsable record' });
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
  let columns: ColumnMapping[] | undefined;
  let columnMap: Map<string, string> | undefined;
  // Skipped records are not counted by the parser but still take a spreadsheet row.
  let flushed = 0;
  const malformed = (s: { after: number; message: string }): RawRow => {
    const row = Math.min(s.after, lastRecords) + 1 + flushed++;
    return {
      file: ctx.name,
      row,
      record: nullRecord(),
      issues: [{ code: 'malformed_csv', path: [], message: `cannot parse this CSV record: ${s.message}`, file: ctx.name, row }],
    };
  };
  let lastRecords = 0;
  try {
    for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      const r = chunk.info.records;
      while (skipped.length > 0 && skipped[0]!.after < r) yield malformed(skipped.shift()!);
      lastRecords = r;
      const row = r + flushed;
      const cells = chunk.record;
      if (isBlank(cells)) continue;
      if (!columns) {
        columns = ctx.headers(cells.map((c) => c.normalize('NFC')));
        columnMap = fieldToHeader(columns);
        continue;
      }
      yield tabularRow(ctx, columns, columnMap!, cells, row);
    }
    while (skipped.length > 0) yield malformed(skipped.shift()!);
  } catch (e) {
    throw asReadError(e, ctx.name);
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feeding;
  }
}

function tabularRow(ctx: FileContext, columns: readonly ColumnMapping[], columnMap: ReadonlyMap<string, string>, cells: readonly unknown[], row: number): RawRow {
  const record = recordFromCells(ctx, columns, cells);
  const out: RawRow = { file: ctx.name, row, record, columns: columnMap };
  if (cells.length > columns.length) {
    const extra = cells.slice(columns.length).filter((c) => !(c === undefined || c === null || (typeof c === 'string' && c.trim() === '')));
    if (extra.length > 0) {
      out.issues = [
        {
          code: 'too_many_cells',
          path: [],
          message: `row has ${cells.length} cells but the header has ${columns.length} (an unquoted delimiter inside a cell?)`,
          file: ctx.name,
          row,
        },
      ];
    }
  }
  return out;
}

interface XlsxRow {
  number: number;
  values: unknown;
}
interface XlsxSheet extends AsyncIterable<XlsxRow> {
  name?: string;
}
type ExcelModule = typeof import('exceljs');

/** Which sheets to read: `'*'` all, a name or 1-based position, default the first in workbook order. */
function sheetSelector(ctx: FileContext): (name: string, position: number | undefined, firstName: string | undefined) => boolean {
  const want = ctx.opts.sheet?.normalize('NFKC').trim().toLowerCase();
  let taken = false;
  return (name, position, firstName) => {
    let take: boolean;
    if (want === '*') return true;
    if (want === undefined) take = firstName === undefined ? !taken : name === firstName;
    else take = name.normalize('NFKC').trim().toLowerCase() === want || (position !== undefined && String(position) === want);
    if (take && taken) return false;
    if (take) taken = true;
    return take;
  };
}

/** Turns the rows of one sheet into raw rows: the first non-blank row is the header. */
async function* sheetRows(ctx: FileContext, name: string, rows: AsyncIterable<XlsxRow> | Iterable<XlsxRow>): AsyncGenerator<RawRow> {
  let columns: ColumnMapping[] | undefined;
  let columnMap: Map<string, string> | undefined;
  for await (const row of rows) {
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    // exceljs rows are 1-based and sparse.
    const cells: unknown[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellPrimitive(values[i]));
    if (isBlank(cells)) continue;
    if (!columns) {
      columns = ctx.headers(cells.map((c) => (c === undefined ? '' : String(c).normalize('NFC'))));
      columnMap = fieldToHeader(columns);
      continue;
    }
    const out = tabularRow(ctx, columns, columnMap!, cells, row.number);
    out.sheet = name;
    yield out;
  }
}

/** What the XLSX readers saw: sheet names, and whether a sheet was selected. */
interface SheetState {
  names: string[];
  taken: boolean;
}

async function* readXlsx(ctx: FileContext): AsyncGenerator<RawRow> {
  if (ctx.file === '-') throw new ChainmatchError(ErrorCodes.UNSUPPORTED_FORMAT, 'standard input is read as JSONL; XLSX must be a file');
  await requireZip(ctx.file);
  const { default: ExcelJS } = await import('exceljs');
  let state: SheetState = { names: [], taken: false };
  let yielded = 0;
  try {
    try {
      for await (const row of streamXlsx(ctx, ExcelJS, state)) {
        yielded++;
        yield row;
      }
    } catch (e) {
      // exceljs' streaming reader needs xl/workbook.xml before the sheets in the zip; some
      // writers order entries otherwise. Nothing was yielded yet: read the workbook whole.
      if (e instanceof ChainmatchError || yielded > 0) throw e;
      state = { names: [], taken: false };
      yield* wholeXlsx(ctx, ExcelJS, state);
    }
  } catch (e) {
    if (e instanceof ChainmatchError) throw e;
    throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `${ctx.name}: cannot read as XLSX (${(e as Error)?.message ?? String(e)})`, { file: ctx.name, cause: e });
  }
  if (ctx.opts.sheet !== undefined && !state.taken) {
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `${ctx.name}: no sheet '${ctx.opts.sheet}' (sheets: ${state.names.join(', ')})`, {
      file: ctx.name,
      sheets: state.names,
    });
  }
}

/**
 * Refuses a file that is not a zip archive before exceljs sees it: exceljs reports such a file late and
 * from a background stream, after the caller has moved on.
 */
async function requireZip(file: string): Promise<void> {
  let head: Buffer;
  try {
    const fh = await open(file, 'r');
    try {
      head = Buffer.alloc(4);
      await fh.read(head, 0, 4, 0);
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `${file}: cannot read (${(e as Error)?.message ?? String(e)})`, { file, cause: e });
  }
  if (head.readUInt32LE(0) !== 0x04034b50) throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `${file}: not an XLSX workbook (no zip signature); save it as .xlsx`, { file });
}

/** Streaming read (bounded memory). */
async function* streamXlsx(ctx: FileContext, ExcelJS: ExcelModule, state: SheetState): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(ctx.file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const select = sheetSelector(ctx);
  for await (const ws of reader as unknown as AsyncIterable<XlsxSheet>) {
    const model = (reader as unknown as { model?: { sheets?: { name?: string }[] } }).model;
    if (!model) throw new Error('workbook.xml comes after the sheets');
    const name = ws.name ?? '';
    state.names.push(name);
    const pos = model.sheets?.findIndex((s) => s.name === name);
    if (!select(name, pos !== undefined && pos >= 0 ? pos + 1 : undefined, model.sheets?.[0]?.name)) {
      // Read an unselected sheet through: exceljs may have spooled it to a temporary file that it deletes as soon
      // as we move on, and a sheet left unread would then open a deleted file (an uncaught ENOENT).
      for await (const _ of ws) void _;
      continue;
    }
    state.taken = true;
    yield* sheetRows(ctx, name, ws);
  }
}

/** Whole-workbook read, the fallback for zips the streaming reader cannot follow. */
async function* wholeXlsx(ctx: FileContext, ExcelJS: ExcelModule, state: SheetState): AsyncGenerator<RawRow> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ctx.file);
  const select = sheetSelector(ctx);
  const sheets = wb.worksheets;
  state.names.push(...sheets.map((ws) => ws.name));
  for (const [i, ws] of sheets.entries()) {
    if (!select(ws.name, i + 1, sheets[0]?.name)) continue;
    state.taken = true;
    const rows: XlsxRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => rows.push({ number, values: row.values }));
    yield* sheetRows(ctx, ws.name, rows);
  }
}

/** Builds a record from a parsed JSON object, mapping its keys like headers. */
function recordFromObject(ctx: FileContext, obj: Record<string, unknown>, row: number): RawRow {
  const record = nullRecord();
  const columns = new Map<string, string>();
  for (const key of Object.keys(obj)) {
    const col = ctx.key(key.normalize('NFC'));
    if (col.field === undefined) continue;
    if (columns.has(col.field)) {
      ctx.warn('duplicate_column', `key '${key}' maps to a field an earlier key already provides and was ignored`, key);
      continue;
    }
    const v = coerceCell(ctx, col, obj[key], false);
    if (v !== undefined) {
      record[col.field] = v;
      columns.set(col.field, key);
    }
  }
  return { file: ctx.name, row, record, columns };
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
      issues: [{ code: 'malformed_json', path: [], message: `not valid JSON: ${(e as Error).message}`, file: ctx.name, row: 0 }],
    };
    return;
  }
  // Accept a bare array, or an object wrapping one ({ "enterprises": [...] }).
  if (isObject(data)) {
    const obj = data;
    const wrapped = Object.keys(obj).map((k) => obj[k]).filter(Array.isArray);
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

async function* readJsonl(ctx: FileContext): AsyncGenerator<RawRow> {
  for await (const { line, n, truncated } of lines(ctx.text())) {
    if (truncated) {
      yield {
        file: ctx.name,
        row: n,
        record: nullRecord(),
        issues: [{ code: 'line_too_long', path: [], message: `line longer than ${MAX_LINE_CHARS} characters`, file: ctx.name, row: n }],
      };
      continue;
    }
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      yield {
        file: ctx.name,
        row: n,
        record: nullRecord(),
        raw: line.slice(0, RAW_SNIPPET),
        issues: [{ code: 'malformed_json', path: [], message: `line ${n} is not valid JSON: ${(e as Error).message}`, file: ctx.name, row: n }],
      };
      continue;
    }
    yield isObject(v) ? recordFromObject(ctx, v, n) : notAnObject(ctx, n, v, line);
  }
}
