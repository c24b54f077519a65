import {
  ChainGapItemSchema,
  EnterpriseSchema,
  SectorThemeSchema,
  type ChainGapItem,
  type Enterprise,
  type SectorTheme,
} from '../../schema/domain.js';
import type { Issue } from '../../schema/issue.js';
import type { Match } from '../../schema/match.js';
import { readMatches } from '../../io/matches.js';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FILES, bundledDataDir } from '../../data/load.js';
import { detectFormat, readRecords, type RawRow } from '../../io/read.js';
import { REQUIRED_FIELDS, validateFile, validateRecords, type RejectedRow } from '../../io/validate.js';
import type { z } from 'zod';

/** Counts of one input, reported in every summary: `in === accepted + rejected + skipped`. */
export interface InputCounts {
  file: string;
  in: number;
  accepted: number;
  rejected: number;
  /** Rows read but not records: titles above the header, totals rows, note lines. */
  skipped: number;
}

/** How to read one input file: which sheet of a workbook, and the user's own column names. */
export interface InputOptions {
  sheet?: string;
  headerMap?: Record<string, string>;
}

export { formatIssue, reportRejected } from './issues.js';

export interface LoadedFile<T> {
  accepted: T[];
  rejected: RejectedRow[];
  skipped: Issue[];
  counts: InputCounts;
  /** Notices that reject nothing: unknown columns kept in extra, sheets passed over, cells left empty … */
  warnings: Issue[];
}

async function load<T>(
  file: string,
  kind: 'item' | 'enterprise' | 'raw',
  schema: z.ZodType<T>,
  opts: InputOptions = {},
): Promise<LoadedFile<T>> {
  const r = await validateFile<T>(file, kind, {
    schema,
    ...(opts.headerMap ? { headerMap: opts.headerMap } : {}),
    ...(opts.sheet ? { sheet: opts.sheet } : {}),
  });
  return {
    accepted: r.accepted,
    rejected: r.rejected,
    skipped: r.skipped,
    counts: { file, ...r.counts },
    warnings: r.warnings,
  };
}

export const loadItems = (file: string, opts?: InputOptions): Promise<LoadedFile<ChainGapItem>> =>
  load(file, 'item', ChainGapItemSchema as z.ZodType<ChainGapItem>, opts);
export const loadEnterprises = (file: string, opts?: InputOptions): Promise<LoadedFile<Enterprise>> =>
  load(file, 'enterprise', EnterpriseSchema as z.ZodType<Enterprise>, opts);
export const loadThemes = (file: string): Promise<LoadedFile<SectorTheme>> =>
  load(file, 'raw', SectorThemeSchema as z.ZodType<SectorTheme>);

/**
 * The bundled themes (data/themes.json), for the Chinese names of theme and chain ids in tables when no `--themes`
 * is given — names only, never weights. Undefined when the file is absent.
 */
export async function bundledThemes(): Promise<SectorTheme[] | undefined> {
  const file = join(bundledDataDir(), BUNDLED_FILES.themes);
  return existsSync(file) ? (await loadThemes(file)).accepted : undefined;
}

/** What {@link streamEnterprises} hands back besides the enterprises. */
export interface StreamSinks {
  onRejected: (r: RejectedRow) => void;
  /** Rows skipped (titles, totals …) and file-level notices; given only to the reader that owns them (`owner`). */
  onSkipped?: (row: Issue) => void;
  onWarning?: (w: Issue) => void;
}

/**
 * Streams validated enterprises of a file, calling `onRejected` for each bad row. Counts are filled as it goes.
 * With `keep`, rows it refuses are skipped before validation and not counted: parallel readers of one file each
 * keep their own part, and their counts add up to the file's. Rows that are no records (skipped) and file-level
 * warnings are counted by the reader with `owner` (default true) only, so they too add up once.
 */
export async function* streamEnterprises(
  file: string,
  counts: InputCounts,
  sinks: StreamSinks,
  opts: InputOptions & {
    stdin?: NodeJS.ReadableStream;
    keep?: (row: RawRow) => boolean;
    name?: string;
    owner?: boolean;
    onTotal?: (rows: number) => void;
  } = {},
): AsyncGenerator<Enterprise> {
  const { headerMap, sheet, stdin, keep, name, onTotal } = opts;
  const owner = opts.owner ?? true;
  async function* counted(): AsyncGenerator<RawRow> {
    const rows = readRecords(file, {
      kind: 'enterprise',
      ...(headerMap ? { headerMap } : {}),
      ...(sheet ? { sheet } : {}),
      ...(stdin ? { stdin } : {}),
      ...(name ? { name } : {}),
      ...(onTotal ? { onTotal } : {}),
      onSkip: (r) => {
        if (!owner) return;
        counts.in++;
        counts.skipped++;
        sinks.onSkipped?.(r);
      },
      onWarning: (w) => owner && sinks.onWarning?.(w),
    });
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

/**
 * Reads every match of a file `chainmatch match` wrote (JSONL, JSON, CSV, XLSX): the valid ones, the issues
 * of the others (with file and row), and how many rows were rejected.
 */
export async function readMatchFile(file: string): Promise<{ matches: Match[]; issues: Issue[]; rejected: number }> {
  const matches: Match[] = [];
  const issues: Issue[] = [];
  let rejected = 0;
  for await (const r of readMatches(file)) {
    if (r.ok) matches.push(r.value);
    else {
      rejected++;
      for (const i of r.issues) issues.push({ ...i, file: i.file ?? file, row: i.row ?? r.row.row });
    }
  }
  return { matches, issues, rejected };
}

/** What `invite` and `plan` read: the matches, and what tables name — items, enterprises, themes. */
export interface EventInputs {
  matches: Match[];
  items: ChainGapItem[];
  /** The enterprises the matches name (or all, when asked): names and contacts for the tables. */
  enterprises: Enterprise[];
  /** Every enterprise id of `--enterprises`, when given (firms without any match are reported as left out). */
  enterpriseIds?: string[];
  /** `--themes`, else the bundled themes (names only). */
  themes?: SectorTheme[];
  /** Issues of rejected rows of every input, with file and row. */
  issues: Issue[];
}

/**
 * Reads the inputs of `invite` and `plan`. Enterprise records are kept only for the firms in the matches, or for
 * every firm with `allEnterprises` (a plan names the firms left out too).
 */
export async function loadEventInputs(
  flags: { matches: string; items?: string; enterprises?: string; themes?: string },
  allEnterprises = false,
): Promise<EventInputs> {
  const read = await readMatchFile(flags.matches);
  const issues = [...read.issues];
  const rejectedIssues = (rejected: readonly RejectedRow[]) => {
    for (const r of rejected)
      for (const i of r.issues) issues.push({ ...i, file: i.file ?? r.file, row: i.row ?? r.row });
  };
  const items = flags.items ? await loadItems(flags.items) : undefined;
  if (items) rejectedIssues(items.rejected);
  const wanted = new Set(read.matches.map((m) => m.enterpriseId));
  const enterprises: Enterprise[] = [];
  let enterpriseIds: string[] | undefined;
  if (flags.enterprises) {
    const rejected: RejectedRow[] = [];
    const counts: InputCounts = { file: flags.enterprises, in: 0, accepted: 0, rejected: 0, skipped: 0 };
    enterpriseIds = [];
    for await (const e of streamEnterprises(flags.enterprises, counts, { onRejected: (r) => rejected.push(r) })) {
      enterpriseIds.push(e.id);
      if (allEnterprises || wanted.has(e.id)) enterprises.push(e);
    }
    rejectedIssues(rejected);
  }
  const themes = flags.themes ? await loadThemes(flags.themes) : undefined;
  if (themes) rejectedIssues(themes.rejected);
  const themeNames = themes?.accepted ?? (await bundledThemes());
  return {
    matches: read.matches,
    items: items?.accepted ?? [],
    enterprises,
    ...(enterpriseIds ? { enterpriseIds } : {}),
    ...(themeNames ? { themes: themeNames } : {}),
    issues,
  };
}
