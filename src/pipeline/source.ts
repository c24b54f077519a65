import { createReadStream } from 'node:fs';
import type { z } from 'zod';
import { detectFormat, type LineFilter, readObjects, readRecordsFiltered, type RawRow } from '../io/read.js';
import { REQUIRED_FIELDS, type RejectedRow, validateRecords } from '../io/validate.js';
import { type Enterprise, type EnterpriseInput, EnterpriseSchema } from '../schema/domain.js';
import type { Issue } from '../schema/issue.js';

/**
 * Where the enterprises of a streaming match come from; the source is read twice (statistics, then scoring).
 *
 * - A file path: CSV, TSV, XLSX, JSON or JSONL (by extension, headers in Chinese or English, as `readRecords` reads
 *   it), or `'-'` for JSONL on standard input (spooled to a temporary file first: it is read twice).
 * - A function that opens the source anew on each call and returns its rows — an async generator over a database
 *   cursor, pages of an API, an array. It is called once per pass (twice, or three times when tables need the
 *   firms of more matches than memory kept) and must yield the same rows in the same order each time. Rows are
 *   objects read like JSONL lines: keys map to fields like headers do (`企业名称` → `name`), cells are coerced,
 *   unknown keys are kept in `extra`, and a row without an id or name is rejected, not thrown.
 */
export type EnterpriseSource =
  | string
  | (() =>
      | AsyncIterable<EnterpriseInput | Record<string, unknown>>
      | Iterable<EnterpriseInput | Record<string, unknown>>);

import type { InputCounts } from './counts.js';
export { accounting, type InputCounts } from './counts.js';

/** How to read an enterprise source: which sheet of a workbook, the user's own column names, the name rows carry. */
export interface SourceOptions {
  /** XLSX sheet by name or 1-based position (default: every sheet with an enterprise header). */
  sheet?: string;
  /** Column name (or object key) → field, overriding the built-in aliases: `{ "客户名称": "name" }`. */
  headerMap?: Record<string, string>;
  /**
   * The name rows, rejected rows and counts carry: default the file path, and `'source'` for a function source.
   * (The CLI reports standard input spooled to a temporary file as `-`.)
   */
  name?: string;
}

/** The name a source's rows are reported under. */
export const sourceName = (source: EnterpriseSource, name?: string): string =>
  name ?? (typeof source === 'string' ? source : 'source');

/** What {@link streamEnterprises} hands back besides the enterprises. */
export interface StreamSinks {
  onRejected: (r: RejectedRow) => void;
  /** Rows skipped (titles, totals …) and file-level notices; given only to the reader that owns them (`owner`). */
  onSkipped?: (row: Issue) => void;
  onWarning?: (w: Issue) => void;
}

/**
 * Streams validated enterprises of a source, calling `onRejected` for each bad row. Counts are filled as it goes.
 * With `keep`, rows it refuses are skipped before validation and not counted: parallel readers of one file each
 * keep their own part, and their counts add up to the file's. Rows that are no records (skipped) and file-level
 * warnings are counted by the reader with `owner` (default true) only, so they too add up once.
 */
export async function* streamEnterprises(
  source: EnterpriseSource,
  counts: InputCounts,
  sinks: StreamSinks,
  opts: Omit<SourceOptions, 'name'> & {
    stdin?: NodeJS.ReadableStream;
    keep?: (row: RawRow) => boolean;
    /** JSONL lines passed over before they are parsed (rows `keep` would refuse; see `LineFilter`). */
    lines?: LineFilter;
    /** Called with each accepted row, before its enterprise is yielded. */
    onAccepted?: (row: RawRow) => void;
    name?: string;
    owner?: boolean;
    onTotal?: (rows: number) => void;
  } = {},
): AsyncGenerator<Enterprise> {
  const { headerMap, sheet, stdin, keep, name, onTotal, onAccepted } = opts;
  const owner = opts.owner ?? true;
  async function* counted(): AsyncGenerator<RawRow> {
    const notices = {
      kind: 'enterprise' as const,
      ...(headerMap ? { headerMap } : {}),
      onSkip: (r: Issue) => {
        if (!owner) return;
        counts.in++;
        counts.skipped++;
        sinks.onSkipped?.(r);
      },
      onWarning: (w: Issue) => owner && sinks.onWarning?.(w),
    };
    const rows =
      typeof source === 'string'
        ? readRecordsFiltered(
            source,
            {
              ...notices,
              ...(sheet ? { sheet } : {}),
              ...(stdin ? { stdin } : {}),
              ...(name ? { name } : {}),
              ...(onTotal ? { onTotal } : {}),
            },
            opts.lines ?? {},
          )
        : readObjects(source(), sourceName(source, name), notices);
    for await (const row of rows) {
      if (keep && !keep(row)) continue;
      counts.in++;
      yield row;
    }
  }
  for await (const r of validateRecords(counted(), EnterpriseSchema as z.ZodType<Enterprise>, {
    required: REQUIRED_FIELDS.enterprise!,
  })) {
    if (r.ok) {
      counts.accepted++;
      for (const w of r.warnings ?? []) sinks.onWarning?.(w);
      onAccepted?.(r.row);
      yield r.value;
    } else {
      counts.rejected++;
      sinks.onRejected({ file: r.row.file, row: r.row.row, record: r.row.record, issues: r.issues });
    }
  }
}

/**
 * Rows of a text input (CSV, TSV, JSONL, JSON) counted cheaply for a progress bar: its newlines, less a header line
 * for CSV/TSV — exact for one record per line, an estimate otherwise. Undefined for XLSX (its reader reports the
 * rows once the workbook is read) and standard input.
 */
export async function estimateRows(file: string): Promise<number | undefined> {
  if (file === '-') return undefined;
  let format: string;
  try {
    format = detectFormat(file);
  } catch {
    return undefined;
  }
  if (format === 'xlsx') return undefined;
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  if (last !== 0x0a) lines++;
  return Math.max(0, lines - (format === 'csv' || format === 'tsv' ? 1 : 0));
}
