/**
 * Scale benchmark: generated enterprises (JSONL, streamed) × generated items → top-50 per item through the
 * built CLI, wall time and peak memory (GNU time), at growing sizes, with 1 and 2 workers.
 * Run: npm run build && npx tsx bench/scale.ts [sizes=10000,100000] [itemsScale=10]
 * (the growth series: npx tsx bench/scale.ts 10000,100000,1000000)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const itemsScale = Number(process.argv[3] ?? 10);
const dir = '/tmp/chainmatch-scale';
const cli = join(import.meta.dirname, '../dist/cli.js');
if (!existsSync(cli)) throw new Error('build first: npm run build');
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

console.log(`items-scale ${itemsScale}; top 50 per item; machine: ${process.arch}, node ${process.version}`);
console.log('enterprises | workers | wall s | peak RSS MB | enterprises/s');
for (const n of sizes) {
  const out = join(dir, String(n));
  if (!existsSync(join(out, 'enterprises.jsonl'))) {
    mkdirSync(out, { recursive: true });
    execFileSync(
      'npx',
      [
        'tsx',
        join(import.meta.dirname, '../scripts/generate-data.ts'),
        '--enterprises',
        String(n),
        '--items-scale',
        String(itemsScale),
        '--out',
        out,
      ],
      { stdio: 'inherit' },
    );
  }
  for (const workers of [1, 2]) {
    const args = [
      cli,
      'match',
      '--items',
      join(out, 'items.jsonl'),
      '--enterprises',
      join(out, 'enterprises.jsonl'),
      '--top',
      '50',
      '--workers',
      String(workers),
      '--quiet',
      '--out',
      join(out, `top50-w${workers}.jsonl`),
    ];
    const t0 = performance.now();
    const r = time
      ? spawnSync(time, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(r.stderr);
    const rssMb = time ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
    console.log([n, workers, wall.toFixed(1), rssMb.toFixed(0), (n / wall).toFixed(0)].join(' | '));
  }
  const same = readFileSync(join(out, 'top50-w1.jsonl')).equals(readFileSync(join(out, 'top50-w2.jsonl')));
  console.log(`${n}: output with 1 and 2 workers ${same ? 'byte-identical' : 'DIFFERS'}`);
  if (!same) process.exitCode = 1;
}
