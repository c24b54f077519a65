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

const P = (
  code: string,
  name: string,
  short: string,
  en: string,
  region: ProvinceInfo['region'],
  gba = false,
): ProvinceInfo => Object.freeze({ code, name, short, en, region, gba });

/** China's 31 provincial units plus Hong Kong, Macao and Taiwan (国家统计局 four-region grouping). */
export const PROVINCES: readonly ProvinceInfo[] = Object.freeze([
  P('11', '北京市', '北京', 'Beijing', 'east'),
  P('12', '天津市', '天津', 'Tianjin', 'east'),
  P('13', '河北省', '河北', 'Hebei', 'east'),
  P('31', '上海市', '上海', 'Shanghai', 'east'),
  P('32', '江苏省', '江苏', 'Jiangsu', 'east'),
  P('33', '浙江省', '浙江', 'Zhejiang', 'east'),
  P('35', '福建省', '福建', 'Fujian', 'east'),
  P('37', '山东省', '山东', 'Shandong', 'east'),
  P('44', '广东省', '广东', 'Guangdong', 'east', true),
  P('46', '海南省', '海南', 'Hainan', 'east'),
  P('14', '山西省', '山西', 'Shanxi', 'central'),
  P('34', '安徽省', '安徽', 'Anhui', 'central'),
  P('36', '江西省', '江西', 'Jiangxi', 'central'),
  P('41', '河南省', '河南', 'Henan', 'central'),
  P('42', '湖北省', '湖北', 'Hubei', 'central'),
  P('43', '湖南省', '湖南', 'Hunan', 'central'),
  P('15', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'west'),
  P('45', '广西壮族自治区', '广西', 'Guangxi', 'west'),
  P('50', '重庆市', '重庆', 'Chongqing', 'west'),
  P('51', '四川省', '四川', 'Sichuan', 'west'),
  P('52', '贵州省', '贵州', 'Guizhou', 'west'),
  P('53', '云南省', '云南', 'Yunnan', 'west'),
  P('54', '西藏自治区', '西藏', 'Tibet', 'west'),
  P('61', '陕西省', '陕西', 'Shaanxi', 'west'),
  P('62', '甘肃省', '甘肃', 'Gansu', 'west'),
  P('63', '青海省', '青海', 'Qinghai', 'west'),
  P('64', '宁夏回族自治区', '宁夏', 'Ningxia', 'west'),
  P('65', '新疆维吾尔自治区', '新疆', 'Xinjiang', 'west'),
  P('21', '辽宁省', '辽宁', 'Liaoning', 'northeast'),
  P('22', '吉林省', '吉林', 'Jilin', 'northeast'),
  P('23', '黑龙江省', '黑龙江', 'Heilongjiang', 'northeast'),
  P('81', '香港特别行政区', '香港', 'Hong Kong', 'hmt', true),
  P('82', '澳门特别行政区', '澳门', 'Macao', 'hmt', true),
  P('71', '台湾省', '台湾', 'Taiwan', 'hmt'),
]);

/** An ASEAN member state. */
export interface AseanMember {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  en: string;
}

/** The ten ASEAN members (东盟十国). */
export const ASEAN_MEMBERS: readonly AseanMember[] = Object.freeze(
  (
    [
      ['BN', '文莱', 'Brunei'],
      ['KH', '柬埔寨', 'Cambodia'],
      ['ID', '印度尼西亚', 'Indonesia'],
      ['LA', '老挝', 'Laos'],
      ['MY', '马来西亚', 'Malaysia'],
      ['MM', '缅甸', 'Myanmar'],
      ['PH', '菲律宾', 'Philippines'],
      ['SG', '新加坡', 'Singapore'],
      ['TH', '泰国', 'Thailand'],
      ['VN', '越南', 'Vietnam'],
    ] as const
  ).map(([code, name, en]) => Object.freeze({ code, name, en })),
);

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
