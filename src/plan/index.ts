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
