import type { ChainStage } from './chain.js';

/**
 * Short display names of the built-in features, in display order: the report's legend and the per-feature
 * columns of the tables (分项·文本相关度 …).
 */
export const FEATURE_LABELS: ReadonlyMap<string, { zh: string; en: string }> = new Map([
  ['text', { zh: '文本相关度', en: 'text relevance' }],
  ['keywords', { zh: '关键词/产品', en: 'keywords and products' }],
  ['industryCode', { zh: '行业代码', en: 'industry code' }],
  ['segment', { zh: '产业链环节', en: 'chain segment' }],
  ['scale', { zh: '投资规模', en: 'investment scale' }],
  ['region', { zh: '来源区域', en: 'source region' }],
  ['asean', { zh: '东盟导向', en: 'ASEAN orientation' }],
  ['embedding', { zh: '语义向量', en: 'embedding' }],
  ['chain', { zh: '产业链位置', en: 'chain link' }],
]);

/** Chinese names of the chain stages (原料 … 服务): tables and the chain-coverage report. */
export const CHAIN_STAGE_ZH: Record<ChainStage, string> = {
  'raw-material': '原料',
  material: '材料',
  component: '零部件',
  equipment: '装备',
  product: '产品',
  service: '服务',
};
