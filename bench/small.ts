/**
 * A small real run through the CLI against MiniSearch in-process (issue #14): the 44 development queries of
 * ./queries.ts as chain-gap items × every company of ../shared/eval/companies.tsv with a Chinese description (3,792),
 * top 10 per item.
 * Run: npm run build && npx tsx bench/small.ts [rounds=10] [matches copy]   (skips when the corpus is absent; with a
 * second argument the CLI's output is copied there, to `cmp` two builds)
 *
 * Each round, in turn:
 *  - cli: `node dist/cli.js match --items … --enterprises … --top 10 --quiet --out …` as a whole process (start-up,
 *    module loading, reading, scoring, writing), wall time from here, CPU time (user + sys) from GNU time;
 *  - minisearch: in this process, MiniSearch BM25 (Intl.Segmenter tokens, as bench/ndcg.ts) indexes every company
 *    (name and description, already in memory) and searches every query: wall time of index + search. The first
 *    round's figure is cold (minisearch and the segmenter unused until then) and printed apart; the medians are over
 *    warm rounds only (2…N), the strictest yardstick for the CLI, which starts cold every time;
 *  - minisearch process: the same as a whole `node` process (importing minisearch, reading both JSONL files):
 *    the like-for-like figure, for context;
 *  - `node dist/cli.js --help` and `node -e 0`, for context.
 * The inputs are written to a temporary directory (removed at the end); nothing from the corpus is kept.
 * CHAINMATCH_CLI_BASE=<another build's cli.js> also times that build in every round (`cli base`), e.g. the build of
 * an earlier commit, for before/after figures from one session; its output is checked to be the same bytes.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Enterprise } from '../src/index.js';
import { miniSearch, toItem } from './_lib/baseline.js';
import { loadCompanies } from './_lib/corpus.js';
import { type ProcessRun, runNode } from './_lib/process.js';
import { QUERIES } from './queries.js';

const ROUNDS = Number(process.argv[2] ?? 10);
const K = 10;
const companies = loadCompanies();
if (!companies) {
  console.log('bench/small: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const cli = join(import.meta.dirname, '../dist/cli.js');
if (!existsSync(cli)) throw new Error('build first: npm run build');
const base = process.env.CHAINMATCH_CLI_BASE;
if (base && !existsSync(base)) throw new Error(`CHAINMATCH_CLI_BASE: ${base} not found`);

const queries = QUERIES.slice(0, 46);
const enterprises: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
const dir = mkdtempSync(join(tmpdir(), 'chainmatch-small-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const itemsFile = join(dir, 'items.jsonl');
const enterprisesFile = join(dir, 'enterprises.jsonl');
const jsonl = (rows: readonly object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');
writeFileSync(itemsFile, jsonl(queries.map(toItem)));
writeFileSync(enterprisesFile, jsonl(enterprises));

/** MiniSearch as a whole process: the same index and search as `miniSearch`, reading the files written above. */
const msScript = join(dir, 'minisearch.mjs');
writeFileSync(
  msScript,
  `import { readFileSync } from 'node:fs';
import MiniSearch from ${JSON.stringify(createRequire(import.meta.url).resolve('minisearch'))};
const rows = (f) => readFileSync(f, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const tokenize = ${segSource()};
const ms = new MiniSearch({ fields: ['name', 'description'], idField: 'id', tokenize });
ms.addAll(rows(process.argv[2]));
const out = rows(process.argv[3]).map((q) => ms.search([q.title, ...q.keywords, q.description].join(' ')).slice(0, ${K}).map((r) => r.id));
process.stdout.write(String(out.length));
`,
);
/** The baseline's tokenizer, as source (kept the same as bench/_lib/baseline.ts's segTokens). */
function segSource(): string {
  return `(s) => { const out = []; for (const sentence of s.split(/[。；;！!？?\\n]/u)) for (const w of seg.segment(sentence)) if (w.isWordLike) out.push(w.segment); return out; }`;
}

/** Wall and CPU seconds of a run. */
type Run = Pick<ProcessRun, 'wall' | 'cpu'>;

/** MiniSearch in this process: index every company and search every query; wall and CPU time of that alone. */
function inProcess(): Run {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const top = miniSearch(queries, enterprises, K);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  if (top.size !== queries.length) throw new Error('minisearch: a query is missing');
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

const out = join(dir, 'matches.jsonl');
const baseOut = join(dir, 'matches-base.jsonl');
const runs: Record<string, Run[]> = {
  cli: [],
  ...(base ? { 'cli base': [] } : {}),
  minisearch: [],
  'minisearch process': [],
  '--help': [],
  'node -e 0': [],
};
const match = (script: string, to: string) =>
  runNode([
    script,
    'match',
    '--items',
    itemsFile,
    '--enterprises',
    enterprisesFile,
    '--top',
    String(K),
    '--quiet',
    '--out',
    to,
  ]);
let cold: Run | undefined;
for (let r = 0; r < ROUNDS; r++) {
  runs.cli!.push(match(cli, out));
  if (base) runs['cli base']!.push(match(base, baseOut));
  const ms = inProcess();
  if (r === 0) cold = ms;
  else runs.minisearch!.push(ms);
  runs['minisearch process']!.push(runNode([msScript, enterprisesFile, itemsFile]));
  runs['--help']!.push(runNode([cli, '--help']));
  runs['node -e 0']!.push(runNode(['-e', '0']));
}

if (process.argv[3]) copyFileSync(out, process.argv[3]);
if (base && !readFileSync(out).equals(readFileSync(baseOut)))
  throw new Error('bench/small: the two builds wrote different matches');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const stats = (xs: number[]) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
console.log(
  `${queries.length} items (bench/queries.ts, development set) × ${enterprises.length} companies, top ${K}; ` +
    `${ROUNDS} rounds, alternating; node ${process.version}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
);
console.log('run | wall s, median (min–max) | CPU s, median (min–max)');
for (const [name, rs] of Object.entries(runs)) {
  if (!rs.length) continue;
  console.log(`${name} | ${stats(rs.map((x) => x.wall))} | ${stats(rs.map((x) => x.cpu))}`);
}
if (cold) console.log(`minisearch, first round (cold) | ${f(cold.wall)} | ${f(cold.cpu)}`);
const ratio = (a: string, b: string, k: keyof Run) =>
  median(runs[a]!.map((x) => x[k])) / median(runs[b]!.map((x) => x[k]));
if (runs.minisearch!.length)
  console.log(
    `cli ÷ minisearch in-process (warm), medians: wall ${ratio('cli', 'minisearch', 'wall').toFixed(2)}, CPU ${ratio('cli', 'minisearch', 'cpu').toFixed(2)}`,
  );
if (base)
  console.log(
    `cli ÷ cli base, medians: wall ${ratio('cli', 'cli base', 'wall').toFixed(2)}, CPU ${ratio('cli', 'cli base', 'cpu').toFixed(2)}; base ÷ minisearch in-process (warm): wall ${ratio('cli base', 'minisearch', 'wall').toFixed(2)}, CPU ${ratio('cli base', 'minisearch', 'cpu').toFixed(2)}`,
  );
console.log(
  `cli ÷ minisearch process, medians: wall ${ratio('cli', 'minisearch process', 'wall').toFixed(2)}, CPU ${ratio('cli', 'minisearch process', 'cpu').toFixed(2)}`,
);
