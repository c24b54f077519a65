import { ChainGapItemSchema, EnterpriseSchema, SectorThemeSchema, type ChainGapItem, type Enterprise, type SectorTheme } from '../../schema/domain.js';
import type { Issue } from '../../schema/issue.js';
import type { Match } from '../../schema/match.js';
import { readMatches } from '../../io/matches.js';
import { readRecords, type RawRow } from '../../io/read.js';
import { validateFile, validateRecords, type RejectedRow } from '../../io/validate.js';
import type { z } from 'zod';

/** Counts of one input, reported in every summary: `in === accepted + rejected`. */
export interface InputCounts {
  file: string;
  in: number;
  accepted: number;
  rejected: number;
}

export { formatIssue, reportRejected } from './issues.js';

export interface LoadedFile<T> {
  accepted: T[];
  rejected: RejectedRow[];
  counts: InputCounts;
  warnings: Issue[];
}

async function load<T>(file: string, kind: 'item' | 'enterprise' | 'raw', schema: z.ZodType<T>, headerMap?: Record<string, string>): Promise<LoadedFile<T>> {
  const r = await validateFile<T>(file, kind, { schema, ...(headerMap ? { headerMap } : {}) });
  return { accepted: r.accepted, rejected: r.rejected, counts: { file, ...r.counts }, warnings: r.warnings };
}

export const loadItems = (file: string, headerMap?: Record<string, string>): Promise<LoadedFile<ChainGapItem>> =>
  load(file, 'item', ChainGapItemSchema as z.ZodType<ChainGapItem>, headerMap);
export const loadEnterprises = (file: string, headerMap?: Record<string, string>): Promise<LoadedFile<Enterprise>> =>
  load(file, 'enterprise', EnterpriseSchema as z.ZodType<Enterprise>, headerMap);
export const loadThemes = (file: string): Promise<LoadedFile<SectorTheme>> => load(file, 'raw', SectorThemeSchema as z.ZodType<SectorTheme>);

/**
 * Streams validated enterprises of a file, calling `onRejected` for each bad row. Counts are filled as it goes.
 * With `keep`, rows it refuses are skipped before validation and not counted: parallel readers of one file each
 * keep their own part, and their counts add up to the file's.
 */
export async function* streamEnterprises(
  file: string,
  counts: InputCounts,
  onRejected: (r: RejectedRow) => void,
  opts: { headerMap?: Record<string, string>; stdin?: NodeJS.ReadableStream; keep?: (row: RawRow) => boolean; name?: string } = {},
): AsyncGenerator<Enterprise> {
  const { headerMap, stdin, keep, name } = opts;
  async function* counted(): AsyncGenerator<RawRow> {
    for await (const row of readRecords(file, { kind: 'enterprise', ...(headerMap ? { headerMap } : {}), ...(stdin ? { stdin } : {}), ...(name ? { name } : {}) })) {
      if (keep && !keep(row)) continue;
      counts.in++;
      yield row;
    }
  }
  for await (const r of validateRecords(counted(), EnterpriseSchema as z.ZodType<Enterprise>)) {
    if (r.ok) {
      counts.accepted++;
      yield r.value;
    } else {
      counts.rejected++;
      onRejected({ file: r.row.file, row: r.row.row, record: r.row.record, issues: r.issues });
    }
  }
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
