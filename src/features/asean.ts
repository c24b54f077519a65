import { lookupAseanCountry } from '../reference/regions.js';
import type { Feature, PreparedEnterprise, PreparedItem } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

function value(e: PreparedEnterprise): number | null {
  const { aseanPresence, exportMarkets } = e.enterprise;
  if (aseanPresence || e.regions.includes('asean')) return 1;
  const markets = exportMarkets ?? [];
  if (markets.some((m) => lookupAseanCountry(m) || /东盟|asean|东南亚|southeast asia/iu.test(m))) return 0.8;
  if (markets.length) return 0.4;
  return aseanPresence === false ? 0.1 : null;
}

/**
 * ASEAN orientation: for ASEAN-oriented items (面向东盟), 1 for firms present in ASEAN, 0.8 exporting there,
 * 0.4 exporting elsewhere, 0.1 for firms known to have no presence; unknown is 0.3.
 */
export function createAseanFeature(weight: number = DEFAULT_WEIGHTS.asean): Feature {
  // The value of the enterprise scored last: it depends on the enterprise alone, and one is scored against many items.
  let lastE: PreparedEnterprise | undefined;
  let lastValue: number | null = null;
  return Object.freeze({
    name: 'asean',
    weight,
    label: { zh: '东盟市场', en: 'ASEAN orientation' },
    missing: 0.3,
    applies: (item: PreparedItem) => item.item.aseanOriented === true,
    digester: () => (e: PreparedEnterprise) => [value(e) ?? NaN],
    score(_item: PreparedItem, e: PreparedEnterprise) {
      if (e !== lastE) {
        const kept = e.digest?.features.asean?.[0];
        lastValue = kept === undefined ? value(e) : Number.isNaN(kept) ? null : kept;
        lastE = e;
      }
      return lastValue;
    },
    describe(_item: PreparedItem, _e: PreparedEnterprise, v: number) {
      return v >= 0.8
        ? {
            zh: '已布局或出口东盟市场，契合面向东盟定位',
            en: 'it already serves ASEAN markets, as the item faces ASEAN',
          }
        : { zh: '东盟市场基础较弱', en: 'it has little ASEAN presence' };
    },
  });
}
