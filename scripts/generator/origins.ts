/** @internal Where the synthetic enterprises come from, and the syllables their made-up names are built of. */
import type { ThemeId } from './catalog.js';

/** Mainland cities by province short name (GBA cities first for 广东). */
export const PROVINCE_CITIES: Readonly<Record<string, readonly string[]>> = {
  广东: ['深圳', '广州', '东莞', '佛山', '惠州', '中山', '珠海', '江门', '肇庆', '汕头', '清远', '湛江'],
  浙江: ['杭州', '宁波', '温州', '绍兴', '嘉兴', '湖州', '台州', '金华'],
  江苏: ['苏州', '无锡', '常州', '南京', '南通', '扬州', '泰州', '徐州', '盐城'],
  上海: ['上海'],
  福建: ['福州', '厦门', '泉州', '漳州', '莆田', '宁德'],
  山东: ['济南', '青岛', '烟台', '潍坊', '淄博', '临沂', '威海', '滨州'],
  湖北: ['武汉', '襄阳', '宜昌', '十堰', '荆州'],
  湖南: ['长沙', '株洲', '湘潭', '岳阳', '衡阳'],
  北京: ['北京'],
  天津: ['天津'],
  河北: ['石家庄', '保定', '唐山'],
  安徽: ['合肥', '芜湖', '滁州'],
  江西: ['南昌', '赣州', '宜春'],
  河南: ['郑州', '洛阳', '许昌'],
  四川: ['成都', '绵阳', '宜宾'],
  重庆: ['重庆'],
  云南: ['昆明', '玉溪'],
  辽宁: ['沈阳', '大连'],
  吉林: ['长春'],
  广西: ['南宁', '柳州', '玉林', '桂林'],
};

/** Official province names for the short names above. */
export const PROVINCE_FULL: Readonly<Record<string, string>> = {
  广东: '广东省',
  浙江: '浙江省',
  江苏: '江苏省',
  上海: '上海市',
  福建: '福建省',
  山东: '山东省',
  湖北: '湖北省',
  湖南: '湖南省',
  北京: '北京市',
  天津: '天津市',
  河北: '河北省',
  安徽: '安徽省',
  江西: '江西省',
  河南: '河南省',
  四川: '四川省',
  重庆: '重庆市',
  云南: '云南省',
  辽宁: '辽宁省',
  吉林: '吉林省',
  广西: '广西壮族自治区',
};

/** Mainland source provinces per theme, by weight: mostly the eastern and central provinces. */
export const THEME_PROVINCES: Readonly<Record<ThemeId, readonly (readonly [string, number])[]>> = {
  'advanced-equipment': [
    ['广东', 18],
    ['江苏', 14],
    ['浙江', 12],
    ['上海', 8],
    ['山东', 8],
    ['湖北', 8],
    ['湖南', 6],
    ['安徽', 5],
    ['福建', 4],
    ['北京', 3],
    ['河南', 3],
    ['重庆', 3],
    ['天津', 2],
    ['四川', 2],
    ['辽宁', 2],
    ['吉林', 1],
    ['河北', 1],
  ],
  'new-materials': [
    ['广东', 14],
    ['浙江', 10],
    ['江苏', 10],
    ['山东', 10],
    ['湖南', 8],
    ['福建', 6],
    ['江西', 6],
    ['河南', 6],
    ['上海', 4],
    ['湖北', 4],
    ['安徽', 3],
    ['北京', 2],
    ['云南', 2],
    ['四川', 2],
    ['河北', 2],
  ],
  'electronic-information': [
    ['广东', 30],
    ['江苏', 12],
    ['上海', 10],
    ['浙江', 8],
    ['福建', 5],
    ['北京', 5],
    ['湖北', 5],
    ['安徽', 4],
    ['四川', 3],
    ['湖南', 3],
    ['山东', 3],
    ['江西', 2],
    ['重庆', 2],
  ],
  'light-textile': [
    ['广东', 25],
    ['浙江', 18],
    ['福建', 14],
    ['江苏', 10],
    ['山东', 8],
    ['上海', 3],
    ['湖南', 3],
    ['湖北', 3],
    ['江西', 3],
    ['河南', 2],
    ['四川', 2],
    ['安徽', 2],
  ],
};

export type OriginKind = 'mainland' | 'guangxi' | 'hk' | 'mo' | 'tw' | 'asean' | 'foreign';

/** Share of each origin among all enterprises. */
export const ORIGIN_WEIGHTS: readonly (readonly [OriginKind, number])[] = [
  ['mainland', 83],
  ['guangxi', 2],
  ['hk', 4.2],
  ['mo', 0.8],
  ['tw', 3.5],
  ['asean', 4],
  ['foreign', 2.5],
];

export const TAIWAN_CITIES = ['台北', '新竹', '台中', '桃园', '高雄', '台南'];

export interface AbroadCountry {
  zh: string;
  en: string;
  cities: readonly string[];
  legal: string;
  /** Share of firms there that are Chinese-owned and describe themselves in Chinese. */
  chineseOwned: number;
}

export const ASEAN_COUNTRIES: readonly (readonly [AbroadCountry, number])[] = [
  [{ zh: '新加坡', en: 'Singapore', cities: ['新加坡'], legal: 'Pte. Ltd.', chineseOwned: 0.5 }, 3],
  [{ zh: '马来西亚', en: 'Malaysia', cities: ['吉隆坡', '槟城', '新山'], legal: 'Sdn. Bhd.', chineseOwned: 0.5 }, 3],
  [{ zh: '泰国', en: 'Thailand', cities: ['曼谷', '罗勇', '春武里'], legal: 'Co., Ltd.', chineseOwned: 0.45 }, 3],
  [
    {
      zh: '越南',
      en: 'Vietnam',
      cities: ['河内', '胡志明市', '海防', '北宁'],
      legal: 'Joint Stock Company',
      chineseOwned: 0.45,
    },
    3,
  ],
  [{ zh: '印度尼西亚', en: 'Indonesia', cities: ['雅加达', '泗水', '巴淡'], legal: 'PT', chineseOwned: 0.3 }, 2],
  [{ zh: '菲律宾', en: 'Philippines', cities: ['马尼拉', '宿务'], legal: 'Inc.', chineseOwned: 0.2 }, 1],
];

export const FOREIGN_COUNTRIES: readonly (readonly [AbroadCountry, number])[] = [
  [{ zh: '日本', en: 'Japan', cities: ['东京', '大阪', '名古屋'], legal: 'Co., Ltd.', chineseOwned: 0 }, 3],
  [{ zh: '韩国', en: 'South Korea', cities: ['首尔', '釜山', '仁川'], legal: 'Co., Ltd.', chineseOwned: 0 }, 2],
  [{ zh: '德国', en: 'Germany', cities: ['斯图加特', '慕尼黑', '汉堡'], legal: 'GmbH', chineseOwned: 0 }, 2],
  [{ zh: '美国', en: 'United States', cities: ['圣何塞', '底特律', '休斯敦'], legal: 'Inc.', chineseOwned: 0 }, 2],
  [{ zh: '意大利', en: 'Italy', cities: ['米兰', '博洛尼亚'], legal: 'S.p.A.', chineseOwned: 0 }, 1],
];

/**
 * Made-up brand syllables. Two of them make a brand (澜屹, 骁琛 …); the pools avoid the characters
 * common in real brand names, and every generated firm carries the tag `synthetic`.
 */
export const BRAND_FIRST = [...'澜骁翊珩昶湛琨煜岚翎璟沐峤朔珏砚霁溯芃钺渟箐琰珈铂棠洵岱琮曦'];
export const BRAND_SECOND = [...'衡屹拓弈岑骐泓烨岫瀚琛曜炬舸湃霆铧崧芮翱昀汀桉镕璞晟岳睿淞祁'];

export const BRAND_EN_HEAD = [
  'Vel',
  'Quor',
  'Lum',
  'Zen',
  'Dar',
  'Kai',
  'Mor',
  'Tal',
  'Ner',
  'Vis',
  'Oro',
  'Bri',
  'Sol',
  'Cal',
  'Tor',
  'Ama',
  'Fen',
  'Ryn',
];
export const BRAND_EN_TAIL = [
  'trix',
  'ana',
  'ora',
  'ivo',
  'eth',
  'une',
  'ari',
  'oxa',
  'ent',
  'ila',
  'umo',
  'enza',
  'ique',
  'aro',
];

/** Export markets as Chinese target lists name them, with how often each is named. */
export const EXPORT_MARKETS: readonly (readonly [string, number])[] = [
  ['东盟', 8],
  ['越南', 5],
  ['泰国', 4],
  ['马来西亚', 4],
  ['印度尼西亚', 4],
  ['新加坡', 2],
  ['菲律宾', 2],
  ['欧盟', 6],
  ['美国', 5],
  ['日本', 4],
  ['韩国', 3],
  ['中东', 4],
  ['非洲', 3],
  ['拉美', 3],
  ['南亚', 2],
  ['俄罗斯', 2],
  ['澳大利亚', 2],
];
