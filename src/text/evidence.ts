import { lookupGuangxiCity } from '../reference/guangxi.js';
import { lookupAseanCountry, lookupProvince } from '../reference/regions.js';

/**
 * Words of the gap itself and of 招商 boilerplate — what a chain-gap item says about the link, the project, the
 * host and the recruiting, never about what a firm makes (链, 补链, 项目, 落户, 厂房, 龙头, 出口 …). They are not
 * evidence of a match, whichever side writes them. Written from the wording of 招商 lists, as the tokenizer cuts
 * it (`补链` comes out as `补` + `链`); the stop words already drop many more.
 */
export const GAP_WORDS: readonly string[] = Object.freeze([
  '链',
  '链条',
  '补链',
  '强链',
  '延链',
  '固链',
  '产业链',
  '全产业链',
  '项目',
  '企业',
  '引进',
  '产业',
  '招商',
  '招引',
  '环节',
  '配套',
  '落户',
  '落地',
  '选址',
  '厂房',
  '标准厂房',
  '用地',
  '园区',
  '基地',
  '开发区',
  '经济',
  '集群',
  '集聚',
  '龙头',
  '头部',
  '骨干',
  '扩产',
  '扩能',
  '技改',
  '产能',
  '新建',
  '投资',
  '合作',
  '缺口',
  '短板',
  '不足',
  '优势',
  '承载',
  '区位',
  '本地',
  '当地',
  '就近',
  '围绕',
  '借助',
  '依托',
  '发挥',
  '完善',
  '提升',
  '形成',
  '实现',
  '推动',
  '扩大',
  '开拓',
  '欢迎',
  '存在',
  '难以',
  '有待',
  '当前',
  '已有',
  '较好',
  '一定',
  '水平',
  '需求',
  '依赖',
  '采购',
  '面向',
  '示范',
  '特色',
  '综合',
  '新兴',
  '上游',
  '中游',
  '下游',
  '上下游',
  '行业',
  '通道',
  '陆海',
  '出海',
  '口岸',
  '出口',
  '进口',
  '港澳',
  '大湾',
  '湾区',
  '大湾区',
  '东盟',
  '西部',
  '北部',
  '北部湾',
  '临海',
  '沿边',
]);
const GAP = new Set(GAP_WORDS);
/** {@link isGapTerm} of the terms met so far (every explanation asks for each matched term; emptied when full). */
const gapTerms = new Map<string, boolean>();
const GAP_TERMS_MAX = 1 << 16;

/**
 * Whether a term says nothing about what a firm makes: a gap or 招商 word ({@link GAP_WORDS}), a place (province,
 * Guangxi city, ASEAN member: where a firm is or sells) or a bare number. Item queries and keyword lists leave
 * such terms out. Thesaurus concepts (`≈锂电池`) are judged by their word.
 * @example isGapTerm('链') // true
 */
export function isGapTerm(term: string): boolean {
  let gap = gapTerms.get(term);
  if (gap === undefined) {
    if (gapTerms.size >= GAP_TERMS_MAX) gapTerms.clear();
    const t = term.startsWith('≈') ? term.slice(1) : term;
    gap =
      GAP.has(t) || /^[\p{N}.+-]*$/u.test(t) || !!(lookupProvince(t) ?? lookupGuangxiCity(t) ?? lookupAseanCountry(t));
    gapTerms.set(term, gap);
  }
  return gap;
}

/**
 * Whether a matched term is evidence of a match: a word of the domain — not a {@link isGapTerm gap term}, and not a
 * lone character unless the item names it whole (`whole`: its normalized keywords and products, e.g. 糖). Lone
 * characters may add to a score (the segmenter cuts unknown words into them: 线束 → 线 + 束), but never make a pair
 * a candidate, and are never shown.
 * @example isEvidenceTerm('线', new Set()) // false
 * @example isEvidenceTerm('糖', new Set(['糖'])) // true
 */
export function isEvidenceTerm(term: string, whole: ReadonlySet<string>): boolean {
  if (isGapTerm(term)) return false;
  const t = term.startsWith('≈') ? term.slice(1) : term;
  return [...t].length > 1 || whole.has(t);
}

/**
 * Matched terms as shown: each once, none that is part of a longer shown term (锂 in 锂电池, 动力电池 in
 * 动力电池包), the most specific first — longer first, then in the given order (e.g. by weight).
 * @example showTerms(['电池', '锂电池', '电池', '隔膜']) // ['锂电池', '隔膜']
 */
export function showTerms(terms: Iterable<string>): string[] {
  const unique = [...new Set(terms)];
  // Each term's length in code points counted once, not at every comparison (the sort is stable: same order).
  return unique
    .filter((t) => !unique.some((o) => o !== t && o.includes(t)))
    .map((t) => ({ t, n: [...t].length }))
    .sort((a, b) => b.n - a.n)
    .map(({ t }) => t);
}
