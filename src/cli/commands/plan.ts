import { type Command, InvalidArgumentError } from 'commander';
import { readMatchFile } from '../_lib/input.js';
import { doneExitCode } from '../_lib/errors.js';
import { printIssues } from '../_lib/issues.js';
import { checkOutputs } from '../_lib/outputs.js';
import { validateFile } from '../../io/validate.js';
import { writeFileAtomic } from '../../io/write.js';
import { planMeetings, type PlanMatch } from '../../plan/assign.js';
import { planTours } from '../../plan/tours.js';
import type { ChainGapItem, Enterprise } from '../../schema/domain.js';
import type { Issue } from '../../schema/issue.js';

/** Saved plan files carry this format tag and version. */
export const PLAN_FORMAT = 'chainmatch-plan';
export const PLAN_FORMAT_VERSION = 1;

const int = (name: string, min: number) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
  return n;
};

function seatsOption(v: string): number | Record<string, number> {
  if (/^\d+$/u.test(v.trim())) return Number(v);
  // theme=seats,theme=seats
  const out: Record<string, number> = {};
  for (const part of v.split(',')) {
    const m = /^\s*([^=]+?)\s*=\s*(\d+)\s*$/u.exec(part);
    if (!m) throw new InvalidArgumentError('--seats takes a number or theme=number,theme=number');
    Object.defineProperty(out, m[1]!, { value: Number(m[2]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

interface PlanCliOptions {
  matches: string;
  items?: string;
  enterprises?: string;
  seats: number | Record<string, number>;
  meetingsPerEnterprise: number;
  candidatesPerItem: number;
  allowMultipleSessions?: boolean;
  minScore?: number;
  method: 'auto' | 'exact' | 'greedy';
  maxNodes?: number;
  tourCapacity: number;
  maxStops: number;
  out: string;
}

/**
 * `chainmatch plan`: theme sessions, one-to-one meetings and inspection tours (1+4+N) from
 * a matches file. Writes a JSON plan (format `chainmatch-plan`, version 1); a summary and any
 * input issues go to stderr. Exit code 3 when input rows were rejected (see `EXIT`).
 */
export function register(program: Command): void {
  program
    .command('plan')
    .description('plan theme sessions, one-to-one meetings and inspection tours (1+4+N) from matches / 由匹配结果编排专题对接、一对一洽谈和考察线路')
    .requiredOption('--matches <file>', 'matches (JSONL, JSON, CSV or XLSX, as written by `chainmatch match`)')
    .option('--items <file>', 'chain-gap items, for themes and host cities')
    .option('--enterprises <file>', 'target enterprises, for names and to report those without any match')
    .option('--seats <n|theme=n,…>', 'seats per theme session', seatsOption, 60)
    .option('--meetings-per-enterprise <n>', 'one-to-one meetings per enterprise', int('--meetings-per-enterprise', 0), 3)
    .option('--candidates-per-item <n>', 'meetings (candidate enterprises) per item', int('--candidates-per-item', 0), 5)
    .option('--allow-multiple-sessions', 'let an enterprise attend several theme sessions')
    .option('--min-score <x>', 'only pairs scoring above this meet', (v) => {
      const n = Number(v);
      if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('--min-score must be in [0, 1]');
      return n;
    })
    .option('--method <m>', 'auto | exact | greedy', (v) => {
      if (v !== 'auto' && v !== 'exact' && v !== 'greedy') throw new InvalidArgumentError('--method must be auto, exact or greedy');
      return v;
    }, 'auto')
    .option('--max-nodes <n>', 'branch-and-bound node budget', int('--max-nodes', 1))
    .option('--tour-capacity <n>', 'enterprises per inspection tour', int('--tour-capacity', 1), 20)
    .option('--max-stops <n>', 'cities per inspection tour', int('--max-stops', 1), 3)
    .option('--out <file>', 'output JSON file (- for stdout)', '-')
    .action(async (opts: PlanCliOptions) => {
      await checkOutputs({ '--out': opts.out }, [opts.matches, opts.items, opts.enterprises]);
      const issues: Issue[] = [];
      const read = await readMatchFile(opts.matches);
      issues.push(...read.issues);
      const matches: PlanMatch[] = read.matches.map((m) => ({ itemId: m.itemId, enterpriseId: m.enterpriseId, score: m.score, theme: m.theme }));
      let items: ChainGapItem[] = [];
      if (opts.items) {
        const r = await validateFile<ChainGapItem>(opts.items, 'item');
        items = r.accepted;
        for (const rej of r.rejected) issues.push(...rej.issues);
      }
      let enterprises: Enterprise[] | undefined;
      if (opts.enterprises) {
        const r = await validateFile<Enterprise>(opts.enterprises, 'enterprise');
        enterprises = r.accepted;
        for (const rej of r.rejected) issues.push(...rej.issues);
      }
      const itemRefs = items.map((i) => ({ id: i.id, ...(i.theme !== undefined ? { theme: i.theme } : {}), ...(i.hostCity !== undefined ? { hostCity: i.hostCity } : {}) }));
      const plan = planMeetings(matches, {
        seats: opts.seats,
        meetingsPerEnterprise: opts.meetingsPerEnterprise,
        candidatesPerItem: opts.candidatesPerItem,
        allowMultipleSessions: opts.allowMultipleSessions ?? false,
        method: opts.method,
        items: itemRefs,
        ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
        ...(opts.maxNodes !== undefined ? { maxNodes: opts.maxNodes } : {}),
        ...(enterprises ? { enterprises: enterprises.map((e) => e.id) } : {}),
      });
      const tours = planTours(plan.meetings, { items: itemRefs, capacity: opts.tourCapacity, maxStops: opts.maxStops });
      const names = new Map((enterprises ?? []).map((e) => [e.id, e.name]));
      const out = {
        format: PLAN_FORMAT,
        version: PLAN_FORMAT_VERSION,
        plan,
        tours,
        ...(names.size > 0 ? { enterpriseNames: Object.fromEntries([...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) } : {}),
      };
      await writeFileAtomic(opts.out, JSON.stringify(out, null, 2) + '\n');
      const invited = plan.sessions.reduce((n, s) => n + s.invited.length, 0);
      process.stderr.write(
        `plan: ${plan.meetings.length} meetings, ${invited} invitations in ${plan.sessions.length} sessions, ` +
          `${plan.leftOut.length} enterprises left out, ${tours.tours.length} tours; total score ${plan.totalScore.toFixed(4)} ` +
          `(${plan.method}${plan.optimal ? ', optimal' : plan.upperBound !== undefined ? `, bound ${plan.upperBound.toFixed(4)}` : ''})\n`,
      );
      for (const s of plan.sessions) process.stderr.write(`  ${s.theme}: ${s.invited.length}/${s.seats} seats, ${s.meetings} meetings\n`);
      const all = [...issues, ...plan.issues];
      printIssues(all);
      process.exitCode = doneExitCode(all.length);
    });
}
