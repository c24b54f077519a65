/**
 * Relevance labels from loosely typed rows (CSV cells, JSON values). Pure: no I/O.
 */
import type { Issue } from '../schema/issue.js';
import { outcomeToGrade } from './fit.js';
import type { Label } from './metrics.js';

/** Result of {@link parseLabel}. */
export type LabelResult = { ok: true; label: Label } | { ok: false; issues: Issue[] };

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/**
 * One label from a row with `itemId`, `enterpriseId` and `grade`. The grade may be a number ≥ 0,
 * a numeric string, or a project outcome (`signed`, `started`, 开工 … see {@link outcomeToGrade}).
 * Problems come back as issues, never thrown.
 * @example parseLabel({ itemId: 'I1', enterpriseId: 'E7', grade: '竣工' }) // { ok: true, label: { …, grade: 4 } }
 */
export function parseLabel(record: Readonly<Record<string, unknown>>): LabelResult {
  const issues: Issue[] = [];
  const itemId = text(record.itemId);
  const enterpriseId = text(record.enterpriseId);
  if (!itemId) issues.push({ code: 'invalid_label', path: ['itemId'], message: 'itemId is required' });
  if (!enterpriseId)
    issues.push({ code: 'invalid_label', path: ['enterpriseId'], message: 'enterpriseId is required' });
  const g = record.grade;
  let grade: number | undefined;
  if (typeof g === 'number') grade = g;
  else if (typeof g === 'string' && g.trim() !== '') {
    const n = Number(g.trim());
    grade = Number.isNaN(n) ? outcomeToGrade(g) : n;
  }
  if (grade === undefined || !Number.isFinite(grade) || grade < 0) {
    issues.push({
      code: 'invalid_label',
      path: ['grade'],
      message: `grade must be a number ≥ 0 or an outcome (rejected, signed, agreement, started, completed), got ${JSON.stringify(g ?? null)}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, label: { itemId: itemId!, enterpriseId: enterpriseId!, grade: grade! } };
}
