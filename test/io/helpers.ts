import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Issue } from '../../src/schema/issue.js';
import type { Match } from '../../src/schema/match.js';
import { readRecords, type ReadOptions, type RawRow } from '../../src/io/index.js';

export async function tempDir(): Promise<{
  dir: string;
  path: (name: string) => string;
  list: () => Promise<string[]>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'chainmatch-io-'));
  return {
    dir,
    path: (name) => join(dir, name),
    list: async () => (await readdir(dir)).sort(),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function readAll(file: string, opts: ReadOptions): Promise<{ rows: RawRow[]; warnings: Issue[] }> {
  const warnings: Issue[] = [];
  const rows = await collect(readRecords(file, { ...opts, onWarning: (w) => warnings.push(w) }));
  return { rows, warnings };
}

/** A stream standing in for stdout, collecting what is written. */
export function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export const sampleMatches: Match[] = [
  {
    itemId: 'AE-001',
    enterpriseId: 'E1',
    rank: 1,
    score: 0.6712345678901234,
    contributions: { text: 0.32, keywords: 0.12123456789, industryCode: 0.1, region: 0.08, scale: 0.0488888888901234 },
    matchedTerms: ['动力电池', 'BMS', '=1+1'],
    reason: {
      zh: '主营动力电池系统，行业代码一致，来自东部沿海。',
      en: 'Makes battery systems; same industry code; eastern coast.',
    },
    theme: 'advanced-equipment',
  },
  {
    itemId: 'AE-001',
    enterpriseId: 'E2',
    rank: 2,
    score: 0.25,
    contributions: { text: 0.2, region: 0.05 },
    matchedTerms: [],
    reason: { zh: '=HYPERLINK("http://evil","点我")', en: '-2+3' },
    theme: 'advanced-equipment',
  },
  {
    itemId: 'NM-001',
    enterpriseId: 'E3',
    rank: 1,
    score: 0.5,
    contributions: { text: 0.3, industryCode: 0.15, asean: 0.05 },
    matchedTerms: ['铝合金', 'a,b "quoted"', '多\n行'],
    reason: { zh: '@SUM(A1)，含逗号,与"引号"', en: '\ttab first' },
    theme: 'new-materials',
  },
];
