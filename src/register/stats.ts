import { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { isEastCentral } from './classify.js';
import { isoDate, PROJECT_STAGES, type ProjectStage, type SignedProject } from './schema.js';
import { byString } from '../_lib/order.js';

/**
 * Progress figures of a set of signed projects (签约项目推进情况).
 *
 * Counting convention (as the article reports it): the stages are cumulative —
 * `started` (已开工) counts every project with a start date, completed ones included, and
 * `agreements` counts those with an investment agreement; so signed ≥ agreements ≥ started ≥
 * completed (356 → 267 → 140 → 20). Shares are fractions of `signed`, by count.
 */
export interface ProgressStats {
  /** City or theme, absent for the overall figures. */
  key?: string;
  signed: number;
  /** Signed investment, 亿元. */
  investment: number;
  /** From the east or centre (东中部). */
  eastCentral: number;
  eastCentralShare: number;
  /** 补链强链延链 projects. */
  chainProjects: number;
  chainShare: number;
  aseanFacing: number;
  aseanShare: number;
  /** With an investment agreement (签订投资协议). */
  agreements: number;
  /** Started (已开工), completed ones included. */
  started: number;
  /** Completed and producing (竣工投产). */
  completed: number;
  /** agreements / signed, started / signed, completed / signed. */
  conversion: { agreement: number; started: number; completed: number };
  /** Investment completed so far (完成投资), 亿元. */
  investedToDate: number;
  /** Projects per list (四张清单) by their recorded stage. */
  lists: Record<ProjectStage, number>;
}

export interface RegisterStats {
  overall: ProgressStats;
  byCity: ProgressStats[];
  byTheme: ProgressStats[];
  asOf?: string;
}

export const StatsOptionsSchema = z.strictObject({
  /** Count agreements, starts and completions dated on or before this day only (截至). */
  asOf: isoDate.optional(),
});
export type StatsOptions = z.input<typeof StatsOptionsSchema>;

/** Money totals are rounded to 1e-6 亿元 (100 元) so sums of decimals read exactly. */
const roundMoney = (x: number) => Math.round(x * 1e6) / 1e6;

/** Label used for projects without a theme. */
export const UNCLASSIFIED = '(unclassified)';

/**
 * Progress statistics of a register, overall and per host city and theme.
 * @example
 * const s = registerStats(projects, { asOf: '2024-04-30' });
 * s.overall.signed; // 356
 * Math.round(s.overall.eastCentralShare * 100); // 86
 */
export function registerStats(projects: Iterable<SignedProject>, options: StatsOptions = {}): RegisterStats {
  const parsed = StatsOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `invalid stats options: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  const asOf = parsed.data.asOf;
  const list = [...projects];
  const group = (keyOf: (p: SignedProject) => string): ProgressStats[] => {
    const m = new Map<string, SignedProject[]>();
    for (const p of list) {
      const k = keyOf(p);
      const g = m.get(k) ?? [];
      g.push(p);
      m.set(k, g);
    }
    return [...m.entries()].sort(([a], [b]) => byString(a, b)).map(([key, g]) => ({ key, ...progress(g, asOf) }));
  };
  const out: RegisterStats = {
    overall: progress(list, asOf),
    byCity: group((p) => p.hostCity),
    byTheme: group((p) => p.theme ?? UNCLASSIFIED),
  };
  if (asOf !== undefined) out.asOf = asOf;
  return out;
}

function progress(ps: SignedProject[], asOf: string | undefined): ProgressStats {
  const by = (d: string | undefined) => d !== undefined && (asOf === undefined || d <= asOf);
  const signed = ps.length;
  const share = (n: number) => (signed === 0 ? 0 : n / signed);
  let investment = 0;
  let invested = 0;
  let eastCentral = 0;
  let chain = 0;
  let asean = 0;
  let agreements = 0;
  let started = 0;
  let completed = 0;
  const lists = Object.fromEntries(PROJECT_STAGES.map((s) => [s, 0])) as Record<ProjectStage, number>;
  for (const p of ps) {
    investment += p.investment;
    invested += p.investedToDate;
    if (isEastCentral(p)) eastCentral++;
    if (p.chainProject) chain++;
    if (p.aseanFacing) asean++;
    if (by(p.agreementAt)) agreements++;
    if (by(p.startedAt)) started++;
    if (by(p.completedAt)) completed++;
    lists[p.stage]++;
  }
  return {
    signed,
    investment: roundMoney(investment),
    eastCentral,
    eastCentralShare: share(eastCentral),
    chainProjects: chain,
    chainShare: share(chain),
    aseanFacing: asean,
    aseanShare: share(asean),
    agreements,
    started,
    completed,
    conversion: { agreement: share(agreements), started: share(started), completed: share(completed) },
    investedToDate: roundMoney(invested),
    lists,
  };
}
