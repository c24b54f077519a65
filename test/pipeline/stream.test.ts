// The streaming match of chainmatch/node, through its public entry (src/node.ts; worker threads through dist/node.js,
// which `npm test` builds first: a worker runs the built script).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainmatchError, createMatcher, ErrorCodes } from '../../src/index.js';
import { loadBundledData, type MatchProgress, matchStream } from '../../src/node.js';
import { youngGenerationMb } from '../../src/pipeline/stream.js';
import { builtNode, jsonl, root, scratch } from '../cli/_run.js';

const data = await loadBundledData();
const rows = readFileSync(join(root, 'data/enterprises.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, 300)
  .map((l) => JSON.parse(l) as Record<string, unknown>);
const items = data.items;
const matcher = { themes: data.themes };

let t: ReturnType<typeof scratch>;
let file = '';
beforeAll(() => {
  t = scratch('cm-stream-');
  file = t.write('enterprises.jsonl', jsonl(rows));
});
afterAll(() => t.remove());

/** The rows as an async generator: a stand-in for a database cursor. */
const cursor = (list: readonly Record<string, unknown>[]) =>
  async function* () {
    for (const r of list) {
      await Promise.resolve();
      yield r;
    }
  };

describe('matchStream', () => {
  it('a file and a function source give the same matches, and the same as Matcher.rank', async () => {
    const fromFile = await matchStream({ items, enterprises: file, matcher, top: 5 });
    const fromCursor = await matchStream({ items, enterprises: cursor(rows), matcher, top: 5 });
    expect(fromFile.matches.length).toBeGreaterThan(300);
    expect(fromCursor.matches).toEqual(fromFile.matches);
    expect(fromCursor.stats).toEqual(fromFile.stats);
    expect(fromFile.counts).toEqual({ file, in: 300, accepted: 300, rejected: 0, skipped: 0 });
    expect(fromCursor.counts).toEqual({ file: 'source', in: 300, accepted: 300, rejected: 0, skipped: 0 });
    expect(fromFile.workers).toBe(1);
    expect(createMatcher(matcher).rank(items, rows as never, { top: 5 })).toEqual(fromFile.matches);
    // A built matcher, rows in a plain array, ranking per enterprise: the same again.
    const byFirm = await matchStream({
      items,
      enterprises: () => rows,
      matcher: createMatcher(matcher),
      by: 'enterprise',
    });
    expect(byFirm.matches).toEqual(createMatcher(matcher).rank(items, rows as never, { by: 'enterprise' }));
  });

  it('read twice (keepPrepared 0), a function source: the same matches and enterprises as kept, per item and per enterprise', async () => {
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const by of ['item', 'enterprise'] as const) {
      const run = (keepPrepared?: number) =>
        matchStream({
          items,
          enterprises: cursor(rows),
          matcher,
          top: 5,
          by,
          withEnterprises: true,
          ...(keepPrepared === undefined ? {} : { keepPrepared }),
        });
      const [kept, twice] = [await run(), await run(0)];
      expect(kept.matches.length).toBeGreaterThan(100);
      expect(twice.matches).toEqual(kept.matches);
      expect(byId(twice.enterprises)).toEqual(byId(kept.enterprises));
    }
  });

  it('one worker or two, shards merged: the same matches (built package)', async () => {
    const node = await builtNode();
    const one = await node.matchStream({ items, enterprises: file, matcher, top: 5, workers: 1 });
    const progress: MatchProgress[] = [];
    const two = await node.matchStream({
      items,
      enterprises: file,
      matcher,
      top: 5,
      workers: 2,
      keepPrepared: 100,
      onProgress: (p) => progress.push(p),
    });
    expect(two.workers).toBe(2);
    // The parts' progress is summed: it only grows, and never passes the total.
    for (const stage of ['statistics', 'scoring'] as const) {
      const of = progress.filter((p) => p.stage === stage);
      for (let i = 1; i < of.length; i++) expect(of[i]!.done).toBeGreaterThanOrEqual(of[i - 1]!.done);
      for (const p of of) expect(p.done).toBeLessThanOrEqual(300);
      expect(of.at(-1)).toEqual({ stage, done: 300, total: 300 });
    }
    expect(two.matches).toEqual(one.matches);
    expect(two.counts).toEqual(one.counts);
    const shards = await Promise.all(
      [1, 2].map((index) =>
        node.matchStream({ items, enterprises: file, matcher, top: 5, shard: { index, count: 2 } }),
      ),
    );
    expect(node.mergeMatches([...shards[0]!.matches, ...shards[1]!.matches], 5, 'item')).toEqual(one.matches);
  });

  it('rejected rows are counted and reported before scoring: in = accepted + rejected + skipped', async () => {
    const bad = [
      { id: 'X1' }, // no name
      'not an object',
      { 企业编号: 'X2', 企业名称: '甲新能源科技有限公司', 主营业务: '磷酸铁锂正极材料' }, // Chinese keys map to fields
      { name: '无编号公司' }, // no id
    ];
    let reported: unknown;
    const progress: MatchProgress[] = [];
    const r = await matchStream({
      items,
      enterprises: cursor([...rows.slice(0, 50), ...(bad as Record<string, unknown>[])]),
      read: { name: 'db:firms' },
      matcher,
      onRead: (read) => ((reported = structuredClone(read.counts)), progress.push({ stage: 'statistics', done: -1 })),
      onProgress: (p) => progress.push(p),
    });
    expect(r.counts).toEqual({ file: 'db:firms', in: 54, accepted: 51, rejected: 3, skipped: 0 });
    expect(r.counts.in).toBe(r.counts.accepted + r.counts.rejected + r.counts.skipped);
    expect(reported).toEqual(r.counts);
    expect(r.rejected.map((x) => [x.file, x.row])).toEqual([
      ['db:firms', 51],
      ['db:firms', 52],
      ['db:firms', 54],
    ]);
    expect(r.matches.some((m) => m.enterpriseId === 'X2')).toBe(true);
    // onRead comes between the stages.
    const at = progress.findIndex((p) => p.done === -1);
    expect(progress.slice(0, at).every((p) => p.stage === 'statistics')).toBe(true);
    expect(progress.slice(at + 1).every((p) => p.stage === 'scoring')).toBe(true);
  });

  it('progress: statistics then scoring, counts only growing, each stage ending at its total', async () => {
    const progress: MatchProgress[] = [];
    await matchStream({ items, enterprises: file, matcher, top: 3, onProgress: (p) => progress.push(p) });
    const stages = progress.map((p) => p.stage);
    expect(stages.indexOf('scoring')).toBeGreaterThan(0);
    expect(stages.lastIndexOf('statistics')).toBeLessThan(stages.indexOf('scoring'));
    for (const stage of ['statistics', 'scoring'] as const) {
      const of = progress.filter((p) => p.stage === stage);
      for (let i = 1; i < of.length; i++) expect(of[i]!.done).toBeGreaterThanOrEqual(of[i - 1]!.done);
      expect(of.at(-1)).toEqual({ stage, done: 300, total: 300 });
      expect(of[0]!.total).toBe(300); // a text file's lines are counted first
    }
    expect(progress.filter((p) => p.stage === 'statistics').length).toBeGreaterThan(1);
  });

  it('an abort rejects with ABORTED at once and reads no further', async () => {
    const controller = new AbortController();
    let yielded = 0;
    let closed = false;
    const source = async function* () {
      try {
        for (const r of rows) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          yielded++;
          yield r;
        }
      } finally {
        closed = true;
      }
    };
    const run = matchStream({
      items,
      enterprises: source,
      matcher,
      signal: controller.signal,
      onProgress: (p) => p.done >= 256 && controller.abort(new Error('user stop')),
    });
    const e = await run.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainmatchError);
    expect((e as ChainmatchError).code).toBe(ErrorCodes.ABORTED);
    expect(((e as ChainmatchError).details as Error).message).toBe('user stop');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
    expect(yielded).toBeLessThan(300);
    // An aborted signal stops the run before it starts.
    await expect(matchStream({ items, enterprises: file, signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ABORTED',
    });
  });

  it('an abort with two workers reading standard input: ABORTED, threads gone, spool removed', async () => {
    const tmp = t.path('tmp');
    mkdirSync(tmp);
    const script = `
      import { matchStream, loadBundledData } from ${JSON.stringify(join(root, 'dist/node.js'))};
      const { items } = await loadBundledData();
      const controller = new AbortController();
      const e = await matchStream({ items, enterprises: '-', workers: 2, signal: controller.signal,
        onProgress: () => controller.abort() }).catch((x) => x);
      process.stdout.write(e.code);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end(readFileSync(join(root, 'data/enterprises.jsonl')));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(out).toBe('ABORTED');
    expect(code).toBe(0); // the process exits by itself: no thread is left running
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('options are checked: INVALID_OPTION, INVALID_INPUT', async () => {
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: ChainmatchError) => e.code,
      );
    expect(await code(matchStream({ items, enterprises: file, top: 0 }))).toBe('INVALID_OPTION');
    expect(await code(matchStream({ items, enterprises: file, workers: 65 }))).toBe('INVALID_OPTION');
    expect(await code(matchStream({ items, enterprises: file, shard: { index: 3, count: 2 } }))).toBe('INVALID_OPTION');
    expect(await code(matchStream({ items, enterprises: cursor(rows), workers: 2 }))).toBe('INVALID_OPTION');
    expect(await code(matchStream({ items, enterprises: file, matcher: createMatcher(), workers: 2 }))).toBe(
      'INVALID_OPTION',
    );
    expect(await code(matchStream({ items, enterprises: file, matcher: { weights: { nope: 1 } } }))).toBe(
      'UNKNOWN_FEATURE',
    );
    expect(await code(matchStream({ items: [{ id: 'I1' } as never], enterprises: file }))).toBe('INVALID_INPUT');
    expect(await code(matchStream({ items, enterprises: () => [{ id: 'X' }] }))).toBe('INVALID_INPUT');
  });

  it('the example that streams from a database cursor runs', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/stream-database.ts', '2'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('enterprises: 1200 in = 1200 accepted + 0 rejected');
    expect(r.stdout).toMatch(/AE-0001 .+\n {2}#1 0\.\d{3} \S+ — /u);
    expect(r.stdout.match(/^ {2}#/gmu)).toHaveLength(6);
  });
});

describe('youngGenerationMb', () => {
  const GiB = 2 ** 30;
  it('gives worker threads 64 MB semi-spaces, all of them within an eighth of the memory, never below Node’s own', () => {
    expect(youngGenerationMb(2, 24 * GiB)).toBe(192);
    expect(youngGenerationMb(64, 64 * GiB)).toBe(128);
    expect(youngGenerationMb(64, 16 * GiB)).toBe(48);
    expect(youngGenerationMb(0, 1 * GiB)).toBe(128);
  });
});
