import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { knownFields, normalizeHeader } from '../../io/headers.js';
import type { Issue } from '../../schema/issue.js';
import { usageError } from './errors.js';
import type { InputOptions } from './input.js';
import type { Lang } from './lang.js';

/** Flags of the commands that read items and enterprises (`--items-sheet`, `--enterprises-sheet`, `--header-map`). */
export interface InputFlags {
  itemsSheet?: string;
  enterprisesSheet?: string;
  headerMap?: string;
}

/** Adds the input flags to a command that reads items and enterprises. */
export function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--items-sheet <name|n>',
        'XLSX: the items sheet, by name or 1-based position (default: the sheets whose header has an item title column)',
      ),
    )
    .addOption(
      new Option(
        '--enterprises-sheet <name|n>',
        'XLSX: the enterprises sheet (default: the sheets whose header has an enterprise name column)',
      ),
    )
    .addOption(
      new Option(
        '--header-map <file>',
        'your column names → fields: JSON {"列名": "field"} or a two-column CSV (列名,field); applies to items and enterprises by field',
      ),
    );
}

/** What a header-map file maps, split by the kind whose field each entry names. */
export interface HeaderMaps {
  item: Record<string, string>;
  enterprise: Record<string, string>;
}

const fieldsOf = (kind: 'item' | 'enterprise'): Set<string> => new Set(knownFields(kind).map((f) => f.field));

/**
 * Reads a header map: a JSON object `{ "your column": "field" }` or a CSV of two columns (your column, field; a
 * first row whose second cell is no field is a header). Each entry applies to the kinds that have its field; a
 * field no kind has is a usage error.
 */
export async function readHeaderMap(file: string): Promise<HeaderMaps> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
  } catch (e) {
    throw usageError(`--header-map ${file}: cannot read (${(e as { code?: string }).code ?? String(e)})`);
  }
  const item = fieldsOf('item');
  const enterprise = fieldsOf('enterprise');
  let entries: [string, unknown][];
  if (/\.json$/iu.test(file) || text.trimStart().startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw usageError(`--header-map ${file}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw usageError(`--header-map ${file}: expected a JSON object of "your column": "field"`);
    entries = Object.entries(data);
  } else {
    const { parse: parseCsv } = await import('csv-parse/sync');
    let rows: string[][];
    try {
      rows = parseCsv(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    } catch (e) {
      throw usageError(`--header-map ${file}: not a readable CSV (${(e as Error).message})`);
    }
    entries = rows.map((r) => [r[0] ?? '', r[1] ?? ''] as [string, unknown]);
    const first = entries[0];
    if (first && typeof first[1] === 'string' && !item.has(first[1]) && !enterprise.has(first[1])) entries.shift();
  }
  const out: HeaderMaps = { item: {}, enterprise: {} };
  for (const [column, field] of entries) {
    if (typeof field !== 'string' || column.trim() === '' || normalizeHeader(column) === '')
      throw usageError(`--header-map ${file}: '${column}' must map to a field name`);
    const inItem = item.has(field);
    const inEnterprise = enterprise.has(field);
    if (!inItem && !inEnterprise) {
      throw usageError(
        `--header-map ${file}: '${column}' → '${field}': no such field (items: ${[...item].join(', ')}; enterprises: ${[...enterprise].join(', ')})`,
      );
    }
    if (inItem) out.item[column] = field;
    if (inEnterprise) out.enterprise[column] = field;
  }
  return out;
}

/** The read options of the items and the enterprises from the command's flags. */
export async function inputOptions(flags: InputFlags): Promise<{ items: InputOptions; enterprises: InputOptions }> {
  const maps = flags.headerMap ? await readHeaderMap(flags.headerMap) : undefined;
  const one = (sheet: string | undefined, map: Record<string, string> | undefined): InputOptions => ({
    ...(sheet ? { sheet } : {}),
    ...(map && Object.keys(map).length > 0 ? { headerMap: map } : {}),
  });
  return { items: one(flags.itemsSheet, maps?.item), enterprises: one(flags.enterprisesSheet, maps?.enterprise) };
}

/** The same in Chinese, `{n}` standing for the count. */
const NOTICE_LABELS_ZH: Record<string, string> = {
  above_header: '表头上方 {n} 行',
  totals_row: '合计行 {n} 行',
  note_row: '注释行 {n} 行',
  unknown_column: '{n} 列保留在 extra',
  duplicate_column: '重复列 {n} 列',
  sheet_skipped: '{n} 张工作表未读',
  cell_ignored: '{n} 个单元格留空',
  unit_converted: '{n} 列换算了单位',
  auto_id: '{n} 个文件自动编号',
  header_rows: '{n} 个两行表头',
  decoded_encoding: '{n} 个文件按 GB18030 解码',
  invalid_bytes: '{n} 个文件含无法解码的字节',
};

const NOTICE_LABELS: Record<string, string> = {
  above_header: 'rows above the header',
  totals_row: 'totals rows',
  note_row: 'note lines',
  unknown_column: 'columns kept in extra',
  duplicate_column: 'duplicate columns',
  sheet_skipped: 'sheets passed over',
  cell_ignored: 'cells left empty',
  unit_converted: 'columns with converted units',
  auto_id: 'files with automatic ids',
  header_rows: 'two-row headers',
  decoded_encoding: 'files decoded from GB18030',
  invalid_bytes: 'files with undecodable bytes',
};

/**
 * One line summing up what reading the inputs noticed (rows skipped, columns kept in extra, cells left empty …),
 * or undefined when there is nothing to say.
 * @example summarizeNotices(issues) // 'read: 2 rows above the header, 1 totals rows, 3 cells left empty (--verbose lists them)'
 */
export function summarizeNotices(notices: readonly Issue[], lang: Lang = 'en'): string | undefined {
  if (notices.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const n of notices) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
  if (lang === 'zh')
    return `读取：${[...counts].map(([code, n]) => (NOTICE_LABELS_ZH[code] ?? `${code} {n}`).replace('{n}', String(n))).join('，')}（--verbose 逐条列出）`;
  const parts = [...counts].map(([code, n]) => `${n} ${NOTICE_LABELS[code] ?? code}`);
  return `read: ${parts.join(', ')} (--verbose lists them)`;
}
