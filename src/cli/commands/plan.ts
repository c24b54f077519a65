import { type Command, InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../../_lib/dates.js';
import { doneExitCode } from '../_lib/errors.js';
import { printIssues } from '../_lib/issues.js';
import { intOption, scoreOption } from '../_lib/options.js';
import { checkOutputs } from '../_lib/outputs.js';
import { names } from '../../io/_lib/names.js';
import type { PlanMatch } from '../../plan/assign.js';
import { addLangOption, messageLang, type Lang } from '../_lib/lang.js';

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
  themes?: string;
  date?: string;
  start: string;
  slot: number;
  tables?: number;
  lang?: Lang;
  out: string;
}

/**
 * `chainmatch plan`: theme sessions, one-to-one meetings on a timetable (time slots, tables) and inspection tours
 * with dated stops (1+4+N) from a matches file. Writes XLSX, CSV (the meetings) or JSON (format `chainmatch-plan`,
 * version 2) by the extension of `--out`; a summary and any input issues go to stderr. Exit code 3 when input
 * rows were rejected (see `EXIT`).
 */
export function register(program: Command): void {
  const command = program
    .command('plan')
    .description(
      'plan theme sessions, one-to-one meetings and inspection tours (1+4+N) from matches / 由匹配结果编排专题对接、一对一洽谈和考察线路',
    )
    .requiredOption('--matches <file>', 'matches (JSONL, JSON, CSV or XLSX, as written by `chainmatch match`)')
    .option('--items <file>', 'chain-gap items, for themes and host cities')
    .option('--enterprises <file>', 'target enterprises, for names and to report those without any match')
    .option('--seats <n|theme=n,…>', 'seats per theme session', seatsOption, 60)
    .option(
      '--meetings-per-enterprise <n>',
      'one-to-one meetings per enterprise',
      intOption('--meetings-per-enterprise', 0),
      3,
    )
    .option(
      '--candidates-per-item <n>',
      'meetings (candidate enterprises) per item',
      intOption('--candidates-per-item', 0),
      5,
    )
    .option('--allow-multiple-sessions', 'let an enterprise attend several theme sessions')
    .option('--min-score <x>', 'only pairs scoring above this meet', scoreOption('--min-score'))
    .option(
      '--method <m>',
      'auto | exact | greedy',
      (v) => {
        if (v !== 'auto' && v !== 'exact' && v !== 'greedy')
          throw new InvalidArgumentError('--method must be auto, exact or greedy');
        return v;
      },
      'auto',
    )
    .option('--max-nodes <n>', 'branch-and-bound node budget', intOption('--max-nodes', 1))
    .option('--tour-capacity <n>', 'enterprises per inspection tour', intOption('--tour-capacity', 1), 20)
    .option('--max-stops <n>', 'cities per inspection tour', intOption('--max-stops', 1), 3)
    .option('--themes <file>', 'themes (JSON array), for their names (default: the bundled themes)')
    .option('--date <YYYY-MM-DD>', 'day of the theme sessions; tour stops are dated from the day after', (v) => {
      if (!isCalendarDate(v)) throw new InvalidArgumentError('--date must be a calendar date, YYYY-MM-DD');
      return v;
    })
    .option(
      '--start <HH:MM>',
      'when the first one-to-one meeting starts',
      (v) => {
        if (!/^([01]?\d|2[0-3]):[0-5]\d$/u.test(v)) throw new InvalidArgumentError('--start must be HH:MM');
        return v;
      },
      '09:00',
    )
    .option('--slot <minutes>', 'minutes per one-to-one meeting', intOption('--slot', 1), 20)
    .option('--tables <n>', 'tables per theme session (default: one per item with meetings)', intOption('--tables', 1))
    .option(
      '--out <file>',
      "output: .xlsx (sessions, timetable per session, tours, left out), .csv (the meetings) or .json ('-': JSON on stdout)",
      '-',
    );
  addLangOption(command).action(async (opts: PlanCliOptions) => {
    const { writePlan } = await import('../../io/event.js');
    const { planMeetings } = await import('../../plan/assign.js');
    const { scheduleMeetings, tourStops } = await import('../../plan/schedule.js');
    const { planTours } = await import('../../plan/tours.js');
    const { loadEventInputs } = await import('../_lib/input.js');
    await checkOutputs({ '--out': opts.out }, [opts.matches, opts.items, opts.enterprises, opts.themes]);
    const lang = messageLang(opts.lang);
    const inputs = await loadEventInputs(opts, true);
    const issues = [...inputs.issues];
    const items = inputs.items;
    const matches: PlanMatch[] = inputs.matches.map((m) => ({
      itemId: m.itemId,
      enterpriseId: m.enterpriseId,
      score: m.score,
      theme: m.theme,
    }));
    const itemRefs = items.map((i) => ({
      id: i.id,
      ...(i.theme !== undefined ? { theme: i.theme } : {}),
      ...(i.hostCity !== undefined ? { hostCity: i.hostCity } : {}),
    }));
    // A bad option (seats, slot, tables) is a ChainmatchError: the CLI maps it to its exit code.
    const plan = planMeetings(matches, {
      seats: opts.seats,
      meetingsPerEnterprise: opts.meetingsPerEnterprise,
      candidatesPerItem: opts.candidatesPerItem,
      allowMultipleSessions: opts.allowMultipleSessions ?? false,
      method: opts.method,
      items: itemRefs,
      ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
      ...(opts.maxNodes !== undefined ? { maxNodes: opts.maxNodes } : {}),
      ...(inputs.enterpriseIds ? { enterprises: inputs.enterpriseIds } : {}),
    });
    const schedule = scheduleMeetings(plan.meetings, {
      start: opts.start,
      slotMinutes: opts.slot,
      ...(opts.tables !== undefined ? { tables: opts.tables } : {}),
    });
    const tours = planTours(plan.meetings, { items: itemRefs, capacity: opts.tourCapacity, maxStops: opts.maxStops });
    const stops = tourStops(tours.tours, opts.date);
    const sources = { items, enterprises: inputs.enterprises, ...(inputs.themes ? { themes: inputs.themes } : {}) };
    await writePlan(
      opts.out,
      { plan, schedule, tours, stops, ...(opts.date ? { date: opts.date } : {}) },
      { ...sources, lang: opts.lang ?? 'zh' },
    );
    const look = names(sources, lang);
    const invited = plan.sessions.reduce((n, s) => n + s.invited.length, 0);
    const how = `${plan.method}${plan.optimal ? (lang === 'zh' ? '，最优' : ', optimal') : plan.upperBound !== undefined ? (lang === 'zh' ? `，上界 ${plan.upperBound.toFixed(4)}` : `, bound ${plan.upperBound.toFixed(4)}`) : ''}`;
    process.stderr.write(
      lang === 'zh'
        ? `编排：${plan.sessions.length} 个专题，邀请 ${invited} 家，一对一洽谈 ${plan.meetings.length} 场，未安排 ${plan.leftOut.length} 家，考察线路 ${tours.tours.length} 条；匹配度合计 ${plan.totalScore.toFixed(4)}（${how}）\n`
        : `plan: ${plan.meetings.length} meetings, ${invited} invitations in ${plan.sessions.length} sessions, ` +
            `${plan.leftOut.length} enterprises left out, ${tours.tours.length} tours; total score ${plan.totalScore.toFixed(4)} (${how})\n`,
    );
    for (const s of look.byTheme(plan.sessions, (x) => x.theme)) {
      const t = schedule.sessions.find((x) => x.theme === s.theme);
      const name = look.themeName(s.theme);
      const when = t ? `${t.start}–${t.end}` : '';
      process.stderr.write(
        lang === 'zh'
          ? `  ${name}：${s.invited.length}/${s.seats} 席，${s.meetings} 场洽谈，${t?.tables ?? 0} 桌 ${when}\n`
          : `  ${name}: ${s.invited.length}/${s.seats} seats, ${s.meetings} meetings, ${t?.tables ?? 0} tables ${when}\n`,
      );
    }
    const all = [...issues, ...plan.issues];
    printIssues(all);
    process.exitCode = doneExitCode(all.length);
  });
}
