import { describe, it, expect, vi } from 'vitest';
import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from '../../src/cli/commands/plan.js';
import { tempDirs } from '../_tmp.js';

const makeDir = tempDirs();

describe('chainmatch plan', () => {
  it('writes sessions, meetings and tours as a versioned JSON plan', async () => {
    const dir = makeDir('cm-plan-');
    const matches = join(dir, 'm.jsonl');
    const items = join(dir, 'items.jsonl');
    const out = join(dir, 'plan.json');
    writeFileSync(
      matches,
      [
        { itemId: 'i1', enterpriseId: 'e1', rank: 1, score: 0.8 },
        { itemId: 'i2', enterpriseId: 'e1', rank: 1, score: 0.6 },
        { itemId: 'i2', enterpriseId: 'e2', rank: 2, score: 0.5 },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    writeFileSync(items, [{ id: 'i1', title: '晶片', theme: 'T', hostCity: '北海' }, { id: 'i2', title: '面料', theme: 'U', hostCity: '玉林' }].map((x) => JSON.stringify(x)).join('\n') + '\n');
    let stderr = '';
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
    try {
      const program = new Command('chainmatch').exitOverride();
      register(program);
      await program.parseAsync(['plan', '--matches', matches, '--items', items, '--seats', 'T=1,U=1', '--out', out], { from: 'user' });
    } finally {
      err.mockRestore();
    }
    const saved = JSON.parse(readFileSync(out, 'utf8')) as {
      format: string;
      version: number;
      plan: { optimal: boolean; totalScore: number; sessions: { theme: string; invited: string[] }[] };
      tours: { tours: { cities: string[] }[] };
    };
    expect(saved.format).toBe('chainmatch-plan');
    expect(saved.version).toBe(1);
    expect(saved.plan.optimal).toBe(true);
    expect(saved.plan.totalScore).toBeCloseTo(1.3, 9);
    expect(saved.plan.sessions.map((s) => [s.theme, s.invited])).toEqual([
      ['T', ['e1']],
      ['U', ['e2']],
    ]);
    expect(saved.tours.tours.map((t) => t.cities[0])).toEqual(['北海', '玉林']);
    expect(stderr).toContain('2 meetings');
  });
});
