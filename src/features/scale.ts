import { perItem } from './all.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/** Share of annual revenue a firm can plausibly commit to one new project; listed firms raise capital more easily. */
const CAPACITY_SHARE = 0.5;
const LISTED_FACTOR = 2;
/** The shortfall at which the fit reaches 0, on the log scale. */
const LOG_30 = Math.log10(30);

function need(item: PreparedItem): number | undefined {
  const { investmentMin: lo, investmentMax: hi } = item.item;
  return lo ?? (hi !== undefined ? hi / 2 : undefined);
}

/** What the enterprise can invest (亿元), NaN when its revenue is unknown. */
function capacity(e: PreparedEnterprise): number {
  const kept = e.digest?.features.scale;
  if (kept) return kept[0]!;
  const { revenue, listed } = e.enterprise;
  return revenue === undefined ? NaN : revenue * CAPACITY_SHARE * (listed ? LISTED_FACTOR : 1);
}

/** {@link need}, read by item index. */
const needOf = perItem(need);

/**
 * Investment scale fit: 1 when the enterprise's capacity (half its revenue, doubled if listed) covers the
 * item's minimum investment (亿元), falling with the log of the shortfall to 0 at 30× short.
 * Applies when the item states an investment; missing revenue is neutral (0.5).
 */
export function createScaleFeature(weight: number = DEFAULT_WEIGHTS.scale): Feature {
  return Object.freeze({
    name: 'scale',
    weight,
    label: { zh: '投资规模匹配', en: 'investment scale fit' },
    missing: 0.5,
    applies: (item: PreparedItem) => need(item) !== undefined && need(item)! > 0,
    digester: () => (e: PreparedEnterprise) => [capacity(e)],
    score(item: PreparedItem, e: PreparedEnterprise, ctx?: ScoringContext) {
      const c = capacity(e);
      if (Number.isNaN(c)) return null;
      const n = needOf(item, ctx)!;
      if (c >= n) return 1;
      if (c <= 0) return 0;
      return Math.max(0, 1 - Math.log10(n / c) / LOG_30);
    },
    describe(item: PreparedItem, e: PreparedEnterprise, value: number) {
      const r = e.enterprise.revenue ?? 0;
      const n = need(item)!;
      return value >= 1
        ? {
            zh: `营收约${r}亿元，可承接${n}亿元级投资`,
            en: `revenue of about ${r} 亿元 can carry a ${n} 亿元 investment`,
          }
        : {
            zh: `营收约${r}亿元，承接${n}亿元投资有一定压力`,
            en: `revenue of about ${r} 亿元 is small for a ${n} 亿元 investment`,
          };
    },
  });
}
