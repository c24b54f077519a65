import type { Reason } from '../schema/match.js';
import type { ItemLeftOut, LeftOutReason } from './assign.js';

/** Why a firm got no invitation, in words (场次已满 …) — tables show these, JSON keeps the codes. */
export const LEFT_OUT_REASON_TEXT: Readonly<Record<LeftOutReason, Reason>> = Object.freeze({
  'no-positive-match': { zh: '无达到分数线的匹配', en: 'no match above the minimum score' },
  'session-full': { zh: '场次已满', en: 'session full' },
  'lost-to-higher-scorers': {
    zh: '对接环节已约满（得分更高的企业优先）',
    en: 'its items are full of higher-scoring firms',
  },
  capacity: { zh: '席位与洽谈名额已满', en: 'seats and meeting places taken' },
});

/** Why an item got no meeting, in words. */
export const ITEM_LEFT_OUT_REASON_TEXT: Readonly<Record<ItemLeftOut['reason'], Reason>> = Object.freeze({
  'no-positive-match': { zh: '无达到分数线的候选企业', en: 'no firm above the minimum score' },
  'session-full': { zh: '场次已满', en: 'session full' },
  'lost-to-higher-scorers': { zh: '候选企业的洽谈已排满', en: "its firms' meetings are all taken" },
  capacity: { zh: '席位与洽谈名额已满', en: 'seats and meeting places taken' },
});

/** Why an invited firm is on no inspection tour. */
export const NO_HOST_CITY_TEXT: Reason = Object.freeze({
  zh: '对接环节无承接地，未排考察线路',
  en: 'no host city for its items: no tour',
});
