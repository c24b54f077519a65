import { mulberry32 } from '../../src/_lib/random.js';
import type { LabelledPair } from '../../src/eval/fit.js';

export const TRUE_WEIGHTS = { topic: 0.5, industry: 0.3, scale: 0.15, region: 0.05 } as const;
export const FEATURES = Object.keys(TRUE_WEIGHTS);

/**
 * Items × candidates with uniform feature values (some null), graded from the true score plus
 * Gaussian noise through fixed cut-offs: the setting the fitter's model assumes.
 */
export function syntheticPairs(seed: number, items = 60, candidates = 30, noise = 0.05): LabelledPair[] {
  const random = mulberry32(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < items; i++) {
    for (let c = 0; c < candidates; c++) {
      const values: Record<string, number | null> = {};
      let num = 0;
      let den = 0;
      for (const f of FEATURES) {
        const nullable = f === 'scale' || f === 'region';
        const v = nullable && random() < 0.2 ? null : random();
        values[f] = v;
        if (v !== null) {
          num += TRUE_WEIGHTS[f as keyof typeof TRUE_WEIGHTS] * v;
          den += TRUE_WEIGHTS[f as keyof typeof TRUE_WEIGHTS];
        }
      }
      const latent = num / den + noise * gauss();
      const grade = latent > 0.75 ? 3 : latent > 0.65 ? 2 : latent > 0.55 ? 1 : 0;
      pairs.push({
        itemId: `i${String(i).padStart(3, '0')}`,
        enterpriseId: `e${String(c).padStart(3, '0')}`,
        grade,
        values,
      });
    }
  }
  return pairs;
}
