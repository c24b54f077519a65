import type { z } from 'zod';
import { firstSeen } from '../_lib/ids.js';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { ChainGapItemSchema, type Enterprise, EnterpriseSchema } from '../schema/domain.js';
import { type Issue, toIssues } from '../schema/issue.js';
import { CONTROL_CHARACTER } from '../schema/primitives.js';
import { type RawRow, type ReadOptions, type RecordKind, readRecords } from './read.js';

/**
 * One validated row: the parsed value (with `warnings` for cells left empty), or every issue found in it.
 */
export type RowResult<T> =
  | { ok: true; row: RawRow; value: T; warnings?: Issue[] }
  | { ok: false; row: RawRow; issues: Issue[] };

/** A row that did not validate, as written by `writeRejected`. */
export interface RejectedRow {
  file: string;
  row: number;
  record: Record<string, unknown>;
  issues: Issue[];
  /** Raw text of a line that could not be parsed. */
  raw?: string;
}

/** Options of {@link validateRecords}. */
export interface ValidateRecordsOptions {
  /** Field whose value must be unique within a file (default `id`; `null` to skip the check). */
  idField?: string | null;
  /**
   * Lenient cells, strict rows: only an invalid or missing value of these fields rejects a row; an invalid value
   * of any other field is left out, with a `cell_ignored` warning naming file, row, column and value. Default:
   * every field is required to be valid (strict).
   */
  required?: readonly string[];
}

/** The fields that reject a row of a kind; other fields are lenient. */
export const REQUIRED_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  item: ['id', 'title'],
  enterprise: ['id', 'name'],
};

/**
 * Validates rows against a zod schema with `safeParse`, one result per row and in order.
 * Issues carry `file`, `row` and `column` (the user's own header for the field), and the
 * message says why. A second row with an id already seen in the same file is rejected with
 * code `duplicate_id`. With `required`, a bad value in any other field is left out with a warning instead of
 * rejecting the row. Every input row yields exactly one result.
 * @example
 * for await (const r of validateRecords(readRecords('企业.csv', { kind: 'enterprise' }), EnterpriseSchema)) {
 *   if (!r.ok) console.error(r.issues);
 * }
 */
export async function* validateRecords<T>(
  rows: AsyncIterable<RawRow> | Iterable<RawRow>,
  schema: z.ZodType<T>,
  opts: ValidateRecordsOptions = {},
): AsyncGenerator<RowResult<T>> {
  const idField = opts.idField === undefined ? 'id' : opts.idField;
  const seen = new Map<string, (id: string, row: number) => number | undefined>();
  for await (const row of rows) {
    if (row.issues && row.issues.length > 0) {
      yield { ok: false, row, issues: [...row.issues, ...(row.warnings ?? [])].map((i) => locate(i, row)) };
      continue;
    }
    // A cell the reader could not read rejects its row when its field is required (every field, when strict).
    const unreadable = (row.warnings ?? []).filter(
      (w) => opts.required === undefined || opts.required.includes(String(w.path[0])),
    );
    if (unreadable.length > 0) {
      yield {
        ok: false,
        row,
        issues: unreadable.map((w) =>
          locate({ ...w, code: 'invalid_value', message: w.message.replace(/; left empty$/u, '') }, row),
        ),
      };
      continue;
    }
    let parsed: ParseOutcome<T>;
    try {
      parsed = parseLenient(schema, row, opts.required);
    } catch (e) {
      // A schema that throws (a refinement bug) must not lose the row.
      yield {
        ok: false,
        row,
        issues: [
          locate(
            { code: 'invalid', path: [], message: `validation failed: ${(e as Error)?.message ?? String(e)}` },
            row,
          ),
        ],
      };
      continue;
    }
    if (!parsed.ok) {
      // Cells left empty are reported with the row's other issues.
      yield { ok: false, row, issues: [...parsed.issues, ...(row.warnings ?? []).map((w) => locate(w, row))] };
      continue;
    }
    const value = parsed.value;
    if (idField !== null && typeof value === 'object' && value !== null && Object.hasOwn(value, idField)) {
      const id = (value as Record<string, unknown>)[idField];
      if (typeof id === 'string' || typeof id === 'number') {
        let ids = seen.get(row.file);
        if (!ids) seen.set(row.file, (ids = firstSeen<number>()));
        const key = String(id);
        const first = ids(key, row.row);
        if (first !== undefined) {
          yield {
            ok: false,
            row,
            issues: [
              locate(
                { code: 'duplicate_id', path: [idField], message: `duplicate id '${key}' (first in row ${first})` },
                row,
              ),
            ],
          };
          continue;
        }
      }
    }
    const warnings = [...(row.warnings ?? []), ...parsed.warnings];
    yield warnings.length > 0 ? { ok: true, row, value, warnings } : { ok: true, row, value };
  }
}

type ParseOutcome<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Parses a row; when it fails only in fields outside `required`, parses it again without them and reports each
 * left-out value as a `cell_ignored` warning.
 */
function parseLenient<T>(schema: z.ZodType<T>, row: RawRow, required: readonly string[] | undefined): ParseOutcome<T> {
  const plain = (schema as z.ZodType) === EnterpriseSchema ? plainEnterprise(row.record) : undefined;
  if (plain) return { ok: true, value: plain as T, warnings: [] };
  const first = schema.safeParse(row.record);
  if (first.success) return { ok: true, value: first.data, warnings: [] };
  const issues = toIssues(first.error).map((i) => locate(i, row));
  if (required === undefined) return { ok: false, issues };
  const fields = new Set<string>();
  for (const i of issues) {
    const f = i.path[0];
    if (typeof f !== 'string' || required.includes(f) || !Object.hasOwn(row.record, f)) return { ok: false, issues };
    fields.add(f);
  }
  const record = Object.assign(Object.create(null) as Record<string, unknown>, row.record);
  for (const f of fields) delete record[f];
  const second = schema.safeParse(record);
  if (!second.success) return { ok: false, issues: [...issues, ...toIssues(second.error).map((i) => locate(i, row))] };
  const warnings = [...fields].map((f) =>
    locate(
      {
        code: 'cell_ignored',
        path: [f],
        message: `${shortValue(row.record[f])} left empty: ${issues
          .filter((i) => i.path[0] === f)
          .map((i) => i.message)
          .join('; ')}`,
      },
      row,
    ),
  );
  return { ok: true, value: second.data, warnings };
}

/**
 * How the fast path checks a field of `EnterpriseSchema` whose value it can keep as it is: `id` (trimmed, no control
 * character, 1–200 characters), text (not blank, at most `max` characters: `text(max)`), a list of strings (at most
 * 500 of at most 500 characters: `stringList()`), a number at least 0 (`int`: a safe integer too), a boolean. Fields not
 * listed (role, embedding, extra) leave the record to the schema.
 */
type PlainField = { kind: 'id' } | { kind: 'text'; max: number } | { kind: 'list' | 'number' | 'int' | 'bool' };

const PLAIN_FIELDS: Readonly<Record<string, PlainField>> = {
  id: { kind: 'id' },
  name: { kind: 'text', max: 300 },
  description: { kind: 'text', max: 20_000 },
  industry: { kind: 'text', max: 200 },
  products: { kind: 'list' },
  technologies: { kind: 'list' },
  industryCodes: { kind: 'list' },
  chain: { kind: 'text', max: 200 },
  link: { kind: 'text', max: 200 },
  province: { kind: 'text', max: 100 },
  city: { kind: 'text', max: 100 },
  country: { kind: 'text', max: 100 },
  revenue: { kind: 'number' },
  employees: { kind: 'int' },
  listed: { kind: 'bool' },
  exportMarkets: { kind: 'list' },
  aseanPresence: { kind: 'bool' },
  presentInHostProvince: { kind: 'bool' },
  tags: { kind: 'list' },
  contact: { kind: 'text', max: 200 },
  position: { kind: 'text', max: 200 },
  phone: { kind: 'text', max: 200 },
  email: { kind: 'text', max: 320 },
};

/** The schema's keys in its order: the order of the keys of what it returns. */
const SCHEMA_KEYS = Object.keys(EnterpriseSchema.shape);

/** Whether `EnterpriseSchema` keeps `v` as it is in a field checked as `f`. */
function plainValue(f: PlainField, v: unknown): boolean {
  switch (f.kind) {
    case 'id':
      return typeof v === 'string' && v.length > 0 && v.length <= 200 && v === v.trim() && !CONTROL_CHARACTER.test(v);
    case 'text':
      return typeof v === 'string' && v.length <= f.max && v.trim() !== '';
    case 'list':
      if (!Array.isArray(v) || v.length > 500) return false;
      for (const x of v) if (typeof x !== 'string' || x.length > 500) return false;
      return true;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0;
    case 'int':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    case 'bool':
      return typeof v === 'boolean';
  }
}

/**
 * @internal What `EnterpriseSchema` makes of an enterprise record whose every value its rules keep as they are —
 * strings, lists of strings, numbers and booleans of the schema's fields, each within its limits (see
 * {@link PlainField}) — without zod, which costs ~7 µs a row (a large file is validated in both passes) and runs cold
 * for the first thousands of rows; undefined for any other record, which the schema parses. The same value: keys in
 * the schema's order, lists copied (a property test holds it to the schema's output).
 */
export function plainEnterprise(record: Record<string, unknown>): Enterprise | undefined {
  let keys = 0;
  for (const k in record) {
    if (!Object.hasOwn(record, k)) return undefined;
    const f = PLAIN_FIELDS[k];
    if (f === undefined || !Object.hasOwn(PLAIN_FIELDS, k) || !plainValue(f, record[k])) return undefined;
    keys++;
  }
  if (record.id === undefined || record.name === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of SCHEMA_KEYS) {
    if (!Object.hasOwn(record, k)) continue;
    const v = record[k];
    out[k] = Array.isArray(v) ? [...v] : v;
    if (--keys === 0) break;
  }
  return out as Enterprise;
}

function shortValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return `'${s.length > 60 ? `${s.slice(0, 60)}…` : s}'`;
}

/** Adds file, row and the user's column name to an issue. */
function locate(issue: Issue, row: RawRow): Issue {
  const out: Issue = { ...issue, path: [...issue.path], file: issue.file ?? row.file, row: issue.row ?? row.row };
  const head = issue.path[0];
  if (out.column === undefined && head !== undefined) out.column = row.columns?.get(String(head)) ?? String(head);
  return out;
}

/** The default schema of a record kind (items and enterprises). */
export function schemaForKind(kind: RecordKind): z.ZodType<unknown> | undefined {
  if (kind === 'item') return ChainGapItemSchema;
  if (kind === 'enterprise') return EnterpriseSchema;
  return undefined;
}

/** Options of {@link validateFile}. */
export interface ValidateFileOptions<T> extends Omit<ReadOptions, 'kind'> {
  /** Schema to validate with; required for kinds without a default (label, project, raw). */
  schema?: z.ZodType<T>;
  idField?: string | null;
  /**
   * Fields whose invalid value rejects a row (see {@link ValidateRecordsOptions.required}). Default: id and name
   * for enterprises, id and title for items, when validating with the kind's own schema; otherwise strict.
   */
  required?: readonly string[];
}

/** Result of {@link validateFile}: `counts.in === counts.accepted + counts.rejected + counts.skipped`, always. */
export interface ValidateFileResult<T> {
  accepted: T[];
  rejected: RejectedRow[];
  /** Rows read but not records (titles above the header, totals rows, note lines), each with its reason. */
  skipped: Issue[];
  counts: { in: number; accepted: number; rejected: number; skipped: number };
  /**
   * Notices that reject nothing: file-level ones (unknown columns, decoded encoding, sheets passed over …) and
   * cells left empty (`cell_ignored`, with row and column; at most `MAX_ROW_WARNINGS`).
   */
  warnings: Issue[];
}

/** Row-level warnings kept by {@link validateFile}; more are counted in one `too_many_warnings` notice. */
export const MAX_ROW_WARNINGS = 1000;

/**
 * Reads and validates a whole file: every data row ends up in `accepted` or in `rejected`
 * with its issues. For streaming large files use {@link readRecords} + {@link validateRecords}.
 * @example
 * const { accepted, rejected, counts } = await validateFile('企业名单.xlsx', 'enterprise');
 * console.log(`${counts.in} = ${counts.accepted} + ${counts.rejected}`);
 */
export async function validateFile<T = unknown>(
  file: string,
  kind: RecordKind,
  opts: ValidateFileOptions<T> = {},
): Promise<ValidateFileResult<T>> {
  const schema = (opts.schema ?? schemaForKind(kind)) as z.ZodType<T> | undefined;
  if (!schema)
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `kind '${kind}' has no built-in schema; pass opts.schema`);
  const warnings: Issue[] = [];
  const skipped: Issue[] = [];
  const userWarn = opts.onWarning;
  const userSkip = opts.onSkip;
  const { schema: _s, idField, required, ...readOpts } = opts;
  const rows = readRecords(file, {
    ...readOpts,
    kind,
    onWarning: (w) => {
      warnings.push(w);
      userWarn?.(w);
    },
    onSkip: (r) => {
      skipped.push(r);
      userSkip?.(r);
    },
  });
  const accepted: T[] = [];
  const rejected: RejectedRow[] = [];
  const req =
    required ??
    (opts.schema === undefined || (opts.schema as unknown) === schemaForKind(kind) ? REQUIRED_FIELDS[kind] : undefined);
  const vopts: ValidateRecordsOptions = {
    ...(idField === undefined ? {} : { idField }),
    ...(req ? { required: req } : {}),
  };
  let rowWarnings = 0;
  let read = 0;
  async function* counted(): AsyncGenerator<RawRow> {
    for await (const row of rows) {
      read++;
      yield row;
    }
  }
  for await (const r of validateRecords(counted(), schema, vopts)) {
    if (r.ok) {
      accepted.push(r.value);
      for (const w of r.warnings ?? []) {
        if (rowWarnings++ < MAX_ROW_WARNINGS) warnings.push(w);
        userWarn?.(w);
      }
    } else rejected.push(toRejected(r.row, r.issues));
  }
  if (rowWarnings > MAX_ROW_WARNINGS) {
    warnings.push({
      code: 'too_many_warnings',
      path: [],
      message: `${rowWarnings - MAX_ROW_WARNINGS} more cells left empty are not listed`,
      file,
    });
  }
  const counts = {
    in: read + skipped.length,
    accepted: accepted.length,
    rejected: rejected.length,
    skipped: skipped.length,
  };
  return { accepted, rejected, skipped, counts, warnings };
}

/** @internal The rejected-row record of a failed row. */
export function toRejected(row: RawRow, issues: Issue[]): RejectedRow {
  const out: RejectedRow = { file: row.file, row: row.row, record: row.record, issues };
  if (row.raw !== undefined) out.raw = row.raw;
  return out;
}
