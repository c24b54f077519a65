import type { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { ChainGapItemSchema, EnterpriseSchema } from '../schema/domain.js';
import { type Issue, toIssues } from '../schema/issue.js';
import { type RawRow, type ReadOptions, type RecordKind, readRecords } from './read.js';

/** One validated row: the parsed value, or every issue found in it. */
export type RowResult<T> = { ok: true; row: RawRow; value: T } | { ok: false; row: RawRow; issues: Issue[] };

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
}

/**
 * Validates rows against a zod schema with `safeParse`, one result per row and in order.
 * Issues carry `file`, `row` and `column` (the user's own header for the field), and the
 * message says why. A second row with an id already seen in the same file is rejected with
 * code `duplicate_id`. Every input row yields exactly one result.
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
  const seen = new Map<string, Map<string, number>>();
  for await (const row of rows) {
    if (row.issues && row.issues.length > 0) {
      yield { ok: false, row, issues: row.issues.map((i) => locate(i, row)) };
      continue;
    }
    let parsed: ReturnType<typeof schema.safeParse>;
    try {
      parsed = schema.safeParse(row.record);
    } catch (e) {
      // A schema that throws (a refinement bug) must not lose the row.
      yield { ok: false, row, issues: [locate({ code: 'invalid', path: [], message: `validation failed: ${(e as Error)?.message ?? String(e)}` }, row)] };
      continue;
    }
    if (!parsed.success) {
      yield { ok: false, row, issues: toIssues(parsed.error).map((i) => locate(i, row)) };
      continue;
    }
    const value = parsed.data;
    if (idField !== null && typeof value === 'object' && value !== null && Object.hasOwn(value, idField)) {
      const id = (value as Record<string, unknown>)[idField];
      if (typeof id === 'string' || typeof id === 'number') {
        let ids = seen.get(row.file);
        if (!ids) seen.set(row.file, (ids = new Map()));
        const key = String(id);
        const first = ids.get(key);
        if (first !== undefined) {
          yield {
            ok: false,
            row,
            issues: [locate({ code: 'duplicate_id', path: [idField], message: `duplicate id '${key}' (first in row ${first})` }, row)],
          };
          continue;
        }
        ids.set(key, row.row);
      }
    }
    yield { ok: true, row, value };
  }
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
}

/** Result of {@link validateFile}: `counts.in === counts.accepted + counts.rejected`, always. */
export interface ValidateFileResult<T> {
  accepted: T[];
  rejected: RejectedRow[];
  counts: { in: number; accepted: number; rejected: number };
  /** File-level notices (unknown columns, decoded encoding …); they reject nothing. */
  warnings: Issue[];
}

/**
 * Reads and validates a whole file: every data row ends up in `accepted` or in `rejected`
 * with its issues. For streaming large files use {@link readRecords} + {@link validateRecords}.
 * @example
 * const { accepted, rejected, counts } = await validateFile('企业名单.xlsx', 'enterprise');
 * console.log(`${counts.in} = ${counts.accepted} + ${counts.rejected}`);
 */
export async function validateFile<T = unknown>(file: string, kind: RecordKind, opts: ValidateFileOptions<T> = {}): Promise<ValidateFileResult<T>> {
  const schema = (opts.schema ?? schemaForKind(kind)) as z.ZodType<T> | undefined;
  if (!schema) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `kind '${kind}' has no built-in schema; pass opts.schema`);
  const warnings: Issue[] = [];
  const userWarn = opts.onWarning;
  const { schema: _s, idField, ...readOpts } = opts;
  const rows = readRecords(file, {
    ...readOpts,
    kind,
    onWarning: (w) => {
      warnings.push(w);
      userWarn?.(w);
    },
  });
  const accepted: T[] = [];
  const rejected: RejectedRow[] = [];
  const vopts: ValidateRecordsOptions = idField === undefined ? {} : { idField };
  let read = 0;
  async function* counted(): AsyncGenerator<RawRow> {
    for await (const row of rows) {
      read++;
      yield row;
    }
  }
  for await (const r of validateRecords(counted(), schema, vopts)) {
    if (r.ok) accepted.push(r.value);
    else rejected.push(toRejected(r.row, r.issues));
  }
  return { accepted, rejected, counts: { in: read, accepted: accepted.length, rejected: rejected.length }, warnings };
}

/** @internal The rejected-row record of a failed row. */
export function toRejected(row: RawRow, issues: Issue[]): RejectedRow {
  const out: RejectedRow = { file: row.file, row: row.row, record: row.record, issues };
  if (row.raw !== undefined) out.raw = row.raw;
  return out;
}
