import { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { SOURCE_REGIONS, type SourceRegion } from '../schema/domain.js';
import { sourceRegionsOf } from '../reference/regions.js';
import type { ProjectStage, SignedProject } from './schema.js';

/** An investment scale band: `min` ≤ investment (亿元) < `max`. */
export interface InvestmentBand {
  id: string;
  label: string;
  min: number;
  max?: number | undefined;
}

/** Default bands: ≥100亿, 50–100亿, 10–50亿, 1–10亿, <1亿. */
export const DEFAULT_INVESTMENT_BANDS: readonly InvestmentBand[] = Object.freeze([
  Object.freeze({ id: '100+', label: '100亿元及以上', min: 100 }),
  Object.freeze({ id: '50-100', label: '50–100亿元', min: 50, max: 100 }),
  Object.freeze({ id: '10-50', label: '10–50亿元', min: 10, max: 50 }),
  Object.freeze({ id: '1-10', label: '1–10亿元', min: 1, max: 10 }),
  Object.freeze({ id: '<1', label: '1亿元以下', min: 0, max: 1 }),
]);

/** The six project libraries (六个一批重点项目库). Ids are data; rules may name others. */
export const SIX_LIBRARIES = Object.freeze({
  landmark: '重大标志性工程',
  'double-hundred': '双百双新',
  'tech-upgrade': '千企技改',
  'smart-digital': '智改数转网联',
  'green-low-carbon': '绿色低碳转型',
  'open-cooperation': '开放合作',
} as const);
export type SixLibrary = keyof typeof SIX_LIBRARIES;

/**
 * A tagging rule: the project joins `library` when every condition given in `when` holds.
 * Several rules for one library are alternatives (any one suffices).
 */
export const LibraryRuleSchema = z.strictObject({
  library: z.string().min(1),
  when: z.strictObject({
    /** Investment ≥ this (亿元). */
    minInvestment: z.number().min(0).optional(),
    /** Investment < this (亿元). */
    maxInvestment: z.number().min(0).optional(),
    /** Any of these words in name, industry, description, tags or theme (case-insensitive). */
    keywordsAny: z.array(z.string().min(1)).min(1).optional(),
    themesAny: z.array(z.string().min(1)).min(1).optional(),
    regionsAny: z.array(z.enum(SOURCE_REGIONS)).min(1).optional(),
    aseanFacing: z.boolean().optional(),
    chainProject: z.boolean().optional(),
  }),
});
export type LibraryRule = z.infer<typeof LibraryRuleSchema>;

/**
 * Illustrative default rules for the six libraries — tune them to the province's own
 * criteria; they are data, not code.
 */
export const DEFAULT_LIBRARY_RULES: readonly LibraryRule[] = Object.freeze([
  { library: 'landmark', when: { minInvestment: 50 } },
  { library: 'double-hundred', when: { minInvestment: 10, chainProject: true } },
  { library: 'tech-upgrade', when: { keywordsAny: ['技改', '技术改造', '改扩建', '扩产', '升级改造'] } },
  {
    library: 'smart-digital',
    when: {
      keywordsAny: [
        '智能',
        '数字',
        '数智',
        '工业互联网',
        '5G',
        '自动化',
        '智改',
        '数转',
        '网联',
        '大数据',
        '晶片',
        '芯片',
        '电子信息',
      ],
    },
  },
  {
    library: 'green-low-carbon',
    when: { keywordsAny: ['绿色', '低碳', '节能', '光伏', '储能', '新能源', '氢能', '循环', '环保', '风电', '锂电'] },
  },
  { library: 'open-cooperation', when: { aseanFacing: true } },
  { library: 'open-cooperation', when: { regionsAny: ['hmt', 'asean', 'foreign'] } },
] as LibraryRule[]);

export const ClassifierOptionsSchema = z.strictObject({
  bands: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        label: z.string(),
        min: z.number().min(0),
        max: z.number().min(0).optional(),
      }),
    )
    .min(1)
    .optional(),
  rules: z.array(LibraryRuleSchema).optional(),
});
export type ClassifierOptions = z.input<typeof ClassifierOptionsSchema>;

/** How a project is classified (分类管理). */
export interface ProjectClass {
  id: string;
  /** Investment band id, undefined if no band covers it. */
  band: string | undefined;
  theme: string | undefined;
  industry: string | undefined;
  /** Source regions (东部/中部/…); empty when unknown. */
  regions: SourceRegion[];
  /** From the east or centre (东中部). */
  eastCentral: boolean;
  /** Libraries (六个一批) the project is tagged into, in rule order. */
  libraries: string[];
  /** Its list (四张清单). */
  list: ProjectStage;
}

export interface ProjectClassifier {
  band(investment: number): InvestmentBand | undefined;
  libraries(project: SignedProject): string[];
  classify(project: SignedProject): ProjectClass;
}

/**
 * Source regions of a project: `sourceRegion` when given, else derived from
 * `sourceProvince` by {@link sourceRegionsOf}.
 * @example projectRegions({ sourceProvince: '广东' }) // ['east', 'gba']
 */
export function projectRegions(p: {
  sourceRegion?: SourceRegion | undefined;
  sourceProvince?: string | undefined;
}): SourceRegion[] {
  if (p.sourceRegion !== undefined) return [p.sourceRegion];
  if (p.sourceProvince === undefined) return [];
  return sourceRegionsOf({ province: p.sourceProvince });
}

/** True for projects from the east or centre (东中部地区产业转移项目). */
export function isEastCentral(p: {
  sourceRegion?: SourceRegion | undefined;
  sourceProvince?: string | undefined;
}): boolean {
  const r = projectRegions(p);
  return r.includes('east') || r.includes('central');
}

/**
 * Builds a classifier from investment bands and library rules (validated; unknown keys
 * throw `INVALID_OPTION`).
 * @example createProjectClassifier().classify(project).libraries // ['landmark', 'open-cooperation']
 */
export function createProjectClassifier(options: ClassifierOptions = {}): ProjectClassifier {
  const parsed = ClassifierOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `invalid classifier options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      parsed.error.issues,
    );
  }
  const bands = (parsed.data.bands ?? DEFAULT_INVESTMENT_BANDS).map((b) => ({ ...b }));
  const rules = (parsed.data.rules ?? DEFAULT_LIBRARY_RULES).map((r) => ({
    library: r.library,
    when: { ...r.when, keywordsAny: r.when.keywordsAny?.map((k) => k.toLowerCase()) },
  }));
  const band = (x: number) => bands.find((b) => x >= b.min && (b.max === undefined || x < b.max));
  const libraries = (p: SignedProject): string[] => {
    const out: string[] = [];
    const hay = [p.name, p.industry, p.description, p.theme, ...(p.tags ?? [])].filter(Boolean).join(' ').toLowerCase();
    const regions = projectRegions(p);
    for (const { library, when: w } of rules) {
      if (out.includes(library)) continue;
      if (w.minInvestment !== undefined && !(p.investment >= w.minInvestment)) continue;
      if (w.maxInvestment !== undefined && !(p.investment < w.maxInvestment)) continue;
      if (w.keywordsAny && !w.keywordsAny.some((k) => hay.includes(k))) continue;
      if (w.themesAny && (p.theme === undefined || !w.themesAny.includes(p.theme))) continue;
      if (w.regionsAny && !w.regionsAny.some((r) => regions.includes(r))) continue;
      if (w.aseanFacing !== undefined && p.aseanFacing !== w.aseanFacing) continue;
      if (w.chainProject !== undefined && p.chainProject !== w.chainProject) continue;
      out.push(library);
    }
    return out;
  };
  return {
    band,
    libraries,
    classify(p) {
      const regions = projectRegions(p);
      return {
        id: p.id,
        band: band(p.investment)?.id,
        theme: p.theme,
        industry: p.industry,
        regions,
        eastCentral: regions.includes('east') || regions.includes('central'),
        libraries: libraries(p),
        list: p.stage,
      };
    },
  };
}
