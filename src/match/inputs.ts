import { firstSeen } from '../_lib/ids.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';
import type { Issue, ValidationResult } from '../schema/issue.js';
import { validateEnterprise, validateItem } from '../schema/validate.js';

/** Records as the matcher's methods take them, parsed once per input object (records are immutable, see `Matcher`). */
export interface RecordReader<T> {
  /** One record, or `undefined` with its issues appended, their paths under `path`. */
  one(input: unknown, path: (string | number)[], issues: Issue[]): T | undefined;
  /** The records of an array argument `name`; issues (invalid records, repeated ids, not an array) are appended. */
  list(input: unknown, name: string, issues: Issue[]): T[];
}

function recordReader<T extends { id: string }>(validate: (input: unknown) => ValidationResult<T>): RecordReader<T> {
  const parsed = new WeakMap<object, T>();
  const one = (input: unknown, path: (string | number)[], issues: Issue[]): T | undefined => {
    const known = typeof input === 'object' && input !== null ? parsed.get(input) : undefined;
    if (known) return known;
    const r = validate(input);
    if (r.success) parsed.set(input as object, r.data);
    else for (const i of r.issues) issues.push({ ...i, path: [...path, ...i.path] });
    return r.data;
  };
  const list = (input: unknown, name: string, issues: Issue[]): T[] => {
    if (!Array.isArray(input)) {
      const got =
        input === null || input === undefined
          ? String(input)
          : typeof input === 'object'
            ? 'an object'
            : `a ${typeof input}`;
      issues.push({ code: 'invalid_type', path: [name], message: `expected an array of ${name}, got ${got}` });
      return [];
    }
    const out: T[] = [];
    const seen = firstSeen<number>();
    // An index loop, not forEach: a hole is an issue too.
    for (let i = 0; i < input.length; i++) {
      const r = one(input[i], [name, i], issues);
      if (!r) continue;
      const at = seen(r.id, i);
      if (at !== undefined)
        issues.push({
          code: 'duplicate_id',
          path: [name, i, 'id'],
          message: `duplicate id '${r.id}' (first at ${name}[${at}])`,
        });
      out.push(r);
    }
    return out;
  };
  return { one, list };
}

/** Chain-gap items as `validateItem` reads them. */
export const itemRecords: RecordReader<ChainGapItem> = recordReader(validateItem);
/** Enterprises as `validateEnterprise` reads them. */
export const enterpriseRecords: RecordReader<Enterprise> = recordReader(validateEnterprise);
