export { planMeetings, PlanOptionsSchema, DEFAULT_PLAN_OPTIONS } from './assign.js';
export type {
  PlanMatch,
  Meeting,
  SessionPlan,
  LeftOut,
  LeftOutReason,
  ItemLeftOut,
  PlanMethod,
  MeetingPlan,
  PlanOptions,
  ResolvedPlanOptions,
} from './assign.js';
export { planTours, TourOptionsSchema, DEFAULT_TOUR_OPTIONS } from './tours.js';
export type { TourPair, Tour, TourPlan, TourOptions } from './tours.js';
export { invitationLists, InviteOptionsSchema } from './invite.js';
export type { InviteMatch, Invitation, InvitationList, InviteOptions } from './invite.js';
export { scheduleMeetings, tourStops, ScheduleOptionsSchema, DEFAULT_SCHEDULE_OPTIONS } from './schedule.js';
export type { ScheduledMeeting, SessionSchedule, MeetingSchedule, ScheduleOptions, TourStop } from './schedule.js';
export { LEFT_OUT_REASON_TEXT, ITEM_LEFT_OUT_REASON_TEXT, NO_HOST_CITY_TEXT } from './labels.js';
