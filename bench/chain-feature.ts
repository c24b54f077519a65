/**
 * The chain feature's weights and rules (#13), measured: NDCG@10 of the default matcher with the bundled chain maps,
 * for each variant of `createChainFeature`'s options, on the development set (the default; tune here only) or
 * `--set heldout` (to report, not to choose).
 * Run: npx tsx bench/chain-feature.ts [--set dev|heldout] [variant name filter]
 *   (skips when ../shared/eval/companies.tsv is absent)
 */
import { parseArgs } from 'node:util';
import {
  createChainFeature,
  createMatcher,
  defaultFeatures,
  type ChainFeatureOptions,
  type ChainGapItem,
  type Enterprise,
} from '../src/index.js';
import { loadChainMaps } from '../src/node.js';
import { gradesFor, loadCompanies, ndcgAt } from './_lib/corpus.js';
import { QUERIES, type BenchQuery } from './queries.js';
import { HELDOUT_QUERIES } from './queries-heldout.js';

const args = parseArgs({ options: { set: { type: 'string', default: 'dev' } }, allowPositionals: true });
const qs: readonly BenchQuery[] = args.values.set === 'heldout' ? HELDOUT_QUERIES : QUERIES;
const companies = loadCompanies();
if (!companies) {
  console.log('bench/chain-feature: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const maps = await loadChainMaps();
const enterprises: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
const items: ChainGapItem[] = qs.map((q) => ({
  id: q.id,
  title: q.title,
  keywords: q.keywords,
  description: q.description,
  theme: q.theme,
}));
const grades = new Map(qs.map((q) => [q.id, gradesFor(q, companies)]));
const K = 10;

function run(chain: ChainFeatureOptions | undefined): number {
  const features = defaultFeatures();
  if (chain) features.push(createChainFeature(maps, chain));
  const matches = createMatcher({ features }).rank(items, enterprises, { top: K });
  const ranked = new Map<string, string[]>(qs.map((q) => [q.id, []]));
  for (const m of matches) ranked.get(m.itemId)!.push(m.enterpriseId);
  return qs.reduce((s, q) => s + ndcgAt(K, ranked.get(q.id)!, grades.get(q.id)!), 0) / qs.length;
}

const VARIANTS: [string, ChainFeatureOptions | undefined][] = JSON.parse(
  process.env.VARIANTS ??
    JSON.stringify([
      ['none', undefined],
      ['default', {}],
    ]),
);
const only = args.positionals[0];
console.log(`set ${args.values.set}: ${qs.length} queries, NDCG@${K}`);
for (const [name, opts] of VARIANTS) {
  if (only && !name.includes(only)) continue;
  console.log(`${name} | ${JSON.stringify(opts)} | ${run(opts).toFixed(4)}`);
}
