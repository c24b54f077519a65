import type { ChainGapItem, Enterprise, SectorTheme } from '../../src/schema/domain.js';
import type { Match } from '../../src/schema/match.js';

/** A small hand-made report fixture: four themes, a few items, enterprises from several regions. */
export const themes: SectorTheme[] = [
  {
    id: 'advanced-equipment',
    name: '先进装备制造',
    nameEn: 'Advanced equipment manufacturing',
    chains: [
      { id: 'new-energy-vehicles', name: '新能源汽车', nameEn: 'New-energy vehicles' },
      { id: 'auto-parts', name: '汽车零部件' },
    ],
  },
  { id: 'new-materials', name: '新材料', nameEn: 'New materials' },
  { id: 'electronic-information', name: '电子信息', nameEn: 'Electronic information' },
  { id: 'light-textile', name: '轻工纺织', nameEn: 'Light industry and textiles' },
];

export const items: ChainGapItem[] = [
  {
    id: 'AE-001',
    title: '新能源汽车动力电池系统集成',
    theme: 'advanced-equipment',
    chain: '新能源汽车',
    segment: 'midstream',
    gapType: 'fill',
    description: '引进动力电池包、电池管理系统（BMS）生产企业，为柳州整车企业配套。',
    hostCity: '柳州市',
    park: '柳东新区',
    investmentMin: 5,
    investmentMax: 30,
    priority: 1,
  },
  // Its chain is named by id; the report shows the chain's name from the themes, beside AE-001.
  {
    id: 'AE-002',
    title: '驱动电机及电控配套',
    theme: 'advanced-equipment',
    chain: 'new-energy-vehicles',
    segment: 'upstream',
    gapType: 'fill',
    hostCity: '柳州市',
  },
  {
    id: 'NM-001',
    title: '高端铝合金精深加工',
    theme: '新材料',
    chain: '铝',
    segment: 'downstream',
    gapType: 'extend',
    hostCity: '百色市',
    aseanOriented: true,
  },
  {
    id: 'EI-001',
    title: '显示面板模组配套',
    theme: 'electronic-information',
    chain: '新型显示',
    segment: 'midstream',
    gapType: 'strengthen',
    hostCity: '北海市',
  },
  {
    id: 'LT-001',
    title: '茧丝绸精深加工 <b>试点</b>',
    theme: 'light-textile',
    chain: '丝绸',
    gapType: 'extend',
    hostCity: '河池市',
  },
];

export const enterprises: Enterprise[] = [
  { id: 'E1', name: '深圳锂想能源科技有限公司', province: '广东', city: '深圳', listed: true },
  { id: 'E2', name: '宁波甬铝新材料股份有限公司', province: '浙江', city: '宁波' },
  { id: 'E3', name: '武汉光谷显示技术有限公司', province: '湖北', city: '武汉' },
  { id: 'E4', name: '<script>alert("x")</script>有限公司', province: '江苏', city: '苏州' },
  { id: 'E5', name: 'Saigon Silk Co., Ltd.', country: '越南' },
  { id: 'E6', name: '香港明辉电子有限公司', province: '香港' },
];

const m = (
  itemId: string,
  enterpriseId: string,
  rank: number,
  contributions: Record<string, number>,
  zh: string,
  theme?: string,
): Match => {
  const score = Object.values(contributions).reduce((a, b) => a + b, 0);
  const out: Match = {
    itemId,
    enterpriseId,
    rank,
    score,
    contributions,
    matchedTerms: ['动力电池', '<img src=x onerror=alert(1)>'],
    reason: { zh, en: `Reason for ${enterpriseId}` },
  };
  if (theme) out.theme = theme;
  return out;
};

export const matches: Match[] = [
  m(
    'AE-001',
    'E1',
    1,
    { text: 0.32, keywords: 0.12, industryCode: 0.1, region: 0.08, scale: 0.05 },
    '主营动力电池系统，行业代码一致，来自东部沿海。',
    'advanced-equipment',
  ),
  m(
    'AE-001',
    'E4',
    2,
    { text: 0.2, keywords: 0.05, region: 0.08 },
    '理由含<script>alert(1)</script>标签',
    'advanced-equipment',
  ),
  m('AE-001', 'E6', 3, { text: 0.1, region: 0.06 }, '香港企业，具备电子配套能力。', 'advanced-equipment'),
  m(
    'AE-002',
    'E1',
    1,
    { text: 0.4, keywords: 0.2, industryCode: 0.1, region: 0.1 },
    '深圳锂想能源科技有限公司与「驱动电机及电控配套」匹配：电机电控产品齐全。',
    'advanced-equipment',
  ),
  m(
    'NM-001',
    'E2',
    1,
    { text: 0.35, industryCode: 0.15, asean: 0.05, region: 0.08 },
    '铝合金深加工龙头，面向东盟出口。',
    'new-materials',
  ),
  m(
    'EI-001',
    'E3',
    1,
    { text: 0.3, industryCode: 0.12, segment: 0.06, region: 0.07 },
    '显示模组技术匹配，中部地区转移意愿强。',
    'electronic-information',
  ),
  m('EI-001', 'E6', 2, { text: 0.18, region: 0.05 }, '港资电子企业。', 'electronic-information'),
  m('LT-001', 'E5', 1, { text: 0.22, asean: 0.1 }, '越南丝绸企业，东盟合作。', 'light-textile'),
];

/** The enterprises, two of them large makers at 链主 links (整车, 显示面板): candidates in the 产业链 view. */
export const withLeaders: Enterprise[] = [
  ...enterprises.map((e) =>
    e.id === 'E3' ? { ...e, description: '显示面板、液晶面板的研发和制造', revenue: 50, listed: true } : e,
  ),
  { id: 'E7', name: '桂海新能源汽车股份有限公司', description: '新能源整车制造，主要产品为新能源乘用车', revenue: 120 },
];
