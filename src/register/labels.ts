import type { SignedProject } from './schema.js';
import { byString } from '../_lib/order.js';

/** A graded relevance label for weight fitting (same shape as the evaluation `Label`). */
export interface ProjectLabel {
  itemId: string;
  enterpriseId: string;
  /** signed 1 < agreement 2 < started 3 < completed 4. */
  grade: number;
}

/** Grades of the register's outcomes: 签约 1, 投资协议 2, 开工 3, 竣工投产 4. */
export const OUTCOME_GRADES = Object.freeze({ signed: 1, agreement: 2, started: 3, completed: 4 });

/**
 * Turns a register into graded labels for weight fitting: one per (item, enterprise) pair of
 * projects linked to both, graded by how far the project got (the best grade when a pair
 * has several projects). Sorted by item id, then enterprise id.
 * @example registerToLabels(projects) // [{ itemId: 'i1', enterpriseId: 'e9', grade: 3 }, …]
 */
export function registerToLabels(projects: Iterable<SignedProject>): ProjectLabel[] {
  const best = new Map<string, ProjectLabel>();
  for (const p of projects) {
    if (p.itemId === undefined || p.enterpriseId === undefined) continue;
    const grade =
      p.completedAt !== undefined || p.stage === 'completed'
        ? OUTCOME_GRADES.completed
        : p.startedAt !== undefined || p.stage === 'started' || p.stage === 'construction'
          ? OUTCOME_GRADES.started
          : p.agreementAt !== undefined
            ? OUTCOME_GRADES.agreement
            : OUTCOME_GRADES.signed;
    const key = `${p.itemId}\u0000${p.enterpriseId}`;
    const prev = best.get(key);
    if (!prev || grade > prev.grade) best.set(key, { itemId: p.itemId, enterpriseId: p.enterpriseId, grade });
  }
  return [...best.values()].sort((a, b) => byString(a.itemId, b.itemId) || byString(a.enterpriseId, b.enterpriseId));
}
