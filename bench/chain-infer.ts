/**
 * Cost of reading a firm's chain links and role (`createChainInferrer`), in µs per text (median of rounds, CPU
 * time of this process), split into normalization, the phrase scan, the customer spans and the rest, whole and
 * from normalized text (as the chain feature reads a prepared firm), for
 * generated enterprises (the firm text the chain feature reads; Chinese and English descriptions apart) and, when
 * present, the evaluation corpus (`desc_zh`, `desc_en`; measurement only).
 * `--dump FILE` writes every profile (JSON lines) and `--check FILE` compares with such a file: a change of the
 * inference must leave it byte-identical.
 * Run: npx tsx bench/chain-infer.ts [--n 6000] [--rounds 7] [--dump FILE | --check FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createChainInferrer, createNormalizedChainInferrer, customerSpans } from '../src/chain/infer.js';
import { loadChainMaps } from '../src/node.js';
import { headFinalMatches } from '../src/text/phrases.js';
import { normalizeText } from '../src/text/normalize.js';
import { buildItems, generateEnterprises } from '../scripts/generator/generate.js';
import { loadCompanies } from './_lib/corpus.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '6000' },
    rounds: { type: 'string', default: '7' },
    dump: { type: 'string' },
    check: { type: 'string' },
  },
});
const maps = await loadChainMaps();
const infer = createChainInferrer(maps);
const inferNormalized = createNormalizedChainInferrer(maps);

// The firm text of the chain feature (src/features/chain.ts): description, products, technologies, industry, name.
const sets: [string, string[]][] = [];
const zh: string[] = [];
const en: string[] = [];
for (const e of generateEnterprises(buildItems(undefined, 10), Number(values.n))) {
  const text = [e.description, ...e.products, ...(e.technologies ?? []), e.name].filter(Boolean).join('。');
  (/\p{Script=Han}/u.test(e.description) ? zh : en).push(text);
}
sets.push(['generated zh', zh], ['generated en', en]);
const companies = loadCompanies();
if (companies) {
  sets.push(['corpus desc_zh', companies.map((c) => `${c.desc}。${c.name}`)]);
  sets.push(['corpus desc_en', companies.filter((c) => c.descEn).map((c) => `${c.descEn}。${c.name}`)]);
} else console.log('(../shared/eval/companies.tsv not found: generated texts only)');

if (values.dump || values.check) {
  const lines = sets.flatMap(([, texts]) => texts.map((t) => JSON.stringify(infer(t))));
  const out = `${lines.join('\n')}\n`;
  if (values.dump) writeFileSync(values.dump, out), console.log(`${lines.length} profiles → ${values.dump}`);
  if (values.check) {
    const want = readFileSync(values.check, 'utf8').split('\n');
    const bad = lines.findIndex((l, i) => l !== want[i]);
    console.log(
      bad < 0 && want.length === lines.length + 1
        ? `${lines.length} profiles identical to ${values.check}`
        : `DIFFERENT from ${values.check} (first at line ${bad + 1})`,
    );
    if (bad >= 0) process.exitCode = 1;
  }
}

// The scan alone, over the maps' terms as the inferrer reads them.
const phrases = new Set<string>();
for (const m of maps)
  for (const l of m.links)
    for (const t of [...l.terms.zh, ...l.terms.en, ...(l.equipment?.zh ?? []), ...(l.equipment?.en ?? [])])
      phrases.add(normalizeText(t).toLowerCase());
const scan = headFinalMatches([...phrases].filter(Boolean).map((phrase) => ({ phrase })));

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
let sink = 0;
const rounds = Number(values.rounds);
console.log(`µs per text, CPU time, median of ${rounds} rounds (phases alternate within a round)`);
console.log(
  'set | texts | chars | normalize | scan | customer spans | rest | infer (whole) | infer of normalized text',
);
for (const [name, texts] of sets) {
  const norm = texts.map((t) => normalizeText(t).toLowerCase());
  const phases: Record<string, () => void> = {
    normalize: () => {
      for (const t of texts) sink += normalizeText(t).toLowerCase().length;
    },
    scan: () => {
      for (const t of norm) scan(t, (_, at) => void (sink += at));
    },
    spans: () => {
      for (const t of norm) sink += customerSpans(t).length;
    },
    infer: () => {
      for (const t of texts) sink += infer(t).links.length;
    },
    // What the chain feature pays: the text comes normalized from preparation.
    normalized: () => {
      for (const t of norm) sink += inferNormalized(t).links.length;
    },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(phases).map((k) => [k, []]));
  for (const f of Object.values(phases)) f(); // warm-up
  for (let r = 0; r < rounds; r++)
    for (const [k, f] of Object.entries(phases)) {
      const t0 = cpu();
      f();
      times[k]!.push((cpu() - t0) / texts.length);
    }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const chars = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
  const rest = m.normalized! - m.scan! - m.spans!;
  console.log(
    [name, texts.length, chars, m.normalize, m.scan, m.spans, rest, m.infer, m.normalized]
      .map((x) => (typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(1) : x))
      .join(' | '),
  );
}
if (sink === 0.5) console.log(sink);
