import { z } from 'zod';
import { ROLES } from '../chain/infer.js';
import { bilingualEnum, embedding, finiteNumber, flexibleBoolean, identifier, stringList, text } from './primitives.js';

/** Gap types: 补链 fill a missing link, 强链 strengthen a weak one, 延链 extend the chain. */
export const GAP_TYPES = ['fill', 'strengthen', 'extend'] as const;
export type GapType = (typeof GAP_TYPES)[number];
export const GAP_TYPE_ZH: Record<GapType, string> = { fill: '补链', strengthen: '强链', extend: '延链' };

/** Chain segments: 上游 upstream, 中游 midstream, 下游 downstream. */
export const SEGMENTS = ['upstream', 'midstream', 'downstream'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const SEGMENT_ZH: Record<Segment, string> = { upstream: '上游', midstream: '中游', downstream: '下游' };

/**
 * Source regions of China's official four-region grouping plus HK/Macao/Taiwan,
 * ASEAN and the rest of the world.
 */
export const SOURCE_REGIONS = ['east', 'central', 'west', 'northeast', 'gba', 'hmt', 'asean', 'foreign'] as const;
export type SourceRegion = (typeof SOURCE_REGIONS)[number];
export const SOURCE_REGION_ZH: Record<SourceRegion, string> = {
  east: '东部',
  central: '中部',
  west: '西部',
  northeast: '东北',
  gba: '粤港澳大湾区',
  hmt: '港澳台',
  asean: '东盟',
  foreign: '境外',
};

const gapType = bilingualEnum(
  GAP_TYPES,
  { 补链: 'fill', 强链: 'strengthen', 延链: 'extend', 補鏈: 'fill', 強鏈: 'strengthen', 延鏈: 'extend' },
  'gapType',
);
const segment = bilingualEnum(
  SEGMENTS,
  { 上游: 'upstream', 中游: 'midstream', 下游: 'downstream', up: 'upstream', mid: 'midstream', down: 'downstream' },
  'segment',
);
/** @internal The names a source region may be given: Chinese, short and Traditional forms (enterprises and projects). */
export const SOURCE_REGION_ALIASES: Readonly<Record<string, SourceRegion>> = Object.freeze({
  东部: 'east',
  中部: 'central',
  西部: 'west',
  东北: 'northeast',
  大湾区: 'gba',
  粤港澳大湾区: 'gba',
  港澳台: 'hmt',
  东盟: 'asean',
  境外: 'foreign',
  国外: 'foreign',
  東部: 'east',
  東北: 'northeast',
  東盟: 'asean',
});
const sourceRegion = bilingualEnum(SOURCE_REGIONS, SOURCE_REGION_ALIASES, 'region');

/**
 * Contact and passthrough fields shared by items and enterprises: who to call, and every column of the input
 * that maps to no field (备注, 对接人微信 …), kept under its own header so it reaches every output.
 */
const contactFields = {
  /** 联系人. */
  contact: text(200).optional(),
  /** 职务 of the contact. */
  position: text(200).optional(),
  /** 联系电话 / 手机. */
  phone: text(200).optional(),
  /** 邮箱. */
  email: text(320).optional(),
  /** Columns of the input that map to no field: header → cell text. */
  extra: z
    .record(z.string().max(200), z.string().max(20_000))
    .refine((v) => Object.keys(v).length <= 200, { message: 'more than 200 passthrough columns' })
    .optional(),
};

/** An industrial chain under a theme, e.g. 新能源汽车. */
export const ChainSchema = z.strictObject({
  id: identifier,
  name: text(200),
  nameEn: text(200).optional(),
  industryCodes: stringList().optional(),
  keywords: stringList().optional(),
});
export type Chain = z.infer<typeof ChainSchema>;

/** A feature weight table: feature name → non-negative weight. */
export const WeightsSchema = z.record(z.string(), z.number().min(0).refine(Number.isFinite));
export type Weights = z.infer<typeof WeightsSchema>;

/**
 * A sector theme (专题), e.g. 先进装备制造. Themes are data: the bundled four have ids
 * `advanced-equipment`, `new-materials`, `electronic-information`, `light-textile`.
 */
export const SectorThemeSchema = z.strictObject({
  id: identifier,
  name: text(200),
  nameEn: text(200).optional(),
  description: text().optional(),
  chains: z.array(ChainSchema).max(1000).optional(),
  /** Per-theme feature weights, overriding the matcher's. */
  weights: WeightsSchema.optional(),
});
export type SectorTheme = z.infer<typeof SectorThemeSchema>;

/**
 * A chain-gap item (招商重点环节): one link a host city wants to fill (补链),
 * strengthen (强链) or extend (延链). Only `id` and `title` are required.
 */
export const ChainGapItemSchema = z
  .strictObject({
    id: identifier,
    title: text(500),
    theme: text(200).optional(),
    chain: text(200).optional(),
    /** The link (环节) of the chain's map the item is about: its id or name (see `data/chains.json`); inferred when absent. */
    link: text(200).optional(),
    segment: segment.optional(),
    gapType: gapType.optional(),
    description: text().optional(),
    /** 所属行业 as the file states it (free text, e.g. 通用设备制造业). */
    industry: text(200).optional(),
    keywords: stringList().optional(),
    products: stringList().optional(),
    /** GB/T 4754-2017 codes: section letter, or 2–4 digit division/group/class. */
    industryCodes: stringList().optional(),
    hostCity: text(100).optional(),
    park: text(200).optional(),
    /** Investment range in 亿元 (100 million CNY). */
    investmentMin: finiteNumber.pipe(z.number().min(0)).optional(),
    investmentMax: finiteNumber.pipe(z.number().min(0)).optional(),
    preferredRegions: z
      .preprocess(
        (v) =>
          typeof v === 'string'
            ? v
                .split(/[,，、;；|]+/u)
                .map((s) => s.trim())
                .filter(Boolean)
            : v,
        z.array(sourceRegion).max(20),
      )
      .optional(),
    aseanOriented: flexibleBoolean.optional(),
    /** 1 (highest) … 5. */
    priority: finiteNumber.pipe(z.number().int().min(1).max(5)).optional(),
    embedding: embedding.optional(),
    ...contactFields,
  })
  .refine((v) => v.investmentMin === undefined || v.investmentMax === undefined || v.investmentMin <= v.investmentMax, {
    message: 'investmentMin must not exceed investmentMax',
    path: ['investmentMin'],
  });
export type ChainGapItem = z.infer<typeof ChainGapItemSchema>;

/** A target enterprise (招商目标企业). Only `id` and `name` are required. */
export const EnterpriseSchema = z.strictObject({
  id: identifier,
  name: text(300),
  /** 主营业务 / 经营范围. */
  description: text().optional(),
  /** 所属行业 as the file states it (free text). */
  industry: text(200).optional(),
  products: stringList().optional(),
  technologies: stringList().optional(),
  industryCodes: stringList().optional(),
  /**
   * The chain (产业链: id or name of a chain map) and link (环节: its id or name) the firm works at, as the list
   * declares them; the chain-link feature infers them from the text when absent.
   */
  chain: text(200).optional(),
  link: text(200).optional(),
  /** The firm's role at its link (生产制造, 装备供应, 材料供应, 贸易流通, 服务); inferred from the text when absent. */
  role: bilingualEnum(
    ROLES,
    {
      生产制造: 'maker',
      生产: 'maker',
      制造: 'maker',
      装备供应: 'equipment',
      设备: 'equipment',
      装备: 'equipment',
      材料供应: 'material',
      材料: 'material',
      贸易流通: 'distributor',
      贸易: 'distributor',
      销售: 'distributor',
      服务: 'service',
    },
    'role',
  ).optional(),
  province: text(100).optional(),
  city: text(100).optional(),
  /** ISO country or name, for firms outside the mainland. */
  country: text(100).optional(),
  /** Annual revenue in 亿元. */
  revenue: finiteNumber.pipe(z.number().min(0)).optional(),
  employees: finiteNumber.pipe(z.number().int().min(0)).optional(),
  listed: flexibleBoolean.optional(),
  exportMarkets: stringList().optional(),
  aseanPresence: flexibleBoolean.optional(),
  /** Already has operations in the host province. */
  presentInHostProvince: flexibleBoolean.optional(),
  tags: stringList().optional(),
  embedding: embedding.optional(),
  ...contactFields,
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;

/** Input shapes (before defaults and coercion), for callers building records by hand. */
export type ChainGapItemInput = z.input<typeof ChainGapItemSchema>;
export type EnterpriseInput = z.input<typeof EnterpriseSchema>;

/** Ids of the four bundled themes of the event (先进装备制造, 新材料, 电子信息, 轻工纺织). */
export const SECTOR_THEME_IDS = [
  'advanced-equipment',
  'new-materials',
  'electronic-information',
  'light-textile',
] as const;
