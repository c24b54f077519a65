/**
 * Cost of the chain feature on the scoring path (#14): CPU µs per enterprise of `scoreAll` against every item, the
 * first call for a firm (its chain inference included) and again (its side cached), per `score` and `describe` call,
 * and the set-up of the items (their sides, once per index). With `--old <dist/index.js>` (another build of this
 * project, e.g. the commit before a change), the two features run in turn, round by round, on the same prepared
 * items and firms, and every `scoreAll` array and `describe` reason is checked to be identical.
 * Run: npm run build && npx tsx scripts/generate-data.ts --enterprises 10000 --items-scale 10 --out /tmp/cm-10k
 *      npx tsx bench/chain-cost.ts /tmp/cm-10k [--enterprises 4000] [--rounds 7] [--old /path/to/dist/index.js]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ChainMap,
  createChainFeature,
  createMatcher,
  type Feature,
  type PreparedEnterprise,
  type ScoringContext,
  validateEnterprise,
  validateItem,
  validateMany,
} from '../src/index.js';
import { loadChainMaps } from '../src/node.js';

const args = parseArgs({
  options: {
    enterprises: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '7' },
    old: { type: 'string' },
  },
  allowPositionals: true,
});
const dir = args.positionals[0] ?? '/tmp/cm-10k';
const n = Number(args.values.enterprises);
const rounds = Number(args.values.rounds);
const jsonl = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);

const maps = await loadChainMaps();
const items = validateMany(jsonl('items.jsonl'), validateItem).accepted;
const firms = validateMany(jsonl('enterprises.jsonl'), validateEnterprise).accepted.slice(0, n);
const matcher = createMatcher();
const prepared = firms.map((e) => matcher.prepare(e));
const idx = matcher.index(items, matcher.collectStats(prepared, items));
const ctx: ScoringContext = { avgLength: 1, k1: 1.2, b: 0.5, items: idx.items };

type Make = (maps: readonly ChainMap[]) => Feature;
const variants: [string, Make][] = [['new', (m) => createChainFeature(m)]];
if (args.values.old) {
  const old = (await import(args.values.old)) as { createChainFeature: Make };
  variants.unshift(['old', (m) => old.createChainFeature(m)]);
}

/** CPU µs (user + system) of `f`. */
const cpu = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return d.user + d.system;
};
// Pairs for `score` and `describe`: each firm against every 97th item; describe where the firm has a value.
const probe = ctx.items.filter((_, i) => i % 97 === 0);

interface Sample {
  items: number;
  cold: number;
  warm: number;
  score: number;
  describe: number;
  out: { all: number[][]; reasons: string[] };
}
function sample(make: Make, keep: boolean): Sample {
  const f = make(maps);
  const s = {
    items: 0,
    cold: 0,
    warm: 0,
    score: 0,
    describe: 0,
    out: { all: [] as number[][], reasons: [] as string[] },
  };
  s.items = cpu(() => {
    for (const it of ctx.items) f.applies!(it);
    f.scoreAll!({ ...prepared[0]!, enterprise: { ...prepared[0]!.enterprise } }, ctx); // builds the item index
  });
  const run = (pe: PreparedEnterprise) => {
    const v = f.scoreAll!(pe, ctx);
    if (keep) s.out.all.push(Array.from(v));
  };
  s.cold = cpu(() => prepared.forEach(run)) / prepared.length;
  keep = false;
  s.warm = cpu(() => prepared.forEach(run)) / prepared.length;
  let calls = 0;
  let sink = 0;
  s.score = cpu(() => {
    for (const pe of prepared) for (const it of probe) (sink += f.score(it, pe, ctx) ?? 0), calls++;
  });
  s.score /= calls;
  const pairs = prepared.flatMap((pe) =>
    probe.filter((it) => f.score(it, pe, ctx) !== null).map((it) => [it, pe] as const),
  );
  s.describe =
    cpu(() => {
      for (const [it, pe] of pairs) {
        const r = f.describe(it, pe, 0, ctx);
        if (s.out.all.length) s.out.reasons.push(`${r.zh}|${r.en}`);
      }
    }) / pairs.length;
  if (sink < 0) console.log(sink);
  return s;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `${ctx.items.length} items, ${prepared.length} enterprises, ${probe.length} items per firm for score/describe; ${rounds} rounds, CPU µs`,
);
const results = new Map<string, Sample[]>(variants.map(([name]) => [name, []]));
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...variants].reverse() : variants;
  for (const [name, make] of order) results.get(name)!.push(sample(make, r === 0));
}
if (variants.length === 2) {
  const [a, b] = variants.map(([name]) => results.get(name)![0]!.out);
  const same =
    a!.all.length === b!.all.length &&
    a!.all.every((x, i) => x.length === b!.all[i]!.length && x.every((v, j) => Object.is(v, b!.all[i]![j]))) &&
    a!.reasons.join('\n') === b!.reasons.join('\n');
  console.log(`outputs identical: ${same} (${a!.all.length} scoreAll arrays, ${a!.reasons.length} reasons)`);
  if (!same) process.exitCode = 1;
}
console.log('variant | items set-up (ms) | scoreAll first (µs/firm) | scoreAll again | score (µs/call) | describe');
for (const [name] of variants) {
  const xs = results.get(name)!;
  const m = (k: keyof Omit<Sample, 'out'>) => median(xs.map((x) => x[k]));
  console.log(
    `${name} | ${(m('items') / 1000).toFixed(1)} | ${m('cold').toFixed(2)} | ${m('warm').toFixed(2)} | ${m('score').toFixed(3)} | ${m('describe').toFixed(2)}`,
  );
}
