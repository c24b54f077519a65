import { describe, it, expect, vi, afterEach } from 'vitest';
import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from '../../src/cli/commands/register.js';
import { tempDirs } from '../_tmp.js';

const makeDir = tempDirs();

const FIXTURE = fileURLToPath(new URL('../fixtures/register-2023.jsonl', import.meta.url));

async function run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  process.exitCode = 0;
  try {
    const program = new Command('chainmatch').exitOverride();
    register(program);
    await program.parseAsync(args, { from: 'user' });
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}

afterEach(() => {
  process.exitCode = 0;
});

describe('chainmatch register', () => {
  it('stats --json reproduces the article figures from the fixture', async () => {
    const r = await run(['register', 'stats', '--projects', FIXTURE, '--as-of', '2024-04-30', '--json']);
    expect(r.exitCode).toBe(0);
    const s = JSON.parse(r.stdout) as {
      overall: { signed: number; investment: number; started: number; investedToDate: number };
    };
    expect(s.overall).toMatchObject({ signed: 356, investment: 3225, started: 140, investedToDate: 98.3 });
  });

  it('labels writes graded JSONL', async () => {
    const dir = makeDir('cm-reg-');
    const out = join(dir, 'labels.jsonl');
    const r = await run(['register', 'labels', '--projects', FIXTURE, '--out', out]);
    expect(r.exitCode).toBe(0);
    const labels = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { grade: number });
    expect(labels.every((l) => l.grade >= 1 && l.grade <= 4)).toBe(true);
  });

  it('reports malformed rows and refused moves with file and row, and exits 3', async () => {
    const dir = makeDir('cm-reg-');
    const projects = join(dir, 'p.jsonl');
    writeFileSync(
      projects,
      [
        { id: 'a', name: '北海市晶片项目', investment: 10, hostCity: '北海', signedAt: '2023-06-16' },
        { id: 'b', name: '坏行', investment: -1, hostCity: '北海', signedAt: '2023-06-16' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    const moves = join(dir, 'm.jsonl');
    writeFileSync(
      moves,
      [
        { projectId: 'a', to: '竣工', date: '2024-01-01' },
        { projectId: 'a', to: '新开工', date: '2024-01-02' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    const out = join(dir, 'out.jsonl');
    const r = await run(['register', 'move', '--projects', projects, '--moves', moves, '--out', out]);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toContain(`${projects}:row 2:investment: must not be negative [too_small]`);
    expect(r.stderr.split('\n').find((l) => l.startsWith(`${moves}:row 1:to: `))).toMatch(/ \[invalid_transition\]$/u);
    const updated = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; stage: string });
    expect(updated).toMatchObject([{ id: 'a', stage: 'started' }]);
  });

  it('reads CSV registers with Chinese headers', async () => {
    const dir = makeDir('cm-reg-');
    const csv = join(dir, 'p.csv');
    writeFileSync(
      csv,
      '项目编号,项目名称,投资额（万元）,落地城市,签约日期,状态,startedAt\nP1,玉林市零部件项目,50000,玉林,2023-06-16,新开工,2023-09-01\n',
    );
    const r = await run(['register', 'stats', '--projects', csv, '--json']);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as { overall: { investment: number; started: number; lists: { started: number } } };
    expect(s.overall).toMatchObject({ investment: 5, started: 1, lists: { started: 1 } });
  });
});
