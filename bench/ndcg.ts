/**
 * Ranking quality and speed on real text: NDCG@10 of chainmatch (with the bundled chain maps) against a MiniSearch BM25 baseline
 * (Intl.Segmenter tokens), for the queries as written, in Traditional script, and with inline pinyin.
 * Run: npx tsx bench/ndcg.ts [--set dev|dev2|heldout|all|dev,dev2] [method filter]
 *   (skips when ../shared/eval/companies.tsv is absent). `dev` (default) are the 44 queries of ./queries.ts the code
 *   was developed on; `dev2` the 30 of ./queries-dev2.ts, written in round
 *   six as a second development set; `heldout` the 43 of ./queries-heldout.ts, not to be tuned on; `all` the three
 *   as one set; a comma-separated list prints one table per set.
 * Rows marked `english descriptions` rank the same (Chinese) queries against the companies' English descriptions
 * (`desc_en`; the name is left out, it is Chinese in the corpus, so the firm is known by its code alone), as a foreign
 * or ASEAN firm writes; graded by the same labels.
 */
import { parseArgs } from 'node:util';
import { createMatcher, type Enterprise, type MatcherOptions, type TokenizerOptions } from '../src/index.js';
import { loadChainMaps } from '../src/node.js';
import { miniSearch as baseline, toItem } from './_lib/baseline.js';
import { gradesFor, loadCompanies, ndcgAt, variant } from './_lib/corpus.js';
import { QUERIES, type BenchQuery } from './queries.js';
import { DEV2_QUERIES } from './queries-dev2.js';
import { HELDOUT_QUERIES } from './queries-heldout.js';

const SETS: Record<string, readonly BenchQuery[]> = {
  dev: QUERIES,
  dev2: DEV2_QUERIES,
  heldout: HELDOUT_QUERIES,
  all: [...QUERIES, ...DEV2_QUERIES, ...HELDOUT_QUERIES],
};
const args = parseArgs({ options: { set: { type: 'string', default: 'dev' } }, allowPositionals: true });
const setNames = args.values.set.split(',');
for (const name of setNames) {
  if (!SETS[name]) {
    console.error(`bench/ndcg: unknown --set ${name} (dev, dev2, heldout, all)`);
    process.exit(2);
  }
}

const companies = loadCompanies();
if (!companies) {
  console.log('bench/ndcg: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const K = 10;
const maps = await loadChainMaps();
const labels = new Set(companies.map((c) => c.l4));
for (const q of SETS.all!)
  for (const l of q.l4)
    if (!labels.has(l)) throw new Error(`bench/ndcg: query ${q.id} names '${l}', no CICS level-4 label of the corpus`);
const grades = new Map(SETS.all!.map((q) => [q.id, gradesFor(q, companies)]));
const enterprisesZh: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
// English descriptions name the firm in English already; the corpus name column is Chinese and would leak.
const enterprisesEn: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.code, description: c.descEn }));
function miniSearch(qs: BenchQuery[], enterprises: readonly Enterprise[] = enterprisesZh): Map<string, string[]> {
  return baseline(qs, enterprises, K);
}

function chainmatch(
  qs: BenchQuery[],
  tokenizer: TokenizerOptions,
  options: Omit<MatcherOptions, 'tokenizer'> = {},
  enterprises: readonly Enterprise[] = enterprisesZh,
): Map<string, string[]> {
  const matches = createMatcher({ chains: maps, ...options, tokenizer }).rank(qs.map(toItem), enterprises, { top: K });
  const out = new Map<string, string[]>(qs.map((q) => [q.id, []]));
  for (const m of matches) out.get(m.itemId)!.push(m.enterpriseId);
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function score(run: Map<string, string[]>, qs: readonly BenchQuery[]): number {
  return mean(qs.map((q) => ndcgAt(K, run.get(q.id) ?? [], grades.get(q.id)!)));
}

const methods: [string, (qs: BenchQuery[]) => Map<string, string[]>][] = [
  ['minisearch-bm25 (baseline)', miniSearch],
  ['chainmatch default (segmenter, inferred codes, chain maps)', (qs) => chainmatch(qs, {})],
  ['chainmatch without the chain feature', (qs) => chainmatch(qs, {}, { chains: undefined })],
  ['chainmatch without code inference', (qs) => chainmatch(qs, {}, { inferCodes: false })],
  ['chainmatch segmenter + bigrams', (qs) => chainmatch(qs, { chinese: 'segmenter', bigrams: true })],
  ['chainmatch segmenter, no thesaurus', (qs) => chainmatch(qs, { thesaurus: false })],
  ['chainmatch jieba', (qs) => chainmatch(qs, { chinese: 'jieba' })],
  ['chainmatch jieba + bigrams', (qs) => chainmatch(qs, { chinese: 'jieba', bigrams: true })],
  ['chainmatch jieba-search', (qs) => chainmatch(qs, { chinese: 'jieba-search' })],
  ['chainmatch bigram', (qs) => chainmatch(qs, { chinese: 'bigram' })],
  ['english descriptions: minisearch-bm25 (baseline)', (qs) => miniSearch(qs, enterprisesEn)],
  ['english descriptions: chainmatch default', (qs) => chainmatch(qs, {}, {}, enterprisesEn)],
];
const only = args.positionals[0];
for (const setName of setNames) {
  const qs = SETS[setName]!;
  console.log(`\nset ${setName}: corpus ${companies.length} companies, ${qs.length} queries, NDCG@${K}`);
  console.log(
    ['method', 'simplified', 'traditional', 'pinyin', 'ms (simplified, index+rank)', 'time ratio vs baseline'].join(
      ' | ',
    ),
  );
  let baseMs = 0;
  // Rows of the English descriptions are timed against their own baseline.
  let baseEnMs = 0;
  for (const [name, run] of methods) {
    if (only && !name.includes(only) && !name.includes('baseline')) continue;
    run(variant(qs, 'simplified')); // warm-up (lazy loads, JIT)
    const t0 = performance.now();
    const simple = run(variant(qs, 'simplified'));
    const ms = performance.now() - t0;
    const english = name.startsWith('english');
    if (english && !baseEnMs) baseEnMs = ms;
    if (!baseMs) baseMs = ms;
    const base = english ? baseEnMs : baseMs;
    const s = score(simple, qs);
    const t = score(run(variant(qs, 'traditional')), qs);
    const p = score(run(variant(qs, 'pinyin')), qs);
    console.log([name, s.toFixed(3), t.toFixed(3), p.toFixed(3), ms.toFixed(0), (ms / base).toFixed(2)].join(' | '));
  }
}
