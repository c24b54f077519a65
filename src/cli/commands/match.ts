import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { createCollector, createMatcher, type MatcherOptions } from '../../match/matcher.js';
import { emptyStats, mergeStats, statsFromJSON, statsToJSON, type CorpusStats } from '../../match/stats.js';
import type { Enterprise } from '../../schema/domain.js';
import type { PreparedEnterprise } from '../../features/types.js';
import type { RejectedRow } from '../../io/validate.js';
import { writeMatches, writeRejected } from '../../io/write.js';
import { loadItems, loadThemes, reportRejected, streamEnterprises, type InputCounts } from '../_lib/input.js';
import { batched, runBatches } from '../_lib/pool.js';
import { createProgress } from '../_lib/progress.js';
import { parseShard, shardOf, type Shard } from '../_lib/shard.js';
import { TermCache } from '../_lib/term-cache.js';
import { EXIT, usageError } from '../_lib/errors.js';
import { readWeightsFile } from '../_lib/weights.js';

export interface MatchFlags {
  items: string;
  enterprises: string;
  themes?: string;
  weights?: string;
  top: string;
  by: 'item' | 'enterprise';
  format?: 'jsonl' | 'json' | 'csv' | 'xlsx';
  out: string;
  minScore?: string;
  workers: string;
  shard?: string;
  rejected?: string;
  quiet?: boolean;
  json?: boolean;
  tokenizer?: 'segmenter' | 'jieba' | 'jieba-search' | 'bigram';
  /** @internal Enterprises kept prepared between the passes (default {@link KEEP_PREPARED}); tests lower it. */
  keepPrepared?: number;
}

const BATCH = 256;
/** Up to this many enterprises stay prepared in memory between the two passes; larger inputs are read twice. */
const KEEP_PREPARED = 100_000;

export function register(program: Command): void {
  program
    .command('match')
    .description('score every enterprise against every chain-gap item and write the top matches (排序与推荐理由)')
    .requiredOption('--items <file>', 'chain-gap items (JSON, JSONL, CSV, TSV or XLSX)')
    .requiredOption('--enterprises <file>', "target enterprises (same formats; '-' reads JSONL from stdin)")
    .option('--themes <file>', 'themes with per-theme weights (JSON array)')
    .option('--weights <file>', 'feature weights: a weight profile from `chainmatch fit` or a JSON object {feature: weight}')
    .option('--top <n>', 'matches kept per item (or per enterprise with --by enterprise)', '10')
    .addOption(new Option('--by <side>', 'rank enterprises per item, or items per enterprise').choices(['item', 'enterprise']).default('item'))
    .addOption(new Option('--format <format>', 'output format (default: from --out extension, jsonl for stdout)').choices(['jsonl', 'json', 'csv', 'xlsx']))
    .option('--out <file>', "output file ('-' for stdout)", '-')
    .option('--min-score <x>', 'drop matches scoring below x (0–1)')
    .option('--workers <n>', 'worker threads for scoring (output is identical for any n)', '1')
    .option('--shard <i/n>', 'score only shard i of n (by enterprise id); combine shard outputs with `chainmatch merge`')
    .addOption(new Option('--tokenizer <kind>', 'Chinese word segmentation').choices(['segmenter', 'jieba', 'jieba-search', 'bigram']))
    .option('--rejected <file>', 'write rejected input rows (JSONL) to this file')
    .option('--quiet', 'no progress bar, no summary')
    .option('--json', 'print the summary as one JSON line on stderr')
    .addHelpText(
      'after',
      `
Output (JSONL, one line per match): {"itemId","enterpriseId","rank","score","contributions","matchedTerms","reason"}
rank is 1-based within its item; contributions add up to score.

Exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some input rows were rejected (see stderr).

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
export async function runMatch(flags: MatchFlags, io: { stderr: (s: string) => void } = { stderr: (s) => process.stderr.write(s + '\n') }): Promise<number> {
  const top = Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
  const workers = Number(flags.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw usageError(`--workers must be an integer from 1 to 64, got '${flags.workers}'`);
  const minScore = flags.minScore === undefined ? 0 : Number(flags.minScore);
  if (!(minScore >= 0 && minScore <= 1)) throw usageError(`--min-score must be in [0, 1], got '${flags.minScore}'`);
  const shard: Shard | undefined = flags.shard ? parseShard(flags.shard) : undefined;
  const log = (s: string) => !flags.quiet && !flags.json && io.stderr(s);
  const progress = createProgress(!flags.quiet && !flags.json);
  const started = performance.now();

  const items = await loadItems(flags.items);
  reportRejected(items.rejected, io.stderr);
  const themes = flags.themes ? await loadThemes(flags.themes) : undefined;
  if (themes) reportRejected(themes.rejected, io.stderr);
  const base: MatcherOptions = {
    ...(themes ? { themes: themes.accepted } : {}),
    ...(flags.tokenizer ? { tokenizer: { chinese: flags.tokenizer } } : {}),
  };
  const options: MatcherOptions = flags.weights ? { ...base, weights: await readWeightsFile(flags.weights, createMatcher(base).describe()) } : base;
  const matcher = createMatcher(options);

  const rejected: RejectedRow[] = [];
  const onRejected = (r: RejectedRow) => {
    rejected.push(r);
    reportRejected([r], io.stderr);
  };
  // Standard input can be read once: keep its valid records for the second pass.
  const fromStdin = flags.enterprises === '-';
  let buffered: Enterprise[] | undefined;
  const counts: InputCounts = { file: flags.enterprises, in: 0, accepted: 0, rejected: 0 };
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (workers > 1 && !existsSync(workerFile)) throw usageError('--workers needs the built CLI (npm run build)');

  // Pass 1: corpus statistics over every enterprise (all shards see the same numbers).
  let stats: CorpusStats = emptyStats();
  progress.start('statistics', 0);
  const pass1 = fromStdin ? (buffered = [], streamEnterprises('-', counts, onRejected)) : streamEnterprises(flags.enterprises, counts, onRejected);
  const tee = async function* () {
    for await (const e of pass1) {
      buffered?.push(e);
      yield e;
    }
  };
  let kept: PreparedEnterprise[] | undefined = workers > 1 ? undefined : [];
  // Beyond KEEP_PREPARED, the scoring pass reads the file again and reuses these instead of tokenizing again.
  const terms = workers > 1 ? undefined : new TermCache(matcher.vocabulary(items.accepted));
  if (workers > 1) {
    await runBatches<Enterprise, ReturnType<typeof statsToJSON>>(
      { threads: workers, filename: workerFile, workerData: { items: items.accepted, options }, name: 'stats' },
      batched(tee(), BATCH),
      (_b, r) => {
        mergeStats(stats, statsFromJSON(r));
        progress.update(stats.docCount);
      },
    );
  } else {
    for await (const batch of batched(tee(), BATCH)) {
      const prepared = batch.map((e) => matcher.prepare(e));
      mergeStats(stats, matcher.collectStats(prepared, items.accepted));
      for (const pe of prepared) terms!.add(pe.enterprise.id, pe);
      if (kept && kept.length + prepared.length <= (flags.keepPrepared ?? KEEP_PREPARED)) kept.push(...prepared);
      else kept = undefined;
      progress.update(stats.docCount);
    }
  }
  progress.stop();

  // Pass 2: score (this shard's) enterprises, keeping top-k heaps only.
  const index = matcher.index(items.accepted, stats);
  const collector = createCollector(index, { top, by: flags.by, minScore });
  /** This shard's enterprises, each with its ordinal among all accepted records. */
  const mineWithOrdinal = async function* (): AsyncGenerator<[Enterprise, number]> {
    const source = buffered ?? streamEnterprises(flags.enterprises, { file: flags.enterprises, in: 0, accepted: 0, rejected: 0 }, () => {});
    let ordinal = 0;
    for await (const e of source) {
      if (!shard || shardOf(e.id, shard.count) === shard.index) yield [e, ordinal];
      ordinal++;
    }
  };
  const mine = async function* () {
    for await (const [e] of mineWithOrdinal()) yield e;
  };
  let scored = 0;
  progress.start('scoring', shard ? Math.ceil(stats.docCount / shard.count) : stats.docCount);
  if (workers > 1) {
    await runBatches<Enterprise, { item: number; score: number }[][]>(
      { threads: workers, filename: workerFile, workerData: {
          items: items.accepted,
          options,
          stats: statsToJSON(stats),
          ...(flags.by === 'item' ? { top: { k: top, minScore } } : {}),
        },
        name: 'score',
      },
      batched(mine(), BATCH),
      (batch, results) => {
        batch.forEach((e, i) => collector.addScored(e, results[i]!));
        progress.update((scored += batch.length));
      },
    );
  } else {
    if (kept) {
      for (const pe of kept) {
        if (!shard || shardOf(pe.enterprise.id, shard.count) === shard.index) collector.add(pe);
        if (++scored % 1000 === 0) progress.update(scored);
      }
    } else {
      for await (const [e, ordinal] of mineWithOrdinal()) {
        collector.add(matcher.prepare(e, terms!.get(ordinal, e.id)));
        if (++scored % 1000 === 0) progress.update(scored);
      }
    }
  }
  progress.stop();
  const matches = collector.matches();
  const format = flags.format ?? (flags.out === '-' ? 'jsonl' : undefined);
  await writeMatches(flags.out, matches, {
    ...(format ? { format } : {}),
    items: items.accepted,
    ...(themes ? { themes: themes.accepted } : {}),
  });
  if (flags.rejected) await writeRejected(flags.rejected, [...items.rejected, ...rejected]);
  const summary = {
    items: items.counts,
    enterprises: counts,
    matches: matches.length,
    shard: shard ? `${shard.index}/${shard.count}` : undefined,
    workers,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
  };
  if (flags.json) io.stderr(JSON.stringify(summary));
  else
    log(
      `chainmatch: ${matches.length} matches; items ${items.counts.in} in = ${items.counts.accepted} accepted + ${items.counts.rejected} rejected; ` +
        `enterprises ${counts.in} in = ${counts.accepted} accepted + ${counts.rejected} rejected; ${summary.seconds}s`,
    );
  return items.counts.rejected + counts.rejected + (themes?.counts.rejected ?? 0) > 0 ? EXIT.REJECTED_ROWS : EXIT.OK;
}
