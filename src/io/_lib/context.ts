import { createReadStream } from 'node:fs';
import { ChainmatchError, ErrorCodes } from '../../errors.js';
import type { Issue } from '../../schema/issue.js';
import { type ColumnMapping, type RecordKind, resolveHeaders } from '../headers.js';
import { unescapeFormula } from './cells.js';
import { decodeText, type SniffResult } from './encoding.js';
import { isMissingMarker, parseBooleanCell, parseNumberCell } from './values.js';

/** @internal The reader options the per-file state needs (see `ReadOptions` in read.ts). */
export interface ContextOptions {
  kind: RecordKind;
  headerMap?: Readonly<Record<string, string>>;
  sheet?: string;
  onWarning?: (issue: Issue) => void;
  onSkip?: (row: Issue) => void;
  stdin?: NodeJS.ReadableStream;
  name?: string;
  onTotal?: (rows: number) => void;
}

const MAX_WARNINGS = 100;
const MAX_CACHED_KEYS = 10_000;
/** How deep a JSON value may nest before it is cut (no recursion anywhere may overflow on hostile input). */
export const MAX_DEPTH = 32;

/** @internal A record object without a prototype: keys such as `__proto__` are plain data. */
export const nullRecord = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/** @internal Whether a kind's records keep unknown columns in `extra`. */
export const hasExtra = (kind: RecordKind): boolean => kind === 'item' || kind === 'enterprise';

/** @internal Per-file state of a reader: the name it reports, warnings already given, and the cell coercion. */
export class FileContext {
  readonly warned = new Set<string>();
  readonly keyCache = new Map<string, ColumnMapping>();
  /** What rows and messages call the file; `file` is what is opened. */
  readonly name: string;
  /** Set once bytes did not decode: from then on a U+FFFD in a cell is the decoder's, and rejects its row. */
  invalidBytes = false;
  constructor(
    readonly file: string,
    readonly opts: ContextOptions,
  ) {
    this.name = opts.name ?? file;
  }

  get kind(): RecordKind {
    return this.opts.kind;
  }

  /** A file-level notice, at most once per code and column, at most {@link MAX_WARNINGS} per file. */
  warn(code: string, message: string, column?: string, once: string = column ?? ''): void {
    const key = `${code}\u0000${once}`;
    if (this.warned.has(key)) return;
    // Hostile files (a million distinct JSON keys) must not flood the caller or memory.
    if (this.warned.size >= MAX_WARNINGS) {
      if (this.warned.size === MAX_WARNINGS) {
        this.warned.add('\u0000capped');
        this.opts.onWarning?.({
          code: 'too_many_warnings',
          path: [],
          message: `more than ${MAX_WARNINGS} warnings; the rest are not reported`,
          file: this.name,
        });
      }
      return;
    }
    this.warned.add(key);
    const issue: Issue = { code, path: column === undefined ? [] : [column], message, file: this.name };
    if (column !== undefined) issue.column = column;
    this.opts.onWarning?.(issue);
  }

  /** Reports a row that is read but is no record (a title above the header, a totals row …). */
  skipRow(row: number, code: string, message: string, sheet?: string): void {
    const issue: Issue = {
      code,
      path: [],
      message: sheet === undefined ? message : `sheet '${sheet}': ${message}`,
      file: this.name,
      row,
    };
    (this.opts.onSkip ?? this.opts.onWarning)?.(issue);
  }

  onSniff = (s: SniffResult): void => {
    if (s.encoding === 'gb18030') this.warn('decoded_encoding', 'decoded from GB18030/GBK (not UTF-8)');
    else if (s.encoding !== 'utf-8') this.warn('decoded_encoding', `decoded from ${s.encoding.toUpperCase()}`);
  };

  bytes(): AsyncIterable<Uint8Array | string> {
    if (this.file === '-') return (this.opts.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
    return createReadStream(this.file, { highWaterMark: 64 * 1024 });
  }

  text(): AsyncGenerator<string> {
    return decodeText(guardOpen(this.bytes(), this.name), this.name, this.onSniff, () => {
      if (!this.invalidBytes)
        this.warn(
          'invalid_bytes',
          "some bytes are not valid in the file's encoding; the rows holding them are rejected",
        );
      this.invalidBytes = true;
    });
  }

  /** Maps the chosen header row and warns about unknown / duplicate columns. */
  headers(headers: readonly string[]): ColumnMapping[] {
    const res = resolveHeaders(headers, this.kind, this.opts.headerMap);
    const kept = hasExtra(this.kind) ? 'kept as a passthrough column (extra)' : 'ignored';
    for (const h of res.unknown)
      this.warn(
        'unknown_column',
        `column '${h}' is not a known ${this.kind} field and was ${kept} (map it with a header map)`,
        h,
      );
    for (const h of res.duplicate)
      this.warn(
        'duplicate_column',
        `column '${h}' maps to a field an earlier column already provides and was ${kept}`,
        h,
      );
    for (const c of res.columns) {
      if (c.field && c.scale !== 1)
        this.warn(
          'unit_converted',
          `column '${c.header}': values converted to the field's unit (×${c.scale})`,
          c.header,
        );
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

  /**
   * Coerces one cell to what its field's schema expects; undefined means "leave out". Missing markers (`—`, `无`,
   * `N/A` …) are missing; numbers and booleans are read as bureaus type them; a cell that cannot be read is left
   * out with a warning in `notes` (the row stays: only the schema's required fields reject a row). U+FFFD (bytes
   * the file's encoding could not decode) is a row issue in `problems`.
   */
  coerce(col: ColumnMapping, value: unknown, tabular: boolean, row: Notes): unknown {
    if (value === undefined || value === null) return undefined;
    let v = value;
    const typed = this.kind !== 'raw';
    if (typeof v === 'string') {
      if (tabular) {
        // Blank cells are missing; `raw` keeps the rest verbatim, typed kinds trim.
        if (v.trim() === '') return undefined;
        if (typed) v = v.trim();
        v = unescapeFormula(v as string);
      }
      const s = v as string;
      if (this.invalidBytes && s.includes('\uFFFD')) {
        row.problems.push({
          code: 'invalid_bytes',
          path: col.field ? [col.field] : [],
          message: `contains bytes that are not valid text in the file's encoding (shown as U+FFFD)`,
          column: col.header,
        });
      }
      if (typed && col.type !== 'bool' && col.type !== 'extra' && isMissingMarker(s)) return undefined;
    }
    switch (col.type) {
      case 'list':
        return typeof v === 'number'
          ? String(v)
          : Array.isArray(v)
            ? v.map((x) => (typeof x === 'number' ? String(x) : x))
            : v;
      case 'vector':
        if (typeof v === 'string') {
          const parts = v
            .replace(/^[[(]|[\])]$/gu, '')
            .split(/[\s,;，；]+/u)
            .filter(Boolean);
          return parts.map(Number);
        }
        return v;
      case 'bool': {
        if (typeof v !== 'string') return v;
        const b = parseBooleanCell(v);
        if (b !== undefined) return b;
        if (isMissingMarker(v)) return undefined;
        return this.unreadable(col, v, 'is not yes/no (是/否)', row);
      }
      case 'money':
      case 'count':
      case 'number': {
        if (typeof v === 'number')
          return Number.isFinite(v) && col.scale !== 1 ? Number((v * col.scale).toPrecision(12)) : v;
        if (typeof v !== 'string') return v;
        const n = parseNumberCell(v, col.type, col.scale);
        if (!n.ok) return this.unreadable(col, v, 'is not a number', row);
        if (n.unit)
          this.warn(
            'unit_converted',
            `column '${col.header}': amounts with a unit in the cell (such as '${v}') were converted to the field's unit`,
            col.header,
            `${col.header}\u0000cell`,
          );
        return n.value;
      }
      default:
        return v;
    }
  }

  /** A cell that cannot be read: left out, with a warning naming file, row, column and value. */
  private unreadable(col: ColumnMapping, v: string, why: string, row: Notes): undefined {
    const shown = v.length > 60 ? `${v.slice(0, 60)}…` : v;
    row.notes.push({
      code: 'cell_ignored',
      path: col.field ? [col.field] : [],
      message: `'${shown}' ${why}; left empty`,
      column: col.header,
    });
    return undefined;
  }
}

/** @internal What coercing a row's cells found: warnings (`notes`) and issues that reject the row (`problems`). */
export interface Notes {
  notes: Issue[];
  problems: Issue[];
}

async function* guardOpen(src: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<Uint8Array | string> {
  try {
    yield* src;
  } catch (e) {
    throw asReadError(e, file);
  }
}

/** @internal A system error while reading (ENOENT, EISDIR …) as an INVALID_INPUT naming the file. */
export function asReadError(e: unknown, file: string): unknown {
  if (e instanceof ChainmatchError) return e;
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) {
    return new ChainmatchError(ErrorCodes.INVALID_INPUT, `${file}: cannot read (${code})`, { file, cause: e });
  }
  return e;
}
