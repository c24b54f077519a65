import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  PROJECT_STAGES,
  validateProjects,
  validateProject,
  moveProject,
  recordAgreement,
  applyMoves,
  fourLists,
  registerStats,
  registerToLabels,
  createProjectClassifier,
  normalizeProjectRecord,
  type SignedProject,
  type ProjectStage,
} from '../../src/register/index.js';
import { ChainmatchError } from '../../src/errors.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/register-2023.jsonl', import.meta.url));
const loadFixture = () =>
  validateProjects(
    readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as unknown),
    FIXTURE,
  );

const base = (over: Record<string, unknown> = {}): SignedProject => {
  const r = validateProject({
    id: 'p1',
    name: '钦州市锂电正极材料项目',
    investment: 12,
    hostCity: '钦州',
    signedAt: '2023-06-16',
    sourceProvince: '湖南',
    ...over,
  });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
};

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof ChainmatchError ? e.code : 'not-a-ChainmatchError';
  }
  return undefined;
};

describe('register fixture (2023 event, as of end of April 2024)', () => {
  it("reproduces the article's figures from the statistics functions", () => {
    const { projects, issues } = loadFixture();
    expect(issues).toEqual([]);
    const s = registerStats(projects, { asOf: '2024-04-30' }).overall;
    expect(s.signed).toBe(356);
    expect(s.investment).toBe(3225);
    expect(Math.round(s.eastCentralShare * 100)).toBe(86);
    expect(Math.round(s.chainShare * 100)).toBe(84);
    expect(Math.round(s.aseanShare * 100)).toBe(80);
    expect(s.agreements).toBe(267);
    expect(s.started).toBe(140);
    expect(s.completed).toBe(20);
    expect(s.investedToDate).toBe(98.3);
  });

  it('counts the funnel cumulatively: signed ⊇ agreement ⊇ started ⊇ completed', () => {
    const { projects } = loadFixture();
    const s = registerStats(projects).overall;
    expect(s.lists.completed).toBe(20);
    expect(s.lists.started + s.lists.construction + s.lists.completed).toBe(140);
    expect(s.conversion.started).toBeCloseTo(140 / 356, 12);
    const lists = fourLists(projects);
    expect(PROJECT_STAGES.reduce((n, st) => n + lists[st].length, 0)).toBe(356);
  });

  it('per-city and per-theme figures add up to the total', () => {
    const { projects } = loadFixture();
    const s = registerStats(projects, { asOf: '2024-04-30' });
    for (const groups of [s.byCity, s.byTheme]) {
      expect(groups.reduce((n, g) => n + g.signed, 0)).toBe(356);
      expect(groups.reduce((n, g) => n + g.started, 0)).toBe(140);
      expect(groups.reduce((n, g) => n + g.investment, 0)).toBeCloseTo(3225, 6);
    }
    expect(s.byCity.map((g) => g.key)).toContain('北海');
  });

  it('asOf leaves out later events', () => {
    const { projects } = loadFixture();
    const early = registerStats(projects, { asOf: '2023-12-31' }).overall;
    expect(early.started).toBeLessThan(140);
    expect(early.agreements).toBeLessThan(267);
  });
});

describe('validateProjects', () => {
  it('reports every malformed row with its row number and accepts none of them', () => {
    const rows = [
      { id: 'ok', name: 'A', investment: '1,200', hostCity: '南宁', signedAt: '2023/6/16' },
      { id: 'neg', name: 'B', investment: -3, hostCity: '南宁', signedAt: '2023-06-16' },
      { id: 'nocity', name: 'C', investment: 1, signedAt: '2023-06-16' },
      { id: 'baddate', name: 'D', investment: 1, hostCity: '柳州', signedAt: '2023-02-30' },
      { id: 'early', name: 'E', investment: 1, hostCity: '柳州', signedAt: '2023-06-16', agreementAt: '2023-05-01' },
      {
        id: 'nostart',
        name: 'F',
        investment: 1,
        hostCity: '柳州',
        signedAt: '2023-06-16',
        completedAt: '2024-01-01',
        stage: '竣工',
      },
      { id: 'stage', name: 'G', investment: 1, hostCity: '柳州', signedAt: '2023-06-16', stage: '在建' },
      { id: 'extra', name: 'H', investment: 1, hostCity: '柳州', signedAt: '2023-06-16', colour: 'red' },
      { id: 'ok', name: 'dup', investment: 1, hostCity: '柳州', signedAt: '2023-06-16' },
      'not an object',
    ];
    const { projects, issues } = validateProjects(rows, 'r.jsonl');
    expect(projects.map((p) => p.id)).toEqual(['ok']);
    expect(projects[0]!.investment).toBe(1200);
    expect(projects[0]!.signedAt).toBe('2023-06-16');
    const byRow = new Map<number, string[]>();
    for (const i of issues) byRow.set(i.row!, [...(byRow.get(i.row!) ?? []), i.code]);
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byRow.get(5)).toContain('date_order');
    expect(byRow.get(6)).toContain('completed_before_start');
    expect(byRow.get(7)).toContain('stage_mismatch');
    expect(byRow.get(9)).toEqual(['duplicate_id']);
    expect(issues.every((i) => i.file === 'r.jsonl')).toBe(true);
  });

  it('reports a history that moves backwards', () => {
    const r = validateProject({
      id: 'h',
      name: 'H',
      investment: 1,
      hostCity: '柳州',
      signedAt: '2023-06-16',
      startedAt: '2023-08-01',
      stage: 'started',
      history: [
        { stage: 'construction', date: '2023-09-01' },
        { stage: 'started', date: '2023-08-01' },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain('invalid_transition');
  });

  it('reads a source region by the names an enterprise record takes (one alias table)', () => {
    for (const [name, region] of [
      ['粤港澳大湾区', 'gba'],
      ['大湾区', 'gba'],
      ['国外', 'foreign'],
      ['東部', 'east'],
      ['东盟', 'asean'],
    ] as const)
      expect(base({ sourceRegion: name }).sourceRegion).toBe(region);
  });

  it('maps reader field names', () => {
    expect(normalizeProjectRecord({ city: '北海', status: '在建' })).toEqual({ hostCity: '北海', stage: '在建' });
  });
});

describe('moveProject', () => {
  it('walks the four lists forward with dates and does not mutate its input', () => {
    const p = base();
    const copy = structuredClone(p);
    const a = recordAgreement(p, '2023-07-01');
    const b = moveProject(a, 'started', '2023-09-01');
    const c = moveProject(b, 'construction', '2024-01-01');
    const d = moveProject(c, 'completed', '2024-04-01', '竣工投产');
    expect(d).toMatchObject({
      stage: 'completed',
      agreementAt: '2023-07-01',
      startedAt: '2023-09-01',
      completedAt: '2024-04-01',
    });
    expect(d.history.map((h) => h.stage)).toEqual(['started', 'construction', 'completed']);
    expect(validateProject(d).success).toBe(true);
    expect(p).toEqual(copy);
  });

  it('refuses invalid moves with INVALID_TRANSITION', () => {
    const p = base();
    const started = moveProject(p, 'started', '2023-09-01');
    const done = moveProject(started, 'completed', '2023-12-01');
    expect(code(() => moveProject(p, 'completed', '2024-01-01'))).toBe('INVALID_TRANSITION'); // completing before starting
    expect(code(() => moveProject(p, 'construction', '2024-01-01'))).toBe('INVALID_TRANSITION'); // skipping 新开工
    expect(code(() => moveProject(started, 'planning', '2024-01-01'))).toBe('INVALID_TRANSITION'); // back
    expect(code(() => moveProject(done, 'construction', '2024-01-01'))).toBe('INVALID_TRANSITION'); // back
    expect(code(() => moveProject(started, 'started', '2024-01-01'))).toBe('INVALID_TRANSITION'); // same list
    expect(code(() => moveProject(started, 'construction', '2023-08-01'))).toBe('INVALID_TRANSITION'); // date backwards
    expect(code(() => moveProject(p, 'started', '2023-06-01'))).toBe('INVALID_TRANSITION'); // before signing
    expect(code(() => moveProject(p, 'started', 'soon'))).toBe('INVALID_TRANSITION');
    expect(code(() => moveProject(p, 'finished' as ProjectStage, '2024-01-01'))).toBe('INVALID_TRANSITION');
    expect(code(() => recordAgreement(recordAgreement(p, '2023-07-01'), '2023-08-01'))).toBe('INVALID_TRANSITION');
    expect(code(() => recordAgreement(started, '2023-10-01'))).toBe('INVALID_TRANSITION');
  });

  it('whatever moves are tried, the accepted ones always leave a valid project', () => {
    const stage = fc.constantFrom<ProjectStage | 'agreement'>(
      'planning',
      'started',
      'construction',
      'completed',
      'agreement',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(stage, fc.integer({ min: -30, max: 400 })), { maxLength: 8 }), (moves) => {
        let p = base();
        for (const [to, day] of moves) {
          const date = new Date(Date.UTC(2023, 5, 16) + day * 86_400_000).toISOString().slice(0, 10);
          try {
            p = to === 'agreement' ? recordAgreement(p, date) : moveProject(p, to, date);
          } catch (e) {
            expect((e as ChainmatchError).code).toBe('INVALID_TRANSITION');
          }
          expect(validateProject(p).issues).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('applyMoves', () => {
  it('applies good moves and reports bad ones as issues with rows', () => {
    const reg = [base(), base({ id: 'p2' })];
    const { projects, issues } = applyMoves(reg, [
      { projectId: 'p1', to: '投资协议', date: '2023-07-01' },
      { projectId: 'p1', to: '新开工', date: '2023-08-01' },
      { projectId: 'p2', to: 'completed', date: '2023-08-01' },
      { projectId: 'p9', to: 'started', date: '2023-08-01' },
      { projectId: 'p1', to: 'started', date: 'yesterday' },
      { projectId: 'p1', to: 'construction', date: '2023-07-15' },
    ]);
    expect(projects.map((p) => p.stage)).toEqual(['started', 'planning']);
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'invalid_transition'],
      [4, 'unknown_project'],
      [5, 'custom'],
      [6, 'invalid_transition'],
    ]);
    expect(reg[0]!.stage).toBe('planning');
  });
});

describe('createProjectClassifier', () => {
  it('classifies by band, theme, region and library (rules are data)', () => {
    const c = createProjectClassifier();
    const p = base({ investment: 120, theme: 'new-materials', aseanFacing: true, tags: ['绿色'] });
    expect(c.classify(p)).toMatchObject({
      band: '100+',
      theme: 'new-materials',
      regions: ['central'],
      eastCentral: true,
      list: 'planning',
    });
    expect(c.classify(p).libraries).toEqual(['landmark', 'green-low-carbon', 'open-cooperation']);
    expect(c.band(0.5)?.id).toBe('<1');
    const custom = createProjectClassifier({
      bands: [
        { id: 'big', label: '大', min: 10 },
        { id: 'small', label: '小', min: 0, max: 10 },
      ],
      rules: [{ library: 'tech-upgrade', when: { keywordsAny: ['锂电'], maxInvestment: 20 } }],
    });
    expect(custom.classify(base()).band).toBe('big');
    expect(custom.libraries(base())).toEqual(['tech-upgrade']);
    expect(custom.libraries(base({ investment: 25 }))).toEqual([]);
  });

  it('rejects malformed rules', () => {
    expect(code(() => createProjectClassifier({ rules: [{ library: 'x', when: { minInvest: 3 } }] } as never))).toBe(
      'INVALID_OPTION',
    );
  });
});

describe('registerToLabels', () => {
  it('grades linked projects: signed 1 < agreement 2 < started 3 < completed 4', () => {
    const p = base({ itemId: 'i1', enterpriseId: 'e1' });
    const a = recordAgreement(p, '2023-07-01');
    const s = moveProject({ ...a, enterpriseId: 'e3' }, 'started', '2023-08-01');
    const c = moveProject({ ...s, enterpriseId: 'e4' }, 'completed', '2023-12-01');
    const labels = registerToLabels([p, { ...a, enterpriseId: 'e2' }, s, c, base({ id: 'x' }), { ...p, id: 'again' }]);
    expect(labels).toEqual([
      { itemId: 'i1', enterpriseId: 'e1', grade: 1 },
      { itemId: 'i1', enterpriseId: 'e2', grade: 2 },
      { itemId: 'i1', enterpriseId: 'e3', grade: 3 },
      { itemId: 'i1', enterpriseId: 'e4', grade: 4 },
    ]);
  });

  it('gives one label per linked pair of the fixture', () => {
    const { projects } = loadFixture();
    const labels = registerToLabels(projects);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.grade === 4).length).toBeLessThanOrEqual(20);
  });
});
