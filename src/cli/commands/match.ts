import { createWriteStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Option, type Command } from 'commander';
import { createMatcher, type MatcherOptions } from '../../match/matcher.js';
import { combinedCut, type Ranked } from '../../rank/topk.js';
import { emptyStats, mergeStats, statsFromJSON, statsToJSON, type CorpusStats } from '../../match/stats.js';
import type { Match } from '../../schema/match.js';
import type { RejectedRow } from '../../io/validate.js';
import { makeSpoolDir } from '../../io/temp.js';
import { outputFormatOf, writeMatches, writeRejected } from '../../io/write.js';
import type { Enterprise } from '../../schema/domain.js';
import {
  bundledThemes,
  estimateRows,
  formatIssue,
  loadItems,
  loadThemes,
  reportRejected,
  type InputCounts,
} from '../_lib/input.js';
import { addLangOption, messageLang, type Lang } from '../_lib/lang.js';
import { scorePart, type PartResult, type PartSetup, type PartStats } from '../_lib/part.js';
import { createProgress } from '../_lib/progress.js';
import { parseShard, type Shard } from '../_lib/shard.js';
import { checkOutputs } from '../_lib/outputs.js';
import { EXIT_CODES_HELP, doneExitCode, usageError } from '../_lib/errors.js';
import { ChainmatchError, ErrorCodes, type ErrorCode } from '../../errors.js';
import type { Issue } from '../../schema/issue.js';
import { addInputOptions, inputOptions, summarizeNotices, type InputFlags } from '../_lib/notices.js';
import { withWeightsFile } from '../_lib/weights.js';
import { addChainsOption, chainMapsOf, type ChainsFlags } from '../_lib/chains.js';
import { mergeMatches } from './merge.js';

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
  /** @internal Enterprises kept prepared between the passes (default {@link KEEP_PREPARED}); tests lower it. */
  keepPrepared?: number;
}

/** Up to this many enterprises stay prepared in memory between the two passes; larger inputs are read twice. */
const KEEP_PREPARED = 100_000;

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

/** Runs `match`; returns the exit code. */
export async function runMatch(
  flags: MatchFlags,
  io: { stderr: (s: string) => void } = { stderr: (s) => process.stderr.write(s + '\n') },
): Promise<number> {
  const top = Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
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
  createMatcher(options); // invalid options fail here, before any thread starts

  if ((requested ?? 1) > 1 && !existsSync(workerFile))
    throw usageError('--workers needs the built CLI (npm run build)');
  // Both passes read the enterprises: standard input is spooled to a temporary file first.
  const spool = flags.enterprises === '-' ? await spoolStdin() : undefined;
  const workers = requested ?? defaultWorkers(spool?.file ?? flags.enterprises, existsSync(workerFile));
  const counts: InputCounts = { file: flags.enterprises, in: 0, accepted: 0, rejected: 0, skipped: 0 };
  const rejected: RejectedRow[] = [];
  const notices: Issue[] = [...items.skipped, ...items.warnings];
  let matches: Match[];
  let enterprises: Enterprise[];
  try {
    const shared = workers > 1 ? new SharedArrayBuffer(4 * workers * items.accepted.length) : undefined;
    const setup = (index: number): PartSetup => ({
      items: items.accepted,
      options,
      file: spool?.file ?? flags.enterprises,
      ...(spool ? { name: flags.enterprises } : {}),
      input: inputs.enterprises,
      part: { index, count: workers },
      ...(shard ? { shard } : {}),
      top,
      by: flags.by,
      minScore,
      keepPrepared: Math.floor((flags.keepPrepared ?? KEEP_PREPARED) / workers),
      ...(shared ? { shared } : {}),
      ...(table ? { withEnterprises: true } : {}),
    });
    // Each part reads the whole file but tokenizes and scores only the rows it owns; the statistics of all parts
    // are merged before any part scores, and the parts' top-k lists merge into the ranking one run would give.
    // The statistics stage's total: the rows of a text file counted up front (only when a bar shows), an XLSX
    // workbook's once it is read; each stage ends at its exact count.
    const estimate = progress.enabled ? await estimateRows(spool?.file ?? flags.enterprises) : undefined;
    const done = Array.from({ length: workers }, () => 0);
    let phase: 'statistics' | 'scoring' | undefined;
    const sum = () => done.reduce((x, y) => x + y, 0);
    const endStage = () => {
      if (phase) progress.update(sum(), sum());
      progress.stop();
    };
    const onProgress = (p: number, ph: 'statistics' | 'scoring', n: number, total?: number) => {
      if (ph !== phase) {
        endStage();
        const scoring = shard ? Math.ceil(counts.accepted / shard.count) : counts.accepted;
        progress.start(STAGE[lang][ph], ph === 'scoring' ? scoring : (total ?? estimate ?? 0));
        phase = ph;
        done.fill(0);
      }
      done[p] = n;
      progress.update(sum(), total);
    };
    // Integer sums, and rows in part order then row order: nothing depends on which part finished first.
    const onStats = barrier(workers, (partials: PartStats[]) => {
      const stats = emptyStats();
      for (const pt of partials) {
        mergeStats(stats, pt.stats);
        counts.in += pt.counts.in;
        counts.accepted += pt.counts.accepted;
        counts.rejected += pt.counts.rejected;
        counts.skipped += pt.counts.skipped;
        rejected.push(...pt.rejected);
        notices.push(...pt.skipped, ...pt.warnings);
      }
      rejected.sort((x, y) => x.row - y.row);
      reportRejected(rejected, io.stderr);
      // Nothing to score is an error, not an empty result (the other parts are stopped by the caller).
      if (counts.accepted === 0) throw nothingRead(flags.enterprises, 'enterprises', counts);
      return stats;
    });
    // After scoring, the parts' kept scores give each item's cut in the combined ranking: parts explain only up to it.
    const onKept = barrier(workers, (kept: Ranked[][][]) => combinedCut(kept, top));
    if (workers === 1) {
      ({ matches, enterprises } = await scorePart(
        setup(1),
        (partial) => onStats(0, partial),
        (ph, n, total) => onProgress(0, ph, n, total),
      ));
    } else {
      const threads: Worker[] = [];
      const lists = await Promise.all(
        Array.from({ length: workers }, (_, p) =>
          runWorker(workerFile, setup(p + 1), threads, {
            stats: (partial) => onStats(p, partial),
            kept: (kept) => onKept(p, kept),
            progress: (ph, n, total) => onProgress(p, ph, n, total),
          }),
        ),
      ).catch(async (e: unknown) => {
        // The other parts may wait for statistics that will never come: stop them.
        await Promise.all(threads.map((t) => t.terminate()));
        throw e;
      });
      matches = mergeMatches(
        lists.flatMap((l) => l.matches),
        top,
        flags.by,
      );
      enterprises = lists.flatMap((l) => l.enterprises);
    }
    endStage();
  } finally {
    await spool?.remove();
  }
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

/** Below this size an enterprise file is scored on one thread: starting threads costs more than they save. */
const PARALLEL_BYTES = 64 * 1024 * 1024;

/**
 * The default `--workers`: the machine's available parallelism for an enterprise file of 64 MB or more (about
 * 90,000 firms), one thread below it and when running from source without the built worker. Measured on 2 shared
 * cores: two threads took 1.58× the time of one on the bundled 1,200 firms and 1.41× on 15,000 (326 items), and
 * 0.80× on 100,000 (3,260 items, previous session).
 */
function defaultWorkers(file: string, built: boolean): number {
  if (!built) return 1;
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    return 1; // the reader reports a missing file
  }
  return size >= PARALLEL_BYTES ? Math.min(64, availableParallelism()) : 1;
}

/** `in = accepted + rejected` of one input, `+ skipped` when rows were skipped (读入 = 接受 + 拒绝 + 跳过 in Chinese). */
export const accounting = (c: InputCounts, lang: Lang = 'en'): string =>
  lang === 'zh'
    ? `读入 ${c.in} = 接受 ${c.accepted} + 拒绝 ${c.rejected}${c.skipped > 0 ? ` + 跳过 ${c.skipped}` : ''}`
    : `${c.in} in = ${c.accepted} accepted + ${c.rejected} rejected${c.skipped > 0 ? ` + ${c.skipped} skipped` : ''}`;

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

/**
 * A meeting point of `n` parts: part `p` hands over its value and waits; when all have arrived, `combine` (called
 * once, with the values in part order) gives the answer every part gets.
 */
function barrier<T, R>(n: number, combine: (values: T[]) => R): (p: number, value: T) => Promise<R> {
  const values: T[] = [];
  let arrived = 0;
  let resolve: (r: R) => void = () => {};
  const answer = new Promise<R>((r) => (resolve = r));
  return (p, value) => {
    values[p] = value;
    if (++arrived === n) resolve(combine(values));
    return answer;
  };
}

/** Copies standard input to a temporary JSONL file in a spool directory (see `makeSpoolDir`; removed by `remove`). */
async function spoolStdin(): Promise<{ file: string; remove: () => Promise<void> }> {
  const { dir, remove } = await makeSpoolDir();
  const file = join(dir, 'enterprises.jsonl');
  try {
    await pipeline(process.stdin, createWriteStream(file));
  } catch (e) {
    await remove();
    throw e;
  }
  return { file, remove };
}

/** Runs one part in a worker thread; resolves with its matches, rejects on the thread's error or early exit. */
function runWorker(
  file: string,
  setup: PartSetup,
  threads: Worker[],
  on: {
    stats: (p: PartStats) => Promise<CorpusStats>;
    kept: (kept: Ranked[][]) => Promise<(Ranked | undefined)[]>;
    progress: (phase: 'statistics' | 'scoring', done: number, total?: number) => void;
  },
): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: setup });
    threads.push(worker);
    let result: PartResult | undefined;
    worker.on('message', (m: { type: string } & Record<string, unknown>) => {
      if (m.type === 'progress')
        on.progress(m.phase as 'statistics' | 'scoring', m.done as number, m.total as number | undefined);
      else if (m.type === 'stats') {
        const partial: PartStats = {
          stats: statsFromJSON(m.stats as ReturnType<typeof statsToJSON>),
          counts: m.counts as InputCounts,
          rejected: m.rejected as RejectedRow[],
          skipped: m.skipped as Issue[],
          warnings: m.warnings as Issue[],
        };
        on.stats(partial).then((stats) => worker.postMessage({ stats: statsToJSON(stats) }), reject);
      } else if (m.type === 'kept') on.kept(m.kept as Ranked[][]).then((cut) => worker.postMessage({ cut }), reject);
      else if (m.type === 'matches')
        result = { matches: m.matches as Match[], enterprises: m.enterprises as Enterprise[] };
    });
    // A thread's ChainmatchError arrives as a plain error with its `code`: restore it, so it prints and exits the same.
    worker.on('error', (e: Error & { code?: unknown }) =>
      reject(
        e?.name === 'ChainmatchError' && typeof e.code === 'string'
          ? new ChainmatchError(e.code as ErrorCode, e.message.replace(/^chainmatch: /u, ''))
          : e,
      ),
    );
    worker.on('exit', (code) =>
      result
        ? resolve(result)
        : reject(new Error(`worker for part ${setup.part.index}/${setup.part.count} exited with code ${code}`)),
    );
  });
}
