/**
 * Generic words of Chinese company descriptions and chain-gap lists that say nothing about
 * what a firm makes: 公司, 有限, 股份, 生产, 销售, 产品 … Index and query drop them alike.
 * Users add their own through the tokenizer's `stopWords` option.
 */
export const CHINESE_STOP_WORDS: readonly string[] = Object.freeze([
  '公司', '有限', '有限公司', '股份', '股份有限公司', '集团', '控股', '责任', '有限责任', '企业', '本公司', '该公司', '其', '主要',
  '从事', '生产', '销售', '产品', '业务', '经营', '服务', '提供', '相关', '以及', '及其', '其他', '其它', '等', '和', '与', '及',
  '的', '在', '为', '是', '了', '并', '或', '及其他', '包括', '涉及', '范围', '领域', '方面', '主营', '主营业务', '经营范围',
  '中国', '国内', '国外', '全球', '世界', '各种', '多种', '系列', '各类', '一系列', '一家', '一体', '一体化', '为主', '主要产品',
  '开发', '研发', '研究', '设计', '制造', '制造商', '供应商', '提供商', '运营', '运营商', '营销', '分销', '批发', '零售', '贸易',
  '项目', '环节', '招商', '引进', '重点', '发展', '建设', '打造', '推进', '加快', '产业', '产业链', '补链', '强链', '延链',
  '配套', '基地', '园区', '引进', '补齐', '做强', '做大', '延伸', '依托', '带动', '承接', '转移', '关键', '集群', '集聚', '精深', '短板', '龙头', '能力', '规模', '技术', '高端', '新型', '优质', '先进', '现代', '智能化', '万吨', '亿元', '年产',
  '掌握', '拥有', '具备', '具有', '致力', '致力于', '专注', '专注于', '优先', '考虑', '优先考虑', '拟', '立足', '现有', '基础', '提高', '附加值',
  '布局', '辐射', '成立', '国家', '高新技术', '高新技术企业', '广泛', '涵盖', '主导', '方向', '核心', '核心技术',
  '客户', '市场', '用于', '应用', '以', '对', '从', '向', '由', '将', '可', '能', '也', '还', '已', '被', '这', '该', '此',
  '上', '中', '下', '内', '外', '个', '年', '月', '日', '家', '种', '类', '型', '用', '之', '于', '而', '但', '又', '所',
]);

/** @internal Legal-form and suffix words stripped from company names before tokenizing. */
export const LEGAL_FORMS = /(股份有限公司|有限责任公司|有限公司|集团公司|集团|股份公司|总公司|分公司|公司|厂|\b(?:co\.?,?\s*ltd\.?|limited|ltd\.?|inc\.?|corp(?:oration)?\.?|llc|plc|gmbh|s\.?a\.?|pte\.?|bhd\.?|company|holdings?|group)\b)/giu;

/**
 * Strips legal forms from a company name: `柳州华通汽车零部件有限公司` → `柳州华通汽车零部件`.
 * @example stripLegalForm('Acme Holdings Co., Ltd.') // 'Acme'
 */
export function stripLegalForm(name: string): string {
  return name.replace(LEGAL_FORMS, ' ').replace(/[\s,.()（）]+$/u, '').replace(/\s+/gu, ' ').trim();
}
