/**
 * Weight fitting on the real corpus: the query set (bench/queries.ts, CICS level-4 relevance) is split
 * in two seeded halves; weights are fitted on the candidate pools of one half and evaluated end to end
 * (full ranking over every company) on the other, against the default weights — and vice versa.
 * Run: npx tsx bench/eval-real.ts [seed]   (skips when ../shared/eval/companies.tsv is absent)
 * Nothing fitted here is saved: the corpus is third-party and must not flow into the project.
 */
import { createMatcher, type ChainGapItem, type Enterprise, type Match } from '../src/index.js';
import { crossValidateWeights, evaluate, labelledPairs, type Label } from '../src/eval/index.js';
import { gradesFor, loadCompanies } from './_lib/corpus.js';
import { QUERIES, type BenchQuery } from './queries.js';

const companies = loadCompanies();
if (!companies) {
  console.log('bench/eval-real: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const K = 10;
const POOL = 100; // candidates per query the fit sees: the default matcher's top 100
const seed = Number(process.argv[2] ?? 1);

const enterprises: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
const toItem = (q: BenchQuery): ChainGapItem => ({
  id: q.id,
  title: q.title,
  keywords: q.keywords,
  description: q.description,
  theme: q.theme,
});
const allLabels: Label[] = QUERIES.flatMap((q) =>
  [...gradesFor(q, companies)].map(([enterpriseId, grade]) => ({ itemId: q.id, enterpriseId, grade })),
);

// Seeded split of the queries into halves (mulberry32 + Fisher–Yates).
let s = seed >>> 0;
const random = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const order = [...QUERIES];
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const halves = { A: order.slice(0, order.length / 2), B: order.slice(order.length / 2) };

const base = createMatcher();
const description = base.describe();
const features = description.features;
const metricsOf = (matches: Match[], qs: readonly BenchQuery[]) => {
  const ids = new Set(qs.map((q) => q.id));
  return evaluate(
    matches,
    allLabels.filter((l) => ids.has(l.itemId)),
    { k: K, relevantGrade: 1 },
  ).mean;
};

function fitOn(qs: readonly BenchQuery[]) {
  const items = qs.map(toItem);
  const pool = base.rank(items, enterprises, { top: POOL });
  const graded = new Map(allLabels.map((l) => [`${l.itemId}\u0000${l.enterpriseId}`, l.grade]));
  // Every pooled candidate is labelled: its CICS grade, else 0.
  const labels: Label[] = pool.map((m) => ({
    itemId: m.itemId,
    enterpriseId: m.enterpriseId,
    grade: graded.get(`${m.itemId}\u0000${m.enterpriseId}`) ?? 0,
  }));
  const { pairs } = labelledPairs(base, items, enterprises, labels);
  return {
    pairs,
    cv: crossValidateWeights(pairs, { features, defaultWeights: description.weights, folds: 5, seed, k: K }),
  };
}

const applicable = (pairs: { values: Record<string, number | null | undefined> }[]) =>
  Object.fromEntries(
    features.map((f) => [f, pairs.filter((p) => typeof p.values[f] === 'number').length / Math.max(1, pairs.length)]),
  );

console.log(
  `corpus: ${companies.length} companies, ${QUERIES.length} queries split ${halves.A.length}/${halves.B.length} (seed ${seed}); fit pool: top ${POOL} per query; NDCG@${K}`,
);
const f3 = (x: number) => x.toFixed(3);
for (const [train, test] of [
  ['A', 'B'],
  ['B', 'A'],
] as const) {
  const t0 = performance.now();
  const { pairs, cv } = fitOn(halves[train]);
  const fitMs = performance.now() - t0;
  const testItems = halves[test].map(toItem);
  const fittedMatcher = base.withWeights(cv.fitted.weights);
  const mDefault = metricsOf(base.rank(testItems, enterprises, { top: K }), halves[test]);
  const mFitted = metricsOf(fittedMatcher.rank(testItems, enterprises, { top: K }), halves[test]);
  const share = applicable(pairs);
  console.log(
    `\nfit on half ${train} (${pairs.length} pairs, ${cv.items} queries, ${fitMs.toFixed(0)} ms; converged ${cv.fitted.converged} after ${cv.fitted.iterations} iterations; scale ${cv.fitted.scale.toFixed(1)}, objective ${cv.fitted.objective.toFixed(4)}):`,
  );
  console.log('  feature        applies  default  fitted  5-fold mean ± std  min–max');
  for (const f of features) {
    const sp = cv.spread[f]!;
    console.log(
      `  ${f.padEnd(13)}  ${(100 * share[f]!).toFixed(0).padStart(6)}%  ${f3(cv.defaultWeights[f]!).padStart(7)}  ${f3(cv.fitted.weights[f]!).padStart(6)}  ${f3(sp.mean)} ± ${f3(sp.std)}      ${f3(sp.min)}–${f3(sp.max)}`,
    );
  }
  console.log(
    `  within half ${train}, held-out re-ranking of the pool (5-fold by query): NDCG@${K} fitted ${f3(cv.heldOut.fitted)}, default ${f3(cv.heldOut.default)}, uniform ${f3(cv.heldOut.uniform)}`,
  );
  console.log(`  on half ${test}, full ranking of all ${enterprises.length} companies:`);
  console.log(
    `    default: NDCG@${K} ${f3(mDefault.ndcg)}  P@${K} ${f3(mDefault.precision)}  MAP ${f3(mDefault.map)}  MRR ${f3(mDefault.mrr)}`,
  );
  console.log(
    `    fitted:  NDCG@${K} ${f3(mFitted.ndcg)}  P@${K} ${f3(mFitted.precision)}  MAP ${f3(mFitted.map)}  MRR ${f3(mFitted.mrr)}`,
  );
  console.log(
    `    change:  NDCG@${K} ${mFitted.ndcg - mDefault.ndcg >= 0 ? '+' : ''}${f3(mFitted.ndcg - mDefault.ndcg)}`,
  );
}
