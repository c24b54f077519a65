import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile } from '../../src/eval/index.js';
import { createMatcher } from '../../src/match/matcher.js';
import { loadChainMaps } from '../../src/data/index.js';
import { tempDirs } from '../_tmp.js';

const makeDir = tempDirs();

const cli = join(import.meta.dirname, '_cli.ts');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir = '';
beforeAll(() => {
  dir = makeDir('chainmatch-eval-');
  const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(
    join(dir, 'items.jsonl'),
    jsonl([
      { id: 'I1', title: '动力电池正极材料', keywords: ['正极材料', '磷酸铁锂'], industryCodes: ['C3985'] },
      { id: 'I2', title: '新能源汽车整车制造', keywords: ['新能源汽车', '整车'], industryCodes: ['C3612'] },
      { id: 'I3', title: '铝精深加工', keywords: ['铝型材', '铝板带箔'], industryCodes: ['C3252'] },
    ]),
  );
  writeFileSync(
    join(dir, 'enterprises.jsonl'),
    jsonl([
      { id: 'E1', name: '甲锂电材料', description: '生产磷酸铁锂正极材料', province: '广东' },
      { id: 'E2', name: '乙汽车', description: '新能源汽车整车研发制造', province: '浙江' },
      { id: 'E3', name: '丙铝业', description: '铝板带箔、铝型材生产', province: '河南' },
      { id: 'E4', name: '丁电池', description: '锂电池电芯、正极材料', province: '江苏' },
    ]),
  );
  writeFileSync(
    join(dir, 'labels.csv'),
    '环节编号,企业编号,等级\nI1,E1,3\nI1,E4,2\nI1,E2,0\nI2,E2,signed\nI2,E1,0\nI3,E3,竣工\nI3,E1,0\n',
  );
  writeFileSync(join(dir, 'bad-labels.csv'), 'itemId,enterpriseId,grade\nI1,E1,3\nI1,E2,maybe\n');
  writeFileSync(
    join(dir, 'matches.jsonl'),
    jsonl([
      { itemId: 'I1', enterpriseId: 'E4', rank: 1, score: 0.8 },
      { itemId: 'I1', enterpriseId: 'E1', rank: 2, score: 0.7 },
      { itemId: 'I2', enterpriseId: 'E1', rank: 1, score: 0.6 },
      { itemId: 'I2', enterpriseId: 'E2', rank: 2, score: 0.5 },
    ]),
  );
});

describe('chainmatch evaluate', () => {
  it('prints metrics as JSON', () => {
    const r = run(
      'evaluate',
      '--matches',
      join(dir, 'matches.jsonl'),
      '--labels',
      join(dir, 'labels.csv'),
      '--k',
      '2',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.perItem.map((m: { itemId: string }) => m.itemId)).toEqual(['I1', 'I2', 'I3']);
    expect(out.mean.mrr).toBeCloseTo((1 + 1 / 2 + 0) / 3, 12);
    expect(out.coverage).toMatchObject({ covered: 2, total: 3 });
  });

  it('prints a table, and exits 3 when label rows are rejected', () => {
    const r = run('evaluate', '--matches', join(dir, 'matches.jsonl'), '--labels', join(dir, 'bad-labels.csv'));
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/NDCG@10/);
    expect(r.stderr).toMatch(/row 3.*maybe/);
  });

  it('exits 2 on usage errors, 1 on an unreadable file', () => {
    expect(run('evaluate', '--matches', join(dir, 'matches.jsonl')).code).toBe(2);
    expect(
      run('evaluate', '--matches', join(dir, 'matches.jsonl'), '--labels', join(dir, 'labels.csv'), '--k', '0').code,
    ).toBe(2);
    expect(run('evaluate', '--matches', join(dir, 'missing.jsonl'), '--labels', join(dir, 'labels.csv')).code).toBe(1);
  });
});

describe('chainmatch fit', () => {
  it('fits, reports held-out NDCG and writes a profile that loads into the matcher of match (bundled chain maps)', async () => {
    const out = join(dir, 'profile.json');
    const r = run(
      'fit',
      '--items',
      join(dir, 'items.jsonl'),
      '--enterprises',
      join(dir, 'enterprises.jsonl'),
      '--labels',
      join(dir, 'labels.csv'),
      '--folds',
      '3',
      '--out',
      out,
      '--json',
    );
    expect(r.stderr).not.toMatch(/issues/);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.folds).toHaveLength(3);
    expect(result.heldOut.items).toBe(3);
    const profile = loadProfile(readFileSync(out, 'utf8'), createMatcher({ chains: await loadChainMaps() }).describe());
    expect(profile.fittedOn.labels).toBe(7);
    expect(Object.values(profile.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('exits 2 on usage errors', () => {
    expect(run('fit', '--items', join(dir, 'items.jsonl'), '--labels', join(dir, 'labels.csv')).code).toBe(2);
    expect(run('fit', '--items', 'a', '--enterprises', 'b', '--labels', 'c', '--folds', '1').code).toBe(2);
    expect(run('fit', '--items', 'a', '--enterprises', 'b', '--labels', 'c', '--loss', 'hinge').code).toBe(2);
  });
});
