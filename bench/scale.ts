/**
 * Scale benchmark: generated enterprises (JSONL, streamed) × generated items → top-50 per item through the
 * built CLI, at growing sizes and worker counts: wall time, CPU time (user + sys) and peak memory (GNU time), and
 * the floor — reading and JSON-parsing the same file and nothing else, in one process — with each run's ratio to it.
 * Run: npm run build && npx tsx bench/scale.ts [sizes=10000,100000] [itemsScale=10] [workers=1,2] [dir]
 * (the growth series: npx tsx bench/scale.ts 10000,100000,1000000)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode } from './_lib/process.js';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const itemsScale = Number(process.argv[3] ?? 10);
const workerCounts = (process.argv[4] ?? '1,2').split(',').map(Number);
const dir = process.argv[5] ?? '/tmp/chainmatch-scale';
const cli = join(import.meta.dirname, '../dist/cli.js');
if (!existsSync(cli)) throw new Error('build first: npm run build');

/** The floor: the file read in 1 MiB chunks, cut into lines, each line JSON-parsed; nothing else. */
const FLOOR = `
const fs = require('node:fs');
const fd = fs.openSync(process.argv[1], 'r');
const buf = Buffer.allocUnsafe(1 << 20);
const dec = new TextDecoder();
let rest = '', rows = 0, n;
while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
  const lines = (rest + dec.decode(buf.subarray(0, n), { stream: true })).split('\\n');
  rest = lines.pop();
  for (const l of lines) if (l.trim()) JSON.parse(l), rows++;
}
if (rest.trim()) JSON.parse(rest), rows++;
process.stdout.write(String(rows));
`;

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
console.log(
  `items-scale ${itemsScale}; top 50 per item; machine: ${process.arch}, node ${process.version}; load average ${fmt(
    (await import('node:os')).loadavg()[0]!,
    2,
  )}`,
);
console.log('enterprises | workers | wall s | CPU s | peak RSS MB | enterprises/s | wall ÷ floor | CPU ÷ floor');
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
  const file = join(out, 'enterprises.jsonl');
  const floor = runNode(['-e', FLOOR, file]);
  console.log(
    [n, 'floor', fmt(floor.wall), fmt(floor.cpu), fmt(floor.rssMb, 0), fmt(n / floor.wall, 0), 1, 1].join(' | '),
  );
  for (const workers of workerCounts) {
    const r = runNode([
      cli,
      'match',
      '--items',
      join(out, 'items.jsonl'),
      '--enterprises',
      file,
      '--top',
      '50',
      '--workers',
      String(workers),
      '--quiet',
      '--out',
      join(out, `top50-w${workers}.jsonl`),
    ]);
    console.log(
      [
        n,
        workers,
        fmt(r.wall),
        fmt(r.cpu),
        fmt(r.rssMb, 0),
        fmt(n / r.wall, 0),
        fmt(r.wall / floor.wall),
        fmt(r.cpu / floor.cpu),
      ].join(' | '),
    );
  }
  const outputs = workerCounts.map((w) => readFileSync(join(out, `top50-w${w}.jsonl`)));
  const same = outputs.every((o) => o.equals(outputs[0]!));
  console.log(`${n}: output with ${workerCounts.join(', ')} workers ${same ? 'byte-identical' : 'DIFFERS'}`);
  if (!same) process.exitCode = 1;
}
