import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { MatcherOptions } from '../../match/matcher.js';
import { accounting, type InputCounts } from '../../pipeline/counts.js';
import type { MatchProgress, MatchStage } from '../../pipeline/stream.js';
import { parseShard, type Shard } from '../../pipeline/shard.js';
import { formatIssue, reportRejected } from '../_lib/issues.js';
import { addLangOption, messageLang, type Lang } from '../_lib/lang.js';
import { checkOutputs } from '../_lib/outputs.js';
import { EXIT_CODES_HELP, doneExitCode, usageError } from '../_lib/errors.js';
import { ChainmatchError, ErrorCodes } from '../../errors.js';
import type { Issue } from '../../schema/issue.js';
import { addInputOptions, inputOptions, summarizeNotices, type InputFlags } from '../_lib/notices.js';
import { addChainsOption, chainMapsOf, type ChainsFlags } from '../_lib/chains.js';

/** `in = accepted + rejected (+ skipped)` of one input, in English or Chinese. */
export { accounting };

export interface MatchFlags extends InputFlags, ChainsFlags {
  items: string;
  enterprises: string;
  themes?: string;
  weights?: string;
  top: string;
  by: 'item' | 'enterprise';
  format?: 'jsonl' | 'json' | 'csv' | 'xlsx';
  out: string;
  minScore?: string;
  /** Default: the machine's available parallelism (1 when running from source, without the built worker). */
  workers?: string;
  shard?: string;
  rejected?: string;
  quiet?: boolean;
  json?: boolean;
  /** List every read notice (rows skipped, columns kept in extra, cells left empty), not just their summary. */
  verbose?: boolean;
  tokenizer?: 'segmenter' | 'jieba' | 'jieba-search' | 'bigram';
  /** False with `--no-infer-codes`. */
  inferCodes?: boolean;
  /** Tables (CSV/XLSX): header language (default zh); also the language of progress and summary (default: locale). */
  lang?: Lang;
  /** @internal Enterprises kept prepared between the passes (default 100,000: `matchStream`'s `keepPrepared`); tests lower it. */
  keepPrepared?: number;
}

export function register(program: Command): void {
  const command = program
    .command('match')
    .description('score every enterprise against every chain-gap item and write the top matches (排序与推荐理由)')
    .requiredOption('--items <file>', 'chain-gap items (JSON, JSONL, CSV, TSV or XLSX)')
    .requiredOption('--enterprises <file>', "target enterprises (same formats; '-' reads JSONL from stdin)")
    .option('--themes <file>', 'themes with per-theme weights (JSON array)')
    .option(
      '--weights <file>',
      'feature weights: a weight profile from `chainmatch fit` or a JSON object {feature: weight}',
    )
    .option('--top <n>', 'matches kept per item (or per enterprise with --by enterprise)', '10')
    .addOption(
      new Option('--by <side>', 'rank enterprises per item, or items per enterprise')
        .choices(['item', 'enterprise'])
        .default('item'),
    )
    .addOption(
      new Option('--format <format>', 'output format (default: from --out extension, jsonl for stdout)').choices([
        'jsonl',
        'json',
        'csv',
        'xlsx',
      ]),
    )
    .option('--out <file>', "output file ('-' for stdout)", '-')
    .option('--min-score <x>', 'drop matches scoring below x (0–1)')
    .option(
      '--workers <n>',
      "worker threads for scoring (output is identical for any n; default: the machine's available parallelism for enterprise files of 64 MB or more, else 1)",
    )
    .option(
      '--shard <i/n>',
      'score only shard i of n (by enterprise id); combine shard outputs with `chainmatch merge`',
    )
    .addOption(
      new Option('--tokenizer <kind>', 'Chinese word segmentation').choices([
        'segmenter',
        'jieba',
        'jieba-search',
        'bigram',
      ]),
    )
    .option(
      '--no-infer-codes',
      'do not infer GB/T 4754 codes for rows that declare none (by default they are inferred from the text)',
    )
    .option('--rejected <file>', 'write rejected input rows (JSONL) to this file')
    .option('--quiet', 'no progress bar, no summary')
    .option('--json', 'print the summary as one JSON line on stderr')
    .option(
      '--verbose',
      'list every read notice (rows skipped, columns kept in extra, cells left empty), not just their count',
    );
  addLangOption(command);
  addChainsOption(command);
  addInputOptions(command)
    .addHelpText(
      'after',
      `
Output (JSONL, one line per match): {"itemId","enterpriseId","rank","score","contributions","matchedTerms","reason"}
rank is 1-based within its item; contributions add up to score; "weak": true marks a score below 0.33 (弱匹配).
CSV/XLSX (for people): 专题, 产业链, 环节, 承接地, 排名, 企业名称, 省份, 城市, 匹配度, 弱匹配, 推荐理由, 匹配词, one
column per feature, contacts and passthrough columns, then the ids; scores rounded to 3 decimals; XLSX: an overview
sheet, then one sheet per theme. --lang en for English headers.

${EXIT_CODES_HELP}

Examples:
  chainmatch match --items data/items.jsonl --enterprises data/enterprises.jsonl --top 5 --out matches.jsonl
  chainmatch match --items 招商环节.xlsx --enterprises 企业名单.csv --out 推荐.xlsx
  cat big.jsonl | chainmatch match --items items.jsonl --enterprises - --top 50 --workers 2 --quiet > top50.jsonl`,
    )
    .action(async (flags: MatchFlags) => {
      process.exitCode = await runMatch(flags);
    });
}

/** Runs `match`; returns the exit code. The work is `matchStream`'s; this checks the flags, prints and writes. */
export async function runMatch(
  flags: MatchFlags,
  io: { stderr: (s: string) => void } = { stderr: (s) => process.stderr.write(s + '\n') },
): Promise<number> {
  const { outputFormatOf, writeMatches, writeRejected } = await import('../../io/write.js');
  const { matchStream, workerScript } = await import('../../pipeline/stream.js');
  const { bundledThemes, loadItems, loadThemes } = await import('../_lib/input.js');
  const { createProgress } = await import('../_lib/progress.js');
  const { withWeightsFile } = await import('../_lib/weights.js');
  const top = Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
  const requested = flags.workers === undefined ? undefined : Number(flags.workers);
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1 || requested > 64)) {
    throw usageError(`--workers must be an integer from 1 to 64, got '${flags.workers}'`);
  }
  const minScore = flags.minScore === undefined ? 0 : Number(flags.minScore);
  if (!(minScore >= 0 && minScore <= 1)) throw usageError(`--min-score must be in [0, 1], got '${flags.minScore}'`);
  const shard: Shard | undefined = flags.shard ? parseShard(flags.shard) : undefined;
  const log = (s: string) => !flags.quiet && !flags.json && io.stderr(s);
  const lang = messageLang(flags.lang);
  const progress = createProgress(!flags.quiet && !flags.json, lang);
  // An unknown extension fails now, not after scoring.
  const format = flags.format ?? outputFormatOf(flags.out);
  // A table names the firms: the enterprises of the kept matches come back with them.
  const table = format === 'csv' || format === 'xlsx';
  const started = performance.now();
  await checkOutputs({ '--out': flags.out, '--rejected': flags.rejected }, [
    flags.items,
    flags.enterprises,
    flags.themes,
    flags.weights,
    flags.headerMap,
  ]);

  const inputs = await inputOptions(flags);
  const items = await loadItems(flags.items, inputs.items);
  reportRejected(items.rejected, io.stderr);
  if (items.counts.accepted === 0) throw nothingRead(flags.items, 'items', items.counts);
  const themes = flags.themes ? await loadThemes(flags.themes) : undefined;
  if (themes) reportRejected(themes.rejected, io.stderr);
  const themeNames = table ? (themes?.accepted ?? (await bundledThemes())) : undefined;
  const base: MatcherOptions = {
    ...(themes ? { themes: themes.accepted } : {}),
    ...(flags.tokenizer ? { tokenizer: { chinese: flags.tokenizer } } : {}),
    ...(flags.inferCodes === false ? { inferCodes: false } : {}),
    ...(await chainMapsOf(flags)),
  };
  const options = await withWeightsFile(base, flags.weights);
  if ((requested ?? 1) > 1 && !existsSync(workerScript()))
    throw usageError('--workers needs the built CLI (npm run build)');
  // The statistics stage's total: the rows of a text file counted up front (asked only when a bar shows), an XLSX
  // workbook's once it is read; each stage ends at its exact count.
  let stage: MatchStage | undefined;
  const run = await matchStream({
    items: items.accepted,
    enterprises: flags.enterprises,
    read: inputs.enterprises,
    // Built once in this thread (invalid options fail before any thread starts); threads build their own.
    matcher: options,
    workers: requested ?? 'auto',
    top,
    by: flags.by,
    minScore,
    ...(shard ? { shard } : {}),
    ...(flags.keepPrepared === undefined ? {} : { keepPrepared: flags.keepPrepared }),
    ...(table ? { withEnterprises: true } : {}),
    ...(progress.enabled
      ? {
          onProgress: ({ stage: s, done, total }: MatchProgress) => {
            if (s !== stage) progress.start(STAGE[lang][s], total ?? 0), (stage = s);
            progress.update(done, total);
          },
        }
      : {}),
    onRead: ({ rejected }) => reportRejected(rejected, io.stderr),
  }).finally(() => progress.stop());
  const { matches, enterprises, counts, rejected, workers } = run;
  const notices: Issue[] = [...items.skipped, ...items.warnings, ...run.skipped, ...run.warnings];
  await writeMatches(flags.out, matches, {
    format,
    items: items.accepted,
    ...(table ? { enterprises, lang: flags.lang ?? 'zh' } : {}),
    ...(themeNames ? { themes: themeNames } : {}),
  });
  if (flags.rejected) await writeRejected(flags.rejected, [...items.rejected, ...rejected]);
  if (!flags.quiet) {
    if (flags.verbose) for (const n of notices) io.stderr(`note: ${formatIssue(n)}`);
    else {
      const line = summarizeNotices(notices, lang);
      if (line) io.stderr(line);
    }
  }
  const summary = {
    items: items.counts,
    enterprises: counts,
    matches: matches.length,
    shard: shard ? `${shard.index}/${shard.count}` : undefined,
    workers,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
  };
  if (flags.json) io.stderr(JSON.stringify(summary));
  else if (lang === 'zh')
    log(
      `chainmatch：${matches.length} 条匹配；环节 ${accounting(items.counts, 'zh')}；企业 ${accounting(counts, 'zh')}；用时 ${summary.seconds} 秒`,
    );
  else
    log(
      `chainmatch: ${matches.length} matches; items ${accounting(items.counts)}; enterprises ${accounting(counts)}; ${summary.seconds}s`,
    );
  return doneExitCode(items.counts.rejected + counts.rejected + (themes?.counts.rejected ?? 0));
}

/** Progress bar labels of the two stages. */
const STAGE = {
  zh: { statistics: '读取统计', scoring: '打分排序' },
  en: { statistics: 'statistics', scoring: 'scoring' },
} as const;

/** The error for an input of which no row was accepted: a run that reads nothing never succeeds. */
function nothingRead(file: string, what: string, c: InputCounts): ChainmatchError {
  return new ChainmatchError(
    ErrorCodes.INVALID_INPUT,
    `${file}: no ${what} to match (${accounting(c)})${c.in === 0 ? '; the file holds no data rows' : ''}`,
    { file, counts: c },
  );
}
