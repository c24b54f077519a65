/** A key industrial park (重点园区) of a Guangxi city. */
export interface GuangxiPark {
  name: string;
  en: string;
  /** Leading industries (主导产业), in Chinese. */
  industries: readonly string[];
}

/** One of Guangxi's 14 prefecture-level cities (设区市). */
export interface GuangxiCity {
  /** GB/T 2260 code. */
  code: string;
  /** Official name, e.g. 柳州市. */
  name: string;
  /** Short name, e.g. 柳州. */
  short: string;
  en: string;
  /** On the Beibu Gulf coast (北部湾沿海). */
  coastal: boolean;
  /** Borders Vietnam (沿边). */
  border: boolean;
  /** Leading industries of the city (主导产业), in Chinese. */
  industries: readonly string[];
  parks: readonly GuangxiPark[];
}

const park = (name: string, en: string, industries: string[]): GuangxiPark =>
  Object.freeze({ name, en, industries: Object.freeze(industries) });

const city = (
  code: string,
  short: string,
  en: string,
  flags: { coastal?: boolean; border?: boolean },
  industries: string[],
  parks: GuangxiPark[],
): GuangxiCity =>
  Object.freeze({
    code,
    name: `${short}市`,
    short,
    en,
    coastal: flags.coastal ?? false,
    border: flags.border ?? false,
    industries: Object.freeze(industries),
    parks: Object.freeze(parks),
  });

/** Guangxi's 14 prefecture-level cities with their key parks and leading industries. */
export const GUANGXI_CITIES: readonly GuangxiCity[] = Object.freeze([
  city(
    '450100',
    '南宁',
    'Nanning',
    {},
    ['电子信息', '新能源汽车及零部件', '铝精深加工', '生物医药', '数字经济', '食品加工'],
    [
      park('南宁高新技术产业开发区', 'Nanning High-tech Zone', ['电子信息', '生物医药', '智能制造']),
      park('南宁经济技术开发区', 'Nanning Economic and Technological Development Zone', [
        '新能源汽车及零部件',
        '铝精深加工',
        '食品',
      ]),
      park('广西—东盟经济技术开发区', 'Guangxi-ASEAN Economic and Technological Development Zone', [
        '食品加工',
        '机械装备',
        '生物医药',
      ]),
      park('中国（广西）自由贸易试验区南宁片区', 'China (Guangxi) Pilot FTZ Nanning Area', [
        '数字经济',
        '跨境电商',
        '电子信息',
      ]),
      park('南宁六景工业园区', 'Nanning Liujing Industrial Park', ['造纸', '化工', '建材']),
    ],
  ),
  city(
    '450200',
    '柳州',
    'Liuzhou',
    {},
    ['汽车', '机械装备', '钢铁', '螺蛳粉'],
    [
      park('柳东新区', 'Liudong New Area', ['新能源汽车', '汽车零部件', '智能网联汽车']),
      park('柳州阳和工业新区', 'Liuzhou Yanghe Industrial New Area', ['汽车零部件', '机械装备', '工程机械']),
      park('柳江新兴工业园', 'Liujiang Emerging Industrial Park', ['汽车零部件', '螺蛳粉', '新材料']),
      park('鹿寨经济开发区', 'Luzhai Economic Development Zone', ['林产加工', '造纸', '化工']),
    ],
  ),
  city(
    '450300',
    '桂林',
    'Guilin',
    {},
    ['电子信息', '智能装备', '生物医药', '橡胶制品'],
    [
      park('桂林高新技术产业开发区', 'Guilin High-tech Zone', ['电子信息', '光通信', '生物医药']),
      park('桂林经济技术开发区', 'Guilin Economic and Technological Development Zone', [
        '智能装备',
        '电工电气',
        '客车及零部件',
      ]),
      park('临桂新区', 'Lingui New Area', ['电子元器件', '新材料', '食品']),
    ],
  ),
  city(
    '450400',
    '梧州',
    'Wuzhou',
    {},
    ['再生资源', '人工宝石', '陶瓷', '林产化工', '六堡茶'],
    [
      park('梧州进口再生资源加工园区', 'Wuzhou Imported Renewable Resources Processing Park', [
        '再生铜',
        '再生铝',
        '再生不锈钢',
      ]),
      park('梧州高新技术产业开发区', 'Wuzhou High-tech Zone', ['电子信息', '林产化工', '食品']),
      park('粤桂合作特别试验区', 'Guangdong-Guangxi Cooperation Special Pilot Zone', [
        '电子信息',
        '智能装备',
        '新材料',
      ]),
      park('梧州人工宝石产业园', 'Wuzhou Synthetic Gemstone Industrial Park', ['人工宝石', '珠宝首饰']),
      park('藤县中和陶瓷产业园', 'Tengxian Zhonghe Ceramics Industrial Park', ['建筑陶瓷', '陶瓷原料']),
    ],
  ),
  city(
    '450500',
    '北海',
    'Beihai',
    { coastal: true },
    ['电子信息', '石化', '林浆纸', '不锈钢', '海产品加工'],
    [
      park('北海工业园区', 'Beihai Industrial Park', ['电子信息', '新型显示', '计算机']),
      park('北海铁山港（临海）工业区', 'Beihai Tieshangang Coastal Industrial Zone', [
        '石化',
        '林浆纸',
        '不锈钢',
        '新材料',
      ]),
      park('北海综合保税区', 'Beihai Comprehensive Bonded Zone', ['电子信息', '保税加工']),
      park('合浦工业园区', 'Hepu Industrial Park', ['食品', '新材料']),
    ],
  ),
  city(
    '450600',
    '防城港',
    'Fangchenggang',
    { coastal: true, border: true },
    ['钢铁', '有色金属', '粮油加工', '能源', '边境贸易'],
    [
      park('防城港经济技术开发区', 'Fangchenggang Economic and Technological Development Zone', [
        '钢铁',
        '有色金属',
        '粮油',
      ]),
      park('大西南临港工业园', 'Southwest China Port Industrial Park', ['有色金属', '化工']),
      park('企沙工业区', 'Qisha Industrial Zone', ['钢铁', '能源', '装备制造']),
      park('东兴国家重点开发开放试验区', 'Dongxing National Key Development and Opening Pilot Zone', [
        '边贸加工',
        '海产品',
        '红木',
      ]),
    ],
  ),
  city(
    '450700',
    '钦州',
    'Qinzhou',
    { coastal: true },
    ['石化', '林浆纸', '新能源材料', '装备制造', '港口物流'],
    [
      park('中国—东盟自贸区钦州港片区', 'China-ASEAN FTZ Qinzhou Port Area', [
        '石化',
        '新能源材料',
        '装备制造',
        '港口物流',
      ]),
      park('钦州石化产业园', 'Qinzhou Petrochemical Industrial Park', ['炼化一体化', '化工新材料']),
      park('中马钦州产业园区', 'China-Malaysia Qinzhou Industrial Park', ['电子信息', '生物医药', '食品']),
      park('钦州港经济技术开发区', 'Qinzhou Port Economic and Technological Development Zone', [
        '林浆纸',
        '装备制造',
        '海上风电',
      ]),
    ],
  ),
  city(
    '450800',
    '贵港',
    'Guigang',
    {},
    ['新能源电动车', '纺织服装', '木材加工', '制糖', '船舶'],
    [
      park('贵港国家生态工业（制糖）示范园区', 'Guigang National Eco-industrial (Sugar) Demonstration Park', [
        '制糖',
        '造纸',
        '食品',
      ]),
      park('贵港产业园区', 'Guigang Industrial Park', ['新能源电动车', '电子信息', '纺织服装']),
      park('平南工业园区', 'Pingnan Industrial Park', ['船舶', '石材', '纺织服装']),
      park('桂平长安工业园区', "Guiping Chang'an Industrial Park", ['木材加工', '家居', '纺织']),
    ],
  ),
  city(
    '450900',
    '玉林',
    'Yulin',
    {},
    ['内燃机', '新能源材料', '服装', '日用陶瓷', '中医药'],
    [
      park('玉柴工业园', 'Yuchai Industrial Park', ['内燃机', '机械零部件', '工程机械']),
      park('玉林龙潭产业园区', 'Yulin Longtan Industrial Park', ['新能源材料', '不锈钢', '镍冶炼']),
      park('福绵节能环保产业园', 'Fumian Energy-saving and Environmental Industrial Park', ['服装', '水洗', '纺织']),
      park('北流日用陶瓷产业园', 'Beiliu Daily Ceramics Industrial Park', ['日用陶瓷', '工艺陶瓷']),
    ],
  ),
  city(
    '451000',
    '百色',
    'Baise',
    { border: true },
    ['铝', '农产品加工', '生态林业'],
    [
      park('百色新山铝产业示范园', 'Baise Xinshan Aluminium Industry Demonstration Park', [
        '铝精深加工',
        '铝合金',
        '再生铝',
      ]),
      park('百色高新技术产业开发区', 'Baise High-tech Zone', ['铝', '电子信息', '食品']),
      park('平果工业区', 'Pingguo Industrial Zone', ['氧化铝', '电解铝', '铝材']),
    ],
  ),
  city(
    '451100',
    '贺州',
    'Hezhou',
    {},
    ['碳酸钙', '石材', '电子信息', '长寿食品'],
    [
      park('贺州碳酸钙千亿元产业园', 'Hezhou Calcium Carbonate Industrial Park', ['碳酸钙', '新材料', '石材']),
      park('贺州旺高工业区', 'Hezhou Wanggao Industrial Zone', ['电子信息', '新材料', '食品']),
      park('贺州生态产业园', 'Hezhou Ecological Industrial Park', ['电子信息', '家具', '食品']),
    ],
  ),
  city(
    '451200',
    '河池',
    'Hechi',
    {},
    ['有色金属', '茧丝绸', '制糖'],
    [
      park('南丹有色金属新材料产业园', 'Nandan Non-ferrous Metal New Materials Industrial Park', [
        '锡',
        '锑',
        '铟',
        '锌',
      ]),
      park('宜州工业园区', 'Yizhou Industrial Park', ['茧丝绸', '制糖', '食品']),
      park('河池大任产业园', 'Hechi Daren Industrial Park', ['有色金属', '新材料', '装备制造']),
    ],
  ),
  city(
    '451300',
    '来宾',
    'Laibin',
    {},
    ['制糖', '铝', '冶炼', '茧丝绸', '电力'],
    [
      park('来宾高新技术产业开发区', 'Laibin High-tech Zone', ['铝精深加工', '新材料', '电子信息']),
      park('广西来宾河南工业园区', 'Guangxi Laibin Henan Industrial Park', ['冶炼', '碳酸钙', '化工']),
      park('象州工业园区', 'Xiangzhou Industrial Park', ['茧丝绸', '制糖', '食品']),
    ],
  ),
  city(
    '451400',
    '崇左',
    'Chongzuo',
    { border: true },
    ['制糖', '稀土', '锰', '红木', '边境贸易', '泛家居'],
    [
      park('凭祥综合保税区', 'Pingxiang Comprehensive Bonded Zone', ['边贸加工', '红木', '东盟水果', '电子信息']),
      park('中国（广西）自由贸易试验区崇左片区', 'China (Guangxi) Pilot FTZ Chongzuo Area', [
        '跨境加工',
        '电子信息',
        '新材料',
      ]),
      park('中泰（崇左）产业园', 'China-Thailand (Chongzuo) Industrial Park', ['制糖', '稀土', '新材料']),
      park('扶绥泛家居产业园', 'Fusui Home Furnishing Industrial Park', ['泛家居', '木材加工', '人造板']),
    ],
  ),
]);

const BY_NAME = new Map<string, GuangxiCity>();
for (const c of GUANGXI_CITIES) for (const k of [c.name, c.short, c.en.toLowerCase(), c.code]) BY_NAME.set(k, c);

/**
 * Finds a Guangxi city by official name, short name, English name or code.
 * @example lookupGuangxiCity('Liuzhou')?.name // '柳州市'
 */
export function lookupGuangxiCity(name: string): GuangxiCity | undefined {
  const k = name.trim();
  return BY_NAME.get(k) ?? BY_NAME.get(k.toLowerCase());
}
