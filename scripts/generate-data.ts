/**
 * Regenerates the bundled sample.
 *
 *   npx tsx scripts/generate-data.ts [--seed 20240615] [--enterprises 1200] [--items-scale 1] [--out data]
 *
 * Scale mode for benchmarks: `--enterprises 1000000 --items-scale 10 --out /tmp/cm-scale` streams the
 * enterprises to JSONL without holding them in memory.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ENTERPRISES, DEFAULT_SEED, generateSampleData } from './generator/generate.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    enterprises: { type: 'string', default: String(DEFAULT_ENTERPRISES) },
    'items-scale': { type: 'string', default: '1' },
    out: { type: 'string', default: 'data' },
    'no-reference': { type: 'boolean', default: false },
  },
});

const int = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`generate-data: --${name} must be an integer ≥ ${min} (got ${v})\n`);
    process.exit(2);
  }
  return n;
};

const started = Date.now();
const summary = await generateSampleData({
  outDir: resolve(values.out),
  seed: int('seed', values.seed, 0),
  enterprises: int('enterprises', values.enterprises, 1),
  itemsScale: int('items-scale', values['items-scale'], 1),
  reference: !values['no-reference'],
});
process.stdout.write(
  `seed ${summary.seed}: ${summary.themes} themes, ${summary.items} items, ${summary.enterprises} enterprises → ${resolve(values.out)} (${Date.now() - started} ms)\n`,
);
