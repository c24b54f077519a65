// A large file's scoring pass reads nothing of it: each enterprise is prepared again from what the first pass kept
// (its terms, codes, regions, headed shares and the features' digests, in a TermCache). Scored so, an enterprise must
// get the very scores its full preparation gets; where a feature cannot keep what it reads, the file is read again.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, type Matcher } from '../../src/index.js';
import { loadChainMaps } from '../../src/data/chains.js';
import { createChainFeature } from '../../src/features/chain.js';
import type { Feature } from '../../src/features/types.js';
import { defaultFeatures } from '../../src/match/matcher.js';
import { loadBundledData, matchStream } from '../../src/node.js';
import { scorePart } from '../../src/pipeline/part.js';
import { TermCache } from '../../src/pipeline/term-cache.js';
import { jsonl, scratch } from '../cli/_run.js';

const data = await loadBundledData();
const chains = await loadChainMaps();
const { items, themes, enterprises } = data;

/** A feature of the user's, reading the record: it has no digester. */
const custom: Feature = {
  name: 'custom',
  weight: 0.1,
  label: { zh: '自定义', en: 'custom' },
  missing: 0,
  score: (_item, e) => (e.enterprise.name.length % 3) / 2,
  describe: () => ({ zh: '名称', en: 'name' }),
};

/** Every enterprise scored from its full preparation and from the cache, without and with thresholds. */
function expectSameScores(matcher: Matcher): void {
  const digester = matcher.digester!(items)!;
  expect(digester).toBeDefined();
  const cache = new TermCache(matcher.vocabulary(items), digester);
  const full = enterprises.map((e) => matcher.prepare(e));
  for (const pe of full) cache.add(pe.enterprise.id, pe);
  const index = matcher.index(items, matcher.collectStats(full, items));
  const thresholds = new Float64Array(index.items.length).fill(0.3);
  let scored = 0;
  full.forEach((pe, o) => {
    const id = cache.id(o);
    expect(id).toBe(pe.enterprise.id);
    const again = matcher.prepare({ id, name: '' }, cache.get(o, id));
    expect(again.text).toBe('');
    const want = index.scoreEnterprise(pe);
    expect(index.scoreEnterprise(again)).toEqual(want);
    expect(index.scoreEnterprise(again, thresholds)).toEqual(index.scoreEnterprise(pe, thresholds));
    scored += want.length;
  });
  expect(scored).toBeGreaterThan(1000);
}

describe('digests', () => {
  it('score every bundled enterprise as its text does: bundled features with chain maps', () => {
    expectSameScores(createMatcher({ themes, chains }));
  });

  it('… with hard filters, and with a chain feature that demotes the wrong role', () => {
    expectSameScores(createMatcher({ themes, filters: { minRevenue: 20, excludeProvinces: ['广东'] }, chains }));
    const features = [...defaultFeatures(), createChainFeature(chains, { roleFactor: 0.8, wrongRole: 0.5 })];
    expectSameScores(createMatcher({ themes, features }));
  });

  it('are not kept where a feature cannot keep what it reads: a custom feature, items with embeddings', () => {
    expect(createMatcher({ features: [...defaultFeatures(), custom] }).digester!(items)).toBeUndefined();
    const embedded = items.map((it, i) => (i === 0 ? { ...it, embedding: [1, 0] } : it));
    expect(createMatcher().digester!(embedded)).toBeUndefined();
    expect(createMatcher().digester!(items)).toBeDefined();
  });
});

describe('reading twice', () => {
  const rows = enterprises.slice(0, 300);
  let t: ReturnType<typeof scratch>;
  let file = '';
  beforeAll(() => {
    t = scratch('cm-digest-');
    file = t.write('enterprises.jsonl', jsonl(rows));
  });
  afterAll(() => t.remove());

  it('a custom feature reads the file again: the same matches as kept prepared', async () => {
    const matcher = createMatcher({ themes, features: [...defaultFeatures(), custom] });
    const run = (keepPrepared?: number) =>
      matchStream({
        items,
        enterprises: file,
        matcher,
        top: 5,
        ...(keepPrepared === undefined ? {} : { keepPrepared }),
      });
    const [kept, twice] = [await run(), await run(0)];
    expect(kept.matches.length).toBeGreaterThan(100);
    expect(twice.matches).toEqual(kept.matches);
  });

  it('a file changed between the passes fails the read of the enterprises to explain', async () => {
    const changed = t.write('changed.jsonl', jsonl(rows));
    const run = scorePart(
      {
        items,
        options: { themes },
        source: changed,
        part: { index: 1, count: 1 },
        top: 5,
        by: 'item',
        minScore: 0,
        keepPrepared: 0,
      },
      async ({ stats }) => {
        writeFileSync(changed, jsonl(rows.map((r) => ({ ...r, id: `X${r.id}` }))));
        return stats;
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'INVALID_INPUT', message: /differs from the first pass/u });
  });
});
