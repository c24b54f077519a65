import { type Stats, constants as fsConstants } from 'node:fs';
import { type FileHandle, chmod, lstat, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { Match } from '../schema/match.js';
import { type NameSources, type Names, names } from './_lib/names.js';
import { type Lang, type Sheet, chooseColumns, csvLines, sheetOf, tableSheet, writeWorkbook } from './_lib/sheets.js';
import { type RecordKind, fieldType, knownFields } from './headers.js';
import { MATCH_HEADER_KEYS, TERM_SEPARATOR, matchColumns, matchToJson } from './matches.js';
import { removeStaleTempFiles, tempFileFor, trackTemp, untrackTemp } from './temp.js';
import type { RejectedRow } from './validate.js';

export type { ById, NameSources } from './_lib/names.js';

/** Output formats of the writers. */
export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'xlsx';

type Chunk = string | Uint8Array;

/** What {@link writeFileAtomic} writes: bytes, chunks, or a producer that writes into a stream. */
export type AtomicData = Chunk | Iterable<Chunk> | AsyncIterable<Chunk> | ((out: Writable) => Promise<void>);

/** Options of the writers. */
export interface WriteTarget {
  /** Stream written when the file is `-` (default `process.stdout`, which is never closed). */
  stdout?: Writable;
}

/**
 * The file a write to `path` replaces: `path` itself, or for a symbolic link (even a dangling one) the file
 * it finally points to. Absolute.
 */
export async function outputTarget(path: string): Promise<string> {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let st: Stats;
    try {
      st = await lstat(p);
    } catch (e) {
      // Missing (or under a file): nothing to follow; writing will say why it cannot.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return p;
      throw e;
    }
    if (!st.isSymbolicLink()) return p;
    // Relative to the link's real directory ('..' in a link reached through a linked directory).
    p = resolve(await realpath(dirname(p)), await readlink(p));
  }
  throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `${path}: too many levels of symbolic links`, { file: path });
}

/** What a non-regular file is, for messages: `a directory`, `a FIFO` …; undefined for a regular file. */
function specialFileKind(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Throws INVALID_OPTION when an output's `st` (followed through links; undefined: it does not exist) is not a
 * regular file: a directory, FIFO, socket or device is never replaced. `name` starts the message.
 */
export function refuseSpecialFile(st: Stats | undefined, name: string): void {
  const kind = st && specialFileKind(st);
  if (kind)
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `${name} is ${kind}, not a regular file: refusing to replace it (use '-' for standard output)`,
      { file: name },
    );
}

/**
 * Writes a file atomically: into a temporary file in the same directory, fsync, then rename
 * over the target. If anything fails (a producer throws midway, the disk fills) the temporary
 * file is removed and the target is left as it was — never half written; the error names `path`.
 * A symbolic link is written through: its final target is replaced and the link stays a link.
 * Anything that is not a regular file (a directory, FIFO, socket or device) is refused with
 * INVALID_OPTION, never replaced. The temporary file (`.<name>.chainmatch.<pid>.<random>.tmp`) is
 * tracked while it exists, so an interrupted CLI run removes it; ones left in the directory by
 * killed processes are removed first. `path === '-'` writes to standard output instead (not
 * atomic, not closed).
 * @example
 * await writeFileAtomic('out/matches.jsonl', async (out) => { out.write('{"a":1}\n'); });
 */
export async function writeFileAtomic(path: string, data: AtomicData, opts: WriteTarget = {}): Promise<void> {
  if (path === '-') {
    await writeInto(opts.stdout ?? process.stdout, data, false);
    return;
  }
  const target = await outputTarget(path);
  const dir = dirname(target);
  // The kernel follows the path itself: /dev/stdout on a pipe is the pipe (its link reads 'pipe:[…]').
  const st = await stat(path).catch(() => undefined);
  refuseSpecialFile(st, path);
  // A replaced file keeps its mode; a new one gets the default (umask applies).
  const mode = st ? st.mode & 0o7777 : 0o666;
  await removeStaleTempFiles(dir);
  const tmp = tempFileFor(target);
  trackTemp(tmp);
  let fh: FileHandle | undefined;
  let done = false;
  try {
    fh = await open(tmp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, mode);
    const handle = fh;
    // A plain Writable over the handle, so the handle stays open for fsync after 'finish'.
    const out = new Writable({
      highWaterMark: 256 * 1024,
      write(chunk: Buffer, _enc, cb) {
        handle.write(chunk).then(() => cb(), cb);
      },
      writev(chunks, cb) {
        handle.writev(chunks.map((c) => c.chunk as Buffer)).then(() => cb(), cb);
      },
    });
    try {
      await writeInto(out, data, true);
    } catch (e) {
      out.destroy();
      throw e;
    }
    await fh.sync();
    await fh.close();
    fh = undefined;
    if (mode !== 0o666) await chmod(tmp, mode);
    await rename(tmp, target);
    done = true;
    await syncDir(dir);
  } catch (e) {
    throw aboutTarget(e, tmp, path);
  } finally {
    if (!done) {
      if (fh) await fh.close().catch(() => undefined);
      await rm(tmp, { force: true }).catch(() => undefined);
    }
    untrackTemp(tmp);
  }
}

/**
 * A system error about the temporary file (or about no file: ENOSPC on write), reworded to name the file the
 * user asked for (`ENOENT: no such file or directory, cannot write 'out/x.jsonl'`); code and syscall are kept.
 */
function aboutTarget(e: unknown, tmp: string, path: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (
    !(e instanceof Error) ||
    typeof err.syscall !== 'string' ||
    typeof err.code !== 'string' ||
    (err.path !== undefined && err.path !== tmp)
  )
    return e;
  err.message = `${err.message.split(',')[0]}, cannot write '${path}'`;
  err.path = path;
  delete (err as { dest?: string }).dest;
  return err;
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename durable; not supported everywhere (Windows), so best effort.
  let d: FileHandle | undefined;
  try {
    d = await open(dir, 'r');
    await d.sync();
  } catch {
    // ignore
  } finally {
    await d?.close().catch(() => undefined);
  }
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<Chunk> =>
  typeof v === 'object' && v !== null && typeof (v as AsyncIterable<Chunk>)[Symbol.asyncIterator] === 'function';

async function writeInto(out: Writable, data: AtomicData, end: boolean): Promise<void> {
  if (typeof data === 'function') {
    if (!end) {
      // Standard output: the producer may end its stream (exceljs does); stdout must stay open.
      const target = out;
      const proxy = new Writable({
        write(chunk: Buffer, _enc, cb) {
          if (target.write(chunk)) cb();
          else drained(target).then(() => cb(), cb);
        },
      });
      await data(proxy);
      if (!proxy.writableEnded) proxy.end();
      await finished(proxy);
      return;
    }
    await data(out);
    if (!out.writableEnded) out.end();
    await finished(out);
    return;
  }
  const source = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
  if (!isAsyncIterable(source) && !(typeof (source as Iterable<Chunk>)[Symbol.iterator] === 'function')) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      'writeFileAtomic: data must be a string, bytes, an iterable of chunks or a producer function',
    );
  }
  if (end) {
    await pipeline(Readable.from(source as Iterable<Chunk> | AsyncIterable<Chunk>, { objectMode: false }), out);
    return;
  }
  // Standard output: write with back-pressure, never end it.
  for await (const chunk of source as AsyncIterable<Chunk>) {
    if (!out.write(chunk)) await drained(out);
  }
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error): void => {
      out.off('drain', onDrain);
      out.off('error', done);
      out.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = (): void => done();
    const onClose = (): void => done(new ChainmatchError(ErrorCodes.INVALID_INPUT, 'output stream closed'));
    out.on('drain', onDrain);
    out.on('error', done);
    out.on('close', onClose);
  });
}

/** Batches many small strings into larger chunks (fewer writes). */
async function* batched(lines: AsyncIterable<string> | Iterable<string>, size = 256 * 1024): AsyncGenerator<string> {
  let buf = '';
  for await (const l of lines) {
    buf += l;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Options of {@link writeMatches}. */
export interface WriteMatchesOptions extends WriteTarget, NameSources {
  /** Default: by extension (`-` is JSONL). */
  format?: OutputFormat;
  /**
   * Language of CSV/XLSX: headers, sheet names and which reason comes first — `zh` (default: 推荐理由, 企业名称 …)
   * or `en`. `readMatches` reads both.
   */
  lang?: Lang;
  /** @deprecated Use `lang`. */
  headers?: Lang;
  /** Contribution columns in this order (default: features in order of first appearance). */
  features?: readonly string[];
  /** CSV: start with a UTF-8 BOM so Excel opens Chinese text correctly. Default true. */
  bom?: boolean;
}

/**
 * The output format for a file name: `.jsonl`/`.ndjson`, `.json`, `.csv`, `.xlsx`; `-` is JSONL.
 * Throws `UNSUPPORTED_FORMAT` otherwise.
 */
export function outputFormatOf(file: string): OutputFormat {
  if (file === '-') return 'jsonl';
  const ext = /\.([a-z0-9]+)$/iu.exec(file)?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json' || ext === 'csv' || ext === 'xlsx') return ext;
  throw new ChainmatchError(
    ErrorCodes.UNSUPPORTED_FORMAT,
    `${file}: cannot write this file type; use .jsonl, .json, .csv or .xlsx`,
    { file },
  );
}

/**
 * Writes matches as JSONL (one object per line, keys itemId, enterpriseId, rank, score,
 * contributions, matchedTerms, reason), JSON (an array of the same objects), CSV (flattened
 * `contrib.<feature>` columns, titles and names when given, reason_zh / reason_en) or XLSX (one
 * sheet per theme, ranked). String cells of CSV/XLSX are escaped against formula injection.
 * The file is written atomically; `-` writes to standard output. JSONL and JSON stream.
 * @example
 * await writeMatches('out/matches.xlsx', matches, { items, enterprises, themes });
 */
export async function writeMatches(
  file: string,
  matches: Iterable<Match> | AsyncIterable<Match>,
  opts: WriteMatchesOptions = {},
): Promise<{ count: number }> {
  const format = opts.format ?? outputFormatOf(file);
  let count = 0;
  const target: WriteTarget = opts.stdout ? { stdout: opts.stdout } : {};
  if (format === 'jsonl') {
    await writeFileAtomic(
      file,
      batched(
        (async function* () {
          for await (const m of matches) {
            count++;
            yield matchToJson(m) + '\n';
          }
        })(),
      ),
      target,
    );
    return { count };
  }
  if (format === 'json') {
    await writeFileAtomic(
      file,
      batched(
        (async function* () {
          yield '[';
          for await (const m of matches) {
            yield (count++ === 0 ? '\n' : ',\n') + matchToJson(m);
          }
          yield count === 0 ? ']\n' : '\n]\n';
        })(),
      ),
      target,
    );
    return { count };
  }
  if (format !== 'csv' && format !== 'xlsx')
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `unknown format '${String(format)}'`);
  const all: Match[] = [];
  for await (const m of matches) all.push(m);
  const lang = opts.lang ?? opts.headers ?? 'zh';
  const look = names(opts, lang);
  let features = opts.features ? [...opts.features] : undefined;
  if (!features) {
    const seen = new Set<string>();
    for (const m of all) for (const f of Object.keys(m.contributions)) seen.add(f);
    features = [...seen];
  }
  // Other columns never take a header readMatches reads as a match field.
  const columns = chooseColumns(matchColumns(all, look, features, lang), all, lang, MATCH_HEADER_KEYS.keys());
  const sheets = format === 'csv' ? [sheetOf('', columns, all)] : matchWorkbook(all, look, columns, lang);
  await writeSheets(file, format, sheets, { ...target, ...(opts.bom !== undefined ? { bom: opts.bom } : {}) });
  return { count: all.length };
}

/**
 * @internal Writes one sheet as CSV (the first of `sheets`) or every sheet as an XLSX workbook (see
 * `writeWorkbook`), atomically; `-` writes to standard output.
 */
export async function writeSheets(
  file: string,
  format: 'csv' | 'xlsx',
  sheets: readonly Sheet[],
  opts: WriteTarget & { bom?: boolean } = {},
): Promise<void> {
  const target: WriteTarget = opts.stdout ? { stdout: opts.stdout } : {};
  if (format === 'csv') await writeFileAtomic(file, batched(csvLines(sheets[0]!, opts.bom ?? true)), target);
  else await writeFileAtomic(file, (out) => writeWorkbook(out, sheets), target);
}

/** One row of the overview sheet: a theme's chain. */
interface ChainSummary {
  theme: string | undefined;
  chain: string | undefined;
  items: Set<string>;
  firms: Set<string>;
  matches: number;
  best: number;
  sum: number;
}

/**
 * The sheets of a match workbook: an overview (per theme and chain: items, firms, matches, best and mean score),
 * then one sheet per theme — the themes given first, in their order, then other theme ids sorted, unassigned last.
 */
function matchWorkbook(
  all: readonly Match[],
  look: Names,
  columns: ReturnType<typeof chooseColumns<Match>>,
  lang: Lang,
): Sheet[] {
  const themeOf = (m: Match): string => m.theme ?? look.item(m.itemId)?.theme ?? '';
  const groups = new Map<string, Match[]>();
  for (const m of all) {
    const t = themeOf(m);
    let g = groups.get(t);
    if (!g) groups.set(t, (g = []));
    g.push(m);
  }
  const order = look.byTheme([...groups.keys()], (t) => t);
  const summaries: ChainSummary[] = [];
  for (const t of order) {
    const byChain = new Map<string, ChainSummary>();
    for (const m of groups.get(t)!) {
      const chain = look.chainName(look.item(m.itemId));
      let s = byChain.get(chain ?? '');
      if (!s)
        byChain.set(
          chain ?? '',
          (s = {
            theme: look.themeName(t || undefined),
            chain,
            items: new Set(),
            firms: new Set(),
            matches: 0,
            best: 0,
            sum: 0,
          }),
        );
      s.items.add(m.itemId);
      s.firms.add(m.enterpriseId);
      s.matches++;
      s.best = Math.max(s.best, m.score);
      s.sum += m.score;
    }
    summaries.push(...byChain.values());
  }
  const overview = tableSheet<ChainSummary>(
    lang === 'zh' ? '概览' : 'Overview',
    [
      { zh: '专题', en: 'Theme', value: (s) => s.theme ?? UNASSIGNED[lang] },
      { zh: '产业链', en: 'Chain', optional: true, value: (s) => s.chain },
      { zh: '环节数', en: 'Items', kind: 'int', value: (s) => s.items.size },
      { zh: '推荐企业数', en: 'Enterprises', kind: 'int', value: (s) => s.firms.size },
      { zh: '匹配数', en: 'Matches', kind: 'int', value: (s) => s.matches },
      { zh: '最高匹配度', en: 'Best score', kind: 'score', value: (s) => s.best },
      { zh: '平均匹配度', en: 'Mean score', kind: 'score', value: (s) => s.sum / s.matches },
    ],
    summaries,
    lang,
  );
  const sheet = (t: string): Sheet =>
    sheetOf(
      t === '' ? (order.length > 0 ? UNASSIGNED[lang] : lang === 'zh' ? '匹配结果' : 'Matches') : look.themeName(t)!,
      columns,
      groups.get(t) ?? [],
    );
  return [overview, ...(order.length > 0 ? order : ['']).map(sheet)];
}

const TOO_DEEP = '[nested too deeply]';

/**
 * `value` with every array or object nested more than `maxDepth` levels deep (`value` itself is level 1)
 * replaced by the string `"[nested too deeply]"`; other values are kept. The copy is safe to `JSON.stringify`
 * or post to a worker thread however deep the input was (and ends cycles): the recursion stops at `maxDepth`.
 * @example limitDepth([[['a']]], 2) // [['[nested too deeply]']]
 */
export function limitDepth(value: unknown, maxDepth = 32): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (maxDepth <= 0) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((v) => limitDepth(v, maxDepth - 1));
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value; // a Date from a spreadsheet cell
  // fromEntries: a '__proto__' key stays a plain property.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, limitDepth(v, maxDepth - 1)]));
}

/** A rejected row whose record nests at most 32 levels deep (see {@link limitDepth}): safe to serialize or post to a thread. */
export const depthSafeRejected = (r: RejectedRow): RejectedRow => ({
  ...r,
  record: limitDepth(r.record) as Record<string, unknown>,
});

const UNASSIGNED = { zh: '未分类', en: 'Unassigned' } as const;

/**
 * Writes rejected rows as JSONL, one `{ file, row, record, issues }` object per line
 * (plus `raw` for lines that could not be parsed), atomically. Values of a record nested
 * more than 32 levels deep are written as `"[nested too deeply]"`.
 * @example await writeRejected('out/rejected.jsonl', result.rejected);
 */
export async function writeRejected(
  file: string,
  rejected: Iterable<RejectedRow> | AsyncIterable<RejectedRow>,
  opts: WriteTarget = {},
): Promise<{ count: number }> {
  let count = 0;
  await writeFileAtomic(
    file,
    batched(
      (async function* () {
        for await (const row of rejected) {
          count++;
          const r = depthSafeRejected(row);
          const o: Record<string, unknown> = { file: r.file, row: r.row, record: r.record, issues: r.issues };
          if (r.raw !== undefined) o.raw = r.raw;
          yield JSON.stringify(o) + '\n';
        }
      })(),
    ),
    opts,
  );
  return { count };
}

/** Options of {@link writeRecords}. */
export interface WriteRecordsOptions extends WriteTarget {
  kind: Exclude<RecordKind, 'raw'>;
  format?: OutputFormat;
  /** CSV/XLSX header language: field names (`en`, default) or the first Chinese alias (`zh`). */
  headers?: 'en' | 'zh';
  bom?: boolean;
}

/**
 * Writes items or enterprises as JSONL, JSON, CSV or XLSX — e.g. an Excel template with
 * Chinese headers that {@link readRecords} reads back. Lists are joined with `、`, booleans
 * are 是/否 with Chinese headers; string cells are escaped against formula injection.
 * @example await writeRecords('企业模板.xlsx', enterprises, { kind: 'enterprise', headers: 'zh' });
 */
export async function writeRecords(
  file: string,
  records: Iterable<object> | AsyncIterable<object>,
  opts: WriteRecordsOptions,
): Promise<{ count: number }> {
  const format = opts.format ?? outputFormatOf(file);
  const target: WriteTarget = opts.stdout ? { stdout: opts.stdout } : {};
  let count = 0;
  if (format === 'jsonl' || format === 'json') {
    await writeFileAtomic(
      file,
      batched(
        (async function* () {
          if (format === 'json') yield '[';
          for await (const r of records) {
            const line = JSON.stringify(r);
            yield format === 'json' ? (count === 0 ? '\n' : ',\n') + line : line + '\n';
            count++;
          }
          if (format === 'json') yield count === 0 ? ']\n' : '\n]\n';
        })(),
      ),
      target,
    );
    return { count };
  }
  const all: Record<string, unknown>[] = [];
  for await (const r of records) all.push(r as Record<string, unknown>);
  const lang = opts.headers ?? 'en';
  const known = knownFields(opts.kind);
  const present = new Set<string>();
  for (const r of all) for (const k of Object.keys(r)) if (r[k] !== undefined) present.add(k);
  const fields = known.map((f) => f.field).filter((f) => f !== 'extra' && present.has(f));
  // Passthrough columns get their own header back, so reading the file again puts them in extra again.
  const extras = new Set<string>();
  for (const r of all) if (r.extra && typeof r.extra === 'object') for (const k of Object.keys(r.extra)) extras.add(k);
  const headers = fields.map((f) => {
    if (lang === 'en') return f;
    const zh = known.find((k) => k.field === f)?.aliases.find((a) => /\p{Script=Han}/u.test(a)) ?? f;
    return fieldType(opts.kind, f) === 'money' ? `${zh}（亿元）` : zh;
  });
  const cell = (f: string, v: unknown): string | number | undefined => {
    if (v === undefined || v === null) return undefined;
    const type = fieldType(opts.kind, f);
    if (Array.isArray(v)) return v.map(String).join(type === 'vector' ? ',' : TERM_SEPARATOR);
    if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'true' : 'false';
    if (typeof v === 'number') return v;
    return String(v);
  };
  const sheet: Sheet = {
    name: opts.kind === 'enterprise' ? '企业' : opts.kind === 'item' ? '招商环节' : opts.kind,
    headers: [...headers, ...extras],
    kinds: [...fields, ...extras].map(() => 'text'),
    rows: all.map((r) => {
      const extra = (r.extra ?? {}) as Record<string, string>;
      return [
        ...fields.map((f) => cell(f, r[f])),
        ...[...extras].map((k) => (Object.hasOwn(extra, k) ? extra[k] : undefined)),
      ];
    }),
  };
  await writeSheets(file, format, [sheet], { ...target, ...(opts.bom !== undefined ? { bom: opts.bom } : {}) });
  return { count: all.length };
}
