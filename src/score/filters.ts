import type { PreparedEnterprise } from '../features/types.js';
import { lookupProvince } from '../reference/regions.js';
import type { Filters } from '../schema/match.js';
import { normalizeText } from '../text/normalize.js';

/** One hard filter: why it excludes an enterprise, or `undefined` when the enterprise passes. */
export type HardFilter = (enterprise: PreparedEnterprise) => string | undefined;

/** A province as the filters compare it: its short name (广西 for 广西壮族自治区), or else its normalized text. */
const province = (name: string) => lookupProvince(name)?.short ?? normalizeText(name);

/**
 * The filter options, each as the hard filter it turns on (`undefined` while it is off), in the order their reasons
 * are listed. An enterprise that lacks the value a filter tests passes it.
 */
const RULES: readonly ((filters: Filters) => HardFilter | undefined)[] = [
  ({ minRevenue: min }) =>
    min === undefined
      ? undefined
      : ({ enterprise: { revenue } }) =>
          revenue !== undefined && revenue < min ? `revenue ${revenue} < minRevenue ${min} (营收低于门槛)` : undefined,
  ({ minEmployees: min }) =>
    min === undefined
      ? undefined
      : ({ enterprise: { employees } }) =>
          employees !== undefined && employees < min
            ? `employees ${employees} < minEmployees ${min} (员工人数低于门槛)`
            : undefined,
  ({ excludeProvinces }) => {
    const excluded = new Set((excludeProvinces ?? []).map(province));
    return excluded.size === 0
      ? undefined
      : ({ enterprise: e }) =>
          e.province && excluded.has(province(e.province))
            ? `province ${e.province} is excluded (省份被排除)`
            : undefined;
  },
  ({ includeRegions: included }) =>
    !included?.length
      ? undefined
      : ({ regions }) =>
          regions.length && !regions.some((r) => included.includes(r))
            ? `region ${regions.join('/')} not in ${included.join('/')} (来源地区不在范围内)`
            : undefined,
  ({ listedOnly }) =>
    listedOnly ? ({ enterprise: e }) => (e.listed === false ? 'not listed (非上市公司)' : undefined) : undefined,
  ({ excludePresentInHostProvince }) =>
    excludePresentInHostProvince
      ? ({ enterprise: e }) =>
          e.presentInHostProvince ? 'already present in the host province (已在当地布局)' : undefined
      : undefined,
];

/**
 * The hard filters the options turn on, as data: a list of tests, each naming its reason.
 * @example exclusions(hardFilters({ minRevenue: 5 }), enterprise) // ['revenue 2 < minRevenue 5 (营收低于门槛)']
 */
export function hardFilters(filters: Filters): HardFilter[] {
  return RULES.map((rule) => rule(filters)).filter((f): f is HardFilter => f !== undefined);
}

/** The reasons that exclude an enterprise, one per filter it fails; empty when it passes them all. */
export function exclusions(filters: readonly HardFilter[], enterprise: PreparedEnterprise): string[] {
  const out: string[] = [];
  for (const test of filters) {
    const why = test(enterprise);
    if (why !== undefined) out.push(why);
  }
  return out;
}
