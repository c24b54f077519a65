import { z } from 'zod';
import { isCalendarDate } from '../_lib/dates.js';
import { firstSeen } from '../_lib/ids.js';
import { SOURCE_REGION_ALIASES, SOURCE_REGIONS } from '../schema/domain.js';
import type { Issue, ValidationResult } from '../schema/issue.js';
import { toIssues } from '../schema/issue.js';
import { bilingualEnum, finiteNumber, flexibleBoolean, identifier, stringList, text } from '../schema/primitives.js';

/**
 * The four lists (四张清单) a signed project moves through:
 * `planning` 谋划及储备 → `started` 新开工 → `construction` 在建 → `completed` 竣工.
 */
export const PROJECT_STAGES = ['planning', 'started', 'construction', 'completed'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const PROJECT_STAGE_ZH: Readonly<Record<ProjectStage, string>> = Object.freeze({
  planning: '谋划及储备',
  started: '新开工',
  construction: '在建',
  completed: '竣工',
});

const stage = bilingualEnum(
  PROJECT_STAGES,
  {
    谋划及储备: 'planning',
    谋划: 'planning',
    储备: 'planning',
    签约: 'planning',
    謀劃及儲備: 'planning',
    新开工: 'started',
    开工: 'started',
    新開工: 'started',
    開工: 'started',
    在建: 'construction',
    竣工: 'completed',
    竣工投产: 'completed',
    投产: 'completed',
    竣工投產: 'completed',
  },
  'stage',
);

const sourceRegion = bilingualEnum(SOURCE_REGIONS, SOURCE_REGION_ALIASES, 'sourceRegion');

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u;

/** @internal A calendar date, normalised to `YYYY-MM-DD`; accepts 2023/6/16, 2023.6.16, 2023年6月16日. */
export const isoDate = z.preprocess(
  (v) => {
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    if (typeof v !== 'string') return v;
    const t = v.trim();
    if (t === '') return undefined;
    const m = DATE.exec(t.replace(/T.*$/u, ''));
    if (!m) return t;
    return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  },
  z.string().refine(isCalendarDate, { message: 'must be a date (YYYY-MM-DD)' }),
);

/** One dated move between the four lists. */
export const StageChangeSchema = z.strictObject({
  stage,
  date: isoDate,
  note: text(1000).optional(),
});
export type StageChange = z.infer<typeof StageChangeSchema>;

const money = finiteNumber.pipe(z.number().min(0, { message: 'must not be negative' }));

const BaseProjectSchema = z.strictObject({
  id: identifier,
  name: text(500),
  enterpriseId: identifier.optional(),
  itemId: identifier.optional(),
  enterpriseName: text(300).optional(),
  /** Signed investment, 亿元. */
  investment: money,
  sourceProvince: text(100).optional(),
  /** Overrides the region derived from `sourceProvince`. */
  sourceRegion: sourceRegion.optional(),
  /** Theme id (专题), e.g. `advanced-equipment`. */
  theme: text(200).optional(),
  /** Free-text industry (所属行业). */
  industry: text(200).optional(),
  hostCity: text(100),
  park: text(200).optional(),
  description: text().optional(),
  tags: stringList().optional(),
  signedAt: isoDate,
  /** 投资协议 signed. */
  agreementAt: isoDate.optional(),
  /** 开工. */
  startedAt: isoDate.optional(),
  /** 竣工投产. */
  completedAt: isoDate.optional(),
  /** Investment completed so far (完成投资), 亿元. */
  investedToDate: money.default(0),
  /** A 补链/强链/延链 chain project. */
  chainProject: flexibleBoolean.default(false),
  /** Faces ASEAN (面向东盟的进出口制造基地 / 跨境产业链). */
  aseanFacing: flexibleBoolean.default(false),
  stage: stage.default('planning'),
  history: z.array(StageChangeSchema).max(100).default([]),
  note: text(2000).optional(),
});

const RANK: Record<ProjectStage, number> = { planning: 0, started: 1, construction: 2, completed: 3 };

/**
 * A signed project (签约项目) of the register. Dates must not go backwards
 * (signed ≤ agreement ≤ started ≤ completed), and `stage` must agree with them:
 * started/construction need `startedAt`, completed needs `completedAt`, planning has neither.
 */
export const SignedProjectSchema = BaseProjectSchema.superRefine((p, ctx) => {
  const order: ['signedAt' | 'agreementAt' | 'startedAt' | 'completedAt', string | undefined][] = [
    ['signedAt', p.signedAt],
    ['agreementAt', p.agreementAt],
    ['startedAt', p.startedAt],
    ['completedAt', p.completedAt],
  ];
  let last: [string, string] | undefined;
  for (const [k, d] of order) {
    if (d === undefined) continue;
    if (last && d < last[1]) {
      ctx.addIssue({
        code: 'custom',
        path: [k],
        message: `${k} ${d} is before ${last[0]} ${last[1]}`,
        params: { code: 'date_order' },
      });
    }
    last = [k, d];
  }
  if (p.completedAt !== undefined && p.startedAt === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['completedAt'],
      message: 'completed without a start date (startedAt)',
      params: { code: 'completed_before_start' },
    });
  }
  const r = RANK[p.stage];
  if (r >= 1 && p.startedAt === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['stage'],
      message: `stage ${p.stage} (${PROJECT_STAGE_ZH[p.stage]}) needs startedAt`,
      params: { code: 'stage_mismatch' },
    });
  }
  if (r === 3 && p.completedAt === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['stage'],
      message: 'stage completed (竣工) needs completedAt',
      params: { code: 'stage_mismatch' },
    });
  }
  if (r < 3 && p.completedAt !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['stage'],
      message: `stage ${p.stage} but completedAt is set`,
      params: { code: 'stage_mismatch' },
    });
  }
  if (r === 0 && p.startedAt !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['stage'],
      message: 'stage planning (谋划及储备) but startedAt is set',
      params: { code: 'stage_mismatch' },
    });
  }
  let prev: StageChange | undefined;
  p.history.forEach((h, k) => {
    if (prev && (RANK[h.stage] <= RANK[prev.stage] || h.date < prev.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', k],
        message: `history goes from ${prev.stage} ${prev.date} to ${h.stage} ${h.date}`,
        params: { code: 'invalid_transition' },
      });
    }
    const dateField = h.stage === 'started' ? p.startedAt : h.stage === 'completed' ? p.completedAt : undefined;
    if ((h.stage === 'started' || h.stage === 'completed') && dateField !== h.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', k, 'date'],
        message: `history says ${h.stage} on ${h.date} but the project's date is ${dateField ?? 'missing'}`,
        params: { code: 'stage_mismatch' },
      });
    }
    prev = h;
  });
  if (prev && prev.stage !== p.stage) {
    ctx.addIssue({
      code: 'custom',
      path: ['stage'],
      message: `stage ${p.stage} differs from the last history entry ${prev.stage}`,
      params: { code: 'stage_mismatch' },
    });
  }
});
export type SignedProject = z.infer<typeof SignedProjectSchema>;
export type SignedProjectInput = z.input<typeof SignedProjectSchema>;

/** Field names the file readers use (`city`, `status`) → the register's. */
const FIELD_RENAMES: ReadonlyMap<string, string> = new Map([
  ['city', 'hostCity'],
  ['status', 'stage'],
]);

/**
 * Renames the generic fields a file reader produces for projects (`city` → `hostCity`,
 * `status` → `stage`) unless the register's own name is present too. Returns a new object.
 * @example normalizeProjectRecord({ city: '北海' }) // { hostCity: '北海' }
 */
export function normalizeProjectRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    const to = FIELD_RENAMES.get(k);
    if (to !== undefined && !Object.hasOwn(record, to)) out[to] = v;
    else out[k] = v;
  }
  return out;
}

/**
 * Validates one project row; every problem comes back as an {@link Issue}.
 * @example validateProject({ id: 'p1', name: '…', investment: 12, hostCity: '北海', signedAt: '2023-06-16' }).success // true
 */
export function validateProject(raw: unknown): ValidationResult<SignedProject> {
  const r = SignedProjectSchema.safeParse(raw);
  if (r.success) return { success: true, data: r.data, issues: [] };
  return { success: false, issues: toIssues(r.error) };
}

/**
 * Validates many rows: the good projects and every issue (with 1-based `row`), including
 * duplicate ids. Bad rows are left out, never half-accepted.
 * @example const { projects, issues } = validateProjects(rows);
 */
export function validateProjects(
  rows: Iterable<unknown>,
  file?: string,
): { projects: SignedProject[]; issues: Issue[] } {
  const projects: SignedProject[] = [];
  const issues: Issue[] = [];
  const seen = firstSeen<number>();
  let row = 0;
  for (const raw of rows) {
    row++;
    const r = validateProject(raw);
    if (!r.success) {
      for (const i of r.issues) issues.push(file === undefined ? { ...i, row } : { ...i, file, row });
      continue;
    }
    const first = seen(r.data.id, row);
    if (first !== undefined) {
      const i: Issue = {
        code: 'duplicate_id',
        path: ['id'],
        row,
        message: `duplicate project id ${r.data.id} (first on row ${first})`,
      };
      issues.push(file === undefined ? i : { ...i, file });
      continue;
    }
    projects.push(r.data);
  }
  return { projects, issues };
}
