/**
 * Industry-code inference on real text, without labels: how many companies get a code from their Chinese and
 * from their English description, and how often the two agree (same division, same group) for the same company —
 * a check that the Chinese and English term lists describe the same industries. Also the cost per description.
 * Run: npx tsx bench/infer-codes.ts   (skips when ../shared/eval/companies.tsv is absent)
 * Only measured here: nothing derived from the third-party corpus is written anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inferIndustryCodes } from '../src/index.js';
import { CORPUS_PATH } from './_lib/corpus.js';

const path = process.env.CHAINMATCH_EVAL ?? CORPUS_PATH;
if (!existsSync(path)) {
  console.log('bench/infer-codes: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const [header, ...rows] = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'));
const zi = header!.indexOf('desc_zh');
const ei = header!.indexOf('desc_en');
const pairs = rows.filter((r) => r[zi] && r[ei]).map((r) => [r[zi]!, r[ei]!] as const);

const t0 = performance.now();
const zh = pairs.map(([z]) => inferIndustryCodes(z).map((c) => c.code));
const zhMs = performance.now() - t0;
const t1 = performance.now();
const en = pairs.map(([, e]) => inferIndustryCodes(e).map((c) => c.code));
const enMs = performance.now() - t1;

let both = 0;
let division = 0;
let group = 0;
for (let i = 0; i < pairs.length; i++) {
  const [a, b] = [zh[i]![0], en[i]![0]];
  if (!a || !b) continue;
  both++;
  if (a.slice(0, 3) === b.slice(0, 3)) division++;
  if (a.slice(0, 4) === b.slice(0, 4)) group++;
}
const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;
console.log(`companies with both descriptions: ${pairs.length}`);
console.log(
  `coded from Chinese: ${pct(zh.filter((c) => c.length).length, pairs.length)}; from English: ${pct(en.filter((c) => c.length).length, pairs.length)}`,
);
console.log(`best code agrees (both coded, n=${both}): division ${pct(division, both)}, group ${pct(group, both)}`);
console.log(
  `time per description (normalization included): Chinese ${((zhMs * 1000) / pairs.length).toFixed(0)} µs, English ${((enMs * 1000) / pairs.length).toFixed(0)} µs`,
);
