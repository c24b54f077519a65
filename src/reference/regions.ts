/**
 * China's provincial units and the ASEAN members, with the lookups behind source regions. The tables are data:
 * `data/reference/provinces.json` and `asean.json` (bundled into the build), typed and frozen here.
 */
import asean from '../../data/reference/asean.json' with { type: 'json' };
import provinces from '../../data/reference/provinces.json' with { type: 'json' };
import type { SourceRegion } from '../schema/domain.js';

/** A province-level division with its official four-region group (东部/中部/西部/东北) or 港澳台. */
export interface ProvinceInfo {
  /** GB/T 2260 two-digit code. */
  code: string;
  /** Official name, e.g. 广东省. */
  name: string;
  /** Short name, e.g. 广东. */
  short: string;
  en: string;
  region: 'east' | 'central' | 'west' | 'northeast' | 'hmt';
  /** In the Guangdong–Hong Kong–Macao Greater Bay Area (whole province-level unit or part). */
  gba: boolean;
}

/** The four-region groups (and 港澳台) a province can belong to. */
const REGIONS: ReadonlySet<string> = new Set<ProvinceInfo['region']>(['east', 'central', 'west', 'northeast', 'hmt']);

const regionOf = (code: string, region: string): ProvinceInfo['region'] => {
  if (!REGIONS.has(region))
    throw new Error(`data/reference/provinces.json: province ${code}: unknown region '${region}'`);
  return region as ProvinceInfo['region'];
};

/** China's 31 provincial units plus Hong Kong, Macao and Taiwan (国家统计局 four-region grouping). */
export const PROVINCES: readonly ProvinceInfo[] = Object.freeze(
  provinces.map((p) => Object.freeze({ ...p, region: regionOf(p.code, p.region) })),
);

/** An ASEAN member state. */
export interface AseanMember {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  en: string;
}

/** The ten ASEAN members (东盟十国). */
export const ASEAN_MEMBERS: readonly AseanMember[] = Object.freeze(asean.map((m) => Object.freeze({ ...m })));

/** Cities of Guangdong inside the Greater Bay Area (珠三角九市). */
const GBA_GUANGDONG_CITIES = ['广州', '深圳', '珠海', '佛山', '惠州', '东莞', '中山', '江门', '肇庆'];

const ALIASES = new Map<string, ProvinceInfo>();
for (const p of PROVINCES) {
  for (const k of [p.name, p.short, p.en, p.code]) ALIASES.set(k.toLowerCase(), p);
}
for (const [alias, short] of [
  ['内蒙', '内蒙古'],
  ['hongkong', '香港'],
  ['hk', '香港'],
  ['macau', '澳门'],
  ['中国香港', '香港'],
  ['中国澳门', '澳门'],
  ['中国台湾', '台湾'],
  ['深圳', '广东'],
  ['广州', '广东'],
  ['苏州', '江苏'],
  ['宁波', '浙江'],
  ['厦门', '福建'],
  ['青岛', '山东'],
  ['大连', '辽宁'],
  ['shenzhen', '广东'],
  ['tw', '台湾'],
  ['臺灣', '台湾'],
  ['廣東', '广东'],
  ['廣西', '广西'],
] as const) {
  const p = ALIASES.get(short.toLowerCase());
  if (p) ALIASES.set(alias, p);
}

const ASEAN_ALIASES = new Map<string, AseanMember>();
for (const m of ASEAN_MEMBERS) for (const k of [m.code, m.name, m.en]) ASEAN_ALIASES.set(k.toLowerCase(), m);
for (const [alias, code] of [
  ['印尼', 'ID'],
  ['viet nam', 'VN'],
  ['burma', 'MM'],
  ['lao pdr', 'LA'],
  ['brunei darussalam', 'BN'],
] as const) {
  const m = ASEAN_ALIASES.get(code.toLowerCase());
  if (m) ASEAN_ALIASES.set(alias, m);
}

const clean = (s: string) => s.trim().toLowerCase().replace(/\s+/gu, ' ');

/**
 * Finds a province by official name, short name, English name, GB/T 2260 code or a few
 * common aliases (深圳 → 广东, 内蒙 → 内蒙古, Hong Kong → 香港).
 * @example lookupProvince('广东省')?.region // 'east'
 */
export function lookupProvince(name: string): ProvinceInfo | undefined {
  const k = clean(name);
  return ALIASES.get(k) ?? ALIASES.get(k.replace(/(省|市|特别行政区|自治区|壮族自治区|回族自治区|维吾尔自治区)$/u, ''));
}

/** Finds an ASEAN member by code, Chinese or English name. */
export function lookupAseanCountry(name: string): AseanMember | undefined {
  return ASEAN_ALIASES.get(clean(name));
}

/**
 * The source regions an enterprise belongs to, from its province, city or country:
 * 广东·深圳 → `['east', 'gba']`, 香港 → `['hmt', 'gba']`, 越南 → `['asean']`, Germany → `['foreign']`.
 * Empty when nothing is known.
 * @example sourceRegionsOf({ province: '湖北' }) // ['central']
 */
export function sourceRegionsOf(e: {
  province?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
}): SourceRegion[] {
  const p = (e.province && lookupProvince(e.province)) || (e.city && lookupProvince(e.city)) || undefined;
  if (p) {
    const out: SourceRegion[] = [p.region];
    const inGbaCity =
      p.short === '广东' && (e.city === undefined || GBA_GUANGDONG_CITIES.some((c) => e.city!.includes(c)));
    if (p.gba && (p.short !== '广东' || inGbaCity)) out.push('gba');
    return out;
  }
  const country = e.country ?? e.province;
  if (country) {
    if (lookupAseanCountry(country)) return ['asean'];
    const c = clean(country);
    if (c === 'cn' || c === 'china' || c === '中国') return [];
    return ['foreign'];
  }
  return [];
}
