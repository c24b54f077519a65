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
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_FILES, bundledDataDir } from '../../data/load.js';
import { validateFile, type RejectedRow } from '../../io/validate.js';
import type { z } from 'zod';

import { type InputCounts, streamEnterprises } from '../../pipeline/source.js';

export { type InputCounts, estimateRows, streamEnterprises } from '../../pipeline/source.js';

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
