import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planMeetings, type PlanMatch, type MeetingPlan } from '../../src/plan/index.js';
import { ChainmatchError } from '../../src/errors.js';

interface Caps {
  seats: number;
  M: number;
  C: number;
  multi: boolean;
}

/** Naive oracle: every subset of candidate pairs, keep the best feasible. */
function bruteForce(matches: PlanMatch[], caps: Caps): number {
  const best = new Map<string, PlanMatch>();
  for (const m of matches) {
    if (!(m.score > 0)) continue;
    const k = `${m.enterpriseId}|${m.itemId}`;
    const p = best.get(k);
    if (!p || m.score > p.score) best.set(k, m);
  }
  const pairs = [...best.values()];
  let top = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, k) => mask & (1 << k));
    if (isFeasible(chosen, caps))
      top = Math.max(
        top,
        chosen.reduce((s, m) => s + m.score, 0),
      );
  }
  return top;
}

function isFeasible(
  chosen: { enterpriseId: string; itemId: string; theme?: string | undefined }[],
  caps: Caps,
): boolean {
  const perE = new Map<string, number>();
  const perI = new Map<string, number>();
  const seats = new Map<string, Set<string>>();
  const sessions = new Map<string, Set<string>>();
  for (const m of chosen) {
    perE.set(m.enterpriseId, (perE.get(m.enterpriseId) ?? 0) + 1);
    perI.set(m.itemId, (perI.get(m.itemId) ?? 0) + 1);
    const t = m.theme!;
    if (!seats.has(t)) seats.set(t, new Set());
    seats.get(t)!.add(m.enterpriseId);
    if (!sessions.has(m.enterpriseId)) sessions.set(m.enterpriseId, new Set());
    sessions.get(m.enterpriseId)!.add(t);
  }
  if ([...perE.values()].some((n) => n > caps.M)) return false;
  if ([...perI.values()].some((n) => n > caps.C)) return false;
  if ([...seats.values()].some((s) => s.size > caps.seats)) return false;
  if (!caps.multi && [...sessions.values()].some((s) => s.size > 1)) return false;
  return true;
}

const instance = fc
  .record({
    nE: fc.integer({ min: 1, max: 4 }),
    nI: fc.integer({ min: 1, max: 4 }),
    nT: fc.integer({ min: 1, max: 2 }),
    seats: fc.integer({ min: 0, max: 3 }),
    M: fc.integer({ min: 1, max: 3 }),
    C: fc.integer({ min: 1, max: 3 }),
    multi: fc.boolean(),
    seed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 12 }),
    themeOf: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  })
  .map(({ nE, nI, nT, seats, M, C, multi, seed, themeOf }) => {
    const matches: PlanMatch[] = seed.map(([e, i, s]) => ({
      enterpriseId: `e${e % nE}`,
      itemId: `i${i % nI}`,
      score: s / 20,
      theme: `t${themeOf[i % nI]! % nT}`,
    }));
    return { matches, caps: { seats, M, C, multi } };
  });

function opts(c: Caps) {
  return { seats: c.seats, meetingsPerEnterprise: c.M, candidatesPerItem: c.C, allowMultipleSessions: c.multi };
}

function checkCapacities(plan: MeetingPlan, c: Caps) {
  expect(isFeasible(plan.meetings, c)).toBe(true);
  for (const s of plan.sessions) expect(s.invited.length).toBeLessThanOrEqual(s.seats);
}

describe('planMeetings', () => {
  it('equals a brute-force optimum on small random instances and respects every capacity', () => {
    fc.assert(
      fc.property(instance, ({ matches, caps }) => {
        const plan = planMeetings(matches, opts(caps));
        checkCapacities(plan, caps);
        expect(plan.optimal).toBe(true);
        expect(plan.totalScore).toBeCloseTo(bruteForce(matches, caps), 9);
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('heuristics respect every capacity and never beat the optimum', () => {
    fc.assert(
      fc.property(instance, ({ matches, caps }) => {
        const opt = bruteForce(matches, caps);
        for (const extra of [{ method: 'greedy' as const }, { maxNodes: 1 }]) {
          const plan = planMeetings(matches, { ...opts(caps), ...extra });
          checkCapacities(plan, caps);
          expect(plan.totalScore).toBeLessThanOrEqual(opt + 1e-9);
          if (plan.upperBound !== undefined) expect(plan.upperBound).toBeGreaterThanOrEqual(opt - 1e-9);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('stays feasible and under its bound on medium instances where the budget runs out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(39), fc.nat(24), fc.integer({ min: 1, max: 100 })), { minLength: 50, maxLength: 200 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (raw, seats, multi) => {
          const matches = raw.map(([e, i, s]) => ({
            enterpriseId: `e${e}`,
            itemId: `i${i}`,
            score: s / 100,
            theme: `t${i % 4}`,
          }));
          const caps = { seats, M: 3, C: 2, multi };
          const plan = planMeetings(matches, { ...opts(caps), maxNodes: 5 });
          checkCapacities(plan, caps);
          expect(plan.totalScore).toBeLessThanOrEqual((plan.upperBound ?? Infinity) + 1e-9);
          expect(plan.meetings.length + plan.leftOut.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60, seed: 9 },
    );
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(instance, fc.integer(), ({ matches, caps }, salt) => {
        const shuffled = [...matches].sort((a, b) => ((a.score * 997 + salt) % 13) - ((b.score * 997 + salt) % 13));
        expect(planMeetings(shuffled, opts(caps))).toEqual(planMeetings(matches, opts(caps)));
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('is exact by flow when each enterprise has one meeting', () => {
    const matches: PlanMatch[] = [
      { enterpriseId: 'a', itemId: 'x', score: 0.9, theme: 'T' },
      { enterpriseId: 'b', itemId: 'x', score: 0.8, theme: 'T' },
      { enterpriseId: 'b', itemId: 'y', score: 0.7, theme: 'U' },
    ];
    const plan = planMeetings(matches, { seats: 5, meetingsPerEnterprise: 1, candidatesPerItem: 1 });
    expect(plan.method).toBe('flow');
    expect(plan.meetings.map((m) => `${m.enterpriseId}-${m.itemId}`)).toEqual(['a-x', 'b-y']);
  });

  it('needs branch-and-bound when a session is full and reports the optimum', () => {
    // Max-coverage shape: one seat, enterprise c alone covers the most.
    const matches: PlanMatch[] = [
      { enterpriseId: 'a', itemId: 'x', score: 0.9, theme: 'T' },
      { enterpriseId: 'b', itemId: 'y', score: 0.9, theme: 'T' },
      { enterpriseId: 'c', itemId: 'x', score: 0.6, theme: 'T' },
      { enterpriseId: 'c', itemId: 'y', score: 0.6, theme: 'T' },
    ];
    const plan = planMeetings(matches, { seats: 1, meetingsPerEnterprise: 2, candidatesPerItem: 1 });
    expect(plan.optimal).toBe(true);
    expect(plan.method).toBe('branch-and-bound');
    expect(plan.totalScore).toBeCloseTo(1.2, 9);
    expect(plan.sessions[0]!.invited).toEqual(['c']);
    expect(plan.leftOut.map((l) => [l.enterpriseId, l.reason])).toEqual([
      ['a', 'session-full'],
      ['b', 'session-full'],
    ]);
  });

  it('says why enterprises and items were left out', () => {
    const plan = planMeetings(
      [
        { enterpriseId: 'a', itemId: 'x', score: 0.9, theme: 'T' },
        { enterpriseId: 'b', itemId: 'x', score: 0.5, theme: 'T' },
        { enterpriseId: 'z', itemId: 'x', score: 0, theme: 'T' },
        { enterpriseId: 'z', itemId: 'w', score: 0, theme: 'T' },
        { enterpriseId: 'q', itemId: 'v', score: 0.4 },
      ],
      { seats: 10, candidatesPerItem: 1 },
    );
    expect(plan.leftOut).toEqual([
      { enterpriseId: 'b', reason: 'lost-to-higher-scorers', bestItemId: 'x', bestScore: 0.5 },
      { enterpriseId: 'q', reason: 'no-positive-match' },
      { enterpriseId: 'z', reason: 'no-positive-match' },
    ]);
    expect(plan.itemsWithoutMeetings).toEqual([
      { itemId: 'v', reason: 'no-positive-match' },
      { itemId: 'w', theme: 'T', reason: 'no-positive-match' },
    ]);
    expect(plan.issues.map((i) => i.code)).toEqual(['missing_theme']);
  });

  it('takes themes from items when matches lack them', () => {
    const plan = planMeetings([{ enterpriseId: 'a', itemId: 'x', score: 0.5 }], { items: [{ id: 'x', theme: 'T' }] });
    expect(plan.sessions.map((s) => [s.theme, s.invited])).toEqual([['T', ['a']]]);
  });

  it('does not mutate its input', () => {
    const matches: PlanMatch[] = [{ enterpriseId: 'a', itemId: 'x', score: 0.5, theme: 'T' }];
    const copy = structuredClone(matches);
    planMeetings(matches);
    expect(matches).toEqual(copy);
  });

  it('rejects unknown options', () => {
    expect(() => planMeetings([], { seat: 3 } as never)).toThrow(ChainmatchError);
    try {
      planMeetings([], { seats: -1 });
    } catch (e) {
      expect((e as ChainmatchError).code).toBe('INVALID_OPTION');
    }
  });
});
