/**
 * Weight recovery on synthetic pairs generated from known weights (test/eval/_synthetic.ts):
 * max |fitted − true| weight error, held-out NDCG@10 against wrong defaults and uniform weights, and time.
 * Run: npx tsx bench/fit-synthetic.ts
 */
import { crossValidateWeights, fitWeights } from '../src/eval/index.js';
import { FEATURES, TRUE_WEIGHTS, syntheticPairs } from '../test/eval/_synthetic.js';

const wrongDefaults = { topic: 0.1, industry: 0.1, scale: 0.4, region: 0.4 };
const err = (w: Record<string, number>) =>
  Math.max(...FEATURES.map((f) => Math.abs(w[f]! - TRUE_WEIGHTS[f as keyof typeof TRUE_WEIGHTS])));

console.log(`true weights ${JSON.stringify(TRUE_WEIGHTS)}`);
console.log('loss | items×candidates | noise | max weight error over seeds 1–10 (mean / max) | ms per fit');
for (const loss of ['pairwise', 'logistic'] as const) {
  for (const [items, candidates, noise] of [
    [20, 20, 0.05],
    [60, 30, 0.05],
    [60, 30, 0.15],
    [200, 30, 0.05],
  ] as const) {
    const errors: number[] = [];
    const t0 = performance.now();
    for (let seed = 1; seed <= 10; seed++)
      errors.push(
        err(fitWeights(syntheticPairs(seed, items, candidates, noise), { features: FEATURES, loss }).weights),
      );
    const ms = (performance.now() - t0) / 10;
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    console.log(
      `${loss} | ${items}×${candidates} | ${noise} | ${mean.toFixed(4)} / ${Math.max(...errors).toFixed(4)} | ${ms.toFixed(0)}`,
    );
  }
}
const cv = crossValidateWeights(syntheticPairs(1), {
  features: FEATURES,
  defaultWeights: wrongDefaults,
  folds: 5,
  seed: 1,
});
console.log(
  `\n5-fold held-out NDCG@10 (60×30, noise 0.05): fitted ${cv.heldOut.fitted.toFixed(3)}, defaults ${JSON.stringify(wrongDefaults)} ${cv.heldOut.default.toFixed(3)}, uniform ${cv.heldOut.uniform.toFixed(3)}`,
);
for (const f of FEATURES) {
  const s = cv.spread[f]!;
  console.log(
    `  ${f.padEnd(9)} fitted ${cv.fitted.weights[f]!.toFixed(3)}  folds ${s.mean.toFixed(3)} ± ${s.std.toFixed(3)}  (true ${TRUE_WEIGHTS[f as keyof typeof TRUE_WEIGHTS]})`,
  );
}
