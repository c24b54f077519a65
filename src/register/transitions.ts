import { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { Issue } from '../schema/issue.js';
import { text } from '../schema/primitives.js';
import { isoDate, PROJECT_STAGE_ZH, PROJECT_STAGES, type ProjectStage, type SignedProject } from './schema.js';
import { byString } from '../_lib/order.js';

/**
 * Allowed moves between the four lists (四张清单). Forward only; 新开工 may go straight to 竣工
 * (a quick build), but nothing completes without starting and nothing moves back.
 */
export const STAGE_TRANSITIONS: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = Object.freeze({
  planning: Object.freeze(['started'] as const),
  started: Object.freeze(['construction', 'completed'] as const),
  construction: Object.freeze(['completed'] as const),
  completed: Object.freeze([] as const),
});

/** The latest date recorded on a project (signature, agreement, start, completion, history). */
function lastDate(p: SignedProject): string {
  let d = p.signedAt;
  for (const x of [p.agreementAt, p.startedAt, p.completedAt, ...p.history.map((h) => h.date)])
    if (x !== undefined && x > d) d = x;
  return d;
}

function parseDate(date: string, project: SignedProject): string {
  const r = isoDate.safeParse(date);
  if (!r.success)
    throw new ChainmatchError(
      ErrorCodes.INVALID_TRANSITION,
      `project ${project.id}: ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`,
      { projectId: project.id, date },
    );
  return r.data;
}

/**
 * Why moving `project` to `to` on `date` is refused, or `undefined` when it is allowed.
 * @example transitionError(p, 'completed', '2024-04-01') // 'cannot move from 谋划及储备 to 竣工 …'
 */
export function transitionError(project: SignedProject, to: ProjectStage, date: string): string | undefined {
  const r = isoDate.safeParse(date);
  if (!r.success) return `${JSON.stringify(date)} is not a date (YYYY-MM-DD)`;
  const d = r.data;
  const from = project.stage;
  if (!(STAGE_TRANSITIONS[from] as readonly string[]).includes(to)) {
    const allowed = STAGE_TRANSITIONS[from].map((s) => `${s} ${PROJECT_STAGE_ZH[s]}`).join(', ') || 'none';
    return `cannot move from ${from} (${PROJECT_STAGE_ZH[from]}) to ${to} (${PROJECT_STAGE_ZH[to]}); allowed: ${allowed}`;
  }
  const last = lastDate(project);
  if (d < last) return `date ${d} is before the project's last recorded date ${last}`;
  return undefined;
}

/**
 * Moves a project to the next list on a date, returning a new project (the input is not
 * changed). Sets `startedAt` / `completedAt` and appends to `history`.
 * Throws `ChainmatchError` `INVALID_TRANSITION` for a backward or skipping move, a date
 * before the last recorded one, or completing before starting.
 * @example const started = moveProject(p, 'started', '2023-09-01');
 */
export function moveProject(project: SignedProject, to: ProjectStage, date: string, note?: string): SignedProject {
  if (!(PROJECT_STAGES as readonly string[]).includes(to)) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_TRANSITION,
      `project ${project.id}: unknown stage ${JSON.stringify(to)}`,
      { projectId: project.id, to },
    );
  }
  const err = transitionError(project, to, date);
  if (err)
    throw new ChainmatchError(ErrorCodes.INVALID_TRANSITION, `project ${project.id}: ${err}`, {
      projectId: project.id,
      from: project.stage,
      to,
      date,
    });
  const d = parseDate(date, project);
  const next: SignedProject = {
    ...project,
    stage: to,
    history: [...project.history, note === undefined ? { stage: to, date: d } : { stage: to, date: d, note }],
  };
  if (to === 'started') next.startedAt = d;
  if (to === 'completed') next.completedAt = d;
  return next;
}

/**
 * Records the investment agreement (投资协议) of a signed project; returns a new project.
 * Throws `INVALID_TRANSITION` if one is already recorded or the date is out of order.
 * @example recordAgreement(p, '2023-08-01').agreementAt // '2023-08-01'
 */
export function recordAgreement(project: SignedProject, date: string): SignedProject {
  const d = parseDate(date, project);
  if (project.agreementAt !== undefined) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_TRANSITION,
      `project ${project.id}: agreement already recorded on ${project.agreementAt}`,
      { projectId: project.id, date: d },
    );
  }
  if (d < project.signedAt) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_TRANSITION,
      `project ${project.id}: agreement ${d} is before signing ${project.signedAt}`,
      { projectId: project.id, date: d },
    );
  }
  if (project.startedAt !== undefined && d > project.startedAt) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_TRANSITION,
      `project ${project.id}: agreement ${d} is after the start ${project.startedAt}`,
      { projectId: project.id, date: d },
    );
  }
  return { ...project, agreementAt: d };
}

const ZH_MOVE = new Map<string, string>([
  ['新开工', 'started'],
  ['开工', 'started'],
  ['在建', 'construction'],
  ['竣工', 'completed'],
  ['竣工投产', 'completed'],
  ['投资协议', 'agreement'],
  ['签订投资协议', 'agreement'],
]);

/** One requested move, as read from a file: a stage, or `agreement` for 投资协议. */
export const ProjectMoveSchema = z.strictObject({
  projectId: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().min(1)),
  to: z.preprocess(
    (v) => (typeof v === 'string' ? (ZH_MOVE.get(v.trim()) ?? v.trim()) : v),
    z.enum([...PROJECT_STAGES, 'agreement']),
  ),
  date: isoDate,
  note: text(1000).optional(),
});
export type ProjectMove = z.infer<typeof ProjectMoveSchema>;

/**
 * Applies moves in order to a register, reporting each refused or malformed move as an
 * {@link Issue} (code `invalid_transition`, `unknown_project` or a schema code) with its
 * 1-based `row`, instead of throwing. Returns new projects in the input order.
 * @example const { projects, issues } = applyMoves(register, [{ projectId: 'p1', to: 'started', date: '2023-09-01' }]);
 */
export function applyMoves(
  projects: readonly SignedProject[],
  moves: Iterable<unknown>,
): { projects: SignedProject[]; issues: Issue[] } {
  const byId = new Map<string, SignedProject>();
  for (const p of projects) byId.set(p.id, p);
  const issues: Issue[] = [];
  let row = 0;
  for (const raw of moves) {
    row++;
    const m = ProjectMoveSchema.safeParse(raw);
    if (!m.success) {
      for (const i of m.error.issues) issues.push({ code: i.code, path: i.path.map(String), row, message: i.message });
      continue;
    }
    const { projectId, to, date, note } = m.data;
    const p = byId.get(projectId);
    if (!p) {
      issues.push({ code: 'unknown_project', path: ['projectId'], row, message: `no project with id ${projectId}` });
      continue;
    }
    try {
      byId.set(projectId, to === 'agreement' ? recordAgreement(p, date) : moveProject(p, to, date, note));
    } catch (e) {
      if (!(e instanceof ChainmatchError)) throw e;
      issues.push({ code: 'invalid_transition', path: ['to'], row, message: e.message });
    }
  }
  return { projects: projects.map((p) => byId.get(p.id)!), issues };
}

/**
 * The four lists (四张清单): projects grouped by stage, each sorted by id.
 * @example fourLists(register).started.length
 */
export function fourLists(projects: Iterable<SignedProject>): Record<ProjectStage, SignedProject[]> {
  const out: Record<ProjectStage, SignedProject[]> = { planning: [], started: [], construction: [], completed: [] };
  for (const p of projects) out[p.stage].push(p);
  for (const s of PROJECT_STAGES) out[s].sort((a, b) => byString(a.id, b.id));
  return out;
}
