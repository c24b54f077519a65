/** Loads the third-party evaluation corpus from ../shared/eval (never copied into the project). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { BenchQuery } from '../queries.js';

export const CORPUS_PATH = fileURLToPath(new URL('../../../shared/eval/companies.tsv', import.meta.url));

export interface Company {
  code: string;
  name: string;
  desc: string;
  /** The English description (`desc_en`), empty when the corpus has none. */
  descEn: string;
  l3: string;
  l4: string;
}

/** The companies with a description and a CICS level-4 label, or undefined when the corpus is absent. */
export function loadCompanies(path = process.env.CHAINMATCH_EVAL ?? CORPUS_PATH): Company[] | undefined {
  if (!existsSync(path)) return undefined;
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  const [ci, ni, di, ei, l3i, l4i] = [
    at('code'),
    at('name'),
    at('desc_zh'),
    at('desc_en'),
    at('cics_l3'),
    at('cics_l4'),
  ];
  return lines
    .map((l) => l.split('\t'))
    .map((c) => ({
      code: c[ci]!,
      name: c[ni]!,
      desc: c[di] ?? '',
      descEn: (c[ei] ?? '').trim(),
      l3: c[l3i] ?? '',
      l4: c[l4i] ?? '',
    }))
    .filter((c) => c.code && c.desc && c.l4);
}

/** Graded relevance: 2 for a listed level-4 label, 1 for the same level 3. */
export function gradesFor(q: BenchQuery, companies: readonly Company[]): Map<string, number> {
  const l3s = new Set(companies.filter((c) => q.l4.includes(c.l4)).map((c) => c.l3));
  const g = new Map<string, number>();
  for (const c of companies) {
    if (q.l4.includes(c.l4)) g.set(c.code, 2);
    else if (l3s.has(c.l3)) g.set(c.code, 1);
  }
  return g;
}

/** NDCG@k with gain 2^g − 1 and log2 discount. */
export function ndcgAt(k: number, ranked: readonly string[], grades: ReadonlyMap<string, number>): number {
  const dcg = ranked.slice(0, k).reduce((s, id, i) => s + (2 ** (grades.get(id) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 0;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' }) as (s: string) => string;
// Valid pinyin syllables with tone marks; the annotation is synthetic (the syllable is picked by code point),
// which is all a normalizer that must strip annotations needs.
const SYLLABLES = [
  'chǎn',
  'yè',
  'zhuǎn',
  'fā',
  'jìn',
  'zhì',
  'xiàng',
  'lián',
  'qiáng',
  'bǔ',
  'gōng',
  'xīn',
  'liào',
  'diàn',
  'zǐ',
];
const annotate = (s: string) =>
  s.replace(/\p{Script=Han}/gu, (c) => `${c}(${SYLLABLES[c.codePointAt(0)! % SYLLABLES.length]})`);

/** The query set in one script variant: as written, Traditional, or Traditional with inline pinyin (as in the seed). */
export function variant(qs: readonly BenchQuery[], kind: 'simplified' | 'traditional' | 'pinyin'): BenchQuery[] {
  const f =
    kind === 'simplified'
      ? (s: string) => s
      : kind === 'traditional'
        ? toTraditional
        : (s: string) => annotate(toTraditional(s));
  return qs.map((q) => ({ ...q, title: f(q.title), description: f(q.description), keywords: q.keywords.map(f) }));
}
