import { SOURCE_REGION_ZH, type SourceRegion } from '../schema/domain.js';
import { noDigest, perItem } from './all.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { byString } from '../_lib/order.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/**
 * Default fit of each source region for industrial transfer into a western host province:
 * the east and the Greater Bay Area first, then the centre and Hong Kong/Macao/Taiwan, ASEAN, abroad,
 * the northeast; the west itself least (it is not a transfer).
 */
export const DEFAULT_REGION_FIT: Readonly<Record<SourceRegion, number>> = Object.freeze({
  gba: 1,
  east: 0.95,
  central: 0.85,
  hmt: 0.85,
  asean: 0.7,
  foreign: 0.6,
  northeast: 0.5,
  west: 0.3,
});

/** The regions an item prefers, when it names any. */
const preferredOf = perItem((item) => (item.item.preferredRegions?.length ? item.item.preferredRegions : undefined));

/**
 * Source-region fit: with the item's preferred regions, 1 inside them and 0.2 outside; otherwise the
 * {@link DEFAULT_REGION_FIT} table (best region of the enterprise). Unknown origin is neutral (0.5).
 */
export function createRegionFeature(
  weight: number = DEFAULT_WEIGHTS.region,
  fit: Readonly<Record<SourceRegion, number>> = DEFAULT_REGION_FIT,
): Feature {
  // The best fit of the regions asked for last: one enterprise is scored against many items.
  let lastRegions: readonly SourceRegion[] | undefined;
  let lastBest = 0;
  const value = (item: PreparedItem, regions: readonly SourceRegion[], ctx: ScoringContext | undefined) => {
    const preferred = preferredOf(item, ctx);
    if (preferred) {
      for (const r of regions) if (preferred.includes(r)) return 1;
      return 0.2;
    }
    if (regions !== lastRegions) {
      // Math.max of the fits, without the spread array.
      lastBest = -Infinity;
      for (const r of regions) lastBest = Math.max(lastBest, fit[r]);
      lastRegions = regions;
    }
    return lastBest;
  };
  return Object.freeze({
    name: 'region',
    weight,
    label: { zh: '来源地区', en: 'source region' },
    missing: 0.5,
    digester: noDigest,
    score: (item: PreparedItem, e: PreparedEnterprise, ctx?: ScoringContext) =>
      e.regions.length ? value(item, e.regions, ctx) : null,
    describe(_item: PreparedItem, e: PreparedEnterprise, v: number) {
      const best = [...e.regions].sort((a, b) => fit[b] - fit[a] || byString(a, b))[0];
      const where = e.enterprise.province ?? e.enterprise.country ?? '';
      if (!best) return { zh: '来源地区未知', en: 'origin unknown' };
      return v >= 0.8
        ? {
            zh: `来自${SOURCE_REGION_ZH[best]}（${where}），符合产业转移方向`,
            en: `it comes from the ${best} region (${where}), in line with the transfer`,
          }
        : { zh: `来自${SOURCE_REGION_ZH[best]}（${where}）`, en: `it comes from the ${best} region (${where})` };
    },
  });
}
