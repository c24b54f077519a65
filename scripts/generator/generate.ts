/**
 * The seeded sample generator behind `data/`: themes, chain-gap items and synthetic enterprises
 * drawn from the chain table in `catalog.ts`. Same seed and sizes → byte-identical files.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { SEGMENT_ZH, type GapType, type SourceRegion } from '../../src/schema/domain.js';
import { ASEAN_MEMBERS, PROVINCES } from '../../src/reference/regions.js';
import { GUANGXI_CITIES, lookupGuangxiCity } from '../../src/reference/guangxi.js';
import { GBT4754_CLASSES, GBT4754_DIVISIONS, GBT4754_GROUPS, GBT4754_SECTIONS } from '../../src/reference/industry.js';
import { CHAIN_SPECS, DISTRACTORS, THEME_SPECS, type ChainSpec, type SegmentSpec, type ThemeId } from './catalog.js';
import { createRandom, type Random } from './random.js';
import {
  ASEAN_COUNTRIES,
  BRAND_EN_HEAD,
  BRAND_EN_TAIL,
  BRAND_FIRST,
  BRAND_SECOND,
  EXPORT_MARKETS,
  FOREIGN_COUNTRIES,
  ORIGIN_WEIGHTS,
  PROVINCE_CITIES,
  PROVINCE_FULL,
  TAIWAN_CITIES,
  THEME_PROVINCES,
  type AbroadCountry,
  type OriginKind,
} from './origins.js';

/** Options of {@link generateSampleData}. */
export interface GenerateOptions {
  /** Output directory; `data/` of the package when run by the script. */
  outDir: string;
  /** PRNG seed. Default 20240615 (the event's opening day). */
  seed?: number;
  /** Number of enterprises. Default 1200. */
  enterprises?: number;
  /** Items are the base set (≈ 330) repeated this many times with variants. Default 1. */
  itemsScale?: number;
  /** Also write `reference/*.json`. Default true. */
  reference?: boolean;
}

/** What {@link generateSampleData} wrote. */
export interface GenerateSummary {
  seed: number;
  themes: number;
  items: number;
  enterprises: number;
  files: string[];
}

export const DEFAULT_SEED = 20240615;
export const DEFAULT_ENTERPRISES = 1200;

/** A generated item, in the key order written to `items.jsonl`. */
export interface GeneratedItem {
  id: string;
  title: string;
  theme: ThemeId;
  chain: string;
  segment: SegmentSpec['segment'];
  gapType: GapType;
  description: string;
  keywords: string[];
  products: string[];
  industryCodes: string[];
  hostCity: string;
  park?: string;
  investmentMin: number;
  investmentMax: number;
  preferredRegions?: SourceRegion[];
  aseanOriented: boolean;
  priority: number;
}

/** A generated enterprise, in the key order written to `enterprises.jsonl`. */
export interface GeneratedEnterprise {
  id: string;
  name: string;
  description: string;
  products: string[];
  technologies?: string[];
  industryCodes: string[];
  province?: string;
  city: string;
  country?: string;
  revenue: number;
  employees: number;
  listed: boolean;
  exportMarkets: string[];
  aseanPresence: boolean;
  presentInHostProvince: boolean;
  tags: string[];
}

const THEME_PREFIX: Record<ThemeId, string> = {
  'advanced-equipment': 'AE',
  'new-materials': 'NM',
  'electronic-information': 'EI',
  'light-textile': 'LT',
};

const CHAIN_BY_ID = new Map(CHAIN_SPECS.map((c) => [c.id, c]));

/**
 * The four themes as written to `themes.json`: id, names, description and chains with their
 * GB/T 4754 codes and keywords.
 * @example buildThemes().map((t) => t.id) // ['advanced-equipment', 'new-materials', …]
 */
export function buildThemes() {
  return THEME_SPECS.map((t) => ({
    id: t.id,
    name: t.name,
    nameEn: t.nameEn,
    description: t.description,
    chains: CHAIN_SPECS.filter((c) => c.theme === t.id).map((c) => ({
      id: c.id,
      name: c.name,
      nameEn: c.nameEn,
      industryCodes: unique(c.segments.flatMap((s) => s.codes)),
      keywords: unique([c.name, ...c.segments.flatMap((s) => s.keywords)]),
    })),
  }));
}

const GAP_WEIGHTS: Record<SegmentSpec['segment'], readonly (readonly [GapType, number])[]> = {
  upstream: [
    ['fill', 6],
    ['strengthen', 3],
    ['extend', 1],
  ],
  midstream: [
    ['fill', 4],
    ['strengthen', 4.5],
    ['extend', 1.5],
  ],
  downstream: [
    ['fill', 2.5],
    ['strengthen', 2],
    ['extend', 5.5],
  ],
};

const TITLE_SUFFIX: Record<GapType, readonly string[]> = {
  fill: ['生产项目', '制造项目', '配套项目', '生产基地项目'],
  strengthen: ['扩能项目', '技改扩产项目', '产业化项目', '生产线项目'],
  extend: ['产业化项目', '延链项目', '应用示范项目', '高端化项目'],
};
/** Materials and consumer goods are "processed deeper"; machines and electronics are not. */
const PROCESSING_THEMES: ReadonlySet<ThemeId> = new Set(['new-materials', 'light-textile']);
const SERVICE_SUFFIX: Record<GapType, readonly string[]> = {
  fill: ['建设项目', '平台项目'],
  strengthen: ['提升项目', '扩容项目'],
  extend: ['应用项目', '服务项目'],
};

/** 铝产业 → 铝产业, 纺织 → 纺织产业. */
const industryOf = (chain: ChainSpec) => (chain.name.endsWith('产业') ? chain.name : `${chain.name}产业`);

const NICE = [
  1, 2, 3, 5, 8, 10, 12, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000,
];
const UNIT_RANGE: Record<string, readonly [number, number]> = {
  万套: [5, 60],
  万辆: [5, 30],
  万件: [50, 1000],
  台: [500, 5000],
  万吨: [1, 80],
  吨: [300, 5000],
  台套: [100, 1000],
  万台: [10, 300],
  万片: [50, 800],
  亿颗: [1, 30],
  亿只: [10, 300],
  万只: [100, 3000],
  万芯公里: [100, 1000],
  万米: [500, 5000],
  万锭: [5, 30],
  万双: [100, 1000],
  万平方米: [100, 3000],
  万立方米: [10, 80],
  万克拉: [100, 1000],
  艘: [10, 60],
  套: [10, 100],
  个机柜: [1000, 5000],
};

/**
 * Builds the chain-gap items: the base set (one pass over every chain's item count), repeated
 * `scale` times with shifted products, cities and ids.
 * @example buildItems(20240615).length // ≈ 330
 */
export function buildItems(seed: number = DEFAULT_SEED, scale = 1): GeneratedItem[] {
  const rng = createRandom(seed);
  const out: GeneratedItem[] = [];
  const seq = new Map<ThemeId, number>();
  for (let k = 0; k < scale; k++) {
    for (const chain of CHAIN_SPECS) {
      if (chain.items === 0) continue; // a chain of the maps only: no draw, so no other item changes
      const offset = rng.int(0, 50);
      for (let j = 0; j < chain.items; j++) {
        const n = (seq.get(chain.theme) ?? 0) + 1;
        seq.set(chain.theme, n);
        out.push(buildItem(rng, chain, j, k, offset, `${THEME_PREFIX[chain.theme]}-${String(n).padStart(4, '0')}`));
      }
    }
  }
  return out;
}

function buildItem(rng: Random, chain: ChainSpec, j: number, k: number, offset: number, id: string): GeneratedItem {
  const seg = chain.segments[j % chain.segments.length]!;
  const slot = Math.floor(j / chain.segments.length);
  const anchor = seg.products[(slot + k * 2) % seg.products.length]!;
  const cityTable = seg.cities ?? chain.cities;
  const cityNames = Object.keys(cityTable);
  const city = cityNames[(j + offset + k) % cityNames.length]!;
  const park = cityTable[city] || undefined;
  const gapType = rng.weighted(GAP_WEIGHTS[seg.segment]);
  const others = rng.sample(
    seg.products.filter((p) => p !== anchor),
    rng.int(1, 2),
  );
  const products = [anchor, ...others];
  const keywords = unique([anchor, ...rng.sample(seg.keywords, rng.int(2, 3))]);
  const industryCodes = unique([seg.codes[0]!, ...rng.sample(seg.codes, rng.int(0, 1))]);
  const info = lookupGuangxiCity(city)!;
  const aseanOriented = rng.chance(Math.min(0.95, chain.asean * (info.border || info.coastal ? 1.3 : 1)));
  const preferredRegions = rng.chance(0.3) ? preferredFor(rng, info.short) : undefined;
  const [lo, hi] = seg.invest ?? chain.invest;
  const investmentMin = money(rng.uniform(lo, hi));
  const investmentMax = money(investmentMin * rng.uniform(1.5, 3));
  const item: GeneratedItem = {
    id,
    title: title(rng, chain, seg, gapType, anchor, others, info.short, k),
    theme: chain.theme,
    chain: chain.id,
    segment: seg.segment,
    gapType,
    description: itemDescription(rng, chain, seg, gapType, products, info.short, park, aseanOriented, preferredRegions),
    keywords,
    products,
    industryCodes,
    hostCity: info.name,
    park,
    investmentMin,
    investmentMax,
    preferredRegions,
    aseanOriented,
    priority: rng.weighted([
      [1, 1],
      [2, 2.5],
      [3, 3.5],
      [4, 2],
      [5, 1],
    ] as const),
  };
  return item;
}

function title(
  rng: Random,
  chain: ChainSpec,
  seg: SegmentSpec,
  gap: GapType,
  anchor: string,
  others: string[],
  city: string,
  k: number,
): string {
  const suffixes = chain.service
    ? SERVICE_SUFFIX[gap]
    : gap === 'extend' && PROCESSING_THEMES.has(chain.theme)
      ? [...TITLE_SUFFIX.extend, '精深加工项目']
      : TITLE_SUFFIX[gap];
  const suffix = rng.pick(suffixes);
  const phase = k > 0 ? `（${['二', '三', '四', '五', '六', '七', '八', '九', '十'][(k - 1) % 9]}期）` : '';
  const form = rng.int(0, 9);
  if (form < 3 && seg.unit && UNIT_RANGE[seg.unit] && !chain.service)
    return `年产${niceIn(rng, UNIT_RANGE[seg.unit]!)}${seg.unit}${anchor}${suffix === '生产项目' ? '项目' : suffix}${phase}`;
  if (form < 5) return `${city}${anchor}${suffix}${phase}`;
  if (form < 7 && others[0]) return `${anchor}及${others[0]}${suffix}${phase}`;
  if (form < 8)
    return `${chain.name}${seg.label}${gap === 'fill' ? '补链' : gap === 'strengthen' ? '强链' : '延链'}项目（${anchor}）${phase}`;
  return `${anchor}${suffix}${phase}`;
}

function itemDescription(
  rng: Random,
  chain: ChainSpec,
  seg: SegmentSpec,
  gap: GapType,
  products: string[],
  city: string,
  park: string | undefined,
  asean: boolean,
  preferred: SourceRegion[] | undefined,
): string {
  const list = products.join('、');
  const segZh = SEGMENT_ZH[seg.segment];
  const maker = chain.service ? '服务商' : '生产企业';
  const parts: string[] = [];
  const primary = Object.keys(chain.cities)[0] === city;
  const context = primary
    ? rng.pick([`依托${city}${chain.base}，`, `${city}具备${chain.base}，`])
    : rng.pick([
        `立足${city}${industryOf(chain)}现有基础，`,
        `发挥${city}区位和园区承载优势，`,
        `依托广西${chain.base}，`,
      ]);
  if (gap === 'fill') {
    parts.push(
      context +
        rng.pick([
          `本地${industryOf(chain)}链${segZh}${seg.label}环节配套不足，${products[0]}等关键产品主要依赖区外采购。`,
          `当前${industryOf(chain)}链${seg.label}环节仍存在缺口，本地企业难以就近配套。`,
          `${seg.label}是本地${industryOf(chain)}链的短板环节。`,
        ]),
    );
    parts.push(
      rng.pick([
        `拟引进${list}等${chain.service ? '领域' : '产品'}${maker}，补齐配套短板，提高本地配套率。`,
        `重点招引${list}${maker}，实现就近配套、降本增效。`,
      ]),
    );
  } else if (gap === 'strengthen') {
    parts.push(
      context +
        rng.pick([
          `${seg.label}环节已形成一定规模，但龙头企业带动不足。`,
          `现有${seg.label}环节企业规模偏小、技术水平有待提升。`,
          `${industryOf(chain)}链${seg.label}环节已有较好基础。`,
        ]),
    );
    parts.push(
      rng.pick([
        `拟引进${list}领域的龙头或骨干企业扩大产能、提升技术水平，做强优势环节。`,
        `围绕${list}招引行业头部企业，做大做强产业集群。`,
      ]),
    );
  } else {
    parts.push(
      context +
        rng.pick([
          `为延伸${industryOf(chain)}链、提高产品附加值，`,
          `推动${industryOf(chain)}向${segZh}高附加值环节延伸，`,
          `围绕现有产能向${seg.label}延伸，`,
        ]),
    );
    const kind = chain.service ? '数字化应用' : PROCESSING_THEMES.has(chain.theme) ? '精深加工' : '高端产品';
    parts.push(
      rng.pick([`重点引进${list}等${kind}项目，拉长产业链条。`, `拟引进${list}${maker}，打造高附加值产品集群。`]),
    );
  }
  if (rng.chance(0.6)) parts.push(`优先考虑掌握${rng.sample(seg.technologies, 2).join('、')}等技术的企业。`);
  if (park)
    parts.push(
      rng.pick([
        `项目拟落户${park}，可提供标准厂房和配套用地。`,
        `项目选址${park}，园区水电路等配套完善。`,
        `拟布局在${park}。`,
      ]),
    );
  if (asean) {
    const info = lookupGuangxiCity(city)!;
    parts.push(
      city === '崇左'
        ? '产品可经凭祥、友谊关口岸出口越南及东盟市场。'
        : city === '防城港'
          ? '依托东兴口岸和防城港港，面向东盟市场。'
          : info.coastal
            ? '产品可经北部湾港出海，辐射东盟市场。'
            : '可借助西部陆海新通道开拓东盟市场。',
    );
  }
  if (preferred?.includes('gba')) parts.push('欢迎粤港澳大湾区企业投资合作。');
  else if (preferred?.includes('hmt')) parts.push('欢迎港澳台企业投资合作。');
  return parts.join('');
}

function preferredFor(rng: Random, city: string): SourceRegion[] {
  if (['梧州', '贺州', '玉林', '贵港'].includes(city)) return rng.chance(0.7) ? ['gba'] : ['gba', 'east'];
  if (['崇左', '防城港'].includes(city)) return rng.chance(0.6) ? ['asean'] : ['asean', 'gba'];
  return rng.pick<SourceRegion[]>([['east'], ['gba'], ['east', 'central'], ['gba', 'hmt'], ['central']]);
}

/** A resolved item link: its chain and segment spec. */
interface Target {
  item: GeneratedItem;
  chain: ChainSpec;
  seg: SegmentSpec;
}

type Role = 'fit' | 'chain' | 'nearMiss' | 'distractor';
const ROLE_WEIGHTS: readonly (readonly [Role, number])[] = [
  ['fit', 72],
  ['chain', 12],
  ['nearMiss', 10],
  ['distractor', 6],
];

const APP_NAMES = ['国内外知名', '头部', '主流'];

/**
 * Yields `count` synthetic enterprises, one at a time, so a million can be written without being
 * held in memory. About 72 % are built to fit a given item (same chain link, the item's products),
 * 12 % sit elsewhere on the same chain, 10 % are near-misses (same theme, lookalike products) and
 * 6 % are off-theme.
 * @example [...generateEnterprises(buildItems(), 10)].length // 10
 */
export function* generateEnterprises(
  items: readonly GeneratedItem[],
  count: number,
  seed: number = DEFAULT_SEED,
): Generator<GeneratedEnterprise> {
  const rng = createRandom((seed ^ 0x9e3779b9) >>> 0);
  const targets: Target[] = items.map((item) => {
    const chain = CHAIN_BY_ID.get(item.chain)!;
    return { item, chain, seg: chain.segments.find((s) => s.segment === item.segment)! };
  });
  const order = rng.sample(targets, targets.length);
  const pad = Math.max(6, String(count).length);
  const names = count <= 200_000 ? new Set<string>() : undefined;
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  let fitIndex = 0;
  for (let i = 1; i <= count; i++) {
    const role = rng.weighted(ROLE_WEIGHTS);
    const target = role === 'fit' ? order[fitIndex++ % order.length]! : rng.pick(targets);
    yield enterprise(rng, `E${String(i).padStart(pad, '0')}`, role, target, names, toHk, toTw);
  }
}

function enterprise(
  rng: Random,
  id: string,
  role: Role,
  target: Target,
  names: Set<string> | undefined,
  toHk: (s: string) => string,
  toTw: (s: string) => string,
): GeneratedEnterprise {
  const { chain, item } = target;
  const seg = role === 'chain' ? rng.pick(chain.segments) : target.seg;
  const origin = chooseOrigin(rng, chain.theme, role === 'fit' ? item.preferredRegions : undefined);

  // What it makes.
  let products: string[];
  let codes: readonly string[];
  let words: readonly string[];
  let technologies: string[] | undefined;
  let focus: string[] = [];
  let lookalike = false;
  let sibling: ChainSpec | undefined;
  let segEn = seg.en;
  const distractor = role === 'distractor' ? rng.pick(DISTRACTORS) : undefined;
  if (role === 'fit') {
    products = unique([
      item.products[0]!,
      ...item.products.slice(1).filter(() => rng.chance(0.6)),
      ...rng.sample(seg.products, rng.int(0, 2)),
    ]);
    codes = seg.codes;
    words = seg.words;
    technologies = rng.sample(seg.technologies, rng.int(1, 3));
    focus = item.keywords.filter((k) => !products.includes(k) && rng.chance(0.85));
  } else if (role === 'chain') {
    products = rng.sample(seg.products, rng.int(2, 4));
    codes = seg.codes;
    words = seg.words;
    technologies = rng.sample(seg.technologies, rng.int(1, 2));
    focus = rng.sample(seg.keywords, rng.int(1, 2));
  } else if (role === 'nearMiss') {
    if (rng.chance(0.5)) {
      // Lookalike products: same theme, close words, wrong thing.
      products = rng.sample(chain.nearMiss.products, rng.int(1, 2));
      codes = chain.nearMiss.codes;
      words = chain.nearMiss.words;
      lookalike = true;
    } else {
      // A coherent firm on a sibling chain of the same theme.
      sibling = rng.pick(CHAIN_SPECS.filter((c) => c.theme === chain.theme && c.id !== chain.id && c.items > 0));
      const other = rng.pick(sibling.segments);
      products = rng.sample(other.products, rng.int(2, 3));
      codes = other.codes;
      words = other.words;
      technologies = rng.sample(other.technologies, rng.int(1, 2));
      focus = rng.sample(other.keywords, 1);
      segEn = other.en;
    }
  } else {
    products = [...distractor!.products];
    codes = distractor!.codes;
    words = distractor!.words;
  }
  const industryCodes = rng
    .sample(codes, rng.int(1, Math.min(2, codes.length)))
    .map((c) => (c.length > 2 && rng.chance(0.3) ? sectionLetter(c) + c : c));

  // Who it is.
  const revenue = round2(Math.min(3000, Math.max(0.1, Math.exp(Math.log(6) + 1.3 * rng.normal()))));
  const listed = rng.chance(revenue > 50 ? 0.7 : revenue > 10 ? 0.35 : 0.08);
  const employees = Math.round(revenue * rng.uniform(25, 120)) + rng.int(20, 80);
  const founded = rng.int(1985, 2021);
  const exportMarkets = rng.chance(origin.kind === 'asean' || origin.kind === 'foreign' ? 0.8 : 0.5)
    ? unique(Array.from({ length: rng.int(1, 4) }, () => rng.weighted(EXPORT_MARKETS))).filter(
        (m) => m !== origin.countryZh,
      )
    : [];
  const aseanPresence = origin.kind === 'asean' || rng.chance(listed ? 0.3 : 0.12);
  const presentInHostProvince = origin.kind === 'guangxi' || rng.chance(0.06);
  const highTech = role !== 'distractor' && rng.chance(0.4);
  const specialized = role !== 'distractor' && rng.chance(0.15);

  const name = uniqueName(rng, names, () => enterpriseName(rng, origin, words, sibling ?? chain, listed));
  const english = origin.english;
  const asia = rng.pick(ASEAN_MEMBERS).name;
  let description = english
    ? englishDescription(
        rng,
        name,
        origin,
        role === 'distractor' ? 'business services' : segEn,
        sibling ?? chain,
        founded,
        employees,
        exportMarkets,
        listed,
      )
    : chineseDescription(rng, {
        products,
        technologies,
        focus,
        chain: sibling ?? chain,
        founded,
        revenue,
        employees,
        listed,
        exportMarkets,
        aseanPresence,
        presentInHostProvince,
        highTech,
        origin,
        asia,
        distractor: distractor?.description,
        lookalike,
      });
  let displayName = name;
  if (origin.script === 'hk') [displayName, description] = [toHk(name), toHk(description)];
  else if (origin.script === 'tw') [displayName, description] = [toTw(name), toTw(description)];

  const tags = ['synthetic'];
  if (highTech) tags.push('高新技术企业');
  if (specialized) tags.push('专精特新');
  if (listed) tags.push('上市公司');
  if (origin.kind === 'hk' || origin.kind === 'mo') tags.push('港澳资');
  if (origin.kind === 'tw') tags.push('台资');
  if (origin.kind === 'asean' || origin.kind === 'foreign') tags.push('外资');

  return {
    id,
    name: displayName,
    description,
    products,
    technologies: technologies?.length ? technologies : undefined,
    industryCodes,
    province: origin.province,
    city: origin.city,
    country: origin.country,
    revenue,
    employees,
    listed,
    exportMarkets,
    aseanPresence,
    presentInHostProvince,
    tags,
  };
}

interface Origin {
  kind: OriginKind;
  province?: string;
  city: string;
  cityShort: string;
  provinceShort?: string;
  country?: string;
  countryZh?: string;
  abroad?: AbroadCountry;
  english: boolean;
  script?: 'hk' | 'tw';
}

function chooseOrigin(rng: Random, theme: ThemeId, preferred: SourceRegion[] | undefined): Origin {
  let kind = rng.weighted(ORIGIN_WEIGHTS);
  let provinceShort: string | undefined;
  if (preferred && rng.chance(0.5)) {
    const want = rng.pick(preferred);
    if (want === 'gba') [kind, provinceShort] = rng.chance(0.8) ? ['mainland', '广东'] : ['hk', undefined];
    else if (want === 'hmt') kind = rng.pick(['hk', 'tw'] as const);
    else if (want === 'asean') kind = 'asean';
    else if (want === 'east' || want === 'central') {
      kind = 'mainland';
      provinceShort = rng.pick(
        PROVINCES.filter((p) => p.region === want && PROVINCE_CITIES[p.short]).map((p) => p.short),
      );
    }
  }
  switch (kind) {
    case 'mainland':
    case 'guangxi': {
      const short = kind === 'guangxi' ? '广西' : (provinceShort ?? rng.weighted(THEME_PROVINCES[theme]));
      const cities = PROVINCE_CITIES[short]!;
      // Greater Bay Area cities are listed first for 广东; favour them.
      const cityShort = short === '广东' && rng.chance(0.8) ? cities[rng.int(0, 8)]! : rng.pick(cities);
      return {
        kind,
        province: PROVINCE_FULL[short]!,
        provinceShort: short,
        city: `${cityShort}市`,
        cityShort,
        english: false,
      };
    }
    case 'hk':
      return { kind, province: '香港', city: '香港', cityShort: '香港', english: false, script: 'hk' };
    case 'mo':
      return { kind, province: '澳门', city: '澳门', cityShort: '澳门', english: false, script: 'hk' };
    case 'tw': {
      const cityShort = rng.pick(TAIWAN_CITIES);
      return { kind, province: '台湾', city: `${cityShort}市`, cityShort, english: false, script: 'tw' };
    }
    default: {
      const abroad = rng.weighted(kind === 'asean' ? ASEAN_COUNTRIES : FOREIGN_COUNTRIES);
      const cityShort = rng.pick(abroad.cities);
      return {
        kind,
        city: cityShort,
        cityShort,
        country: abroad.zh,
        countryZh: abroad.zh,
        abroad,
        english: !rng.chance(abroad.chineseOwned),
      };
    }
  }
}

function enterpriseName(rng: Random, o: Origin, words: readonly string[], chain: ChainSpec, listed: boolean): string {
  const brand = rng.pick(BRAND_FIRST) + rng.pick(BRAND_SECOND);
  const word = rng.pick(words);
  if (o.english && o.abroad) {
    const en = rng.pick(BRAND_EN_HEAD) + rng.pick(BRAND_EN_TAIL);
    return o.abroad.legal === 'PT' ? `PT ${en} ${chain.wordEn} Indonesia` : `${en} ${chain.wordEn} ${o.abroad.legal}`;
  }
  switch (o.kind) {
    case 'hk':
      return rng.chance(0.5) ? `${brand}${word}（香港）有限公司` : `香港${brand}${word}集团有限公司`;
    case 'mo':
      return `澳门${brand}${word}有限公司`;
    case 'tw':
      return rng.chance(0.5) ? `${brand}${word}股份有限公司` : `台湾${brand}${word}股份有限公司`;
    case 'asean':
    case 'foreign':
      return `${brand}${word}（${o.countryZh}）有限公司`;
    default: {
      const form = listed
        ? '股份有限公司'
        : rng.weighted([
            ['有限公司', 6],
            ['有限责任公司', 2],
            ['股份有限公司', 1],
          ] as const);
      const pattern = rng.int(0, 9);
      if (pattern < 5) return `${o.cityShort}${brand}${word}${form}`;
      if (pattern < 8) return `${o.provinceShort}${brand}${word}${form}`;
      return `${brand}${word}（${o.cityShort}）${form}`;
    }
  }
}

function uniqueName(rng: Random, names: Set<string> | undefined, make: () => string): string {
  let name = make();
  if (!names) return name;
  for (let tries = 0; names.has(name) && tries < 8; tries++) name = make();
  if (names.has(name))
    name = name.replace(/(有限公司|有限责任公司|股份有限公司)$/u, `${rng.pick(['第二', '新', '东方', '南方'])}$1`);
  names.add(name);
  return name;
}

interface DescriptionInput {
  products: string[];
  technologies: string[] | undefined;
  focus: string[];
  chain: ChainSpec;
  founded: number;
  revenue: number;
  employees: number;
  listed: boolean;
  exportMarkets: string[];
  aseanPresence: boolean;
  presentInHostProvince: boolean;
  highTech: boolean;
  origin: Origin;
  asia: string;
  distractor: string | undefined;
  lookalike: boolean;
}

function chineseDescription(rng: Random, d: DescriptionInput): string {
  const list = d.products.join('、');
  const apps = rng.sample(d.chain.applications, Math.min(2, d.chain.applications.length)).join('、');
  const parts: string[] = [];
  if (d.distractor) parts.push(`公司成立于${d.founded}年，${d.distractor}。`);
  else if (d.lookalike) parts.push(rng.pick([`主营业务：${list}。`, `公司成立于${d.founded}年，主要经营${list}。`]));
  else {
    const form = rng.int(0, 2);
    if (form === 0 && d.chain.service)
      parts.push(`公司成立于${d.founded}年，主要提供${list}等产品和服务，客户覆盖${apps}等领域。`);
    else if (form === 0)
      parts.push(`公司成立于${d.founded}年，主要从事${list}的研发、生产和销售，产品广泛应用于${apps}等领域。`);
    else if (form === 1)
      parts.push(
        `公司专注于${d.focus.length ? d.focus.join('、') : d.chain.name}领域，主导产品包括${list}，产品主要配套${apps}。`,
      );
    else parts.push(`主营业务：${list}的${d.chain.service ? '研发、建设与运营' : '设计、制造与销售'}。`);
    if (d.focus.length && form !== 1) parts.push(`业务涵盖${d.focus.join('、')}等方向。`);
    if (d.technologies?.length)
      parts.push(`掌握${d.technologies.join('、')}等核心技术${d.highTech ? '，是国家高新技术企业' : ''}。`);
    if (rng.chance(0.4)) parts.push(`主要客户包括${rng.pick(APP_NAMES)}${d.chain.applications[0]}企业。`);
  }
  if (rng.chance(0.35)) parts.push(`年营业收入约${d.revenue}亿元，员工${d.employees}人。`);
  if (d.exportMarkets.length) parts.push(`产品出口${d.exportMarkets.join('、')}等国家和地区。`);
  if (d.aseanPresence && d.origin.kind !== 'asean')
    parts.push(`已在${d.asia}设立${rng.pick(['生产基地', '销售公司', '海外仓'])}。`);
  if (d.presentInHostProvince && d.origin.kind !== 'guangxi')
    parts.push(`已在广西${rng.pick(GUANGXI_CITIES).short}设有${rng.pick(['生产基地', '分公司', '办事处'])}。`);
  if (d.listed) parts.push(`公司为${listingVenue(rng, d.origin)}上市公司。`);
  return parts.join('');
}

const MARKET_EN: Readonly<Record<string, string>> = {
  东盟: 'ASEAN',
  越南: 'Vietnam',
  泰国: 'Thailand',
  马来西亚: 'Malaysia',
  印度尼西亚: 'Indonesia',
  新加坡: 'Singapore',
  菲律宾: 'the Philippines',
  欧盟: 'the EU',
  美国: 'the United States',
  日本: 'Japan',
  韩国: 'South Korea',
  中东: 'the Middle East',
  非洲: 'Africa',
  拉美: 'Latin America',
  南亚: 'South Asia',
  俄罗斯: 'Russia',
  澳大利亚: 'Australia',
};

function listingVenue(rng: Random, o: Origin): string {
  if (o.kind === 'hk' || o.kind === 'mo') return '香港联交所';
  if (o.kind === 'tw') return rng.pick(['台湾证券交易所', '台湾柜买中心']);
  if (o.kind === 'asean' || o.kind === 'foreign') return `${o.countryZh}证券交易所`;
  return rng.weighted([
    ['深圳证券交易所', 4],
    ['上海证券交易所', 4],
    ['北京证券交易所', 1],
    ['香港联交所', 1],
  ] as const);
}

function englishDescription(
  rng: Random,
  name: string,
  o: Origin,
  what: string,
  chain: ChainSpec,
  founded: number,
  employees: number,
  markets: string[],
  listed: boolean,
): string {
  const country = o.abroad?.en ?? 'its home market';
  const parts = [
    rng.pick([
      `${name} is ${/^[AEIOU]/u.test(country) ? 'an' : 'a'} ${country}-based manufacturer of ${what} for ${chain.applicationsEn}.`,
      `Founded in ${founded}, ${name} designs and produces ${what}, serving customers in ${chain.applicationsEn}.`,
      `${name} supplies ${what} to OEMs across Asia; its main markets are ${chain.applicationsEn}.`,
    ]),
    `The company employs about ${employees} people${rng.chance(0.5) ? ` and runs ${rng.int(1, 4)} plants` : ''}.`,
  ];
  if (markets.length) parts.push(`Main export markets: ${markets.map((m) => MARKET_EN[m] ?? m).join(', ')}.`);
  if (listed) parts.push(`Listed on the ${country} stock exchange.`);
  if (rng.chance(0.4))
    parts.push('It is looking for a production base in southern China to serve Chinese and ASEAN customers.');
  return parts.join(' ');
}

/**
 * Writes themes.json, items.jsonl, enterprises.jsonl and reference/*.json into `outDir`. Enterprises
 * are streamed, so `enterprises: 1_000_000` runs in constant memory.
 * @example await generateSampleData({ outDir: 'data', seed: 20240615 })
 */
export async function generateSampleData(options: GenerateOptions): Promise<GenerateSummary> {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.enterprises ?? DEFAULT_ENTERPRISES;
  const scale = options.itemsScale ?? 1;
  const dir = options.outDir;
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const write = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text, 'utf8');
    files.push(path);
  };

  const themes = buildThemes();
  await write('themes.json', `${JSON.stringify(themes, null, 2)}\n`);
  const items = buildItems(seed, scale);
  await write('items.jsonl', items.map((i) => `${JSON.stringify(i)}\n`).join(''));

  const path = join(dir, 'enterprises.jsonl');
  const handle = await open(path, 'w');
  try {
    let chunk: string[] = [];
    for (const e of generateEnterprises(items, count, seed)) {
      chunk.push(`${JSON.stringify(e)}\n`);
      if (chunk.length >= 5000) {
        await handle.write(chunk.join(''));
        chunk = [];
      }
    }
    if (chunk.length) await handle.write(chunk.join(''));
  } finally {
    await handle.close();
  }
  files.push(path);

  // The reference tables come from data/reference/ (see src/reference/): written back as they are read.
  if (options.reference ?? true) {
    await mkdir(join(dir, 'reference'), { recursive: true });
    const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
    await write('reference/provinces.json', json(PROVINCES));
    await write('reference/asean.json', json(ASEAN_MEMBERS));
    await write('reference/guangxi-cities.json', json(GUANGXI_CITIES));
    await write(
      'reference/gbt4754.json',
      json({
        standard: 'GB/T 4754-2017',
        sections: GBT4754_SECTIONS,
        divisions: GBT4754_DIVISIONS,
        groups: GBT4754_GROUPS,
        classes: GBT4754_CLASSES,
      }),
    );
  }
  return { seed, themes: themes.length, items: items.length, enterprises: count, files };
}

function sectionLetter(code: string): string {
  return GBT4754_DIVISIONS.find((d) => d.code === code.slice(0, 2))?.section ?? '';
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Investment amounts: one decimal under 10 亿元, whole numbers above. */
function money(n: number): number {
  return n < 10 ? Math.max(0.3, Math.round(n * 10) / 10) : Math.round(n);
}

function niceIn(rng: Random, [lo, hi]: readonly [number, number]): number {
  const options = NICE.filter((n) => n >= lo && n <= hi);
  return options.length ? rng.pick(options) : lo;
}
