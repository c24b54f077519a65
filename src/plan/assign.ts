import { z } from 'zod';
import { parseOptions } from './_lib/options.js';
import type { Issue } from '../schema/issue.js';
import { FlowNetwork } from './_lib/mcf.js';
import { byString } from '../_lib/order.js';

/** What the planner needs of a match: a scored enterprise–item pair and the item's theme (专题). */
export interface PlanMatch {
  itemId: string;
  enterpriseId: string;
  score: number;
  theme?: string | undefined;
}

/** One one-to-one meeting (一对一洽谈) in a theme session. */
export interface Meeting {
  enterpriseId: string;
  itemId: string;
  theme: string;
  score: number;
}

/** A theme session (专题对接活动) and the enterprises invited to it. */
export interface SessionPlan {
  theme: string;
  seats: number;
  /** Invited enterprise ids (those with at least one meeting here), sorted. */
  invited: string[];
  meetings: number;
  score: number;
}

/**
 * Why an enterprise got no invitation:
 * - `no-positive-match`: no match scored above `minScore`;
 * - `session-full`: every session it has a candidate in is full (seats);
 * - `lost-to-higher-scorers`: every item it matches is full of meetings that score at least as high;
 * - `capacity`: a mix of full sessions and full items — the optimum preferred others.
 */
export type LeftOutReason = 'no-positive-match' | 'session-full' | 'lost-to-higher-scorers' | 'capacity';

export interface LeftOut {
  enterpriseId: string;
  reason: LeftOutReason;
  /** Its best candidate, when it had one. */
  bestItemId?: string;
  bestScore?: number;
}

export interface ItemLeftOut {
  itemId: string;
  theme?: string;
  reason: 'no-positive-match' | 'session-full' | 'lost-to-higher-scorers' | 'capacity';
}

/**
 * How the plan was found. `flow` and `branch-and-bound` are proven optimal; `relax-and-repair`
 * (branch-and-bound ran out of budget) and `greedy` (instance too large) are heuristics.
 */
export type PlanMethod = 'flow' | 'branch-and-bound' | 'relax-and-repair' | 'greedy';

export interface MeetingPlan {
  method: PlanMethod;
  /** True when the total is proven maximal. */
  optimal: boolean;
  totalScore: number;
  /** An upper bound on the optimum (the root relaxation), when the flow solver ran. */
  upperBound?: number;
  sessions: SessionPlan[];
  meetings: Meeting[];
  /** Enterprises in the input that got no meeting, with the reason. */
  leftOut: LeftOut[];
  /** Items that got no meeting. */
  itemsWithoutMeetings: ItemLeftOut[];
  /** Input problems (match without a theme, bad score), never thrown. */
  issues: Issue[];
  /** The resolved options, so a saved plan says how it was made. */
  options: ResolvedPlanOptions;
}

const positiveInt = z.number().int().min(0).max(1_000_000);

/** Options of {@link planMeetings}; every field is optional. */
export const PlanOptionsSchema = z.strictObject({
  /** Seats per theme session (enterprises invited), one number or per theme id. Default 60. */
  seats: z.union([positiveInt, z.record(z.string(), positiveInt), z.map(z.string(), positiveInt)]).optional(),
  /** Meetings per enterprise (一企多约). Default 3. */
  meetingsPerEnterprise: positiveInt.optional(),
  /** Meetings (candidate enterprises) per item. Default 5. */
  candidatesPerItem: positiveInt.optional(),
  /** Let one enterprise attend several theme sessions. Default false (one session each). */
  allowMultipleSessions: z.boolean().optional(),
  /** Only pairs scoring strictly above this are meeting candidates. Default 0. */
  minScore: z.number().min(0).max(1).optional(),
  /**
   * `auto`: flow / branch-and-bound, greedy above `maxExactPairs`; `exact`: never greedy (raise
   * `maxNodes` / `maxWork` to insist on a proof); `greedy`: greedy only. Default `auto`.
   */
  method: z.enum(['auto', 'exact', 'greedy']).optional(),
  /** Above this many candidate pairs, `auto` uses the greedy heuristic. Default 100 000. */
  maxExactPairs: z.number().int().min(0).optional(),
  /** Branch-and-bound node budget before falling back to relax-and-repair. Default 2 000. */
  maxNodes: z.number().int().min(1).optional(),
  /**
   * Work budget of branch-and-bound, in arcs scanned by the flow solver (deterministic, unlike
   * a time limit). Default 20 000 000 — about a second or two.
   */
  maxWork: z.number().int().min(0).optional(),
  /** Every enterprise considered; those absent from `matches` are reported as `no-positive-match`. */
  enterprises: z.array(z.string()).optional(),
  /** Item → theme, for matches that lack `theme`. */
  items: z.array(z.looseObject({ id: z.string(), theme: z.string().optional() })).optional(),
});
export type PlanOptions = z.input<typeof PlanOptionsSchema>;

export interface ResolvedPlanOptions {
  seats: number | Record<string, number>;
  meetingsPerEnterprise: number;
  candidatesPerItem: number;
  allowMultipleSessions: boolean;
  minScore: number;
  method: 'auto' | 'exact' | 'greedy';
  maxExactPairs: number;
  maxNodes: number;
  maxWork: number;
}

/**
 * Defaults of {@link planMeetings}: 60 seats per theme session, 3 meetings per enterprise,
 * 5 meetings per item, one session per enterprise, 100 000 pairs for the flow solver,
 * 2 000 branch-and-bound nodes or 2·10⁷ arcs scanned, whichever comes first.
 */
export const DEFAULT_PLAN_OPTIONS: Readonly<Omit<ResolvedPlanOptions, 'seats'> & { seats: number }> = Object.freeze({
  seats: 60,
  meetingsPerEnterprise: 3,
  candidatesPerItem: 5,
  allowMultipleSessions: false,
  minScore: 0,
  method: 'auto',
  maxExactPairs: 100_000,
  maxNodes: 2_000,
  maxWork: 20_000_000,
});

/** Scores are scaled to integers so optima compare exactly (1e-9 resolution). */
const SCALE = 1e9;

interface Pair {
  e: number;
  i: number;
  t: number;
  w: number;
  score: number;
}

interface Instance {
  enterprises: string[];
  items: string[];
  themes: string[];
  itemTheme: number[];
  seats: number[];
  M: number;
  C: number;
  multi: boolean;
  pairs: Pair[];
  /** Index of (e,t) "seat" variables. */
  slots: { e: number; t: number }[];
  slotOf: Map<number, number>;
  pairSlot: number[];
}

/**
 * Plans the theme sessions and one-to-one meetings of an event (1+4+N 的「4」): picks meetings
 * (enterprise ↔ item) maximising the total match score, with at most `meetingsPerEnterprise`
 * meetings per enterprise, `candidatesPerItem` per item, `seats` enterprises per theme session,
 * and each enterprise in one theme session (unless `allowMultipleSessions`). An enterprise's
 * session follows from its meetings.
 *
 * Exactness: with seats counted per enterprise the problem is NP-hard (one session, unlimited
 * meetings, unit scores is maximum coverage), so no flow formulation is exact in general.
 * The solver first solves a min-cost-flow relaxation (each session's seats become
 * `seats × meetingsPerEnterprise` meeting slots; the one-session rule is dropped). When that
 * answer keeps both rules — always when `meetingsPerEnterprise` is 1, or when seats are not
 * binding and enterprises meet in one theme only — it is optimal (`method: 'flow'`).
 * Otherwise it runs branch-and-bound on "enterprise e sits in session t", each node bounded
 * by the same flow with some seats fixed; finished within `maxNodes` and `maxWork` it is
 * proven optimal (`'branch-and-bound'`). If the budget runs out it returns the best feasible
 * plan found (`'relax-and-repair'`, `optimal: false`, with `upperBound`): the better of
 * (a) seating the enterprises the relaxation valued most and (b) seating enterprises by the
 * value of their best `meetingsPerEnterprise` candidates, each then re-solved exactly for the
 * chosen seats. Above `maxExactPairs` candidate pairs (`method: 'auto'`) it uses one greedy
 * pass by descending score (`'greedy'`). Every heuristic plan is topped up greedily, so no
 * feasible meeting is left unused. Ties break by enterprise id, then item id.
 *
 * @example
 * const plan = planMeetings(
 *   [{ itemId: 'i1', enterpriseId: 'e1', score: 0.8, theme: 'new-materials' }],
 *   { seats: 60, meetingsPerEnterprise: 3, candidatesPerItem: 5 },
 * );
 * plan.meetings; // [{ enterpriseId: 'e1', itemId: 'i1', theme: 'new-materials', score: 0.8 }]
 */
export function planMeetings(matches: Iterable<PlanMatch>, options: PlanOptions = {}): MeetingPlan {
  const o = parseOptions(PlanOptionsSchema, options, 'plan');
  const resolved: ResolvedPlanOptions = {
    seats:
      o.seats instanceof Map
        ? Object.fromEntries([...o.seats].sort(([a], [b]) => byString(a, b)))
        : (o.seats ?? DEFAULT_PLAN_OPTIONS.seats),
    meetingsPerEnterprise: o.meetingsPerEnterprise ?? DEFAULT_PLAN_OPTIONS.meetingsPerEnterprise,
    candidatesPerItem: o.candidatesPerItem ?? DEFAULT_PLAN_OPTIONS.candidatesPerItem,
    allowMultipleSessions: o.allowMultipleSessions ?? DEFAULT_PLAN_OPTIONS.allowMultipleSessions,
    minScore: o.minScore ?? DEFAULT_PLAN_OPTIONS.minScore,
    method: o.method ?? DEFAULT_PLAN_OPTIONS.method,
    maxExactPairs: o.maxExactPairs ?? DEFAULT_PLAN_OPTIONS.maxExactPairs,
    maxNodes: o.maxNodes ?? DEFAULT_PLAN_OPTIONS.maxNodes,
    maxWork: o.maxWork ?? DEFAULT_PLAN_OPTIONS.maxWork,
  };
  const itemThemes = new Map<string, string>();
  for (const it of o.items ?? []) if (it.theme !== undefined) itemThemes.set(it.id, it.theme);

  const { inst, issues, allEnterprises, allItems, itemThemeById } = buildInstance(matches, resolved, itemThemes);
  for (const e of o.enterprises ?? []) allEnterprises.add(e);

  let chosen: number[]; // pair indices
  let method: PlanMethod;
  let optimal: boolean;
  let upperBound: number | undefined;
  const useGreedy =
    resolved.method === 'greedy' || (resolved.method === 'auto' && inst.pairs.length > resolved.maxExactPairs);
  if (useGreedy) {
    chosen = greedyFill(inst, []);
    method = 'greedy';
    optimal = false;
  } else {
    const r = solveExact(inst, resolved.maxNodes, resolved.maxWork);
    chosen = greedyFill(inst, r.pairs);
    method = r.method;
    optimal = r.optimal;
    upperBound = r.upperBound / SCALE;
  }
  return assemble(inst, chosen, {
    method,
    optimal,
    upperBound,
    issues,
    allEnterprises,
    allItems,
    itemThemeById,
    resolved,
  });
}

function buildInstance(matches: Iterable<PlanMatch>, o: ResolvedPlanOptions, itemThemes: Map<string, string>) {
  const issues: Issue[] = [];
  const best = new Map<string, { e: string; i: string; t: string; score: number }>();
  const allEnterprises = new Set<string>();
  const allItems = new Set<string>();
  const itemThemeById = new Map<string, string>();
  let row = 0;
  for (const m of matches) {
    row++;
    allEnterprises.add(m.enterpriseId);
    allItems.add(m.itemId);
    const theme = m.theme ?? itemThemes.get(m.itemId);
    if (theme === undefined || theme === '') {
      issues.push({
        code: 'missing_theme',
        path: ['theme'],
        row,
        message: `match ${m.enterpriseId} ↔ ${m.itemId} has no theme (专题); it cannot be placed in a session`,
      });
      continue;
    }
    const known = itemThemeById.get(m.itemId);
    if (known !== undefined && known !== theme) {
      issues.push({
        code: 'conflicting_theme',
        path: ['theme'],
        row,
        message: `item ${m.itemId} appears with themes ${known} and ${theme}; keeping ${known}`,
      });
    }
    const t = known ?? theme;
    itemThemeById.set(m.itemId, t);
    if (typeof m.score !== 'number' || !Number.isFinite(m.score)) {
      issues.push({
        code: 'invalid_score',
        path: ['score'],
        row,
        message: `match ${m.enterpriseId} ↔ ${m.itemId} has a non-finite score`,
      });
      continue;
    }
    if (!(m.score > o.minScore)) continue;
    const key = `${m.enterpriseId}\u0000${m.itemId}`;
    const prev = best.get(key);
    if (!prev || m.score > prev.score) best.set(key, { e: m.enterpriseId, i: m.itemId, t, score: m.score });
  }
  const enterprises = [...new Set([...best.values()].map((p) => p.e))].sort(byString);
  const items = [...new Set([...best.values()].map((p) => p.i))].sort(byString);
  const themes = [...new Set([...best.values()].map((p) => p.t))].sort(byString);
  const eIx = new Map(enterprises.map((x, k) => [x, k]));
  const iIx = new Map(items.map((x, k) => [x, k]));
  const tIx = new Map(themes.map((x, k) => [x, k]));
  const itemTheme = items.map((i) => tIx.get(itemThemeById.get(i)!)!);
  const seatsOf = (t: string): number => {
    if (typeof o.seats === 'number') return o.seats;
    return Object.hasOwn(o.seats, t) ? o.seats[t]! : DEFAULT_PLAN_OPTIONS.seats;
  };
  const pairs: Pair[] = [...best.values()]
    .map((p) => ({
      e: eIx.get(p.e)!,
      i: iIx.get(p.i)!,
      t: tIx.get(p.t)!,
      score: p.score,
      w: Math.round(p.score * SCALE),
    }))
    .filter((p) => p.w > 0)
    .sort((a, b) => a.e - b.e || a.i - b.i);
  const slots: { e: number; t: number }[] = [];
  const slotOf = new Map<number, number>();
  const pairSlot: number[] = [];
  for (const p of pairs) {
    const key = p.e * themes.length + p.t;
    let s = slotOf.get(key);
    if (s === undefined) {
      s = slots.length;
      slots.push({ e: p.e, t: p.t });
      slotOf.set(key, s);
    }
    pairSlot.push(s);
  }
  const inst: Instance = {
    enterprises,
    items,
    themes,
    itemTheme,
    seats: themes.map(seatsOf),
    M: o.meetingsPerEnterprise,
    C: o.candidatesPerItem,
    multi: o.allowMultipleSessions,
    pairs,
    slots,
    slotOf,
    pairSlot,
  };
  return { inst, issues, allEnterprises, allItems, itemThemeById };
}

/** Slot states in branch-and-bound: 1 = seated, 0 = excluded, -1 = free. */
type SlotState = Int8Array;

interface Relaxed {
  value: number;
  pairs: number[];
  /** Arcs scanned to find it. */
  work: number;
}

/** Min-cost flow over the pairs whose slot is not excluded; seats relaxed to meeting slots. */
function relax(inst: Instance, state: SlotState): Relaxed {
  const nE = inst.enterprises.length;
  const nI = inst.items.length;
  const nT = inst.themes.length;
  // Nodes: source, enterprises, items, themes, sink.
  const S = 0;
  const eNode = (e: number) => 1 + e;
  const iNode = (i: number) => 1 + nE + i;
  const tNode = (t: number) => 1 + nE + nI + t;
  const T = 1 + nE + nI + nT;
  const g = new FlowNetwork(T + 1);
  for (let e = 0; e < nE; e++) g.addArc(S, eNode(e), inst.M, 0);
  const arcs: number[] = [];
  for (let k = 0; k < inst.pairs.length; k++) {
    const p = inst.pairs[k]!;
    if (state[inst.pairSlot[k]!] === 0) {
      arcs.push(-1);
      continue;
    }
    arcs.push(g.addArc(eNode(p.e), iNode(p.i), 1, -p.w));
  }
  for (let i = 0; i < nI; i++) g.addArc(iNode(i), tNode(inst.itemTheme[i]!), inst.C, 0);
  for (let t = 0; t < nT; t++) g.addArc(tNode(t), T, Math.min(inst.seats[t]! * inst.M, Number.MAX_SAFE_INTEGER), 0);
  const cost = g.minCost(S, T);
  const pairs: number[] = [];
  for (let k = 0; k < arcs.length; k++) if (arcs[k]! >= 0 && g.flow(arcs[k]!) > 0) pairs.push(k);
  return { value: -cost, pairs, work: g.work };
}

/** Seats used per session and sessions per enterprise, by a set of pairs. */
function occupancy(inst: Instance, pairs: number[]) {
  const slotsUsed = new Set<number>();
  for (const k of pairs) slotsUsed.add(inst.pairSlot[k]!);
  const perTheme = new Array<number>(inst.themes.length).fill(0);
  const perEnterprise = new Array<number>(inst.enterprises.length).fill(0);
  for (const s of slotsUsed) {
    perTheme[inst.slots[s]!.t]!++;
    perEnterprise[inst.slots[s]!.e]!++;
  }
  return { slotsUsed, perTheme, perEnterprise };
}

function isFeasible(inst: Instance, pairs: number[]): boolean {
  const { perTheme, perEnterprise } = occupancy(inst, pairs);
  if (perTheme.some((c, t) => c > inst.seats[t]!)) return false;
  if (!inst.multi && perEnterprise.some((c) => c > 1)) return false;
  return true;
}

function slotValues(inst: Instance, pairs: number[]): Map<number, number> {
  const v = new Map<number, number>();
  for (const k of pairs) {
    const s = inst.pairSlot[k]!;
    v.set(s, (v.get(s) ?? 0) + inst.pairs[k]!.w);
  }
  return v;
}

/** Sets a slot to seated and propagates: full session → rest excluded; one-session rule. */
function seat(inst: Instance, state: SlotState, s: number): boolean {
  if (state[s] === 0) return false;
  if (state[s] === 1) return true;
  const { e, t } = inst.slots[s]!;
  let used = 0;
  for (let x = 0; x < state.length; x++) if (state[x] === 1 && inst.slots[x]!.t === t) used++;
  if (used >= inst.seats[t]!) return false;
  state[s] = 1;
  used++;
  for (let x = 0; x < state.length; x++) {
    if (state[x] !== -1) continue;
    const sl = inst.slots[x]!;
    if ((sl.t === t && used >= inst.seats[t]!) || (!inst.multi && sl.e === e)) state[x] = 0;
  }
  return true;
}

/** Turns a relaxed answer into a feasible one: seat the most valuable slots first, then re-solve. */
function repair(inst: Instance, state: SlotState, relaxed: Relaxed): Relaxed {
  const st = Int8Array.from(state);
  const vals = slotValues(inst, relaxed.pairs);
  const order = [...vals.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [s] of order) seat(inst, st, s);
  for (let x = 0; x < st.length; x++) if (st[x] === -1) st[x] = 0;
  const r = relax(inst, st);
  return r;
}

/**
 * Seats enterprises by the value of their best `M` candidates in each session (their
 * "bundle"), best first, then solves the meetings exactly for those seats.
 */
function bundle(inst: Instance): Relaxed {
  const perSlot = new Map<number, number[]>();
  inst.pairs.forEach((p, k) => {
    const s = inst.pairSlot[k]!;
    const list = perSlot.get(s) ?? [];
    list.push(p.w);
    perSlot.set(s, list);
  });
  const value = (ws: number[]) =>
    ws
      .sort((a, b) => b - a)
      .slice(0, inst.M)
      .reduce((x, w) => x + w, 0);
  const order = [...perSlot.entries()]
    .map(([s, ws]) => [s, value(ws)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const st = Int8Array.from({ length: inst.slots.length }, () => -1);
  for (const [s] of order) seat(inst, st, s);
  for (let x = 0; x < st.length; x++) if (st[x] === -1) st[x] = 0;
  return relax(inst, st);
}

function solveExact(
  inst: Instance,
  maxNodes: number,
  maxWork: number,
): { pairs: number[]; method: PlanMethod; optimal: boolean; upperBound: number } {
  const root = Int8Array.from({ length: inst.slots.length }, () => -1);
  const rootRelax = relax(inst, root);
  if (isFeasible(inst, rootRelax.pairs))
    return { pairs: rootRelax.pairs, method: 'flow', optimal: true, upperBound: rootRelax.value };
  let incumbent = repair(inst, root, rootRelax);
  const b = bundle(inst);
  if (b.value > incumbent.value) incumbent = b;
  let work = 0;
  let nodes = 0;
  let exhausted = false;
  const stack: { state: SlotState; relaxed: Relaxed }[] = [{ state: root, relaxed: rootRelax }];
  while (stack.length > 0) {
    if (nodes >= maxNodes || work > maxWork) {
      exhausted = true;
      break;
    }
    const { state, relaxed } = stack.pop()!;
    nodes++;
    if (relaxed.value <= incumbent.value) continue;
    if (isFeasible(inst, relaxed.pairs)) {
      incumbent = relaxed;
      continue;
    }
    const fix = repair(inst, state, relaxed);
    work += fix.work;
    if (fix.value > incumbent.value) incumbent = fix;
    const s = branchSlot(inst, state, relaxed);
    if (s === undefined) continue;
    const children: { state: SlotState; relaxed: Relaxed }[] = [];
    const outState = Int8Array.from(state);
    outState[s] = 0;
    children.push({ state: outState, relaxed: relax(inst, outState) });
    const inState = Int8Array.from(state);
    if (seat(inst, inState, s)) children.push({ state: inState, relaxed: relax(inst, inState) });
    for (const c of children) work += c.relaxed.work;
    // Depth-first, most promising child last so it is popped first.
    children.sort((a, b) => a.relaxed.value - b.relaxed.value);
    for (const c of children) if (c.relaxed.value > incumbent.value) stack.push(c);
  }
  if (exhausted)
    return { pairs: incumbent.pairs, method: 'relax-and-repair', optimal: false, upperBound: rootRelax.value };
  return { pairs: incumbent.pairs, method: 'branch-and-bound', optimal: true, upperBound: rootRelax.value };
}

/** A free slot involved in a violated rule: the most valuable one. */
function branchSlot(inst: Instance, state: SlotState, relaxed: Relaxed): number | undefined {
  const { slotsUsed, perTheme, perEnterprise } = occupancy(inst, relaxed.pairs);
  const vals = slotValues(inst, relaxed.pairs);
  let best: number | undefined;
  for (const s of slotsUsed) {
    if (state[s] !== -1) continue;
    const { e, t } = inst.slots[s]!;
    const violating = perTheme[t]! > inst.seats[t]! || (!inst.multi && perEnterprise[e]! > 1);
    if (!violating) continue;
    if (best === undefined || vals.get(s)! > vals.get(best)! || (vals.get(s) === vals.get(best) && s < best)) best = s;
  }
  return best;
}

/** Adds any remaining feasible meeting, best score first (keeps heuristics maximal). */
function greedyFill(inst: Instance, start: number[]): number[] {
  const chosen = new Set(start);
  const eCount = new Array<number>(inst.enterprises.length).fill(0);
  const iCount = new Array<number>(inst.items.length).fill(0);
  const slotOn = new Set<number>();
  const seatsUsed = new Array<number>(inst.themes.length).fill(0);
  const sessionsOf = new Array<number>(inst.enterprises.length).fill(0);
  const take = (k: number) => {
    const p = inst.pairs[k]!;
    eCount[p.e]!++;
    iCount[p.i]!++;
    const s = inst.pairSlot[k]!;
    if (!slotOn.has(s)) {
      slotOn.add(s);
      seatsUsed[p.t]!++;
      sessionsOf[p.e]!++;
    }
    chosen.add(k);
  };
  for (const k of start) {
    chosen.delete(k);
    take(k);
  }
  const order = inst.pairs
    .map((_, k) => k)
    .sort((a, b) => {
      const pa = inst.pairs[a]!;
      const pb = inst.pairs[b]!;
      return pb.w - pa.w || pa.e - pb.e || pa.i - pb.i;
    });
  for (const k of order) {
    if (chosen.has(k)) continue;
    const p = inst.pairs[k]!;
    if (eCount[p.e]! >= inst.M || iCount[p.i]! >= inst.C) continue;
    const s = inst.pairSlot[k]!;
    if (!slotOn.has(s)) {
      if (seatsUsed[p.t]! >= inst.seats[p.t]!) continue;
      if (!inst.multi && sessionsOf[p.e]! >= 1) continue;
    }
    take(k);
  }
  return [...chosen].sort((a, b) => a - b);
}

function assemble(
  inst: Instance,
  chosen: number[],
  ctx: {
    method: PlanMethod;
    optimal: boolean;
    upperBound: number | undefined;
    issues: Issue[];
    allEnterprises: Set<string>;
    allItems: Set<string>;
    itemThemeById: Map<string, string>;
    resolved: ResolvedPlanOptions;
  },
): MeetingPlan {
  const meetings: Meeting[] = chosen
    .map((k) => inst.pairs[k]!)
    .map((p) => ({
      enterpriseId: inst.enterprises[p.e]!,
      itemId: inst.items[p.i]!,
      theme: inst.themes[p.t]!,
      score: p.score,
    }))
    .sort(
      (a, b) => byString(a.theme, b.theme) || byString(a.enterpriseId, b.enterpriseId) || byString(a.itemId, b.itemId),
    );
  const totalScore = meetings.reduce((s, m) => s + m.score, 0);
  const sessions: SessionPlan[] = inst.themes.map((theme, t) => {
    const ms = meetings.filter((m) => m.theme === theme);
    return {
      theme,
      seats: inst.seats[t]!,
      invited: [...new Set(ms.map((m) => m.enterpriseId))].sort(byString),
      meetings: ms.length,
      score: ms.reduce((s, m) => s + m.score, 0),
    };
  });
  const seatsFull = new Set(sessions.filter((s) => s.invited.length >= s.seats).map((s) => s.theme));
  const itemMeetings = new Map<string, number[]>();
  for (const m of meetings) {
    const list = itemMeetings.get(m.itemId) ?? [];
    list.push(m.score);
    itemMeetings.set(m.itemId, list);
  }
  const met = new Set(meetings.map((m) => m.enterpriseId));
  const candidatesOf = new Map<string, Pair[]>();
  for (const p of inst.pairs) {
    const id = inst.enterprises[p.e]!;
    const list = candidatesOf.get(id) ?? [];
    list.push(p);
    candidatesOf.set(id, list);
  }
  const leftOut: LeftOut[] = [];
  for (const id of [...ctx.allEnterprises].sort(byString)) {
    if (met.has(id)) continue;
    const cands = candidatesOf.get(id);
    if (!cands || cands.length === 0) {
      leftOut.push({ enterpriseId: id, reason: 'no-positive-match' });
      continue;
    }
    const bestP = [...cands].sort((a, b) => b.w - a.w || a.i - b.i)[0]!;
    const sessionFull = cands.every((p) => seatsFull.has(inst.themes[p.t]!));
    const outscored = cands.every((p) => {
      const ms = itemMeetings.get(inst.items[p.i]!) ?? [];
      return ms.length >= inst.C && ms.every((s) => s >= p.score);
    });
    const reason: LeftOutReason = sessionFull ? 'session-full' : outscored ? 'lost-to-higher-scorers' : 'capacity';
    leftOut.push({ enterpriseId: id, reason, bestItemId: inst.items[bestP.i]!, bestScore: bestP.score });
  }
  const itemsWithCandidates = new Map<string, Pair[]>();
  for (const p of inst.pairs) {
    const id = inst.items[p.i]!;
    const list = itemsWithCandidates.get(id) ?? [];
    list.push(p);
    itemsWithCandidates.set(id, list);
  }
  const enterpriseMeetings = new Map<string, number>();
  for (const m of meetings) enterpriseMeetings.set(m.enterpriseId, (enterpriseMeetings.get(m.enterpriseId) ?? 0) + 1);
  const itemsWithoutMeetings: ItemLeftOut[] = [];
  for (const id of [...ctx.allItems].sort(byString)) {
    if (itemMeetings.has(id)) continue;
    const theme = ctx.itemThemeById.get(id);
    const cands = itemsWithCandidates.get(id);
    let reason: ItemLeftOut['reason'] = 'no-positive-match';
    if (cands && cands.length > 0) {
      const sessionFull = theme !== undefined && seatsFull.has(theme);
      const outscored = cands.every((p) => (enterpriseMeetings.get(inst.enterprises[p.e]!) ?? 0) >= inst.M);
      reason = sessionFull ? 'session-full' : outscored ? 'lost-to-higher-scorers' : 'capacity';
    }
    itemsWithoutMeetings.push(theme === undefined ? { itemId: id, reason } : { itemId: id, theme, reason });
  }
  const plan: MeetingPlan = {
    method: ctx.method,
    optimal: ctx.optimal,
    totalScore,
    sessions,
    meetings,
    leftOut,
    itemsWithoutMeetings,
    issues: ctx.issues,
    options: ctx.resolved,
  };
  if (ctx.upperBound !== undefined) plan.upperBound = ctx.upperBound;
  return plan;
}
