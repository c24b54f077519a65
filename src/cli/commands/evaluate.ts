import type { Command } from 'commander';
import type { Evaluation, Label, RankedPair } from '../../eval/metrics.js';
import { doneExitCode } from '../_lib/errors.js';
import { printIssues } from '../_lib/issues.js';
import { intOption, numberOption } from '../_lib/options.js';
import type { Issue } from '../../schema/issue.js';

/**
 * @internal Reads (itemId, enterpriseId, grade) labels from CSV / TSV / XLSX / JSON / JSONL, with
 * the label header aliases (环节编号, 企业编号, 等级 …); bad rows come back as issues.
 */
export async function readLabels(file: string): Promise<{ labels: Label[]; rows: number[]; issues: Issue[] }> {
  const { readRecords } = await import('../../io/read.js');
  const { parseLabel } = await import('../../eval/labels.js');
  const labels: Label[] = [];
  const rows: number[] = [];
  const issues: Issue[] = [];
  for await (const row of readRecords(file, { kind: 'label' })) {
    if (row.issues && row.issues.length > 0) {
      issues.push(...row.issues.map((i) => ({ ...i, file: i.file ?? row.file, row: i.row ?? row.row })));
      continue;
    }
    const r = parseLabel(row.record);
    if (r.ok) {
      labels.push(r.label);
      rows.push(row.row);
    } else
      issues.push(
        ...r.issues.map((i) => ({
          ...i,
          file: row.file,
          row: row.row,
          column: row.columns?.get(String(i.path[0])) ?? String(i.path[0]),
        })),
      );
  }
  return { labels, rows, issues };
}

/** @internal Reads the matches `chainmatch match` writes (JSONL, JSON, CSV, XLSX). */
export async function readRankedPairs(file: string): Promise<{ matches: RankedPair[]; issues: Issue[] }> {
  const { readMatchFile } = await import('../_lib/input.js');
  const { matches, issues } = await readMatchFile(file);
  return {
    matches: matches.map((m) => ({ itemId: m.itemId, enterpriseId: m.enterpriseId, rank: m.rank, score: m.score })),
    issues,
  };
}

const f4 = (x: number): string => x.toFixed(4);

/** @internal The evaluation as a readable table. */
export function formatEvaluation(e: Evaluation, perItem: boolean): string {
  const k = e.k;
  const lines = [
    `评估 evaluation: ${e.perItem.length} items judged, k = ${k}, relevant = grade ≥ ${e.relevantGrade}` +
      (e.unjudgedItems.length > 0 ? ` (${e.unjudgedItems.length} ranked items without relevant labels left out)` : ''),
    '',
    `  P@${k}`.padEnd(12) + f4(e.mean.precision),
    `  R@${k}`.padEnd(12) + f4(e.mean.recall),
    `  NDCG@${k}`.padEnd(12) + f4(e.mean.ndcg),
    `  MAP`.padEnd(12) + f4(e.mean.map),
    `  MRR`.padEnd(12) + f4(e.mean.mrr),
    `  coverage`.padEnd(12) +
      `${e.coverage.covered}/${e.coverage.total} items (${(100 * e.coverage.fraction).toFixed(1)}%) with ≥ ${e.coverage.n} relevant in top ${k}`,
  ];
  if (perItem && e.perItem.length > 0) {
    const idWidth = Math.min(40, Math.max(6, ...e.perItem.map((m) => m.itemId.length)));
    const head = [`P@${k}`, `R@${k}`, `NDCG@${k}`, 'AP', 'RR'].map((h) => h.padEnd(6)).join('  ');
    lines.push('', `  ${'item'.padEnd(idWidth)}  ranked  relevant  ${head}`);
    for (const m of e.perItem) {
      lines.push(
        `  ${m.itemId.slice(0, idWidth).padEnd(idWidth)}  ${String(m.ranked).padStart(6)}  ${String(m.relevant).padStart(8)}  ` +
          [m.precision, m.recall, m.ndcg, m.averagePrecision, m.reciprocalRank].map(f4).join('  '),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

interface EvaluateCliOptions {
  matches: string;
  labels: string;
  k: number;
  relevantGrade: number;
  coverageN: number;
  perItem?: boolean;
  json?: boolean;
}

/**
 * `chainmatch evaluate`: precision@k, recall@k, NDCG@k, MAP, MRR and item coverage of a matches
 * file against relevance labels. Table (or JSON with `--json`) on stdout; issues on stderr.
 * Exit 0, 3 when input rows were rejected (see `EXIT`).
 */
export function register(program: Command): void {
  const cmd = program
    .command('evaluate')
    .description(
      'measure ranking quality against relevance labels / 用标注评估匹配排序质量 (P@k, R@k, NDCG@k, MAP, MRR)',
    )
    .requiredOption('--matches <file>', 'matches as written by `chainmatch match` (JSONL, JSON, CSV or XLSX)')
    .requiredOption(
      '--labels <file>',
      'labels: itemId, enterpriseId, grade rows (CSV, TSV, XLSX, JSON or JSONL); grade a number or an outcome',
    )
    .option('--k <n>', 'cut-off rank', intOption('--k', 1), 10)
    .option('--relevant-grade <g>', 'lowest grade counted as relevant', numberOption('--relevant-grade', 0), 1)
    .option(
      '--coverage-n <n>',
      'an item is covered with at least this many relevant in its top k',
      intOption('--coverage-n', 1),
      1,
    )
    .option('--per-item', 'also print one line per item')
    .option('--json', 'print the full result as JSON');
  cmd.action(async (opts: EvaluateCliOptions) => {
    const { evaluate } = await import('../../eval/metrics.js');
    const [m, l] = await Promise.all([readRankedPairs(opts.matches), readLabels(opts.labels)]);
    const read = { ...m, labels: l.labels, issues: [...m.issues, ...l.issues] };
    const result = evaluate(read.matches, read.labels, {
      k: opts.k,
      relevantGrade: opts.relevantGrade,
      coverageN: opts.coverageN,
    });
    process.stdout.write(
      opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result, opts.perItem ?? false),
    );
    process.stderr.write(`evaluate: ${read.matches.length} matches, ${read.labels.length} labels read\n`);
    if (read.labels.length === 0) process.stderr.write('evaluate: no usable labels\n');
    if (read.issues.length > 0) {
      process.stderr.write(`evaluate: ${read.issues.length} rows rejected\n`);
      printIssues(read.issues);
    }
    process.exitCode = doneExitCode(read.issues.length);
  });
}
