import { SEGMENT_ZH, type Segment } from '../schema/domain.js';
import { perItem } from './all.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/** Cue words that place a firm's business on a chain segment. */
const CUES: Record<Segment, readonly string[]> = {
  upstream: [
    '原材料',
    '原料',
    '材料',
    '矿',
    '冶炼',
    '精矿',
    '粉体',
    '树脂',
    '纤维',
    '纸浆',
    '电解',
    '单晶',
    '多晶',
    '前驱体',
    '化工原料',
    '合金',
    '坯',
  ],
  midstream: [
    '零部件',
    '部件',
    '组件',
    '元器件',
    '元件',
    '模组',
    '模块',
    '加工',
    '配件',
    '型材',
    '总成',
    '模具',
    '封装',
    '面料',
    '纺纱',
    '铸造',
    '锻造',
    '芯片',
    '电芯',
  ],
  downstream: [
    '整车',
    '整机',
    '终端',
    '成品',
    '品牌',
    '服装',
    '家具',
    '消费',
    '系统集成',
    '装备',
    '设备',
    '家电',
    '手机',
    '食品',
    '零售',
  ],
};

// Per enterprise, not per pair: the profile depends on the enterprise alone.
const cache = new WeakMap<PreparedEnterprise, Record<Segment, number> | null>();

// The enterprise scored last: it is asked for once per item, so most calls end here, before the WeakMap.
let last: { e: PreparedEnterprise; p: Record<Segment, number> | null } | undefined;

function profile(e: PreparedEnterprise): Record<Segment, number> | null {
  if (last?.e === e) return last.p;
  let p = cache.get(e);
  if (p === undefined) cache.set(e, (p = computeProfile(e)));
  last = { e, p };
  return p;
}

/** The cue words of each segment in a text, counted in one number (5 bits each: upstream lowest). */
function cueCounts(text: string): number {
  let packed = 0;
  (Object.keys(CUES) as Segment[]).forEach((seg, k) => {
    for (const cue of CUES[seg]) if (text.includes(cue)) packed += 1 << (5 * k);
  });
  return packed;
}

function computeProfile(e: PreparedEnterprise): Record<Segment, number> | null {
  const packed = e.digest?.features.segment?.[0] ?? cueCounts(e.text);
  const upstream = packed & 31;
  const midstream = (packed >> 5) & 31;
  const downstream = packed >> 10;
  const total = upstream + midstream + downstream;
  if (!total) return null;
  return { upstream: upstream / total, midstream: midstream / total, downstream: downstream / total };
}

/** The segment an item names, read by item index. */
const segmentOf = perItem((item) => item.item.segment);

/**
 * Chain segment fit: the share of the enterprise's segment cue words (材料/零部件/整车 …) that point to the
 * item's segment (上游/中游/下游). Applies when the item names a segment; an enterprise without cues is neutral (0.5).
 */
export function createSegmentFeature(weight: number = DEFAULT_WEIGHTS.segment): Feature {
  return Object.freeze({
    name: 'segment',
    weight,
    label: { zh: '产业链环节', en: 'chain segment' },
    missing: 0.5,
    applies: (item: PreparedItem) => item.item.segment !== undefined,
    digester: () => (e: PreparedEnterprise) => [cueCounts(e.text)],
    score(item: PreparedItem, e: PreparedEnterprise, ctx?: ScoringContext) {
      const p = profile(e);
      return p ? p[segmentOf(item, ctx)!] : null;
    },
    describe(item: PreparedItem, _e: PreparedEnterprise, value: number) {
      const seg = item.item.segment!;
      return value >= 0.5
        ? {
            zh: `业务处于产业链${SEGMENT_ZH[seg]}，与环节定位一致`,
            en: `its business sits ${seg} on the chain, as the item needs`,
          }
        : { zh: `业务与产业链${SEGMENT_ZH[seg]}定位不完全一致`, en: `its business is only partly ${seg}` };
    },
  });
}
