import { z } from 'zod';

const LIST_SEPARATORS = /[,，、;；|\n]+/u;

/** @internal A finite number; numeric strings (as CSV cells arrive) are accepted, blanks mean "missing". */
export const finiteNumber = z.preprocess(
  (v) => {
    if (typeof v === 'string') {
      const t = v.replace(/[,，\s]/gu, '');
      if (t === '') return undefined;
      const n = Number(t);
      return Number.isNaN(n) ? v : n;
    }
    return v;
  },
  z.number().refine(Number.isFinite, { message: 'must be a finite number' }),
);

/** @internal Optional string that treats blank as missing and caps length (hostile input). */
export const text = (max = 20_000) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().max(max, { message: `longer than ${max} characters` }),
  );

/** @internal A list of short strings; a delimited string ("a、b；c") is split. */
export const stringList = (maxItems = 500) =>
  z.preprocess(
    (v) => {
      if (typeof v === 'string')
        return v
          .split(LIST_SEPARATORS)
          .map((s) => s.trim())
          .filter(Boolean);
      if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? String(x) : x));
      return v;
    },
    z.array(z.string().max(500)).max(maxItems),
  );

/** @internal Boolean from booleans or the words people type in spreadsheets. */
export const flexibleBoolean = z.preprocess((v) => {
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (['true', 'yes', 'y', '1', '是', '有', '√', 'x'].includes(t)) return true;
    if (['false', 'no', 'n', '0', '否', '无', '没有', ''].includes(t)) return t === '' ? undefined : false;
  }
  if (v === 1) return true;
  if (v === 0) return false;
  return v;
}, z.boolean());

/** @internal C0 controls, DEL and C1 controls: no identifier holds one. */
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/**
 * @internal Identifier: non-empty trimmed string or integer, without control characters (an id ends up in
 * file names, terminals and HTML; a newline or ESC inside one is a broken row, not a name).
 */
export const identifier = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' ? v.trim() : v),
  z
    .string()
    .min(1, { message: 'is required' })
    .max(200)
    .superRefine((id, ctx) => {
      const c = CONTROL_CHARACTER.exec(id)?.[0];
      if (c === undefined) return;
      const hex = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      ctx.addIssue({
        code: 'custom',
        message: `must not contain control characters (U+${hex})`,
        params: { code: 'control_character' },
      });
    }),
);

/** @internal An embedding vector: finite numbers only. */
export const embedding = z
  .array(z.number().refine(Number.isFinite, { message: 'must be finite' }))
  .min(1)
  .max(4096);

/**
 * @internal An enumerated field that accepts English values and their Chinese names.
 * `aliases` maps every accepted spelling (lower-cased) to the canonical value.
 */
export function bilingualEnum<const T extends string>(values: readonly T[], aliases: Record<string, T>, label: string) {
  const table = new Map<string, T>();
  for (const v of values) table.set(v.toLowerCase(), v);
  for (const [k, v] of Object.entries(aliases)) table.set(k.toLowerCase(), v);
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (table.get(v.trim().toLowerCase()) ?? v)) : v),
    z.enum(values as unknown as [T, ...T[]], {
      message: `${label} must be one of ${[...table.keys()].join(' / ')}`,
    }),
  );
}
