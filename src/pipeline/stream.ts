import { createWriteStream, existsSync, statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ChainmatchError, type ErrorCode, ErrorCodes } from '../errors.js';
import { makeSpoolDir } from '../io/temp.js';
import type { RejectedRow } from '../io/validate.js';
import { itemRecords } from '../match/inputs.js';
import { createMatcher, type MatcherOptions } from '../match/matcher.js';
import { type CorpusStats, emptyStats, mergeStats, statsFromJSON, statsToJSON } from '../match/stats.js';
import type { Matcher } from '../match/types.js';
import { combinedCut, type Ranked } from '../rank/topk.js';
import type { ChainGapItemInput, Enterprise } from '../schema/domain.js';
import type { Issue } from '../schema/issue.js';
import type { Match } from '../schema/match.js';
import { abortError, throwIfAborted } from './abort.js';
import { mergeMatches } from './merge.js';
import { type PartResult, type PartSetup, type PartStats, scorePart } from './part.js';
import type { Shard } from './shard.js';
import {
  accounting,
  type EnterpriseSource,
  estimateRows,
  type InputCounts,
  type SourceOptions,
  sourceName,
} from './source.js';

/** A stage of a streaming match: reading the source for its statistics, then scoring it. */
export type MatchStage = 'statistics' | 'scoring';

/**
 * Where a streaming match is. Within a stage `done` only grows; each stage's last report has `done === total`.
 * `total` is known from the start of the statistics stage for text files (their lines are counted first), once
 * the workbook is read for XLSX, never before the end for a function source; the scoring stage knows it from the
 * start (the accepted enterprises, or about 1/n of them in a shard).
 */
export interface MatchProgress {
  /** The stage this report is about; `'statistics'` comes first, `'scoring'` second. */
  stage: MatchStage;
  /** Enterprises accepted (statistics) or scored (scoring) so far. */
  done: number;
  /** What `done` will reach, when known. */
  total?: number;
}

/** What the first pass read: handed to `onRead` before scoring starts, and part of the result. */
export interface ReadReport {
  /** `in = accepted + rejected + skipped`. */
  counts: InputCounts;
  /** Rows that are no valid enterprise, with their file (or source name), row and issues; in row order. */
  rejected: RejectedRow[];
  /** Rows read but no records: titles above a header, totals rows, note lines (files only). */
  skipped: Issue[];
  /** Notices that reject nothing: unknown columns kept in `extra`, cells left empty (the first 1,000 per part). */
  warnings: Issue[];
}

/** Options of {@link matchStream}. */
export interface MatchStreamOptions {
  /** The chain-gap items, validated like `Matcher.rank` validates them (`INVALID_INPUT` lists every issue). */
  items: readonly ChainGapItemInput[];
  /** A file, or a function that opens the rows anew on each call (see {@link EnterpriseSource}). */
  enterprises: EnterpriseSource;
  /** How to read the source: sheet, your own column names, the name rows are reported under. */
  read?: SourceOptions;
  /**
   * Matcher options, or a matcher built already. Worker threads each build their own from options (plain data:
   * no custom features or tokenizer objects); a built matcher scores in the calling thread only.
   */
  matcher?: MatcherOptions | Matcher;
  /** Matches kept per item (or per enterprise with `by: 'enterprise'`); default 10. */
  top?: number;
  /** Rank enterprises per item (default) or items per enterprise. */
  by?: 'item' | 'enterprise';
  /** Drop matches scoring below this (0–1); default 0. */
  minScore?: number;
  /**
   * Worker threads that score parts of a file source in parallel (1–64); the result is the same for any count.
   * `'auto'` (default): the machine's available parallelism for a file of 64 MB or more (about 90,000 firms), else
   * 1 (threads cost more than they save on small files). A function source and a built matcher run in the calling
   * thread: ask for more than one worker with them and the call throws `INVALID_OPTION`. Workers need the built
   * package (`dist/worker.js`).
   */
  workers?: number | 'auto';
  /**
   * Score only shard `index` of `count` (1-based; enterprises split by the hash of their id). Statistics still cover
   * every row, so the shards' matches, merged with `mergeMatches`, are those of one run.
   */
  shard?: Shard;
  /** Also return the records of the enterprises the kept matches name (for tables of names and contacts). */
  withEnterprises?: boolean;
  /**
   * Enterprises kept prepared in memory between the two passes (default 100,000, shared among the workers);
   * beyond it the scoring pass reads the source again, without tokenizing again. A file of 16 MB or more has its rows
   * counted first: when it holds more, none is kept (keeping some and dropping them only grew the heap).
   */
  keepPrepared?: number;
  /** Called as the stages advance (a few times a second per worker at most). */
  onProgress?: (progress: MatchProgress) => void;
  /** Called once after the statistics pass, before scoring: what was read, rejected and skipped. */
  onRead?: (read: ReadReport) => void;
  /**
   * Stops the run: the promise rejects with a `ChainmatchError` of code `ABORTED` (the signal's reason as
   * `details`), worker threads are terminated and the spool of standard input is removed. A function source is
   * asked for no further row: its iteration is closed (a generator's `finally` runs) when its next row arrives.
   */
  signal?: AbortSignal;
}

/** What {@link matchStream} gives back. */
export interface MatchStreamResult extends ReadReport {
  /** The kept matches, explained, ordered by item id (or enterprise id) then rank — as `Matcher.rank` gives. */
  matches: Match[];
  /** With `withEnterprises`: the enterprises the matches name; otherwise empty. */
  enterprises: Enterprise[];
  /** The statistics of the whole source (document frequencies of the items' vocabulary, lengths). */
  stats: CorpusStats;
  /** Worker threads used (1: the calling thread). */
  workers: number;
}

/** Up to this many enterprises stay prepared in memory between the two passes; larger inputs are read twice. */
const KEEP_PREPARED = 100_000;
/**
 * From this size on, a file's rows are counted before the first pass (a newline count: 0.7 s for 690 MB), to know
 * whether they can be kept prepared; a smaller file holds fewer than {@link KEEP_PREPARED} rows of any usual width.
 */
const COUNT_ROWS_BYTES = 16 * 1024 * 1024;
/** Below this size an enterprise file is scored on one thread: starting threads costs more than they save. */
const PARALLEL_BYTES = 64 * 1024 * 1024;
const MAX_WORKERS = 64;
/**
 * A worker thread's young generation (V8 `maxYoungGenerationSizeMb`: 3 × the semi-space, so semi-spaces of 64 MB
 * against Node's 16): preparing and scoring make short-lived objects by the million, and the default semi-spaces
 * promote many of them and scavenge often — 10.6 s of scavenges against 1.8 s in one run of 100,000 firms read twice
 * (`--max-semi-space-size=64`); 9% less CPU and 10% less wall time on 200,000 firms on 2 workers, for ~290 MB more RSS
 * while scoring (DESIGN.md).
 */
const YOUNG_GENERATION_MB = 192;
/** Node's own young generation on 64-bit machines (16 MB semi-spaces): never asked for less. */
const DEFAULT_YOUNG_GENERATION_MB = 48;

/**
 * @internal The young generation of each of `workers` threads: {@link YOUNG_GENERATION_MB}, but all of them together within an
 * eighth of the machine's memory (many threads on a small machine keep Node's default).
 */
export function youngGenerationMb(workers: number, totalBytes = totalmem()): number {
  const share = Math.floor(totalBytes / 2 ** 20 / 8 / Math.max(1, workers));
  return Math.max(DEFAULT_YOUNG_GENERATION_MB, Math.min(YOUNG_GENERATION_MB, share));
}

/**
 * The worker thread's script, beside the module that runs it: `dist/worker.js` of the built package. Running from
 * the sources (where it is `worker.ts`) it does not exist, and only one worker can be used.
 * @internal
 */
export const workerScript = (): string => fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Matches items against a stream of enterprises too large to hold: a statistics pass over the whole source, then a
 * scoring pass that keeps each item's top matches — the same matches `Matcher.rank` gives for the same
 * records, whatever the worker count or sharding. Memory stays bounded by the kept matches (and up to
 * `keepPrepared` prepared enterprises).
 *
 * Bad rows never throw: they are counted and returned (`rejected`), and `counts.in` is always
 * `accepted + rejected + skipped`. Throws `INVALID_INPUT` for bad items or a source of which no row was accepted,
 * `INVALID_OPTION` for bad options, `ABORTED` when `signal` aborts; a file that cannot be read throws as
 * `readRecords` does.
 * @example
 * const { matches, counts } = await matchStream({
 *   items,
 *   enterprises: async function* () { yield* await db.query('SELECT id, name, description FROM firms') },
 *   top: 5,
 *   onProgress: ({ stage, done, total }) => console.error(stage, done, total),
 *   signal: AbortSignal.timeout(60_000),
 * });
 */
export async function matchStream(options: MatchStreamOptions): Promise<MatchStreamResult> {
  const o = checkOptions(options);
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const issues: Issue[] = [];
  const items = itemRecords.list(options.items, 'items', issues);
  if (issues.length) throw ChainmatchError.invalidInput(issues);
  if (items.length === 0) throw new ChainmatchError(ErrorCodes.INVALID_INPUT, 'no items to match');
  const given = options.matcher;
  const built = isMatcher(given) ? given : undefined;
  const matcherOptions: MatcherOptions = built ? {} : ((given as MatcherOptions | undefined) ?? {});
  // Invalid options fail here, before any thread starts; one part in this thread scores with this matcher.
  const matcher = built ?? createMatcher(matcherOptions);
  const source = options.enterprises;
  const script = workerScript();
  const threaded = typeof source === 'string' && !built;
  if (o.workers !== 'auto' && o.workers > 1) {
    if (!threaded)
      throw new ChainmatchError(
        ErrorCodes.INVALID_OPTION,
        `workers: ${o.workers} needs a file source and matcher options (a function source and a built matcher run in this thread)`,
      );
    if (!existsSync(script))
      throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `workers need the built package (${script} is missing)`);
  }
  // Both passes read the enterprises: standard input is spooled to a temporary file first.
  const spool = source === '-' ? await spoolStdin() : undefined;
  try {
    const file = spool?.file ?? source;
    const workers = o.workers !== 'auto' ? o.workers : threaded ? defaultWorkers(file as string, script) : 1;
    // A file with more rows than can be kept prepared is read twice from the start: preparing and then dropping the
    // first `keepPrepared` of them only grew the heap (about 0.5 GB of the peak at 1,000,000 rows on 2 workers).
    const estimate =
      typeof file === 'string' && (onProgress || sizeOf(file) >= COUNT_ROWS_BYTES)
        ? await estimateRows(file)
        : undefined;
    const keepPrepared = estimate !== undefined && estimate > o.keepPrepared ? 0 : o.keepPrepared;
    const setup = (index: number, shared?: SharedArrayBuffer): PartSetup => ({
      items,
      options: matcherOptions,
      source: file,
      ...(spool ? { name: '-' } : options.read?.name !== undefined ? { name: options.read.name } : {}),
      input: { ...options.read },
      part: { index, count: workers },
      ...(o.shard ? { shard: o.shard } : {}),
      top: o.top,
      by: o.by,
      minScore: o.minScore,
      keepPrepared: Math.floor(keepPrepared / workers),
      ...(shared ? { shared } : {}),
      ...(options.withEnterprises ? { withEnterprises: true } : {}),
    });
    throwIfAborted(signal);
    const run = new Run(workers, sourceName(source, spool ? '-' : options.read?.name), o, onProgress, estimate);
    run.onRead = options.onRead;
    const { matches, enterprises, scored } =
      workers === 1 ? await run.inThread(setup(1), matcher, signal) : await run.inWorkers(script, setup, signal);
    run.finish(scored);
    return { matches, enterprises, ...run.read, stats: run.stats, workers };
  } finally {
    await spool?.remove();
  }
}

/** The state of one run: the parts' progress, the merged statistics and counts, the barriers between the parts. */
class Run {
  readonly read: ReadReport;
  stats: CorpusStats = emptyStats();
  onRead: ((read: ReadReport) => void) | undefined;
  private readonly done: number[];
  private stage: MatchStage | undefined;
  private total: number | undefined;
  /** Hands a part's statistics over; every part gets the merged statistics once all have arrived. */
  readonly exchange: (part: number, partial: PartStats) => Promise<CorpusStats>;
  /** Hands a part's kept scores over; every part gets each item's cut in the combined ranking. */
  readonly settle: (part: number, kept: Ranked[][]) => Promise<(Ranked | undefined)[]>;

  constructor(
    private readonly parts: number,
    name: string,
    private readonly o: { top: number; shard: Shard | undefined },
    private readonly onProgress: ((p: MatchProgress) => void) | undefined,
    private readonly estimate: number | undefined,
  ) {
    this.done = Array.from({ length: parts }, () => 0);
    this.read = {
      counts: { file: name, in: 0, accepted: 0, rejected: 0, skipped: 0 },
      rejected: [],
      skipped: [],
      warnings: [],
    };
    // Integer sums, and rows in part order then row order: nothing depends on which part finished first.
    this.exchange = barrier(parts, (partials: PartStats[]) => {
      const { counts, rejected, skipped, warnings } = this.read;
      for (const pt of partials) {
        mergeStats(this.stats, pt.stats);
        counts.in += pt.counts.in;
        counts.accepted += pt.counts.accepted;
        counts.rejected += pt.counts.rejected;
        counts.skipped += pt.counts.skipped;
        rejected.push(...pt.rejected);
        skipped.push(...pt.skipped);
        warnings.push(...pt.warnings);
      }
      rejected.sort((x, y) => x.row - y.row);
      this.endStatistics(counts.accepted);
      this.onRead?.(this.read);
      // Nothing to score is an error, not an empty result (the other parts are stopped by the caller).
      if (counts.accepted === 0) throw nothingRead(counts);
      return this.stats;
    });
    this.settle = barrier(parts, (kept: Ranked[][][]) => combinedCut(kept, o.top));
  }

  /** A part's progress: the stage's sum over the parts goes to `onProgress`. */
  report(part: number, stage: MatchStage, done: number, total?: number): void {
    if (!this.onProgress) return;
    if (stage !== this.stage) {
      if (this.stage === 'statistics' || stage === 'statistics') this.done.fill(0);
      this.stage = stage;
      const { accepted } = this.read.counts;
      const { shard } = this.o;
      this.total = stage === 'scoring' ? (shard ? Math.ceil(accepted / shard.count) : accepted) : this.estimate;
    }
    if (total !== undefined) this.total = total;
    this.done[part] = done;
    const sum = this.done.reduce((x, y) => x + y, 0);
    this.emit(this.total === undefined ? { stage, done: sum } : { stage, done: sum, total: this.total });
  }

  /** Ends the statistics stage at its exact count: the enterprises accepted by all the parts. */
  private endStatistics(accepted: number): void {
    if (!this.onProgress) return;
    this.stage = 'statistics';
    this.done.fill(0);
    this.done[0] = accepted;
    this.emit({ stage: 'statistics', done: accepted, total: accepted });
  }

  /** Ends the scoring stage at its exact count. */
  finish(scored: number): void {
    this.emit({ stage: 'scoring', done: scored, total: scored });
  }

  private last: MatchProgress | undefined;
  /** Reports progress, never the same twice in a row. */
  private emit(p: MatchProgress): void {
    const l = this.last;
    if (l && l.stage === p.stage && l.done === p.done && l.total === p.total) return;
    this.last = p;
    this.onProgress?.(p);
  }

  /**
   * Scores the whole source in the calling thread. The part stops at its next batch once `signal` aborts; the
   * promise rejects at once (a function source may be waiting for rows).
   */
  async inThread(setup: PartSetup, matcher: Matcher, signal: AbortSignal | undefined): Promise<PartResult> {
    const result = scorePart(
      setup,
      (partial) => this.exchange(0, partial),
      (stage, done, total) => this.report(0, stage, done, total),
      undefined,
      { matcher, ...(signal ? { signal } : {}) },
    );
    if (!signal) return result;
    let listener = () => {};
    const aborted = new Promise<never>((_, reject) => {
      listener = () => reject(abortError(signal));
      signal.addEventListener('abort', listener, { once: true });
    });
    return Promise.race([result, aborted]).finally(() => signal.removeEventListener('abort', listener));
  }

  /**
   * Each worker reads the whole file but tokenizes and scores only the rows it owns; the statistics of all parts
   * are merged before any part scores, and the parts' top-k lists merge into the ranking one run would give.
   */
  async inWorkers(
    script: string,
    setup: (index: number, shared?: SharedArrayBuffer) => PartSetup,
    signal: AbortSignal | undefined,
  ): Promise<PartResult> {
    const { items, top, by } = setup(1);
    const shared = new SharedArrayBuffer(4 * this.parts * items.length);
    const threads: Worker[] = [];
    const stop = () => Promise.all(threads.map((t) => t.terminate()));
    // Aborted: the threads stop at once, and the run rejects once they are gone.
    const onAbort = () => void stop();
    signal?.addEventListener('abort', onAbort, { once: true });
    const lists = await Promise.all(
      Array.from({ length: this.parts }, (_, p) =>
        runWorker(script, setup(p + 1, shared), threads, {
          stats: (partial) => this.exchange(p, partial),
          kept: (kept) => this.settle(p, kept),
          progress: (stage, done, total) => this.report(p, stage, done, total),
        }),
      ),
    )
      .catch(async (e: unknown) => {
        // The other parts may wait for statistics that will never come: stop them.
        await stop();
        throw signal?.aborted ? abortError(signal) : e;
      })
      .finally(() => signal?.removeEventListener('abort', onAbort));
    return {
      matches: mergeMatches(
        lists.flatMap((l) => l.matches),
        top,
        by,
      ),
      enterprises: lists.flatMap((l) => l.enterprises),
      scored: lists.reduce((n, l) => n + l.scored, 0),
    };
  }
}

/** The options with their defaults, checked: `INVALID_OPTION` names the first bad one. */
function checkOptions(options: MatchStreamOptions): {
  top: number;
  by: 'item' | 'enterprise';
  minScore: number;
  workers: number | 'auto';
  shard: Shard | undefined;
  keepPrepared: number;
} {
  const bad = (what: string, got: unknown) =>
    new ChainmatchError(ErrorCodes.INVALID_OPTION, `${what}, got ${JSON.stringify(got) ?? String(got)}`);
  if (typeof options !== 'object' || options === null) throw bad('matchStream needs an options object', options);
  const { top = 10, by = 'item', minScore = 0, workers = 'auto', shard, keepPrepared = KEEP_PREPARED } = options;
  const source = options.enterprises;
  if (typeof source !== 'function' && (typeof source !== 'string' || source === ''))
    throw bad('enterprises must be a file path or a function returning the rows', source);
  if (!Number.isInteger(top) || top < 1) throw bad('top must be a positive integer', top);
  if (by !== 'item' && by !== 'enterprise') throw bad("by must be 'item' or 'enterprise'", by);
  if (!(minScore >= 0 && minScore <= 1)) throw bad('minScore must be in [0, 1]', minScore);
  if (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 1 && workers <= MAX_WORKERS))
    throw bad(`workers must be 'auto' or an integer from 1 to ${MAX_WORKERS}`, workers);
  if (
    shard !== undefined &&
    !(Number.isInteger(shard.count) && Number.isInteger(shard.index) && shard.index >= 1 && shard.index <= shard.count)
  )
    throw bad('shard must be { index, count } with 1 <= index <= count', shard);
  if (!Number.isInteger(keepPrepared) || keepPrepared < 0)
    throw bad('keepPrepared must be an integer >= 0', keepPrepared);
  return { top, by, minScore, workers, shard: shard && { index: shard.index, count: shard.count }, keepPrepared };
}

const isMatcher = (m: unknown): m is Matcher =>
  typeof m === 'object' && m !== null && typeof (m as Matcher).rank === 'function';

/**
 * The default worker count: the machine's available parallelism for an enterprise file of 64 MB or more (about
 * 90,000 firms), one thread below it and when the built worker is missing. Measured on 2 shared cores: two threads
 * took 1.58× the time of one on the bundled 1,200 firms and 1.41× on 15,000 (326 items), and 0.80× on 100,000
 * (3,260 items).
 */
function defaultWorkers(file: string, script: string): number {
  if (!existsSync(script)) return 1;
  return sizeOf(file) >= PARALLEL_BYTES ? Math.min(MAX_WORKERS, availableParallelism()) : 1;
}

/** A file's size in bytes; 0 if it cannot be read (the reader reports that). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The error for a source of which no row was accepted: a run that reads nothing never succeeds. */
function nothingRead(c: InputCounts): ChainmatchError {
  return new ChainmatchError(
    ErrorCodes.INVALID_INPUT,
    `${c.file}: no enterprises to match (${accounting(c)})${c.in === 0 ? '; the file holds no data rows' : ''}`,
    { file: c.file, counts: c },
  );
}

/**
 * A meeting point of `n` parts: part `p` hands over its value and waits; when all have arrived, `combine` (called
 * once, with the values in part order) gives the answer every part gets.
 */
function barrier<T, R>(n: number, combine: (values: T[]) => R): (p: number, value: T) => Promise<R> {
  const values: T[] = [];
  let arrived = 0;
  let settle: (r: () => R) => void = () => {};
  const answer = new Promise<R>((resolve) => (settle = (f) => resolve(new Promise<R>((ok) => ok(f())))));
  return (p, value) => {
    values[p] = value;
    if (++arrived === n) settle(() => combine(values));
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

/**
 * The Node flags a worker starts with: the process's, less those of a script given on the command line
 * (`node --input-type=module -e '…'`), which a worker running a file refuses.
 */
function workerExecArgv(): string[] {
  const flags: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') i++;
    else if (!/^--(?:input-type|eval|print)=/u.test(a)) flags.push(a);
  }
  return flags;
}

/** Runs one part in a worker thread; resolves with its matches, rejects on the thread's error or early exit. */
function runWorker(
  file: string,
  setup: PartSetup,
  threads: Worker[],
  on: {
    stats: (p: PartStats) => Promise<CorpusStats>;
    kept: (kept: Ranked[][]) => Promise<(Ranked | undefined)[]>;
    progress: (stage: MatchStage, done: number, total?: number) => void;
  },
): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: setup,
      execArgv: workerExecArgv(),
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(setup.part.count) },
    });
    threads.push(worker);
    let result: PartResult | undefined;
    const matches: Match[] = [];
    worker.on('message', (m: { type: string } & Record<string, unknown>) => {
      if (m.type === 'progress') on.progress(m.phase as MatchStage, m.done as number, m.total as number | undefined);
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
      else if (m.type === 'matches') for (const x of m.matches as Match[]) matches.push(x);
      else if (m.type === 'done')
        result = { matches, enterprises: m.enterprises as Enterprise[], scored: m.scored as number };
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
