/**
 * Runs every benchmark in turn (`npm run bench`): ranking quality and speed on the real corpus (the two development
 * sets and the held-out queries), industry-code inference coverage, Chinese/English agreement and precision against hand
 * labels (all skipped when ../shared/eval is absent), weight fitting on synthetic and real labels, and the scale series at its default
 * sizes (10,000 and 100,000 enterprises; pass sizes to bench/scale.ts for the 1,000,000 run).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const benches = [
  ['ndcg.ts', '--set', 'dev,dev2,heldout'],
  ['vocab-scan.ts'],
  ['infer-codes.ts'],
  ['infer-precision.ts', '--errors', 'none'],
  ['fit-synthetic.ts'],
  ['eval-real.ts'],
  ['scale.ts'],
];
let failed = 0;
for (const [b, ...args] of benches) {
  console.log(`\n== bench/${[b, ...args].join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, b!), ...args], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
