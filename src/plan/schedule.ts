import { z } from 'zod';
import { isCalendarDate } from '../_lib/dates.js';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { parseOptions } from './_lib/options.js';
import type { Meeting } from './assign.js';
import type { Tour } from './tours.js';
import { byString } from '../_lib/order.js';

/** A one-to-one meeting with its time slot and table. */
export interface ScheduledMeeting extends Meeting {
  /** 1-based time slot; every session's slot 1 starts at `start`. */
  slot: number;
  /** `HH:MM`. */
  start: string;
  end: string;
  /** 1-based table number within its session. */
  table: number;
}

/** The timetable of one theme session. */
export interface SessionSchedule {
  theme: string;
  tables: number;
  slots: number;
  start: string;
  end: string;
}

export interface MeetingSchedule {
  sessions: SessionSchedule[];
  /** By session (theme id), then slot, then table. */
  meetings: ScheduledMeeting[];
  options: { start: string; slotMinutes: number; tables?: number };
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/u;

/** Options of {@link scheduleMeetings}. */
export const ScheduleOptionsSchema = z.strictObject({
  /** When the first slot starts, `HH:MM`. Default `09:00`. */
  start: z.string().regex(TIME, 'start must be HH:MM').optional(),
  /** Minutes per meeting. Default 20. */
  slotMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  /** Tables per session. Default one per item that has meetings (each host team keeps its table). */
  tables: z.number().int().min(1).max(10_000).optional(),
});
export type ScheduleOptions = z.input<typeof ScheduleOptionsSchema>;

/** Defaults of {@link scheduleMeetings}: 09:00, 20 minutes per meeting. */
export const DEFAULT_SCHEDULE_OPTIONS = Object.freeze({ start: '09:00', slotMinutes: 20 });

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Puts one-to-one meetings on a timetable (洽谈日程): the theme sessions run side by side from `start`, in slots of
 * `slotMinutes`. Each item's host team keeps one table of its session (items share tables, one after another, when
 * there are fewer tables than items; the busiest items are spread first); firms move between tables. Slot by slot,
 * each table takes the next of its meetings whose firm is free then — a firm is never at two tables at once, in
 * any session — so each item meets its firms best first, as early as their other meetings allow. Deterministic.
 *
 * @example
 * const { meetings } = scheduleMeetings(plan.meetings, { start: '09:00', slotMinutes: 20, tables: 12 });
 * meetings[0]; // { enterpriseId: 'E1', itemId: 'AE-0001', theme: 'advanced-equipment', score: 0.8, slot: 1, start: '09:00', end: '09:20', table: 1 }
 */
export function scheduleMeetings(meetings: readonly Meeting[], options: ScheduleOptions = {}): MeetingSchedule {
  const o = parseOptions(ScheduleOptionsSchema, options, 'schedule');
  const start = o.start ?? DEFAULT_SCHEDULE_OPTIONS.start;
  const slotMinutes = o.slotMinutes ?? DEFAULT_SCHEDULE_OPTIONS.slotMinutes;
  const [h, m] = start.split(':').map(Number) as [number, number];
  const first = h * 60 + m;

  const byTheme = new Map<string, Map<string, Meeting[]>>();
  for (const mt of meetings) {
    let items = byTheme.get(mt.theme);
    if (!items) byTheme.set(mt.theme, (items = new Map()));
    let ms = items.get(mt.itemId);
    if (!ms) items.set(mt.itemId, (ms = []));
    ms.push(mt);
  }
  // Every table of every session: its queue of meetings (its items in turn, each item's firms best first).
  const tables: { theme: string; table: number; queue: Meeting[] }[] = [];
  const themes = [...byTheme.keys()].sort(byString);
  for (const theme of themes) {
    const items = [...byTheme.get(theme)!].sort((a, b) => b[1].length - a[1].length || byString(a[0], b[0]));
    const own = Array.from({ length: Math.min(o.tables ?? items.length, items.length) }, (_, i) => ({
      theme,
      table: i + 1,
      queue: [] as Meeting[],
    }));
    for (const [, ms] of items) {
      const t = own.reduce((best, x) => (x.queue.length < best.queue.length ? x : best));
      t.queue.push(...[...ms].sort((a, b) => b.score - a.score || byString(a.enterpriseId, b.enterpriseId)));
    }
    tables.push(...own);
  }
  const out: ScheduledMeeting[] = [];
  for (let slot = 1; tables.some((t) => t.queue.length > 0); slot++) {
    const busy = new Set<string>();
    for (const t of tables) {
      const i = t.queue.findIndex((mt) => !busy.has(mt.enterpriseId));
      if (i < 0) continue;
      const [mt] = t.queue.splice(i, 1) as [Meeting];
      busy.add(mt.enterpriseId);
      const at = first + (slot - 1) * slotMinutes;
      out.push({ ...mt, slot, start: clock(at), end: clock(at + slotMinutes), table: t.table });
    }
  }
  out.sort((a, b) => byString(a.theme, b.theme) || a.slot - b.slot || a.table - b.table);
  const sessions = themes.map((theme) => {
    const mine = out.filter((x) => x.theme === theme);
    const slots = mine.reduce((n, x) => Math.max(n, x.slot), 0);
    return {
      theme,
      tables: mine.reduce((n, x) => Math.max(n, x.table), 0),
      slots,
      start,
      end: clock(first + slots * slotMinutes),
    };
  });
  return {
    sessions,
    meetings: out,
    options: { start, slotMinutes, ...(o.tables !== undefined ? { tables: o.tables } : {}) },
  };
}

/** One stop of an inspection tour. */
export interface TourStop {
  tourId: string;
  /** 1-based: day `stop` of the tour. */
  stop: number;
  city: string;
  /** `YYYY-MM-DD`, when the event date is known: the first stop is the day after the sessions. */
  date?: string;
  enterprises: string[];
}

/**
 * The stops of inspection tours (考察线路), one city a day; with the event's `date` (`YYYY-MM-DD`, the day of the
 * sessions) each stop is dated, the first the day after.
 * @example tourStops(tours.tours, '2025-09-18')[0] // { tourId: 'N01', stop: 1, city: '北海', date: '2025-09-19', enterprises: [...] }
 */
export function tourStops(tours: readonly Tour[], date?: string): TourStop[] {
  if (date !== undefined && !isCalendarDate(date)) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `invalid tour options: date '${date}' is no calendar date (YYYY-MM-DD)`,
    );
  }
  const day0 = date === undefined ? undefined : Date.parse(`${date}T00:00:00Z`);
  return tours.flatMap((t) =>
    t.cities.map((city, i) => ({
      tourId: t.id,
      stop: i + 1,
      city,
      ...(day0 !== undefined ? { date: new Date(day0 + (i + 1) * 86_400_000).toISOString().slice(0, 10) } : {}),
      enterprises: t.enterprises,
    })),
  );
}
