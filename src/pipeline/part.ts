import { createCollector } from '../match/collector.js';
import { createMatcher, type MatcherOptions } from '../match/matcher.js';
import { emptyStats, mergeStats, type CorpusStats } from '../match/stats.js';
import type { PreparedEnterprise } from '../features/types.js';
import { detectFormat, type LineFilter, type RawRow } from '../io/read.js';
import type { RejectedRow } from '../io/validate.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';
import type { Match } from '../schema/match.js';
import type { Ranked } from '../rank/topk.js';
import type { Issue } from '../schema/issue.js';
import {
  streamEnterprises,
  sourceName,
  type EnterpriseSource,
  type InputCounts,
  type SourceOptions,
} from './source.js';
import { throwIfAborted, yieldTurn } from './abort.js';
import type { Matcher } from '../match/types.js';
import { fnv1a, shardOf, type Shard } from './shard.js';
import { TermCache } from './term-cache.js';

/**
 * One part of a streaming match: the rows of the enterprise source this thread (or process) owns. Sent to a worker
 * thread as it is (structured clone): there, `source` is a file and `options` plain data.
 */
export interface PartSetup {
  items: ChainGapItem[];
  options: MatcherOptions;
  /** The enterprises: a file (standard input is spooled to a file first: it is read twice), or a function source. */
  source: EnterpriseSource;
  /** The name bad rows are reported under (`-` for spooled standard input); default the file, or `source`. */
  name?: string;
  /** Which sheet of a workbook, and the user's own column names. */
  input?: Omit<SourceOptions, 'name'>;
  /** This part `index` of `count` (1-based): rows are split by the hash of their raw `id`. */
  part: Shard;
  /** The user's `--shard`: scored enterprises are further restricted to it (statistics cover every row). */
  shard?: Shard;
  top: number;
  by: 'item' | 'enterprise';
  minScore: number;
  /** Enterprises kept prepared between the passes; beyond it the file is read again without tokenizing. */
  keepPrepared: number;
  /** Also return the enterprises of the kept matches (a table shows their names and contacts). */
  withEnterprises?: boolean;
  /**
   * `count × items` thresholds (Int32, in units of 2^-30, rounded down) that parts running at the same time
   * publish for each other: each part skips pairs below any part's k-th best.
   */
  shared?: SharedArrayBuffer;
}

const UNIT = 2 ** 30;

/** Publishes this part's thresholds and raises its own to the other parts' (rounded down: still valid floors). */
function shareThresholds(
  shared: SharedArrayBuffer,
  part: Shard,
  own: Float64Array,
  raise: (floor: Float64Array) => void,
): void {
  const all = new Int32Array(shared);
  const n = own.length;
  const floor = new Float64Array(n);
  for (let i = 0; i < n; i++) Atomics.store(all, (part.index - 1) * n + i, Math.floor(own[i]! * UNIT));
  for (let p = 0; p < part.count; p++)
    for (let i = 0; i < n; i++) {
      const v = Atomics.load(all, p * n + i) / UNIT;
      if (v > floor[i]!) floor[i] = v;
    }
  raise(floor);
}

/** What a part reports after its first pass. */
export interface PartStats {
  stats: CorpusStats;
  counts: InputCounts;
  rejected: RejectedRow[];
  /** Rows that are no records (part 1 reports them), and notices (file-level ones from part 1, cells from each). */
  skipped: Issue[];
  warnings: Issue[];
}

const BATCH = 256;
/** Warnings a part keeps for the summary (the rest are counted in it). */
const MAX_WARNINGS = 1000;

/** The part (1-based) that owns a row: by the hash of its raw id, so every row has one owner whatever the order. */
export function partOf(row: RawRow, count: number): number {
  return ownerOf(row.record.id, count);
}

/** The part (1-based) that owns a row whose record holds `id`: part 1 for a row without a string or number id. */
function ownerOf(id: unknown, count: number): number {
  return count > 1 && (typeof id === 'string' || typeof id === 'number') ? (fnv1a(String(id)) % count) + 1 : 1;
}

/** Whether `source` is a JSONL file, whose readers can pass over lines unparsed. */
function isJsonl(source: EnterpriseSource): boolean {
  try {
    return typeof source === 'string' && detectFormat(source) === 'jsonl';
  } catch {
    return false; // the reader reports it
  }
}

/**
 * The lines of the enterprises `ordinals` (increasing) of `terms`, as a filter asked about lines in increasing
 * order (one pass over the file).
 */
function linesOf(terms: TermCache, ordinals: readonly number[]): LineFilter {
  let next = 0;
  return {
    line: (n) => {
      while (next < ordinals.length && terms.row(ordinals[next]!) < n) next++;
      return next < ordinals.length && terms.row(ordinals[next]!) === n;
    },
  };
}

/** What a part hands back: its kept matches, explained, and (when asked) the enterprises they name. */
export interface PartResult {
  matches: Match[];
  enterprises: Enterprise[];
  /** Enterprises this part scored. */
  scored: number;
}

/** What only a part running in the caller's thread gets: a matcher built already, and a signal to stop at. */
export interface PartLocal {
  /** The matcher to score with (default: one built from `setup.options`). */
  matcher?: Matcher;
  /** Aborts the part with an `ABORTED` error: checked on every row read, and every 256 enterprises scored. */
  signal?: AbortSignal;
}

/**
 * Scores one part: pass 1 tokenizes the owned rows and counts their statistics; `exchange` hands them over and
 * returns the statistics of the whole file (all parts see the same numbers); pass 2 scores the owned enterprises
 * (of `shard`, if any) with per-item top-k heaps and returns the kept matches, explained. Each enterprise is
 * tokenized once: pass 2 prepares it again from the first pass's terms. With `settle`, a part ranking per item
 * hands its kept scores over and gets back each item's cut in the combined ranking (see `combinedCut`), and
 * explains only the entries up to it. A part that keeps no enterprise prepared (`keepPrepared` 0) keeps in pass 1
 * what scoring reads of each (`Matcher.digester`) and reads nothing in pass 2; failing that (a feature without a
 * digester, or prepared enterprises dropped midway), pass 2 reads the source again. Either way kept pairs hold only
 * the enterprise's id during pass 2, and the records of the enterprises to explain are read once more after it (of
 * a JSONL file, only their lines). With `withEnterprises`, the records of the enterprises in the kept matches come
 * along: taken from memory (prepared enterprises kept, or the records read for the explanation), so memory stays
 * bounded by the kept matches; any still missing are picked up by one more read of the file.
 */
export async function scorePart(
  setup: PartSetup,
  exchange: (partial: PartStats) => Promise<CorpusStats>,
  progress: (phase: 'statistics' | 'scoring', done: number, total?: number) => void = () => {},
  settle?: (kept: Ranked[][]) => Promise<(Ranked | undefined)[]>,
  local: PartLocal = {},
): Promise<PartResult> {
  const { items, source, part, shard } = setup;
  const file = sourceName(source, setup.name);
  const matcher = local.matcher ?? createMatcher(setup.options);
  const { signal } = local;
  // A run that can be aborted gives the event loop a turn now and then, even where nothing awaits I/O.
  const checkpoint = signal ? () => yieldTurn().then(() => throwIfAborted(signal)) : undefined;
  const keep = part.count > 1 ? (row: RawRow) => partOf(row, part.count) === part.index : undefined;
  // JSONL: the first pass of a part other than the first (which reports what the whole file holds) parses only
  // the lines whose id it owns or cannot read cheaply; the second pass parses only the enterprises it scores.
  const jsonl = isJsonl(source);
  const owned: LineFilter | undefined =
    jsonl && part.index > 1 ? { id: (id) => ownerOf(id, part.count) === part.index } : undefined;
  const read = { ...setup.input, ...(keep ? { keep } : {}), ...(setup.name ? { name: setup.name } : {}) };
  const counts: InputCounts = { file, in: 0, accepted: 0, rejected: 0, skipped: 0 };
  const rejected: RejectedRow[] = [];
  const skipped: Issue[] = [];
  const warnings: Issue[] = [];
  // A part that keeps no enterprise prepared keeps what scoring reads of each instead (unless some feature cannot).
  const terms = new TermCache(
    matcher.vocabulary(items),
    setup.keepPrepared === 0 ? matcher.digester?.(items) : undefined,
  );
  let kept: PreparedEnterprise[] | undefined = [];
  const stats = emptyStats();
  let batch: PreparedEnterprise[] = [];
  const flush = () => {
    mergeStats(stats, matcher.collectStats(batch, items));
    if (kept && kept.length + batch.length <= setup.keepPrepared) kept.push(...batch);
    else kept = undefined;
    batch = [];
    progress('statistics', counts.accepted);
  };
  const sinks = {
    onRejected: (r: RejectedRow) => rejected.push(r),
    onSkipped: (r: Issue) => skipped.push(r),
    onWarning: (w: Issue) => warnings.length < MAX_WARNINGS && warnings.push(w),
  };
  // An XLSX reader knows the rows once the workbook is read: the statistics stage's total.
  const onTotal = (rows: number) => progress('statistics', counts.accepted, rows);
  const mine = (id: string) => !shard || shardOf(id, shard.count) === shard.index;
  // The enterprises (ordinals in `terms`) this part scores, and the row of the last one accepted.
  const scoring: number[] = [];
  let row = 0;
  for await (const e of streamEnterprises(source, counts, sinks, {
    ...read,
    owner: part.index === 1,
    ...(part.index === 1 ? { onTotal } : {}),
    ...(owned ? { lines: owned } : {}),
    ...(jsonl ? { onAccepted: (r: RawRow) => (row = r.row) } : {}),
  })) {
    throwIfAborted(signal); // the source is asked for no row after an abort
    const pe = matcher.prepare(e);
    if (mine(e.id)) scoring.push(terms.size);
    terms.add(e.id, pe, row);
    batch.push(pe);
    if (batch.length < BATCH) continue;
    flush();
    if (checkpoint) await checkpoint();
  }
  flush();

  const index = matcher.index(items, await exchange({ stats, counts, rejected, skipped, warnings }));
  const collector = createCollector(index, { top: setup.top, by: setup.by, minScore: setup.minScore });
  let scored = 0;
  const share = () =>
    setup.shared &&
    setup.by === 'item' &&
    shareThresholds(setup.shared, part, collector.thresholds, (f) => collector.raise(f));
  /** Counts a scored enterprise; true at the end of a batch. */
  const tick = () => {
    const end = ++scored % BATCH === 0;
    if (end) share();
    if (scored % 1000 === 0) progress('scoring', scored);
    return end;
  };
  // Later passes over the file: rows already counted and reported by the first; of a JSONL file, only the lines
  // of the enterprises `ordinals` (default: every one this part scores) are parsed.
  const reread = (ordinals = scoring) =>
    streamEnterprises(
      source,
      { file, in: 0, accepted: 0, rejected: 0, skipped: 0 },
      { onRejected: () => {} },
      { ...read, owner: false, ...(jsonl ? { lines: linesOf(terms, ordinals) } : {}) },
    );
  // Read-twice mode: the records of the enterprises to explain, read once more after scoring (kept pairs hold only
  // an id and the enterprise's ordinal meanwhile).
  const records = new Map<string, Enterprise>();
  if (kept) {
    for (const pe of kept) {
      if (!mine(pe.enterprise.id)) continue;
      collector.add(pe);
      if (tick() && checkpoint) await checkpoint();
    }
  } else if (terms.digested) {
    // Each enterprise prepared again from what pass 1 kept of it: nothing is read; kept pairs are explained from the
    // records read once more after scoring.
    for (const o of scoring) {
      throwIfAborted(signal);
      const id = terms.id(o);
      collector.add(matcher.prepare({ id, name: '' }, terms.get(o, id)), () =>
        matcher.prepare(records.get(id)!, terms.get(o, id, false)),
      );
      if (tick() && checkpoint) await checkpoint();
    }
  } else {
    let ordinal = 0;
    for await (const e of reread()) {
      throwIfAborted(signal);
      // A JSONL file yields only the enterprises scored (a changed file fails in `terms.get`).
      const o = jsonl ? (scoring[ordinal++] ?? terms.size) : ordinal++;
      if (!mine(e.id)) continue;
      const { id } = e;
      // Kept pairs re-prepare from the cache and the record read again for their explanation.
      collector.add(matcher.prepare(e, terms.get(o, id)), () =>
        matcher.prepare(records.get(id)!, terms.get(o, id, false)),
      );
      if (tick() && checkpoint) await checkpoint();
    }
  }
  progress('scoring', scored);
  share();
  // With other parts ranking per item, explain only what the merge will keep: the parts agree on each item's cut.
  const cut = settle && setup.by === 'item' && part.count > 1 ? await settle(collector.kept()) : undefined;
  if (!kept) {
    const ids = collector.explaining(cut);
    // Of a JSONL file, only the lines whose id hashes as one of them are parsed.
    const hashes = new Set([...ids].map(fnv1a));
    const lines = jsonl ? scoring.filter((o) => hashes.has(terms.idHash(o))) : scoring;
    let ordinal = 0;
    if (ids.size)
      for await (const e of reread(lines)) {
        throwIfAborted(signal);
        // A JSONL file yields only `lines`, another every row this part owns: a changed file fails here.
        terms.check(jsonl ? (lines[ordinal++] ?? terms.size) : ordinal++, e.id);
        if (ids.has(e.id)) records.set(e.id, e);
      }
  }
  const matches = collector.matches(cut);
  if (!setup.withEnterprises) return { matches, enterprises: [], scored };
  const wanted = new Set(matches.map((m) => m.enterpriseId));
  const found = new Map<string, Enterprise>();
  for (const e of kept ? kept.map((pe) => pe.enterprise) : records.values()) if (wanted.has(e.id)) found.set(e.id, e);
  if (found.size < wanted.size)
    for await (const e of reread()) if (wanted.has(e.id) && !found.has(e.id)) found.set(e.id, e);
  return { matches, enterprises: [...found.values()], scored };
}
