import { CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor } from '../../src/cli/_lib/errors.js';
import { ChainmatchError, ErrorCodes } from '../../src/errors.js';
import { jsonl, run, scratch } from './_run.js';

describe('exitCodeFor: one mapping from error to exit code', () => {
  it('usage errors 2, help and version 0, anything else 1', () => {
    expect(exitCodeFor(new ChainmatchError(ErrorCodes.INVALID_OPTION, 'bad --top'))).toBe(EXIT.USAGE);
    expect(exitCodeFor(new ChainmatchError(ErrorCodes.INVALID_INPUT, 'x.csv: cannot read (ENOENT)'))).toBe(
      EXIT.FAILURE,
    );
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', 'unknown option'))).toBe(EXIT.USAGE);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(EXIT.OK);
    expect(exitCodeFor(new CommanderError(0, 'commander.version', '1.0.0'))).toBe(EXIT.OK);
    expect(exitCodeFor(new RangeError('bug'))).toBe(EXIT.FAILURE);
    expect(EXIT).toMatchObject({ OK: 0, FAILURE: 1, USAGE: 2, REJECTED_ROWS: 3, INTERRUPTED: 130, TERMINATED: 143 });
  });
});

describe('every command that reads rows exits 3 when some were rejected', () => {
  let t: ReturnType<typeof scratch>;
  let items = '';
  let ents = '';
  let matches = '';
  let badLabels = '';
  beforeAll(() => {
    t = scratch();
    items = t.write(
      'items.jsonl',
      jsonl([
        { id: 'I1', title: '动力电池正极材料', keywords: ['正极材料', '磷酸铁锂'], theme: 'T' },
        { id: 'I2', title: '新能源汽车整车制造', keywords: ['新能源汽车', '整车'], theme: 'T' },
        { id: 'I3', title: '铝精深加工', keywords: ['铝型材'], theme: 'U' },
      ]),
    );
    ents = t.write(
      'ents.jsonl',
      jsonl([
        { id: 'E1', name: '甲锂电材料', description: '生产磷酸铁锂正极材料', province: '广东' },
        { id: 'E2', name: '乙汽车', description: '新能源汽车整车研发制造', province: '浙江' },
        { id: 'E3', name: '丙铝业', description: '铝型材生产', province: '河南' },
      ]),
    );
    matches = t.write(
      'm.jsonl',
      jsonl([
        { itemId: 'I1', enterpriseId: 'E1', rank: 1, score: 0.8, theme: 'T' },
        { itemId: 'I3', enterpriseId: 'E3', rank: 1, score: 0.6, theme: 'U' },
      ]),
    );
    badLabels = t.write(
      'labels.csv',
      'itemId,enterpriseId,grade\nI1,E1,3\nI1,E2,0\nI2,E2,2\nI2,E1,0\nI3,E3,2\nI3,E1,maybe\n',
    );
  });
  afterAll(() => t.remove());

  it('evaluate', () => {
    expect(run(['evaluate', '--matches', matches, '--labels', badLabels]).status).toBe(3);
  });

  it('fit', () => {
    const r = run(['fit', '--items', items, '--enterprises', ents, '--labels', badLabels, '--folds', '2']);
    expect(r.stderr).toMatch(/labels\.csv:row 7:grade: /u);
    expect(r.status).toBe(3);
  });

  it('plan', () => {
    const bad = t.write(
      'bad-m.jsonl',
      jsonl([{ itemId: 'I1', enterpriseId: 'E1', rank: 1, score: 0.8, theme: 'T' }]) + '{oops\n',
    );
    expect(run(['plan', '--matches', bad, '--out', t.path('plan.json')]).status).toBe(3);
  });

  it('register stats, labels, classify and move', () => {
    const projects = t.write(
      'p.jsonl',
      jsonl([
        { id: 'a', name: '北海市晶片项目', investment: 10, hostCity: '北海', signedAt: '2023-06-16' },
        { id: 'b', name: '坏行', investment: -1, hostCity: '北海', signedAt: '2023-06-16' },
      ]),
    );
    const moves = t.write('mv.jsonl', jsonl([{ projectId: 'a', to: '新开工', date: '2024-01-02' }]));
    expect(run(['register', 'stats', '--projects', projects]).status).toBe(3);
    expect(run(['register', 'labels', '--projects', projects, '--out', t.path('l.jsonl')]).status).toBe(3);
    expect(run(['register', 'classify', '--projects', projects, '--out', t.path('c.jsonl')]).status).toBe(3);
    expect(
      run(['register', 'move', '--projects', projects, '--moves', moves, '--out', t.path('p2.jsonl')]).status,
    ).toBe(3);
  });

  it('explain and report', () => {
    const withBad = t.write(
      'ents-bad.jsonl',
      jsonl([{ id: 'E1', name: '甲锂电材料', description: '生产磷酸铁锂正极材料' }, { id: 'E9' }]),
    );
    const ex = run(['explain', '--items', items, '--enterprises', withBad, '--item', 'I1', '--enterprise', 'E1']);
    expect(ex.stderr).toMatch(/ents-bad\.jsonl:row 2:name: /u);
    expect(ex.status).toBe(3);
    expect(
      run(['report', '--matches', matches, '--items', items, '--enterprises', withBad, '--out', t.path('r.html')])
        .status,
    ).toBe(3);
  });

  it('an unreadable input is a failure (1) in every command, a bad option value a usage error (2)', () => {
    const missing = t.path('missing.jsonl');
    expect(run(['evaluate', '--matches', missing, '--labels', badLabels]).status).toBe(1);
    expect(run(['fit', '--items', missing, '--enterprises', ents, '--labels', badLabels]).status).toBe(1);
    expect(run(['plan', '--matches', missing]).status).toBe(1);
    expect(run(['register', 'stats', '--projects', missing]).status).toBe(1);
    expect(run(['plan', '--matches', matches, '--seats', 'T=0,U=x']).status).toBe(2);
    const rules = t.write('rules.json', '{not json');
    const r = run([
      'register',
      'classify',
      '--projects',
      t.write(
        'ok.jsonl',
        jsonl([{ id: 'a', name: '北海市晶片项目', investment: 10, hostCity: '北海', signedAt: '2023-06-16' }]),
      ),
      '--rules',
      rules,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^chainmatch: --rules .*rules\.json: /u);
  });

  it('the help text lists every exit code', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 failure, 2 usage error, 3 .*rejected.*130.*143/su);
  });
});
