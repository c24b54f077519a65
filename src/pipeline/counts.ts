// The accounting of one input: light, so the CLI can print it without loading the readers.

/** Counts of one input, reported in every summary: `in === accepted + rejected + skipped`. */
export interface InputCounts {
  /** The file, or the name a function source's rows are reported under. */
  file: string;
  /** Rows read (blank lines and rows of other parts not counted). */
  in: number;
  /** Rows that became enterprises. */
  accepted: number;
  /** Rows refused, each reported with its issues. */
  rejected: number;
  /** Rows read but not records: titles above the header, totals rows, note lines. */
  skipped: number;
}

/** `in = accepted + rejected` of one input, `+ skipped` when rows were skipped (读入 = 接受 + 拒绝 + 跳过 in Chinese). */
export const accounting = (c: InputCounts, lang: 'en' | 'zh' = 'en'): string =>
  lang === 'zh'
    ? `读入 ${c.in} = 接受 ${c.accepted} + 拒绝 ${c.rejected}${c.skipped > 0 ? ` + 跳过 ${c.skipped}` : ''}`
    : `${c.in} in = ${c.accepted} accepted + ${c.rejected} rejected${c.skipped > 0 ? ` + ${c.skipped} skipped` : ''}`;
