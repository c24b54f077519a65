import type { z } from 'zod';
import { firstSeen } from '../_lib/ids.js';
import {
  ChainGapItemSchema,
  EnterpriseSchema,
  SectorThemeSchema,
  type ChainGapItem,
  type Enterprise,
  type SectorTheme,
} from './domain.js';
import { toIssues, type Issue, type ValidationResult } from './issue.js';

function validator<T>(schema: z.ZodType<T>) {
  return (input: unknown): ValidationResult<T> => {
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      return { success: false, issues: [{ code: 'invalid_type', path: [], message: 'expected an object' }] };
    const r = schema.safeParse(input);
    return r.success ? { success: true, data: r.data, issues: [] } : { success: false, issues: toIssues(r.error) };
  };
}

/**
 * Validates one chain-gap item, returning every issue (never throwing on bad data).
 * @example validateItem({ id: 'i1', title: '锂电池正极材料', gapType: '补链' }).data?.gapType // 'fill'
 */
export const validateItem: (input: unknown) => ValidationResult<ChainGapItem> = validator(ChainGapItemSchema);
/**
 * Validates one enterprise.
 * @example validateEnterprise({ id: 'e1', name: '某某科技有限公司', revenue: '12.5' }).data?.revenue // 12.5
 */
export const validateEnterprise: (input: unknown) => ValidationResult<Enterprise> = validator(EnterpriseSchema);
/** Validates one theme. */
export const validateTheme: (input: unknown) => ValidationResult<SectorTheme> = validator(SectorThemeSchema);

/**
 * Validates a list: accepted records plus every rejected one with its issues (`row` is the 1-based position).
 * Duplicate ids are rejected with code `duplicate_id`. `rows.length === accepted.length + rejected.length`.
 * @example validateMany(rows, validateEnterprise)
 */
export function validateMany<T extends { id: string }>(
  rows: readonly unknown[],
  validate: (input: unknown) => ValidationResult<T>,
): { accepted: T[]; rejected: { row: number; input: unknown; issues: Issue[] }[] } {
  const accepted: T[] = [];
  const rejected: { row: number; input: unknown; issues: Issue[] }[] = [];
  const seen = firstSeen<number>();
  rows.forEach((input, i) => {
    const r = validate(input);
    if (!r.success) rejected.push({ row: i + 1, input, issues: r.issues.map((x) => ({ ...x, row: i + 1 })) });
    else if (seen(r.data.id, i + 1) !== undefined)
      rejected.push({
        row: i + 1,
        input,
        issues: [{ code: 'duplicate_id', path: ['id'], message: `duplicate id '${r.data.id}'`, row: i + 1 }],
      });
    else accepted.push(r.data);
  });
  return { accepted, rejected };
}
