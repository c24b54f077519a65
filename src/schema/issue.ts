import type { z } from 'zod';

/**
 * One problem found in input data. `path` locates the field (`['keywords', 2]`);
 * readers add `file`, `row` (the row a user sees: spreadsheet row with the header as row 1, JSONL line,
 * JSON array position) and `column` (the user's own header).
 */
export interface Issue {
  code: string;
  path: (string | number)[];
  message: string;
  file?: string;
  row?: number;
  column?: string;
}

/** Result of validating one record: the parsed value or every issue found. */
export type ValidationResult<T> =
  | { success: true; data: T; issues: [] }
  | { success: false; data?: undefined; issues: Issue[] };

/** @internal */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    code: i.code === 'custom' ? String((i as { params?: { code?: string } }).params?.code ?? 'custom') : i.code,
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}
