import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { MeetingPlan } from '../plan/assign.js';
import type { Invitation, InvitationList } from '../plan/invite.js';
import { ITEM_LEFT_OUT_REASON_TEXT, LEFT_OUT_REASON_TEXT, NO_HOST_CITY_TEXT } from '../plan/labels.js';
import type { MeetingSchedule, ScheduledMeeting, TourStop } from '../plan/schedule.js';
import type { TourPlan } from '../plan/tours.js';
import type { Enterprise } from '../schema/domain.js';
import { type NameSources, type Names, contactColumns, enterpriseColumns, names } from './_lib/names.js';
import { type ColumnDef, type Lang, chooseColumns, roundScore, sheetOf, tableSheet } from './_lib/sheets.js';
import { type OutputFormat, type WriteTarget, outputFormatOf, writeFileAtomic, writeSheets } from './write.js';

/** Format tag and version of saved invitation lists (JSON). */
export const INVITATIONS_FORMAT = 'chainmatch-invitations';
export const INVITATIONS_FORMAT_VERSION = 1;

/**
 * Format tag and version of saved plans (JSON). Version 2 added `schedule` (time slots and tables), `stops` (dated
 * tour stops) and `names`; version 1 had `enterpriseNames`.
 */
export const PLAN_FORMAT = 'chainmatch-plan';
export const PLAN_FORMAT_VERSION = 2;

/** Options of {@link writeInvitations} and {@link writePlan}. */
export interface EventWriteOptions extends WriteTarget, NameSources {
  /** Default: by extension — `.xlsx`, `.csv` or `.json` (`-` is JSON). */
  format?: OutputFormat;
  /** Language of headers, sheet names and reasons (CSV/XLSX): `zh` (default) or `en`. */
  lang?: Lang;
  /** CSV: start with a UTF-8 BOM (default true). */
  bom?: boolean;
}

function formatOf(file: string, opts: EventWriteOptions, what: string): 'json' | 'csv' | 'xlsx' {
  const format = opts.format ?? (file === '-' ? 'json' : outputFormatOf(file));
  if (format === 'jsonl')
    throw new ChainmatchError(ErrorCodes.UNSUPPORTED_FORMAT, `${file}: ${what} are written as .xlsx, .csv or .json`, {
      file,
    });
  return format;
}

const json = (file: string, value: unknown, opts: EventWriteOptions) =>
  writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n', opts.stdout ? { stdout: opts.stdout } : {});

const target = (opts: EventWriteOptions) => ({
  ...(opts.stdout ? { stdout: opts.stdout } : {}),
  ...(opts.bom !== undefined ? { bom: opts.bom } : {}),
});

const sessionName = (look: Names, theme: string, lang: Lang): string =>
  look.themeName(theme || undefined) ?? (lang === 'zh' ? '未分类' : 'Unassigned');

/** The fields of an enterprise that people read: name, where, whom to call, and its passthrough columns. */
function enterpriseCard(e: Enterprise | undefined): Partial<Enterprise> {
  if (!e) return {};
  const { name, province, city, country, contact, position, phone, email, extra } = e;
  return Object.fromEntries(
    Object.entries({ name, province, city, country, contact, position, phone, email, extra }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

type InvitationRow = Invitation & { theme: string };

/**
 * Writes invitation lists (see `invitationLists`): XLSX with one sheet per theme session, CSV with every session in
 * one table, or JSON (`chainmatch-invitations`, full-precision scores, names and contacts included). One row per
 * firm: 专题, 序号, 企业名称, 省份, 城市, 最高匹配度, 适配环节数, 适配环节 (best first, with scores), 推荐理由, the
 * contacts and passthrough columns, then the ids. Written atomically; `-` writes JSON to standard output.
 * @example await writeInvitations('out/邀请名单.xlsx', invitationLists(matches, { items, perSession: 60 }), { items, enterprises, themes });
 */
export async function writeInvitations(
  file: string,
  lists: readonly InvitationList[],
  opts: EventWriteOptions = {},
): Promise<{ rows: number }> {
  const format = formatOf(file, opts, 'invitation lists');
  const lang = opts.lang ?? 'zh';
  const look = names(opts, lang);
  const rows: InvitationRow[] = lists.flatMap((l) => l.invitations.map((inv) => ({ ...inv, theme: l.theme })));
  if (format === 'json') {
    await json(
      file,
      {
        format: INVITATIONS_FORMAT,
        version: INVITATIONS_FORMAT_VERSION,
        sessions: lists.map((l) => ({
          theme: l.theme,
          themeName: look.themeName(l.theme || undefined),
          candidates: l.candidates,
          invitations: l.invitations.map((inv) => ({
            rank: inv.rank,
            enterpriseId: inv.enterpriseId,
            ...enterpriseCard(look.enterprise(inv.enterpriseId)),
            bestScore: inv.bestScore,
            items: inv.items.map((it) => ({ itemId: it.itemId, title: look.item(it.itemId)?.title, score: it.score })),
            reason: inv.reason,
          })),
        })),
      },
      opts,
    );
    return { rows: rows.length };
  }
  const enterprise = (r: InvitationRow) => look.enterprise(r.enterpriseId);
  const fits = (r: InvitationRow) =>
    r.items
      .map(
        (it) =>
          `${look.item(it.itemId)?.title ?? it.itemId}${lang === 'zh' ? `（${roundScore(it.score)}）` : ` (${roundScore(it.score)})`}`,
      )
      .join(lang === 'zh' ? '；' : '; ');
  const defs: ColumnDef<InvitationRow>[] = [
    { zh: '专题', en: 'Theme', value: (r) => sessionName(look, r.theme, lang) },
    { zh: '序号', en: 'No.', kind: 'int', value: (r) => r.rank },
    ...enterpriseColumns(enterprise),
    { zh: '最高匹配度', en: 'Best score', kind: 'score', value: (r) => r.bestScore },
    { zh: '适配环节数', en: 'Items', kind: 'int', value: (r) => r.items.length },
    { zh: '适配环节', en: 'Items it fits', kind: 'wrap', value: fits },
    { zh: '推荐理由', en: 'Reason', kind: 'wrap', value: (r) => r.reason[lang] },
    ...contactColumns('enterprise', rows, enterprise),
    { zh: '企业编号', en: 'enterpriseId', value: (r) => r.enterpriseId },
    { zh: '环节编号', en: 'itemIds', value: (r) => r.items.map((it) => it.itemId).join('、') },
    { zh: '专题编号', en: 'themeId', optional: true, value: (r) => r.theme || undefined },
  ];
  const columns = chooseColumns(defs, rows, lang);
  const sheets =
    format === 'csv'
      ? [sheetOf('', columns, rows)]
      : lists.map((l) =>
          sheetOf(
            sessionName(look, l.theme, lang),
            columns,
            rows.filter((r) => r.theme === l.theme),
          ),
        );
  await writeSheets(
    file,
    format,
    sheets.length > 0 ? sheets : [sheetOf(lang === 'zh' ? '邀请名单' : 'Invitations', columns, [])],
    target(opts),
  );
  return { rows: rows.length };
}

/** A plan as `chainmatch plan` writes it: sessions and meetings, their timetable, the tours and their dated stops. */
export interface PlanDocument {
  plan: MeetingPlan;
  schedule: MeetingSchedule;
  tours: TourPlan;
  stops: TourStop[];
  /** Day of the sessions, `YYYY-MM-DD`. */
  date?: string;
}

/**
 * Writes a plan: XLSX (an overview of the sessions; per session its one-to-one meetings with time, table, item and
 * firm; the inspection tours' dated stops; firms left out and items without meetings, with the reason in words),
 * CSV (the one-to-one meetings: the table people import), or JSON (`chainmatch-plan` version 2: the plan, schedule,
 * tours and stops with ids and codes, plus `names`). Names are shown, ids kept in their own columns.
 * @example await writePlan('out/plan.xlsx', { plan, schedule, tours, stops }, { items, enterprises, themes });
 */
export async function writePlan(file: string, doc: PlanDocument, opts: EventWriteOptions = {}): Promise<void> {
  const format = formatOf(file, opts, 'plans');
  const lang = opts.lang ?? 'zh';
  const look = names(opts, lang);
  const { plan, schedule, tours, stops, date } = doc;
  if (format === 'json') {
    const named = (list: Iterable<string>, name: (id: string) => string | undefined) =>
      Object.fromEntries(
        [...new Set(list)].sort().flatMap((id) => {
          const n = name(id);
          return n === undefined ? [] : [[id, n]];
        }),
      );
    const enterpriseIds = [...plan.meetings.map((m) => m.enterpriseId), ...plan.leftOut.map((l) => l.enterpriseId)];
    const itemIds = [...plan.meetings.map((m) => m.itemId), ...plan.itemsWithoutMeetings.map((i) => i.itemId)];
    const themeIds = plan.sessions.map((s) => s.theme);
    await json(
      file,
      {
        format: PLAN_FORMAT,
        version: PLAN_FORMAT_VERSION,
        ...(date ? { date } : {}),
        plan,
        schedule,
        tours,
        stops,
        names: {
          themes: named(themeIds, (id) => look.themeName(id)),
          items: named(itemIds, (id) => look.item(id)?.title),
          enterprises: named(enterpriseIds, (id) => look.enterprise(id)?.name),
        },
      },
      opts,
    );
    return;
  }
  const enterprise = (r: { enterpriseId: string }) => look.enterprise(r.enterpriseId);
  const item = (r: { itemId?: string | undefined }) => (r.itemId === undefined ? undefined : look.item(r.itemId));
  const meetingDefs: ColumnDef<ScheduledMeeting>[] = [
    { zh: '专题', en: 'Theme', value: (m) => sessionName(look, m.theme, lang) },
    { zh: '日期', en: 'Date', optional: true, value: () => date },
    { zh: '时间', en: 'Time', value: (m) => `${m.start}–${m.end}` },
    { zh: '时段', en: 'Slot', kind: 'int', value: (m) => m.slot },
    { zh: '桌号', en: 'Table', kind: 'int', value: (m) => m.table },
    { zh: '环节', en: 'Item', optional: true, value: (m) => item(m)?.title },
    { zh: '承接地', en: 'Host city', optional: true, value: (m) => item(m)?.hostCity },
    ...enterpriseColumns(enterprise),
    { zh: '匹配度', en: 'Score', kind: 'score', value: (m) => m.score },
    ...contactColumns('enterprise', schedule.meetings, enterprise),
    ...contactColumns('item', schedule.meetings, item),
    { zh: '专题编号', en: 'themeId', value: (m) => m.theme },
    { zh: '环节编号', en: 'itemId', value: (m) => m.itemId },
    { zh: '企业编号', en: 'enterpriseId', value: (m) => m.enterpriseId },
  ];
  const meetings = chooseColumns(meetingDefs, schedule.meetings, lang);
  if (format === 'csv') {
    await writeSheets(file, 'csv', [sheetOf('', meetings, schedule.meetings)], target(opts));
    return;
  }
  const sessions = look
    .byTheme(plan.sessions, (s) => s.theme)
    .map((s) => ({ ...s, timetable: schedule.sessions.find((t) => t.theme === s.theme) }));
  const overview = tableSheet(
    lang === 'zh' ? '概览' : 'Overview',
    [
      { zh: '专题', en: 'Theme', value: (s) => sessionName(look, s.theme, lang) },
      { zh: '日期', en: 'Date', optional: true, value: () => date },
      { zh: '席位', en: 'Seats', kind: 'int', value: (s) => s.seats },
      { zh: '邀请企业数', en: 'Invited', kind: 'int', value: (s) => s.invited.length },
      { zh: '洽谈场次', en: 'Meetings', kind: 'int', value: (s) => s.meetings },
      { zh: '桌数', en: 'Tables', kind: 'int', value: (s) => s.timetable?.tables },
      { zh: '开始', en: 'Start', value: (s) => s.timetable?.start },
      { zh: '结束', en: 'End', value: (s) => s.timetable?.end },
      { zh: '匹配度合计', en: 'Total score', kind: 'score', value: (s) => s.score },
      { zh: '专题编号', en: 'themeId', value: (s) => s.theme },
    ],
    sessions,
    lang,
  );
  const stopSheet = tableSheet<TourStop>(
    lang === 'zh' ? '考察线路' : 'Tours',
    [
      { zh: '线路', en: 'Tour', value: (s) => s.tourId },
      { zh: '站次', en: 'Stop', kind: 'int', value: (s) => s.stop },
      { zh: '日期', en: 'Date', optional: true, value: (s) => s.date },
      { zh: '城市', en: 'City', value: (s) => s.city },
      { zh: '企业数', en: 'Firms', kind: 'int', value: (s) => s.enterprises.length },
    ],
    stops,
    lang,
  );
  // Who rides which tour: one row per firm, with the itinerary and whom to call.
  const itinerary = new Map<string, string>();
  for (const s of stops)
    itinerary.set(
      s.tourId,
      `${itinerary.has(s.tourId) ? `${itinerary.get(s.tourId)} → ` : ''}${s.city}${s.date ? ` ${s.date.slice(5)}` : ''}`,
    );
  const riders = tours.tours.flatMap((t) => t.enterprises.map((enterpriseId) => ({ tourId: t.id, enterpriseId })));
  const riderSheet = tableSheet(
    lang === 'zh' ? '考察名单' : 'Tour members',
    [
      { zh: '线路', en: 'Tour', value: (r) => r.tourId },
      { zh: '行程', en: 'Itinerary', value: (r) => itinerary.get(r.tourId) },
      ...enterpriseColumns(enterprise),
      ...contactColumns('enterprise', riders, enterprise),
      { zh: '企业编号', en: 'enterpriseId', value: (r) => r.enterpriseId },
    ],
    riders,
    lang,
  );
  type LeftRow = {
    enterpriseId: string;
    what: 'meetings' | 'tour';
    reason: string;
    bestItemId?: string;
    bestScore?: number;
  };
  // Firms that nearly made it first (best score down), those without any match last.
  const left: LeftRow[] = [
    ...plan.leftOut.map((l): LeftRow => ({ ...l, what: 'meetings', reason: LEFT_OUT_REASON_TEXT[l.reason][lang] })),
    ...tours.unassigned.map(
      (u): LeftRow => ({ enterpriseId: u.enterpriseId, what: 'tour', reason: NO_HOST_CITY_TEXT[lang] }),
    ),
  ].sort((a, b) => (b.bestScore ?? -1) - (a.bestScore ?? -1));
  const leftSheet = tableSheet<LeftRow>(
    lang === 'zh' ? '未安排企业' : 'Firms left out',
    [
      ...enterpriseColumns(enterprise),
      {
        zh: '未安排',
        en: 'Left out of',
        value: (l) => (l.what === 'tour' ? (lang === 'zh' ? '考察' : 'tour') : lang === 'zh' ? '洽谈' : 'meetings'),
      },
      { zh: '原因', en: 'Reason', value: (l) => l.reason },
      {
        zh: '最佳环节',
        en: 'Best item',
        optional: true,
        value: (l) => (l.bestItemId === undefined ? undefined : (look.item(l.bestItemId)?.title ?? l.bestItemId)),
      },
      { zh: '最佳匹配度', en: 'Best score', kind: 'score', optional: true, value: (l) => l.bestScore },
      ...contactColumns('enterprise', left, enterprise),
      { zh: '企业编号', en: 'enterpriseId', value: (l) => l.enterpriseId },
      { zh: '环节编号', en: 'itemId', optional: true, value: (l) => l.bestItemId },
    ],
    left,
    lang,
  );
  const itemSheet = tableSheet(
    lang === 'zh' ? '无洽谈环节' : 'Items without meetings',
    [
      {
        zh: '专题',
        en: 'Theme',
        optional: true,
        value: (i) => (i.theme === undefined ? undefined : sessionName(look, i.theme, lang)),
      },
      { zh: '环节', en: 'Item', optional: true, value: (i) => item(i)?.title },
      { zh: '承接地', en: 'Host city', optional: true, value: (i) => item(i)?.hostCity },
      { zh: '原因', en: 'Reason', value: (i) => ITEM_LEFT_OUT_REASON_TEXT[i.reason][lang] },
      { zh: '环节编号', en: 'itemId', value: (i) => i.itemId },
    ],
    plan.itemsWithoutMeetings,
    lang,
  );
  const perSession = sessions.map((s) =>
    sheetOf(
      sessionName(look, s.theme, lang),
      meetings,
      schedule.meetings.filter((m) => m.theme === s.theme),
    ),
  );
  await writeSheets(file, 'xlsx', [overview, ...perSession, stopSheet, riderSheet, leftSheet, itemSheet], target(opts));
}
