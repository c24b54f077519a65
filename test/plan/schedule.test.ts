import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/plan/assign.js';
import { scheduleMeetings, tourStops, type ScheduledMeeting } from '../../src/plan/schedule.js';

/** What must hold of any timetable: every meeting once, no firm at two tables at once, one table per item, one meeting per table and slot. */
function checkTimetable(meetings: readonly Meeting[], out: readonly ScheduledMeeting[], tables?: number): void {
  const key = (m: Meeting) => `${m.itemId}|${m.enterpriseId}`;
  expect(out.map(key).sort()).toEqual(meetings.map(key).sort());
  const firmSlots = new Set<string>();
  const tableSlots = new Set<string>();
  const itemTable = new Map<string, number>();
  for (const m of out) {
    expect(firmSlots.has(`${m.enterpriseId}@${m.slot}`)).toBe(false);
    firmSlots.add(`${m.enterpriseId}@${m.slot}`);
    expect(tableSlots.has(`${m.theme}#${m.table}@${m.slot}`)).toBe(false);
    tableSlots.add(`${m.theme}#${m.table}@${m.slot}`);
    expect(itemTable.get(m.itemId) ?? m.table).toBe(m.table);
    itemTable.set(m.itemId, m.table);
    if (tables !== undefined) expect(m.table).toBeLessThanOrEqual(tables);
  }
}

describe('scheduleMeetings', () => {
  const meetings: Meeting[] = [
    { enterpriseId: 'E1', itemId: 'A1', theme: 'a', score: 0.9 },
    { enterpriseId: 'E2', itemId: 'A1', theme: 'a', score: 0.8 },
    { enterpriseId: 'E1', itemId: 'A2', theme: 'a', score: 0.7 },
    { enterpriseId: 'E3', itemId: 'A2', theme: 'a', score: 0.95 },
    { enterpriseId: 'E1', itemId: 'B1', theme: 'b', score: 0.6 }, // E1 in two sessions (allowMultipleSessions)
    { enterpriseId: 'E4', itemId: 'B1', theme: 'b', score: 0.5 },
  ];

  it('sessions side by side from the start time; each item keeps its table and meets its firms best first; no firm at two tables at once', () => {
    const s = scheduleMeetings(meetings, { start: '09:30', slotMinutes: 15 });
    checkTimetable(meetings, s.meetings);
    expect(s.meetings.map((m) => [m.theme, m.slot, m.start, m.end, m.table, m.itemId, m.enterpriseId])).toEqual([
      ['a', 1, '09:30', '09:45', 1, 'A1', 'E1'],
      ['a', 1, '09:30', '09:45', 2, 'A2', 'E3'],
      ['a', 2, '09:45', '10:00', 1, 'A1', 'E2'],
      ['a', 2, '09:45', '10:00', 2, 'A2', 'E1'],
      ['b', 1, '09:30', '09:45', 1, 'B1', 'E4'], // E1 is at table a1 in slot 1
      ['b', 3, '10:00', '10:15', 1, 'B1', 'E1'],
    ]);
    expect(s.sessions).toEqual([
      { theme: 'a', tables: 2, slots: 2, start: '09:30', end: '10:00' },
      { theme: 'b', tables: 1, slots: 3, start: '09:30', end: '10:15' },
    ]);
  });

  it('fewer tables than items: items share a table one after another', () => {
    const s = scheduleMeetings(meetings, { tables: 1 });
    checkTimetable(meetings, s.meetings, 1);
    expect(s.sessions[0]).toEqual({ theme: 'a', tables: 1, slots: 4, start: '09:00', end: '10:20' });
  });

  it('holds for any meetings and table count (property)', () => {
    const meeting = fc.record({
      e: fc.integer({ min: 0, max: 9 }),
      i: fc.integer({ min: 0, max: 7 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(meeting, { selector: (m) => `${m.e}|${m.i}`, maxLength: 40 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        (raw, tables) => {
          const ms: Meeting[] = raw.map((m) => ({
            enterpriseId: `E${m.e}`,
            itemId: `I${m.i}`,
            theme: `T${m.i % 3}`,
            score: m.score,
          }));
          const s = scheduleMeetings(ms, tables === undefined ? {} : { tables });
          checkTimetable(ms, s.meetings, tables);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a start that is no time of day', () => {
    expect(() => scheduleMeetings([], { start: '9h' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('tourStops', () => {
  const tours = [{ id: 'N01', cities: ['北海市', '钦州市'], enterprises: ['E1', 'E2'], score: 1 }];

  it('one city a day, dated from the day after the sessions', () => {
    expect(tourStops(tours, '2025-12-31')).toEqual([
      { tourId: 'N01', stop: 1, city: '北海市', date: '2026-01-01', enterprises: ['E1', 'E2'] },
      { tourId: 'N01', stop: 2, city: '钦州市', date: '2026-01-02', enterprises: ['E1', 'E2'] },
    ]);
    expect(tourStops(tours)[1]).toEqual({ tourId: 'N01', stop: 2, city: '钦州市', enterprises: ['E1', 'E2'] });
  });

  it('refuses a date that is not on the calendar', () => {
    for (const d of ['2025-02-30', '2025-13-01', '18.9.2025'])
      expect(() => tourStops(tours, d)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
