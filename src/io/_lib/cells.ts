/** @internal Characters that make a spreadsheet treat a cell as a formula (or DDE payload). */
export const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Apostrophes, then a formula trigger: what {@link escapeFormula} prefixes and {@link unescapeFormula} strips. */
const quotedTrigger = (value: string, minQuotes: number): boolean => {
  let i = 0;
  while (value[i] === "'") i++;
  return i >= minQuotes && i < value.length && FORMULA_TRIGGERS.has(value[i]!);
};

/**
 * Neutralises spreadsheet formula injection: a string starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, which spreadsheet programs read as "text". A string that already
 * starts with apostrophes before such a character gets one more, so reading it back gives it exactly.
 * @example escapeFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function escapeFormula(value: string): string {
  return quotedTrigger(value, 0) ? `'${value}` : value;
}

/** @internal Undoes {@link escapeFormula} on a cell read back from CSV/XLSX. */
export function unescapeFormula(value: string): string {
  return quotedTrigger(value, 1) ? value.slice(1) : value;
}

/** @internal A date as `YYYY-MM-DD`, or a full ISO timestamp when it has a time of day. */
export function dateToString(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * @internal An exceljs cell value as a plain primitive: rich text joined, formulas replaced
 * by their cached result, hyperlinks by their text, errors by their code (`#N/A`).
 */
export function cellPrimitive(v: unknown): string | number | boolean | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (v instanceof Date) return dateToString(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => (r && typeof r === 'object' ? String((r as { text?: unknown }).text ?? '') : ''))
        .join('');
    if ('formula' in o || 'sharedFormula' in o) return cellPrimitive(o.result);
    if ('error' in o) return String(o.error);
    if ('text' in o) return cellPrimitive(o.text);
  }
  return undefined;
}

/** @internal Quotes one CSV field when needed (RFC 4180). */
export function csvField(value: string, delimiter: string): string {
  if (value === '') return '';
  if (
    value.includes('"') ||
    value.includes(delimiter) ||
    value.includes('\n') ||
    value.includes('\r') ||
    /^\s|\s$/u.test(value)
  ) {
    return `"${value.replace(/"/gu, '""')}"`;
  }
  return value;
}

/** @internal One CSV line (with CRLF) from cells; strings are formula-escaped, numbers written in full precision. */
export function csvLine(cells: readonly (string | number | boolean | undefined | null)[], delimiter = ','): string {
  return (
    cells
      .map((c) => {
        if (c === undefined || c === null) return '';
        if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
        if (typeof c === 'boolean') return c ? 'true' : 'false';
        return csvField(escapeFormula(c), delimiter);
      })
      .join(delimiter) + '\r\n'
  );
}
