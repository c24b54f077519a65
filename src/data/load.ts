/**
 * Node-only loaders for the bundled sample in `data/`. Nothing is read at import time.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { firstSeen } from '../_lib/ids.js';
import {
  ChainGapItemSchema,
  EnterpriseSchema,
  SectorThemeSchema,
  type ChainGapItem,
  type Enterprise,
  type SectorTheme,
} from '../schema/domain.js';
import { toIssues, type Issue } from '../schema/issue.js';

/** The bundled sample, validated. Rows that fail validation are left out and reported in `issues`. */
export interface BundledData {
  /** The directory the files were read from. */
  dir: string;
  themes: SectorTheme[];
  items: ChainGapItem[];
  enterprises: Enterprise[];
  issues: Issue[];
}

/** File names inside the data directory. */
export const BUNDLED_FILES = Object.freeze({
  themes: 'themes.json',
  items: 'items.jsonl',
  enterprises: 'enterprises.jsonl',
});

function moduleDir(): string {
  // ESM builds and tsx have import.meta.url; CJS builds get an empty import.meta but have __dirname.
  // import.meta goes first: `node -e` defines a global __dirname of '.'.
  const url = (import.meta as { url?: string }).url;
  if (url) return dirname(fileURLToPath(url));
  if (typeof __dirname === 'string') return resolve(__dirname);
  return process.cwd();
}

/**
 * The package's `data/` directory, found by walking up from this module (it lives in `src/data/`
 * when run from source and in `dist/` once built). Falls back to `./data` under the working directory.
 * @example bundledDataDir() // '/…/node_modules/chainmatch/data'
 */
export function bundledDataDir(): string {
  let dir = moduleDir();
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'data', BUNDLED_FILES.themes))) return join(dir, 'data');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve('data');
}

/**
 * Loads and validates themes.json, items.jsonl and enterprises.jsonl from `dir` (default: the
 * bundled sample). Invalid rows and duplicate ids become issues with `file` and `row`; nothing throws
 * for bad data. A missing file is reported as an issue with code `missing_file`.
 * @example
 * const { items, enterprises, issues } = await loadBundledData();
 * // items.length ≥ 270, enterprises.length ≥ 1000, issues.length === 0
 */
export async function loadBundledData(dir: string = bundledDataDir()): Promise<BundledData> {
  const issues: Issue[] = [];
  const themes = await loadThemes(join(dir, BUNDLED_FILES.themes), issues);
  const items = await loadJsonl(join(dir, BUNDLED_FILES.items), ChainGapItemSchema, issues);
  const enterprises = await loadJsonl(join(dir, BUNDLED_FILES.enterprises), EnterpriseSchema, issues);
  return { dir, themes, items, enterprises, issues };
}

async function loadThemes(file: string, issues: Issue[]): Promise<SectorTheme[]> {
  if (!existsSync(file)) {
    issues.push({ code: 'missing_file', path: [], message: `no such file: ${file}`, file });
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    issues.push({ code: 'invalid_json', path: [], message: (err as Error).message, file, row: 0 });
    return [];
  }
  if (!Array.isArray(parsed)) {
    issues.push({ code: 'invalid_type', path: [], message: 'themes.json must hold an array', file, row: 0 });
    return [];
  }
  return collect(
    parsed.map((value, i) => ({ value, row: i + 1 })),
    SectorThemeSchema,
    file,
    issues,
  );
}

async function loadJsonl<S extends z.ZodType<{ id: string }>>(
  file: string,
  schema: S,
  issues: Issue[],
): Promise<z.output<S>[]> {
  if (!existsSync(file)) {
    issues.push({ code: 'missing_file', path: [], message: `no such file: ${file}`, file });
    return [];
  }
  const rows: { value: unknown; row: number }[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let row = 0;
  for await (const line of lines) {
    row++;
    if (line.trim() === '') continue;
    try {
      rows.push({ value: JSON.parse(line), row });
    } catch (err) {
      issues.push({ code: 'invalid_json', path: [], message: (err as Error).message, file, row });
    }
  }
  return collect(rows, schema, file, issues);
}

function collect<S extends z.ZodType<{ id: string }>>(
  rows: { value: unknown; row: number }[],
  schema: S,
  file: string,
  issues: Issue[],
): z.output<S>[] {
  const out: z.output<S>[] = [];
  const seen = firstSeen<number>();
  for (const { value, row } of rows) {
    const r = schema.safeParse(value);
    if (!r.success) {
      for (const issue of toIssues(r.error)) issues.push({ ...issue, file, row });
      continue;
    }
    const first = seen(r.data.id, row);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate_id',
        path: ['id'],
        message: `duplicate id ${r.data.id} (first on row ${first})`,
        file,
        row,
      });
      continue;
    }
    out.push(r.data);
  }
  return out;
}
