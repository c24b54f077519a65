/**
 * @internal The table the sample generator draws from: the four themes, the chains under each, and
 * per chain segment the products, keywords, GB/T 4754 classes, technologies and the Guangxi cities
 * (with parks) that host that link. Items and enterprises are both drawn from here, so a chain's
 * enterprises really do make what its items ask for.
 */
import type { Segment } from '../schema/domain.js';

export type ThemeId = 'advanced-equipment' | 'new-materials' | 'electronic-information' | 'light-textile';

export interface ThemeSpec {
  id: ThemeId;
  name: string;
  nameEn: string;
  description: string;
}

export interface SegmentSpec {
  segment: Segment;
  /** What this link is called, e.g. 三电系统. */
  label: string;
  products: readonly string[];
  /** Terms that fit enterprises use when describing this link. */
  keywords: readonly string[];
  /** GB/T 4754-2017 classes (4 digits). */
  codes: readonly string[];
  technologies: readonly string[];
  /** English phrase for the products, used in English descriptions. */
  en: string;
  /** Words that end enterprise names, e.g. 新能源科技. */
  words: readonly string[];
  /** Capacity unit for 年产… titles. */
  unit?: string;
  /** Host cities for this link; defaults to the chain's. City short name → park ('' for none). */
  cities?: Readonly<Record<string, string>>;
  /** Typical lower bound of an investment, 亿元 [low, high]. */
  invest?: readonly [number, number];
}

export interface ChainSpec {
  id: string;
  theme: ThemeId;
  name: string;
  nameEn: string;
  /** What Guangxi builds on, completing "依托{city}…". */
  base: string;
  applications: readonly string[];
  applicationsEn: string;
  /** English word for enterprise names. */
  wordEn: string;
  /** Host cities → park ('' for none). */
  cities: Readonly<Record<string, string>>;
  /** How many items at scale 1. */
  items: number;
  /** Share of items aimed at ASEAN markets. */
  asean: number;
  invest: readonly [number, number];
  segments: readonly SegmentSpec[];
  /** A service chain (software, data): items ask for providers, not plants. */
  service?: boolean;
  /** Same-theme products that look close but do not fit (near-misses). */
  nearMiss: { products: readonly string[]; codes: readonly string[]; words: readonly string[] };
}

export const THEME_SPECS: readonly ThemeSpec[] = [
  {
    id: 'advanced-equipment', name: '先进装备制造', nameEn: 'Advanced equipment manufacturing',
    description: '以汽车、工程机械、内燃机、船舶、电工电气和新能源装备为主的装备制造业，重点补齐关键零部件和核心系统配套。',
  },
  {
    id: 'new-materials', name: '新材料', nameEn: 'New materials',
    description: '依托铝、有色金属、碳酸钙、钢铁和临港石化等资源与产业基础，发展高性能金属材料、化工新材料和新能源电池材料。',
  },
  {
    id: 'electronic-information', name: '电子信息', nameEn: 'Electronic information',
    description: '以新型显示、集成电路、智能终端、电子元器件和光通信为重点，承接粤港澳大湾区电子信息产业转移，面向东盟布局。',
  },
  {
    id: 'light-textile', name: '轻工纺织', nameEn: 'Light industry and textiles',
    description: '纺织服装、茧丝绸、造纸、家具、糖业和特色食品等轻工产业，推动精深加工和品牌化发展。',
  },
];

const S = (segment: Segment, spec: Omit<SegmentSpec, 'segment'>): SegmentSpec => ({ segment, ...spec });

export const CHAIN_SPECS: readonly ChainSpec[] = [
  // ───────────────────────── 先进装备制造 ─────────────────────────
  {
    id: 'new-energy-vehicles', theme: 'advanced-equipment', name: '新能源汽车', nameEn: 'New-energy vehicles',
    base: '新能源汽车整车产能和推广应用基础', applications: ['新能源乘用车', '新能源商用车', '储能'], applicationsEn: 'passenger and commercial EVs',
    wordEn: 'Mobility', items: 14, asean: 0.35, invest: [3, 20],
    cities: { 柳州: '柳东新区', 南宁: '南宁经济技术开发区', 桂林: '桂林经济技术开发区', 玉林: '玉柴工业园', 贵港: '贵港产业园区' },
    segments: [
      S('upstream', {
        label: '三电系统', products: ['动力电池包', '电池管理系统', '驱动电机', '电机控制器', '电驱动总成', '车载充电机', '热管理系统'],
        keywords: ['三电系统', '动力电池', '电驱动', '新能源汽车'], codes: ['3670', '3841', '3812'],
        technologies: ['扁线电机', 'SiC功率模块', 'CTP电池包', '液冷热管理', 'BMS算法'], en: 'traction batteries, e-drive motors and controllers',
        words: ['新能源科技', '电驱动技术', '动力系统', '电控技术'], unit: '万套',
      }),
      S('midstream', {
        label: '整车及关键总成', products: ['新能源乘用车', '新能源商用车', '新能源专用车', '微型电动车', '一体化压铸车身', '电动底盘'],
        keywords: ['整车', '新能源汽车', '车身', '底盘'], codes: ['3612', '3660'],
        technologies: ['一体化压铸', '滑板底盘', '轻量化车身', '整车集成'], en: 'electric passenger cars, commercial vehicles and body-in-white',
        words: ['汽车', '新能源汽车', '汽车科技', '车身技术'], unit: '万辆', invest: [20, 80],
        cities: { 柳州: '柳东新区', 南宁: '南宁经济技术开发区', 桂林: '桂林经济技术开发区' },
      }),
      S('downstream', {
        label: '充换电与智能网联', products: ['充电桩', '换电站设备', '智能座舱', '自动驾驶域控制器', '车载激光雷达', '车联网终端'],
        keywords: ['智能网联', '充换电', '自动驾驶', '新能源汽车'], codes: ['3962', '3670', '3824'],
        technologies: ['大功率快充', 'L2+辅助驾驶', '车规级芯片', 'V2X通信', '座舱操作系统'], en: 'charging equipment, smart cockpits and ADAS controllers',
        words: ['智能科技', '智行科技', '充电技术', '智能网联'], unit: '万套',
      }),
    ],
    nearMiss: { products: ['燃油车排气系统', '汽车装饰件', '汽车美容用品', '铅酸蓄电池'], codes: ['3670', '3843'], words: ['汽车用品', '汽配'] },
  },
  {
    id: 'auto-parts', theme: 'advanced-equipment', name: '汽车零部件', nameEn: 'Automotive parts',
    base: '汽车整车及零部件配套基础', applications: ['乘用车', '商用车', '微型车'], applicationsEn: 'passenger cars and commercial vehicles',
    wordEn: 'Auto Parts', items: 14, asean: 0.3, invest: [1, 8],
    cities: { 柳州: '柳州阳和工业新区', 玉林: '玉柴工业园', 桂林: '桂林经济技术开发区', 南宁: '南宁经济技术开发区', 贵港: '贵港产业园区', 梧州: '粤桂合作特别试验区' },
    segments: [
      S('upstream', {
        label: '材料与毛坯', products: ['汽车铝合金压铸件', '汽车锻件', '精密铸件', '汽车用改性塑料', '汽车冲压件', '汽车玻璃'],
        keywords: ['压铸', '锻造', '汽车零部件', '轻量化'], codes: ['3670', '3252'],
        technologies: ['高真空压铸', '温锻成形', '热成形冲压', '材料改性'], en: 'die castings, forgings and stampings for vehicles',
        words: ['精密机械', '汽车部件', '压铸科技', '锻造'], unit: '万件', cities: { 柳州: '柳江新兴工业园', 玉林: '玉柴工业园', 贵港: '贵港产业园区', 梧州: '粤桂合作特别试验区' },
      }),
      S('midstream', {
        label: '关键零部件', products: ['变速器', '转向系统', '制动系统', '悬架系统', '汽车车桥', '汽车座椅', '汽车线束', '汽车车灯'],
        keywords: ['汽车零部件', '底盘系统', '总成', '配套'], codes: ['3670'],
        technologies: ['线控制动', '电动助力转向', '空气悬架', '自动化装配'], en: 'transmissions, steering, braking systems and seats',
        words: ['汽车零部件', '汽车系统', '底盘科技', '汽车配件'], unit: '万套',
      }),
      S('downstream', {
        label: '汽车电子与后市场', products: ['汽车电子控制器', '车身控制模块', '汽车传感器', '汽车空调', '后视镜', '汽车后市场配件'],
        keywords: ['汽车电子', '传感器', '汽车零部件', '控制器'], codes: ['3670', '3983', '3962'],
        technologies: ['嵌入式软件', 'CAN总线', 'MEMS传感', '电动压缩机'], en: 'automotive electronics, sensors and HVAC modules',
        words: ['汽车电子', '电子科技', '汽车技术'], unit: '万套',
      }),
    ],
    nearMiss: { products: ['摩托车零部件', '农机配件', '工程机械配件'], codes: ['3752', '3576'], words: ['机械配件', '摩配'] },
  },
  {
    id: 'engines-powertrain', theme: 'advanced-equipment', name: '内燃机及动力总成', nameEn: 'Engines and powertrains',
    base: '内燃机整机研发制造和配套体系', applications: ['商用车', '工程机械', '船舶', '发电'], applicationsEn: 'trucks, construction machinery, ships and gensets',
    wordEn: 'Power Systems', items: 10, asean: 0.3, invest: [2, 12],
    cities: { 玉林: '玉柴工业园', 柳州: '柳州阳和工业新区', 南宁: '广西—东盟经济技术开发区' },
    segments: [
      S('upstream', {
        label: '发动机零部件毛坯', products: ['发动机缸体', '发动机缸盖', '曲轴', '凸轮轴', '连杆', '发动机精密加工零部件'],
        keywords: ['发动机零部件', '内燃机', '精密加工', '铸造'], codes: ['3412', '3484'],
        technologies: ['蠕墨铸铁', '五轴精密加工', '感应淬火', '自动化铸造线'], en: 'engine blocks, cylinder heads, crankshafts and machined engine parts',
        words: ['动力部件', '精密机械', '铸造', '机械'], unit: '万件',
      }),
      S('midstream', {
        label: '核心部件', products: ['燃油喷射系统', '涡轮增压器', '活塞', '气门', '发动机后处理系统', '发动机电控单元'],
        keywords: ['内燃机', '发动机', '后处理', '增压'], codes: ['3412', '3670'],
        technologies: ['高压共轨', '国六后处理', 'SCR催化', '电控标定'], en: 'fuel injection systems, turbochargers and after-treatment',
        words: ['动力科技', '发动机部件', '排放技术'], unit: '万套',
      }),
      S('downstream', {
        label: '动力总成与新能源动力', products: ['混合动力总成', '氢燃料发动机', '甲醇发动机', '船用柴油机', '柴油发电机组', '增程器'],
        keywords: ['动力总成', '发动机', '新能源动力', '内燃机'], codes: ['3412', '3811', '3620'],
        technologies: ['氢内燃机', '甲醇燃烧', '混动耦合', '燃料电池'], en: 'hybrid powertrains, hydrogen and methanol engines and gensets',
        words: ['动力', '动力科技', '能源装备'], unit: '台',
      }),
    ],
    nearMiss: { products: ['汽油机配件', '小型农用柴油机', '空压机'], codes: ['3412', '3442'], words: ['农机动力', '机电'] },
  },
  {
    id: 'construction-machinery', theme: 'advanced-equipment', name: '工程机械', nameEn: 'Construction machinery',
    base: '工程机械整机制造基础', applications: ['基建', '矿山', '港口'], applicationsEn: 'infrastructure, mining and ports',
    wordEn: 'Machinery', items: 9, asean: 0.45, invest: [2, 15],
    cities: { 柳州: '柳州阳和工业新区', 玉林: '玉柴工业园', 南宁: '广西—东盟经济技术开发区' },
    segments: [
      S('upstream', {
        label: '结构件与液压件', products: ['液压油缸', '液压泵阀', '回转支承', '驾驶室', '工程机械结构件', '履带总成'],
        keywords: ['液压', '工程机械', '结构件', '配套件'], codes: ['3514', '3484', '3453'],
        technologies: ['液压密封', '机器人焊接', '高强钢焊接', '精密铸造'], en: 'hydraulic cylinders, valves, slewing rings and structural parts',
        words: ['液压', '重工', '机械', '工程机械'], unit: '万件',
      }),
      S('midstream', {
        label: '整机', products: ['装载机', '挖掘机', '起重机', '压路机', '矿用自卸车', '高空作业平台'],
        keywords: ['工程机械', '整机', '土方机械', '起重'], codes: ['3514', '3511'],
        technologies: ['电液控制', '整机匹配', '大吨位起重'], en: 'loaders, excavators, cranes and mining trucks',
        words: ['重工', '机械', '工程机械'], unit: '台', invest: [10, 40],
      }),
      S('downstream', {
        label: '智能化与再制造', products: ['电动装载机', '无人驾驶矿卡', '工程机械远程运维系统', '工程机械再制造'],
        keywords: ['电动化', '智能化', '工程机械', '再制造'], codes: ['3514', '3491'],
        technologies: ['远程监控', '无人驾驶', '电动化改装', '再制造修复'], en: 'electric and autonomous construction machinery and remanufacturing',
        words: ['智能装备', '重工科技', '机械'], unit: '台',
      }),
    ],
    nearMiss: { products: ['叉车', '园林机械', '小型农用机械'], codes: ['3433', '3572'], words: ['搬运设备', '农机'] },
  },
  {
    id: 'agricultural-machinery', theme: 'advanced-equipment', name: '农业机械', nameEn: 'Agricultural machinery',
    base: '甘蔗、水稻等大宗作物机械化需求', applications: ['甘蔗种植', '水稻生产', '丘陵山区农业', '东盟农业'], applicationsEn: 'sugarcane, rice and hillside farming',
    wordEn: 'Agritech', items: 9, asean: 0.6, invest: [1, 6],
    cities: { 南宁: '广西—东盟经济技术开发区', 柳州: '柳州阳和工业新区', 崇左: '中泰（崇左）产业园', 来宾: '来宾高新技术产业开发区', 贵港: '贵港产业园区' },
    segments: [
      S('upstream', {
        label: '农机零部件', products: ['农机变速箱', '农机切割器', '农机液压件', '履带式底盘', '农机专用发动机'],
        keywords: ['农机', '零部件', '变速箱', '底盘'], codes: ['3576', '3453'],
        technologies: ['齿轮精加工', '热处理', '液压传动'], en: 'gearboxes, cutters and undercarriages for farm machinery',
        words: ['农机', '农业装备', '机械'], unit: '万件',
      }),
      S('midstream', {
        label: '农机整机', products: ['甘蔗收获机', '甘蔗种植机', '拖拉机', '水稻插秧机', '植保无人机', '果园管理机'],
        keywords: ['农机', '甘蔗', '收获机', '农业机械'], codes: ['3572', '3571'],
        technologies: ['切段式收获', '北斗自动驾驶', '变量施药', '丘陵山地适配'], en: 'sugarcane harvesters, tractors, transplanters and crop drones',
        words: ['农业装备', '农机', '智能农业'], unit: '台',
      }),
      S('downstream', {
        label: '智慧农机与初加工', products: ['农机北斗导航终端', '智能灌溉设备', '农产品初加工机械', '甘蔗剥叶机'],
        keywords: ['智慧农业', '农机', '初加工', '灌溉'], codes: ['3572', '3576'],
        technologies: ['北斗导航', '物联网监测', '水肥一体化'], en: 'precision-farming terminals, irrigation and post-harvest machines',
        words: ['智慧农业', '农业科技', '农机'], unit: '台',
      }),
    ],
    nearMiss: { products: ['园林工具', '食品加工机械', '饲料机械'], codes: ['3531', '3534'], words: ['园林', '食品机械'] },
  },
  {
    id: 'ships-marine', theme: 'advanced-equipment', name: '船舶及海洋工程装备', nameEn: 'Shipbuilding and offshore equipment',
    base: '北部湾港口和西江黄金水道', applications: ['内河航运', '沿海运输', '海洋渔业', '海上风电'], applicationsEn: 'inland, coastal and offshore shipping',
    wordEn: 'Marine', items: 9, asean: 0.5, invest: [2, 15],
    cities: { 钦州: '钦州港经济技术开发区', 北海: '北海铁山港（临海）工业区', 防城港: '企沙工业区', 贵港: '平南工业园区', 梧州: '' },
    segments: [
      S('upstream', {
        label: '船用配套', products: ['船用推进器', '船用甲板机械', '船用电气设备', '船用阀门', '船用舾装件'],
        keywords: ['船用配套', '船舶', '推进', '舾装'], codes: ['3734'],
        technologies: ['电力推进', '船用自动化', '防腐涂装'], en: 'marine propulsion, deck machinery and outfitting',
        words: ['船舶科技', '船用设备', '海事装备'], unit: '台套',
      }),
      S('midstream', {
        label: '船舶制造', products: ['内河集装箱船', '散货船', '远洋渔船', '港作拖轮', '海洋牧场平台'],
        keywords: ['船舶', '造船', '船舶制造', '海工'], codes: ['3731', '3737'],
        technologies: ['分段建造', '绿色船型设计', '智能船舶'], en: 'container ships, bulk carriers, fishing vessels and tugs',
        words: ['船舶', '造船', '海洋工程'], unit: '艘',
      }),
      S('downstream', {
        label: '海工与绿色船舶', products: ['LNG动力船舶', '电动船舶', '海上风电安装船', '船舶修造服务'],
        keywords: ['绿色船舶', '海工', '船舶', '新能源'], codes: ['3731', '3737'],
        technologies: ['LNG双燃料', '纯电推进', '海工平台设计'], en: 'LNG and battery-electric vessels and offshore installation ships',
        words: ['海洋工程', '船舶科技', '海工装备'], unit: '艘',
      }),
    ],
    nearMiss: { products: ['游艇内饰', '渔具', '港口起重机'], codes: ['3733', '3432'], words: ['游艇', '港机'] },
  },
  {
    id: 'power-equipment', theme: 'advanced-equipment', name: '电工电气与新能源装备', nameEn: 'Electrical and new-energy equipment',
    base: '电网建设和海上风电、储能项目需求', applications: ['电网', '海上风电', '储能电站', '工商业配电'], applicationsEn: 'power grids, offshore wind and energy storage',
    wordEn: 'Electric', items: 12, asean: 0.4, invest: [2, 15],
    cities: { 南宁: '南宁高新技术产业开发区', 桂林: '桂林经济技术开发区', 柳州: '柳州阳和工业新区', 钦州: '钦州港经济技术开发区', 防城港: '企沙工业区', 来宾: '来宾高新技术产业开发区' },
    segments: [
      S('upstream', {
        label: '材料与核心器件', products: ['IGBT模块', '电磁线', '绝缘材料', '取向硅钢铁芯', '风电叶片材料'],
        keywords: ['电力电子', '电工材料', 'IGBT', '绝缘'], codes: ['3824', '3831'],
        technologies: ['功率模块封装', '真空浸渍', '复合材料成型'], en: 'IGBT modules, magnet wire and insulation materials',
        words: ['电气', '电工材料', '电子科技'], unit: '万件',
      }),
      S('midstream', {
        label: '输配电设备', products: ['变压器', '高低压开关柜', '断路器', '智能电表', '电线电缆', '储能变流器'],
        keywords: ['输配电', '电气设备', '变压器', '开关'], codes: ['3821', '3823', '3831'],
        technologies: ['数字化变电站', '环保气体绝缘', '智能配电'], en: 'transformers, switchgear, breakers and power cables',
        words: ['电气', '电力设备', '电器'], unit: '万台',
      }),
      S('downstream', {
        label: '新能源装备', products: ['风电整机', '风电塔筒', '风电齿轮箱', '光伏组件', '储能系统集成'],
        keywords: ['新能源装备', '风电', '储能', '光伏'], codes: ['3415', '3825', '3849'],
        technologies: ['大兆瓦风机', '漂浮式风电', '液冷储能', 'TOPCon电池'], en: 'wind turbines, towers, PV modules and energy-storage systems',
        words: ['新能源', '风电装备', '储能科技'], unit: '台套', invest: [5, 30],
        cities: { 钦州: '钦州港经济技术开发区', 防城港: '企沙工业区', 北海: '北海铁山港（临海）工业区', 南宁: '南宁高新技术产业开发区' },
      }),
    ],
    nearMiss: { products: ['家用插座', 'LED照明灯具', '小家电电机'], codes: ['3872', '3813'], words: ['照明', '电器'] },
  },
  {
    id: 'electric-two-wheelers', theme: 'advanced-equipment', name: '电动两轮车', nameEn: 'Electric two-wheelers',
    base: '电动车整车集群和面向东盟的出口通道', applications: ['短途出行', '即时配送', '东盟摩托车市场'], applicationsEn: 'urban commuting, delivery and ASEAN motorcycle markets',
    wordEn: 'E-Mobility', items: 9, asean: 0.7, invest: [1, 6],
    cities: { 贵港: '贵港产业园区', 南宁: '南宁经济技术开发区', 柳州: '柳江新兴工业园' },
    segments: [
      S('upstream', {
        label: '核心部件', products: ['轮毂电机', '电动车控制器', '电动车锂电池组', '电动车充电器', '电动车车架', '电动车仪表'],
        keywords: ['电动车', '轮毂电机', '控制器', '零部件'], codes: ['3770', '3813', '3841'],
        technologies: ['无刷电机', '矢量控制', '电池管理'], en: 'hub motors, controllers, battery packs and frames for e-bikes',
        words: ['电动车配件', '电机', '电动科技'], unit: '万套',
      }),
      S('midstream', {
        label: '整车', products: ['电动自行车', '电动摩托车', '电动轻便摩托车', '电动三轮车', '电动滑板车'],
        keywords: ['电动车', '整车', '电动摩托车', '两轮车'], codes: ['3770', '3751'],
        technologies: ['整车轻量化', '智能中控', '防水电气'], en: 'e-bikes, electric motorcycles and e-scooters',
        words: ['电动车', '车业', '电动科技'], unit: '万辆',
      }),
      S('downstream', {
        label: '换电与配套服务', products: ['换电柜', '共享电单车', '电动车轮胎', '电动车塑料件'],
        keywords: ['换电', '电动车', '配套', '出行'], codes: ['3770', '3752'],
        technologies: ['物联网换电', '电池溯源', '注塑成型'], en: 'battery-swap cabinets, shared e-bikes and plastic parts',
        words: ['出行科技', '能源科技', '电动车配件'], unit: '万套',
      }),
    ],
    nearMiss: { products: ['儿童自行车', '燃油摩托车配件', '平衡车玩具'], codes: ['3761', '3752'], words: ['童车', '摩配'] },
  },
  // ───────────────────────── 新材料 ─────────────────────────
  {
    id: 'aluminium', theme: 'new-materials', name: '铝产业', nameEn: 'Aluminium',
    base: '铝土矿资源和氧化铝—电解铝产能', applications: ['汽车轻量化', '建筑型材', '电子产品', '新能源电池'], applicationsEn: 'vehicle lightweighting, construction, electronics and batteries',
    wordEn: 'Aluminium', items: 14, asean: 0.35, invest: [2, 15],
    cities: { 百色: '百色新山铝产业示范园', 南宁: '南宁经济技术开发区', 来宾: '来宾高新技术产业开发区', 贵港: '贵港产业园区' },
    segments: [
      S('upstream', {
        label: '氧化铝与电解铝', products: ['氧化铝', '电解铝', '预焙阳极', '铝用炭素', '赤泥综合利用'],
        keywords: ['氧化铝', '电解铝', '铝冶炼', '铝'], codes: ['0916', '3216', '3091'],
        technologies: ['拜耳法', '大型预焙槽', '赤泥脱碱', '节能电解'], en: 'alumina, primary aluminium and carbon anodes',
        words: ['铝业', '冶金', '炭素'], unit: '万吨', invest: [20, 80], cities: { 百色: '平果工业区', 来宾: '来宾高新技术产业开发区' },
      }),
      S('midstream', {
        label: '铝加工材', products: ['铝合金圆棒', '铝板带箔', '铝型材', '电池铝箔', '汽车铝板', '航空铝材'],
        keywords: ['铝加工', '铝材', '铝合金', '铝压延'], codes: ['3252', '3240'],
        technologies: ['热连轧', '冷轧', '铝箔轧制', '熔体净化'], en: 'aluminium alloy billets, sheets, foils and extrusions',
        words: ['铝业', '铝材', '新材料'], unit: '万吨', invest: [5, 30],
      }),
      S('downstream', {
        label: '铝精深加工', products: ['铝合金轮毂', '汽车轻量化铝部件', '铝模板', '系统门窗', '电子产品铝壳', '铝制家居'],
        keywords: ['铝精深加工', '铝合金', '轻量化', '铝'], codes: ['3252', '3312', '3670'],
        technologies: ['低压铸造', 'CNC精密加工', '阳极氧化', '搅拌摩擦焊'], en: 'aluminium wheels, lightweight parts, formwork and window systems',
        words: ['铝业', '精密制造', '铝制品'], unit: '万件',
      }),
    ],
    nearMiss: { products: ['不锈钢门窗', '锌合金压铸件', '铜材'], codes: ['3312', '3251'], words: ['五金', '金属制品'] },
  },
  {
    id: 'nonferrous-rare-earth', theme: 'new-materials', name: '有色金属及稀土', nameEn: 'Non-ferrous metals and rare earths',
    base: '锡、锑、铟、锌、锰和稀土资源', applications: ['电子焊接', '阻燃材料', '显示面板', '永磁电机'], applicationsEn: 'electronics soldering, flame retardants, displays and magnets',
    wordEn: 'Metals', items: 12, asean: 0.25, invest: [2, 15],
    cities: { 河池: '南丹有色金属新材料产业园', 崇左: '中泰（崇左）产业园', 来宾: '广西来宾河南工业园区', 防城港: '大西南临港工业园', 贺州: '贺州旺高工业区' },
    segments: [
      S('upstream', {
        label: '采选冶炼', products: ['锡锭', '锑锭', '精铟', '锌锭', '电解铜', '稀土氧化物', '电解锰'],
        keywords: ['有色金属', '冶炼', '稀土', '锡锑'], codes: ['3214', '3215', '3212', '3211', '3232', '3219'],
        technologies: ['富氧熔炼', '湿法冶金', '萃取分离', '烟气制酸'], en: 'refined tin, antimony, indium, zinc, copper and rare-earth oxides',
        words: ['矿业', '冶炼', '有色金属'], unit: '万吨', invest: [5, 30],
      }),
      S('midstream', {
        label: '合金与深加工', products: ['锡焊料', '锑系阻燃剂', 'ITO靶材', '稀土永磁材料', '电子铜箔', '锌合金'],
        keywords: ['有色金属', '合金', '靶材', '稀土永磁'], codes: ['3240', '3985', '3254'],
        technologies: ['真空熔铸', '粉末冶金', '晶界扩散', '靶材绑定'], en: 'solder alloys, antimony flame retardants, ITO targets and NdFeB magnets',
        words: ['新材料', '合金材料', '稀土'], unit: '吨',
      }),
      S('downstream', {
        label: '功能材料应用', products: ['电子焊锡膏', '高纯铟', '稀土抛光粉', '钕铁硼磁钢组件', '锰系电池材料'],
        keywords: ['功能材料', '稀土', '电子材料', '有色金属'], codes: ['3985', '3239', '3232'],
        technologies: ['高纯提纯', '纳米分散', '磁路设计'], en: 'solder pastes, high-purity indium, polishing powders and magnet assemblies',
        words: ['电子材料', '新材料', '磁业'], unit: '吨',
      }),
    ],
    nearMiss: { products: ['铅酸蓄电池', '不锈钢带', '铁合金'], codes: ['3843', '3140'], words: ['金属', '钢铁'] },
  },
  {
    id: 'calcium-carbonate', theme: 'new-materials', name: '碳酸钙', nameEn: 'Calcium carbonate',
    base: '优质方解石资源和碳酸钙产业集群', applications: ['塑料', '造纸', '涂料', '橡胶', '人造石'], applicationsEn: 'plastics, paper, coatings, rubber and engineered stone',
    wordEn: 'Minerals', items: 11, asean: 0.25, invest: [1, 8],
    cities: { 贺州: '贺州碳酸钙千亿元产业园', 来宾: '广西来宾河南工业园区' },
    segments: [
      S('upstream', {
        label: '矿石与粉体', products: ['方解石', '重质碳酸钙', '超细重钙', '石灰石'],
        keywords: ['碳酸钙', '重钙', '粉体', '方解石'], codes: ['1011', '3099'],
        technologies: ['干法超细研磨', '分级', '绿色矿山开采'], en: 'calcite, ground and ultra-fine calcium carbonate',
        words: ['矿业', '钙业', '粉体'], unit: '万吨',
      }),
      S('midstream', {
        label: '改性与高端粉体', products: ['纳米碳酸钙', '活性碳酸钙', '轻质碳酸钙', '碳酸钙表面改性剂', '碳酸钙填充母粒'],
        keywords: ['碳酸钙', '纳米钙', '改性', '母粒'], codes: ['3099', '2613'],
        technologies: ['碳化法', '湿法表面改性', '造粒'], en: 'nano, activated and precipitated calcium carbonate and filler masterbatch',
        words: ['钙业', '新材料', '纳米材料'], unit: '万吨',
      }),
      S('downstream', {
        label: '应用制品', products: ['人造石英石', '岗石板材', '碳酸钙基塑料制品', '涂料填料', '造纸填料', '可降解塑料'],
        keywords: ['碳酸钙', '人造石', '填料', '制品'], codes: ['3032', '2929', '3099'],
        technologies: ['真空压制', '高填充改性', '生物降解'], en: 'engineered quartz stone, filled plastics and paper fillers',
        words: ['新材料', '石业', '塑胶'], unit: '万平方米',
      }),
    ],
    nearMiss: { products: ['滑石粉', '高岭土', '石膏板'], codes: ['3012', '3099'], words: ['矿业', '建材'] },
  },
  {
    id: 'ceramics-building', theme: 'new-materials', name: '陶瓷与新型建材', nameEn: 'Ceramics and new building materials',
    base: '陶瓷产区和石材资源', applications: ['建筑装饰', '家居', '酒店用品'], applicationsEn: 'building decoration, homes and hospitality',
    wordEn: 'Ceramics', items: 9, asean: 0.4, invest: [1, 8],
    cities: { 梧州: '藤县中和陶瓷产业园', 玉林: '北流日用陶瓷产业园', 贵港: '平南工业园区', 贺州: '贺州碳酸钙千亿元产业园' },
    segments: [
      S('upstream', {
        label: '陶瓷原料', products: ['陶瓷原料', '高岭土', '陶瓷釉料', '陶瓷色料', '陶瓷墨水'],
        keywords: ['陶瓷', '釉料', '原料', '色料'], codes: ['3099', '3071'],
        technologies: ['原料标准化', '喷墨釉', '球磨制浆'], en: 'ceramic raw materials, glazes, pigments and inks',
        words: ['陶瓷材料', '新材料', '釉料'], unit: '万吨',
      }),
      S('midstream', {
        label: '陶瓷制品', products: ['瓷砖', '陶瓷岩板', '卫生陶瓷', '日用陶瓷', '特种陶瓷'],
        keywords: ['陶瓷', '瓷砖', '岩板', '日用瓷'], codes: ['3071', '3072', '3074', '3073'],
        technologies: ['大板压制', '宽体窑', '3D喷墨', '低温快烧'], en: 'tiles, slabs, sanitary ware and tableware',
        words: ['陶瓷', '瓷业', '建材'], unit: '万平方米',
      }),
      S('downstream', {
        label: '新型建材', products: ['装配式建筑部品', '节能玻璃', '石材制品', '艺术陶瓷'],
        keywords: ['新型建材', '装配式', '石材', '陶瓷'], codes: ['3075', '3032', '3041'],
        technologies: ['装配化', 'Low-E镀膜', '数控雕刻'], en: 'prefabricated building parts, low-E glass and stone products',
        words: ['建材', '新材料', '石业'], unit: '万平方米',
      }),
    ],
    nearMiss: { products: ['水泥', '红砖', '涂料'], codes: ['3011', '2641'], words: ['水泥', '建材'] },
  },
  {
    id: 'steel-stainless', theme: 'new-materials', name: '精品钢材与不锈钢', nameEn: 'Special steel and stainless steel',
    base: '临海钢铁基地和不锈钢产能', applications: ['汽车', '家电', '建筑', '餐厨'], applicationsEn: 'automotive, appliances, construction and kitchenware',
    wordEn: 'Steel', items: 10, asean: 0.4, invest: [3, 20],
    cities: { 防城港: '企沙工业区', 北海: '北海铁山港（临海）工业区', 柳州: '柳江新兴工业园', 玉林: '玉林龙潭产业园区', 贵港: '贵港产业园区' },
    segments: [
      S('upstream', {
        label: '冶炼', products: ['镍铁', '铬铁', '不锈钢板坯', '钢坯'], keywords: ['冶炼', '钢铁', '不锈钢', '镍铁'], codes: ['3140', '3120', '3110'],
        technologies: ['RKEF工艺', '转炉炼钢', '超低排放'], en: 'ferronickel, ferrochrome and steel slabs',
        words: ['钢铁', '冶金', '特钢'], unit: '万吨', invest: [15, 60],
      }),
      S('midstream', {
        label: '压延加工', products: ['不锈钢冷轧板', '热轧卷板', '汽车用钢', '电工钢', '精密带钢'],
        keywords: ['钢材', '不锈钢', '冷轧', '压延'], codes: ['3130'],
        technologies: ['连续退火', '森吉米尔轧机', '酸洗'], en: 'cold-rolled stainless, hot-rolled coil and automotive steel',
        words: ['钢铁', '不锈钢', '金属材料'], unit: '万吨', invest: [5, 30],
      }),
      S('downstream', {
        label: '金属制品', products: ['不锈钢管材', '不锈钢餐厨具', '钢结构构件', '五金制品'],
        keywords: ['不锈钢', '金属制品', '钢结构', '五金'], codes: ['3311', '3130'],
        technologies: ['激光焊管', '深冲拉伸', '智能焊接'], en: 'stainless pipes, kitchenware, steel structures and hardware',
        words: ['金属制品', '不锈钢', '钢构'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['铝合金门窗', '铸铁管件', '镀锌铁丝'], codes: ['3312', '3130'], words: ['五金', '建材'] },
  },
  {
    id: 'petrochemical-materials', theme: 'new-materials', name: '石化化工新材料', nameEn: 'Petrochemicals and chemical materials',
    base: '临港炼化一体化项目和北部湾港口', applications: ['包装', '汽车', '电子', '纺织'], applicationsEn: 'packaging, automotive, electronics and textiles',
    wordEn: 'Chemicals', items: 11, asean: 0.45, invest: [5, 40],
    cities: { 钦州: '钦州石化产业园', 北海: '北海铁山港（临海）工业区', 防城港: '大西南临港工业园' },
    segments: [
      S('upstream', {
        label: '基础化工原料', products: ['乙烯', '丙烯', '芳烃', '对二甲苯', '烧碱'], keywords: ['石化', '炼化', '化工原料', '烯烃'], codes: ['2511', '2614'],
        technologies: ['蒸汽裂解', '丙烷脱氢', '芳烃联合'], en: 'ethylene, propylene, aromatics and paraxylene',
        words: ['石化', '化工', '能源化工'], unit: '万吨', invest: [30, 120], cities: { 钦州: '钦州石化产业园', 北海: '北海铁山港（临海）工业区' },
      }),
      S('midstream', {
        label: '合成材料', products: ['聚乙烯', '聚丙烯', 'ABS树脂', '聚碳酸酯', '尼龙', '合成橡胶', 'PTA'],
        keywords: ['合成材料', '树脂', '化工新材料', '聚合'], codes: ['2651', '2652', '2653'],
        technologies: ['气相法聚合', '界面缩聚', '溶液聚合'], en: 'polyethylene, polypropylene, ABS, polycarbonate and nylon',
        words: ['化工新材料', '高分子材料', '化学'], unit: '万吨', invest: [10, 50],
      }),
      S('downstream', {
        label: '精细化工与制品', products: ['改性塑料', '高性能膜材料', '电子化学品', '工业涂料', '日化原料'],
        keywords: ['精细化工', '改性', '化工新材料', '电子化学品'], codes: ['2929', '2661', '2662'],
        technologies: ['共混改性', '双向拉伸', '高纯提纯'], en: 'compounded plastics, films, electronic chemicals and coatings',
        words: ['新材料', '精细化工', '化学'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['化肥', '农药', '塑料编织袋'], codes: ['2621', '2631'], words: ['农化', '塑料'] },
  },
  {
    id: 'battery-materials', theme: 'new-materials', name: '新能源电池材料', nameEn: 'Battery materials',
    base: '北部湾港进口镍钴锂资源和新能源材料项目', applications: ['动力电池', '储能电池', '消费电池'], applicationsEn: 'EV, storage and consumer batteries',
    wordEn: 'Battery Materials', items: 12, asean: 0.45, invest: [5, 30],
    cities: { 钦州: '中国—东盟自贸区钦州港片区', 玉林: '玉林龙潭产业园区', 防城港: '防城港经济技术开发区', 北海: '北海铁山港（临海）工业区', 南宁: '南宁经济技术开发区', 崇左: '中泰（崇左）产业园' },
    segments: [
      S('upstream', {
        label: '矿产与前驱体', products: ['镍中间品', '硫酸镍', '硫酸钴', '碳酸锂', '三元前驱体', '电解二氧化锰'],
        keywords: ['前驱体', '镍钴', '锂', '电池材料'], codes: ['3213', '2613'],
        technologies: ['高压酸浸', '共沉淀', '萃取除杂'], en: 'nickel intermediates, nickel and cobalt sulphates, lithium carbonate and precursors',
        words: ['新能源材料', '锂业', '钴镍材料'], unit: '万吨',
      }),
      S('midstream', {
        label: '正负极材料', products: ['三元正极材料', '磷酸铁锂', '锰酸锂', '人造石墨负极', '硅碳负极'],
        keywords: ['正极材料', '负极材料', '电池材料', '锂电'], codes: ['3985', '2613'],
        technologies: ['高镍单晶', '液相法磷酸铁锂', '石墨化', '纳米硅'], en: 'NCM and LFP cathodes and graphite and silicon anodes',
        words: ['新能源材料', '锂电材料', '能源科技'], unit: '万吨',
      }),
      S('downstream', {
        label: '电池辅材与回收', products: ['电解液', '锂电池隔膜', '锂电铜箔', '六氟磷酸锂', '导电剂', '废旧电池回收'],
        keywords: ['电解液', '隔膜', '电池材料', '锂电'], codes: ['2662', '3985', '4210'],
        technologies: ['湿法隔膜', '超薄铜箔', '湿法回收'], en: 'electrolytes, separators, copper foil and battery recycling',
        words: ['新材料', '锂电材料', '循环科技'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['铅酸蓄电池', '干电池', '工业硫酸'], codes: ['3843', '3844'], words: ['电池', '化工'] },
  },
  {
    id: 'recycled-metals', theme: 'new-materials', name: '再生资源', nameEn: 'Recycled metals',
    base: '进口再生资源加工园区和粤港澳大湾区回收网络', applications: ['铜材', '铝材', '不锈钢'], applicationsEn: 'copper, aluminium and stainless products',
    wordEn: 'Recycling', items: 9, asean: 0.4, invest: [1, 10],
    cities: { 梧州: '梧州进口再生资源加工园区', 百色: '百色新山铝产业示范园', 玉林: '玉林龙潭产业园区', 来宾: '广西来宾河南工业园区' },
    segments: [
      S('upstream', {
        label: '回收拆解', products: ['废旧金属回收', '废旧电机拆解', '报废汽车拆解', '废旧家电拆解'],
        keywords: ['再生资源', '回收', '拆解', '废旧金属'], codes: ['4210', '4220'],
        technologies: ['自动分选', '涡电流分选', '破碎分选'], en: 'scrap metal collection and dismantling of motors, vehicles and appliances',
        words: ['再生资源', '环保科技', '回收'], unit: '万吨',
      }),
      S('midstream', {
        label: '再生冶炼', products: ['再生铜', '再生铝锭', '再生不锈钢', '再生铅'],
        keywords: ['再生金属', '再生铜', '再生铝', '冶炼'], codes: ['3211', '3216', '4210'],
        technologies: ['精炼除杂', '双室熔炼', '富氧熔池'], en: 'secondary copper, aluminium ingots and recycled stainless',
        words: ['再生金属', '金属材料', '循环科技'], unit: '万吨',
      }),
      S('downstream', {
        label: '再生制品', products: ['铜杆线材', '再生铝合金棒', '铜管', '再生塑料颗粒'],
        keywords: ['再生', '铜材', '铝合金', '制品'], codes: ['3251', '3252', '4220'],
        technologies: ['连铸连轧', '在线除气', '改性造粒'], en: 'copper rod, recycled aluminium billets and copper tubes',
        words: ['铜业', '金属材料', '新材料'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['生活垃圾处理', '废纸回收', '危废处置'], codes: ['4220', '7724'], words: ['环保', '环境'] },
  },
  // ───────────────────────── 电子信息 ─────────────────────────
  {
    id: 'displays', theme: 'electronic-information', name: '新型显示', nameEn: 'Displays',
    base: '液晶面板产线和显示模组集群', applications: ['电视', '显示器', '车载显示', '商用显示'], applicationsEn: 'TVs, monitors, automotive and commercial displays',
    wordEn: 'Display', items: 12, asean: 0.4, invest: [3, 25],
    cities: { 北海: '北海工业园区', 南宁: '南宁高新技术产业开发区', 贺州: '贺州旺高工业区' },
    segments: [
      S('upstream', {
        label: '显示材料', products: ['玻璃基板', '偏光片', '液晶材料', '光学膜', '显示用靶材', 'OCA光学胶'],
        keywords: ['显示材料', '光学膜', '偏光片', '新型显示'], codes: ['3985'],
        technologies: ['精密涂布', '溢流下拉法', '真空镀膜'], en: 'glass substrates, polarizers, liquid crystals and optical films',
        words: ['光电材料', '新材料', '光学科技'], unit: '万平方米',
      }),
      S('midstream', {
        label: '面板与模组', products: ['TFT-LCD面板', '液晶显示模组', 'Mini LED背光模组', 'OLED面板', '触控模组'],
        keywords: ['显示面板', '显示模组', '新型显示', '背光'], codes: ['3974'],
        technologies: ['COG绑定', 'Mini LED巨量转移', '全贴合', '高刷新驱动'], en: 'TFT-LCD panels, display modules and Mini LED backlights',
        words: ['光电', '显示科技', '光电科技'], unit: '万片', invest: [10, 60],
      }),
      S('downstream', {
        label: '显示终端', products: ['液晶电视', '电脑显示器', '商用显示屏', '车载显示屏', '电子纸'],
        keywords: ['显示终端', '显示器', '新型显示', '整机'], codes: ['3951', '3913', '3962'],
        technologies: ['整机组装', '智能电视系统', '触控一体化'], en: 'TVs, monitors, signage and automotive displays',
        words: ['电子', '显示科技', '视讯'], unit: '万台',
      }),
    ],
    nearMiss: { products: ['LED照明灯具', '投影仪支架', '广告灯箱'], codes: ['3872', '2439'], words: ['照明', '广告'] },
  },
  {
    id: 'semiconductors', theme: 'electronic-information', name: '集成电路与半导体', nameEn: 'Semiconductors',
    base: '晶片产业园和电子信息产业集群', applications: ['消费电子', '汽车电子', '工业控制', '通信'], applicationsEn: 'consumer, automotive, industrial and telecom electronics',
    wordEn: 'Semiconductor', items: 11, asean: 0.3, invest: [3, 30],
    cities: { 北海: '北海工业园区', 南宁: '南宁高新技术产业开发区', 桂林: '桂林高新技术产业开发区' },
    segments: [
      S('upstream', {
        label: '材料与设备', products: ['硅晶圆', '光刻胶', '电子特气', '湿电子化学品', '半导体设备零部件'],
        keywords: ['半导体材料', '晶圆', '电子化学品', '集成电路'], codes: ['3985', '3562'],
        technologies: ['单晶拉制', '高纯提纯', '精密加工'], en: 'silicon wafers, photoresists, specialty gases and equipment parts',
        words: ['半导体材料', '电子材料', '微电子'], unit: '万片',
      }),
      S('midstream', {
        label: '制造与封测', products: ['晶圆制造', '芯片封装测试', '功率半导体器件', 'MEMS传感器', '碳化硅器件'],
        keywords: ['封装测试', '芯片', '功率半导体', '集成电路'], codes: ['3973', '3972'],
        technologies: ['系统级封装', '倒装焊', 'SiC外延', '晶圆级封装'], en: 'wafer fabrication, packaging and testing, and power devices',
        words: ['半导体', '微电子', '芯片科技'], unit: '亿颗', invest: [10, 50],
      }),
      S('downstream', {
        label: '设计与应用', products: ['集成电路设计', '存储芯片', '模拟芯片', '车规级芯片', '物联网芯片'],
        keywords: ['芯片设计', '集成电路', '芯片', '模组'], codes: ['6520', '3973'],
        technologies: ['SoC设计', '低功耗设计', 'AEC-Q100认证'], en: 'IC design, memory, analog and automotive chips',
        words: ['微电子', '芯片科技', '集成电路'], unit: '亿颗',
      }),
    ],
    nearMiss: { products: ['电子烟雾化芯', '太阳能路灯', '电子秤'], codes: ['3989', '3872'], words: ['电子', '照明'] },
  },
  {
    id: 'smart-terminals', theme: 'electronic-information', name: '智能终端', nameEn: 'Smart terminals',
    base: '智能终端整机集群和面向东盟的出口通道', applications: ['消费电子', '智能家居', '东盟市场'], applicationsEn: 'consumer electronics and smart homes',
    wordEn: 'Devices', items: 14, asean: 0.6, invest: [1, 12],
    cities: {
      北海: '北海工业园区', 南宁: '南宁高新技术产业开发区', 桂林: '临桂新区', 贺州: '贺州旺高工业区', 钦州: '中马钦州产业园区',
      崇左: '中国（广西）自由贸易试验区崇左片区', 贵港: '贵港产业园区', 梧州: '粤桂合作特别试验区',
    },
    segments: [
      S('upstream', {
        label: '零部件', products: ['手机结构件', '摄像头模组', '快充充电器', '消费类锂电池', '声学器件', '精密五金件'],
        keywords: ['零部件', '模组', '智能终端', '配套'], codes: ['3984', '3922', '3841'],
        technologies: ['精密注塑', 'CNC加工', '自动化组装', '氮化镓快充'], en: 'phone housings, camera modules, chargers and acoustic parts',
        words: ['电子', '精密科技', '电子科技'], unit: '万件',
      }),
      S('midstream', {
        label: '整机', products: ['智能手机', '笔记本电脑', '平板电脑', '服务器', '智能手表', '智能家居设备'],
        keywords: ['整机', '智能终端', '电子产品', '组装'], codes: ['3922', '3911', '3961'],
        technologies: ['SMT贴片', '整机组装', '软硬件集成'], en: 'smartphones, laptops, tablets, servers and wearables',
        words: ['智能科技', '电子', '通讯'], unit: '万台',
      }),
      S('downstream', {
        label: '新兴智能终端', products: ['智能音箱', '消费级无人机', '服务机器人', '智能POS机', '智能门锁', '车载智能终端'],
        keywords: ['智能硬件', '智能终端', '物联网', '智能家居'], codes: ['3969', '3952', '3962'],
        technologies: ['语音识别', '嵌入式AI', '低功耗蓝牙'], en: 'smart speakers, drones, service robots and smart locks',
        words: ['智能科技', '智能硬件', '机器人'], unit: '万台',
      }),
    ],
    nearMiss: { products: ['手机壳贴膜', '电子玩具', '数据线'], codes: ['2459', '3989'], words: ['数码配件', '玩具'] },
  },
  {
    id: 'electronic-components', theme: 'electronic-information', name: '电子元器件', nameEn: 'Electronic components',
    base: '电子元器件配套基础和粤港澳大湾区产业转移', applications: ['消费电子', '汽车电子', '通信设备', '家电'], applicationsEn: 'consumer, automotive, telecom and appliance electronics',
    wordEn: 'Electronics', items: 12, asean: 0.4, invest: [1, 10],
    cities: { 桂林: '桂林高新技术产业开发区', 梧州: '梧州高新技术产业开发区', 贺州: '贺州生态产业园', 玉林: '', 来宾: '来宾高新技术产业开发区', 柳州: '柳江新兴工业园', 河池: '河池大任产业园' },
    segments: [
      S('upstream', {
        label: '电子基材', products: ['覆铜板', '电子铜箔', '电子陶瓷粉体', '软磁材料'],
        keywords: ['电子材料', '覆铜板', '基材', '电子元器件'], codes: ['3985'],
        technologies: ['高频高速基材', '流延成型', '铁氧体烧结'], en: 'copper-clad laminates, copper foil and ceramic powders',
        words: ['电子材料', '新材料', '电子'], unit: '万平方米',
      }),
      S('midstream', {
        label: '电子元件', products: ['印制电路板', '片式电容', '片式电感', '片式电阻', '连接器', '继电器'],
        keywords: ['电子元件', 'PCB', '被动元件', '电子元器件'], codes: ['3982', '3981', '3989'],
        technologies: ['HDI', 'MLCC叠层', '精密冲压', '自动化贴装'], en: 'PCBs, capacitors, inductors, resistors and connectors',
        words: ['电子', '电路科技', '电子元件'], unit: '亿只',
      }),
      S('downstream', {
        label: '组件与传感', products: ['传感器', '电源模块', '电子变压器', 'LED封装器件', '电子线束'],
        keywords: ['传感器', '电源', '电子元器件', '模块'], codes: ['3983', '3975', '3989'],
        technologies: ['MEMS工艺', '开关电源设计', '自动绕线'], en: 'sensors, power modules, transformers and LED packages',
        words: ['电子', '传感技术', '电源科技'], unit: '万只',
      }),
    ],
    nearMiss: { products: ['家用插线板', '电工胶带', '电子烟'], codes: ['3839', '3989'], words: ['电工', '电器'] },
  },
  {
    id: 'optical-communication', theme: 'electronic-information', name: '光通信', nameEn: 'Optical communication',
    base: '光通信器件产业基础', applications: ['5G通信', '数据中心', '光纤到户'], applicationsEn: '5G networks, data centres and FTTH',
    wordEn: 'Photonics', items: 9, asean: 0.35, invest: [1, 12],
    cities: { 桂林: '桂林高新技术产业开发区', 南宁: '南宁高新技术产业开发区', 北海: '北海综合保税区', 钦州: '中马钦州产业园区' },
    segments: [
      S('upstream', {
        label: '光纤材料', products: ['光纤预制棒', '光纤', '光学晶体', '光学玻璃'],
        keywords: ['光纤', '光通信', '光学材料', '预制棒'], codes: ['3832', '3985'],
        technologies: ['VAD预制棒', '拉丝工艺', '晶体生长'], en: 'optical preforms, fibre and optical crystals',
        words: ['光电', '光学', '光纤科技'], unit: '万芯公里',
      }),
      S('midstream', {
        label: '光器件', products: ['光模块', '光芯片', '光无源器件', '激光器'],
        keywords: ['光器件', '光模块', '光通信', '光芯片'], codes: ['3976'],
        technologies: ['硅光集成', 'COB封装', '高速调制'], en: 'optical transceivers, laser chips and passive components',
        words: ['光电', '光通信', '光子科技'], unit: '万只',
      }),
      S('downstream', {
        label: '通信设备', products: ['光缆', '5G基站设备', '光传输设备', '北斗导航终端'],
        keywords: ['通信设备', '光缆', '光通信', '基站'], codes: ['3833', '3921'],
        technologies: ['OTN传输', '小基站', '北斗高精度定位'], en: 'optical cable, 5G base stations and transmission equipment',
        words: ['通信', '通讯技术', '光电'], unit: '万芯公里',
      }),
    ],
    nearMiss: { products: ['网线水晶头', '光纤灯', '监控摄像头'], codes: ['3989', '3872'], words: ['网络设备', '安防'] },
  },
  {
    id: 'digital-services', theme: 'electronic-information', name: '数字经济与信息服务', nameEn: 'Digital economy and IT services',
    base: '中国—东盟信息港和面向东盟的数字枢纽', applications: ['跨境贸易', '智慧港口', '制造业数字化'], applicationsEn: 'cross-border trade, smart ports and manufacturing',
    wordEn: 'Digital', items: 8, asean: 0.75, invest: [1, 10], service: true,
    cities: { 南宁: '中国（广西）自由贸易试验区南宁片区', 钦州: '中国—东盟自贸区钦州港片区', 柳州: '柳东新区', 桂林: '桂林高新技术产业开发区' },
    segments: [
      S('upstream', {
        label: '算力基础设施', products: ['数据中心', '云计算平台', '边缘计算节点', '国际通信出入口服务'],
        keywords: ['算力', '数据中心', '云计算', '数字经济'], codes: ['6450'],
        technologies: ['液冷机柜', '分布式存储', '虚拟化'], en: 'data centres, cloud platforms and edge computing',
        words: ['数据科技', '云计算', '信息技术'], unit: '个机柜', invest: [5, 30],
      }),
      S('midstream', {
        label: '软件与平台', products: ['工业软件', '工业互联网平台', '跨境电商平台', '物联网平台'],
        keywords: ['软件', '平台', '工业互联网', '数字化'], codes: ['6513', '6532'],
        technologies: ['低代码', '微服务架构', '数字孪生'], en: 'industrial software, IIoT and cross-border e-commerce platforms',
        words: ['软件', '信息技术', '网络科技'], unit: '套',
      }),
      S('downstream', {
        label: '数字应用服务', products: ['跨境数据服务', '智慧港口系统', '东盟小语种智能翻译', '数字孪生工厂'],
        keywords: ['数字应用', '智慧', '人工智能', '数字经济'], codes: ['6513', '6450'],
        technologies: ['多语种大模型', '港口调度算法', '数据合规'], en: 'cross-border data services, smart-port systems and AI translation',
        words: ['智能科技', '数字科技', '信息技术'], unit: '套',
      }),
    ],
    nearMiss: { products: ['网站建设', '电脑维修', '办公设备租赁'], codes: ['6540', '8121'], words: ['网络', '电脑'] },
  },
  // ───────────────────────── 轻工纺织 ─────────────────────────
  {
    id: 'textiles', theme: 'light-textile', name: '纺织', nameEn: 'Textiles',
    base: '纺织服装产业基础和东部产业转移承接平台', applications: ['服装', '家纺', '产业用纺织品'], applicationsEn: 'apparel, home textiles and technical textiles',
    wordEn: 'Textiles', items: 11, asean: 0.45, invest: [1, 8],
    cities: { 玉林: '福绵节能环保产业园', 贵港: '贵港产业园区', 南宁: '', 柳州: '柳江新兴工业园', 崇左: '中国（广西）自由贸易试验区崇左片区' },
    segments: [
      S('upstream', {
        label: '纤维与纺纱', products: ['涤纶短纤', '粘胶纤维', '棉纱', '混纺纱', '再生涤纶纤维'],
        keywords: ['纺纱', '纤维', '纱线', '纺织'], codes: ['2822', '1711'],
        technologies: ['紧密纺', '涡流纺', '再生聚酯'], en: 'polyester staple, viscose, cotton and blended yarns',
        words: ['纺织', '纺纱', '纤维'], unit: '万锭', cities: { 贵港: '桂平长安工业园区', 南宁: '', 崇左: '中国（广西）自由贸易试验区崇左片区' },
      }),
      S('midstream', {
        label: '织造与印染', products: ['牛仔布', '针织面料', '化纤面料', '印染加工', '功能性面料'],
        keywords: ['织造', '印染', '面料', '纺织'], codes: ['1712', '1751', '1713', '1761'],
        technologies: ['喷气织造', '数码印花', '无水染色', '中水回用'], en: 'denim, knitted and synthetic fabrics and dyeing services',
        words: ['纺织', '面料', '印染'], unit: '万米',
      }),
      S('downstream', {
        label: '家纺与产业用纺织品', products: ['床上用品', '毛巾', '无纺布', '医用防护用品', '汽车内饰面料'],
        keywords: ['家纺', '产业用纺织品', '无纺布', '纺织'], codes: ['1771', '1781'],
        technologies: ['熔喷', '水刺', '复合层压'], en: 'bedding, towels, non-wovens and automotive fabrics',
        words: ['家纺', '纺织', '无纺科技'], unit: '万件',
      }),
    ],
    nearMiss: { products: ['纺织机械配件', '化纤原料贸易', '缝纫线'], codes: ['3551', '5131'], words: ['纺机', '贸易'] },
  },
  {
    id: 'garments-footwear', theme: 'light-textile', name: '服装鞋帽', nameEn: 'Garments and footwear',
    base: '服装加工集群和面向东盟的出口基地', applications: ['国内品牌', '外贸出口', '东盟市场'], applicationsEn: 'domestic brands and export markets',
    wordEn: 'Apparel', items: 11, asean: 0.5, invest: [0.5, 5],
    cities: { 玉林: '福绵节能环保产业园', 贵港: '贵港产业园区', 南宁: '', 桂林: '临桂新区', 钦州: '中马钦州产业园区', 崇左: '凭祥综合保税区' },
    segments: [
      S('upstream', {
        label: '服装辅料', products: ['拉链', '纽扣', '织带', '服装辅料', '鞋材'],
        keywords: ['辅料', '服装辅料', '鞋材', '配套'], codes: ['1830', '1951'],
        technologies: ['精密压铸', '电镀环保工艺', '注塑成型'], en: 'zips, buttons, tapes and shoe materials',
        words: ['服饰辅料', '制衣配件', '鞋材'], unit: '万件',
      }),
      S('midstream', {
        label: '成衣制造', products: ['牛仔服装', '运动服装', '休闲服装', '针织服装', '童装', '职业工装'],
        keywords: ['服装', '成衣', '制衣', '牛仔'], codes: ['1819', '1811', '1829', '1821'],
        technologies: ['智能吊挂', '自动裁床', '激光洗水', '3D打版'], en: 'denim wear, sportswear, casual wear and children\'s clothing',
        words: ['服饰', '制衣', '服装'], unit: '万件',
      }),
      S('downstream', {
        label: '鞋履与品牌', products: ['运动鞋', '皮鞋', '箱包', '服装品牌运营'],
        keywords: ['鞋', '箱包', '品牌', '服装'], codes: ['1954', '1952', '1830'],
        technologies: ['飞织鞋面', '冷粘工艺', '柔性快反'], en: 'sports shoes, leather shoes and bags',
        words: ['鞋业', '服饰', '皮具'], unit: '万双',
      }),
    ],
    nearMiss: { products: ['服装零售', '二手服装回收', '缝纫机'], codes: ['5232', '3553'], words: ['商贸', '零售'] },
  },
  {
    id: 'silk', theme: 'light-textile', name: '茧丝绸', nameEn: 'Silk',
    base: '桑蚕养殖和缫丝产业基础', applications: ['丝绸服装', '家纺', '生物材料'], applicationsEn: 'silk apparel, home textiles and biomaterials',
    wordEn: 'Silk', items: 9, asean: 0.25, invest: [0.5, 5],
    cities: { 河池: '宜州工业园区', 来宾: '象州工业园区', 南宁: '', 百色: '百色高新技术产业开发区' },
    segments: [
      S('upstream', {
        label: '蚕茧与缫丝', products: ['桑蚕茧', '生丝', '厂丝', '蚕种'], keywords: ['缫丝', '蚕茧', '生丝', '茧丝绸'], codes: ['1741'],
        technologies: ['自动缫丝', '鲜茧烘干', '蚕种繁育'], en: 'cocoons and raw silk', words: ['茧丝', '丝绸', '蚕业'], unit: '吨',
      }),
      S('midstream', {
        label: '丝织与印染', products: ['真丝面料', '丝绸印染', '绢纺纱', '丝棉混纺面料'],
        keywords: ['丝织', '真丝', '丝绸', '印染'], codes: ['1742', '1743'],
        technologies: ['剑杆织造', '数码印花', '绢纺精练'], en: 'silk fabrics, printing and spun silk', words: ['丝绸', '织造'], unit: '万米',
      }),
      S('downstream', {
        label: '丝绸制品与综合利用', products: ['蚕丝被', '丝绸服装', '丝绸围巾', '蚕丝蛋白', '桑枝食用菌'],
        keywords: ['丝绸制品', '蚕丝', '综合利用', '茧丝绸'], codes: ['1771', '1819', '1495'],
        technologies: ['丝胶提取', '蚕丝被自动铺絮', '桑枝栽培'], en: 'silk quilts, silk garments and silk-protein products', words: ['丝绸', '生物科技', '家纺'], unit: '万件',
      }),
    ],
    nearMiss: { products: ['化纤仿真丝面料', '羊毛衫', '麻纺织品'], codes: ['1751', '1721'], words: ['化纤', '毛纺'] },
  },
  {
    id: 'paper', theme: 'light-textile', name: '造纸及纸制品', nameEn: 'Paper and paper products',
    base: '速生林和甘蔗渣资源以及林浆纸一体化项目', applications: ['包装', '印刷', '生活用纸'], applicationsEn: 'packaging, printing and tissue',
    wordEn: 'Paper', items: 11, asean: 0.35, invest: [1, 15],
    cities: { 钦州: '钦州港经济技术开发区', 北海: '北海铁山港（临海）工业区', 贵港: '贵港国家生态工业（制糖）示范园区', 南宁: '南宁六景工业园区', 柳州: '鹿寨经济开发区', 崇左: '中泰（崇左）产业园' },
    segments: [
      S('upstream', {
        label: '制浆', products: ['化学木浆', '竹浆', '蔗渣浆', '化机浆'], keywords: ['制浆', '纸浆', '林浆纸', '造纸'], codes: ['2211', '2212'],
        technologies: ['连续蒸煮', '氧脱木素', '碱回收'], en: 'chemical wood pulp, bamboo and bagasse pulp', words: ['浆纸', '纸业', '林浆'], unit: '万吨', invest: [10, 60],
      }),
      S('midstream', {
        label: '纸及纸板', products: ['白卡纸', '文化用纸', '生活用纸原纸', '箱板纸', '特种纸'],
        keywords: ['造纸', '纸板', '纸业', '原纸'], codes: ['2221', '2223'],
        technologies: ['高速纸机', '多层成形', '涂布'], en: 'folding boxboard, printing paper, tissue parent rolls and specialty paper', words: ['纸业', '造纸'], unit: '万吨',
      }),
      S('downstream', {
        label: '纸制品', products: ['纸包装', '瓦楞纸箱', '纸浆模塑', '纸制餐具', '卫生纸巾'],
        keywords: ['纸制品', '包装', '纸浆模塑', '造纸'], codes: ['2231', '2239'],
        technologies: ['数码印刷', '热压成型', '自动化糊盒'], en: 'paper packaging, corrugated boxes, moulded pulp and tissue', words: ['包装', '纸品', '环保科技'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['塑料包装袋', '印刷品', '木材贸易'], codes: ['2921', '2319'], words: ['塑料', '印务'] },
  },
  {
    id: 'furniture-wood', theme: 'light-textile', name: '家具及木材加工', nameEn: 'Furniture and wood processing',
    base: '人工林木材资源和东盟红木进口通道', applications: ['家居', '建筑装修', '出口'], applicationsEn: 'homes, interior fit-out and export',
    wordEn: 'Furniture', items: 12, asean: 0.5, invest: [0.5, 6],
    cities: { 贵港: '桂平长安工业园区', 崇左: '扶绥泛家居产业园', 梧州: '', 贺州: '贺州生态产业园', 南宁: '', 防城港: '东兴国家重点开发开放试验区' },
    segments: [
      S('upstream', {
        label: '木材加工', products: ['桉木单板', '胶合板', '刨花板', '纤维板', '生态板'],
        keywords: ['人造板', '木材加工', '板材', '胶合板'], codes: ['2021', '2022', '2023', '2011'],
        technologies: ['无醛胶黏', '连续平压', '单板旋切'], en: 'eucalyptus veneer, plywood, particleboard and MDF', words: ['木业', '板业', '林产'], unit: '万立方米',
        cities: { 贵港: '桂平长安工业园区', 崇左: '扶绥泛家居产业园', 梧州: '', 南宁: '', 来宾: '' },
      }),
      S('midstream', {
        label: '家具制造', products: ['定制家居', '板式家具', '实木家具', '红木家具', '办公家具', '竹藤家具'],
        keywords: ['家具', '家居', '定制', '实木'], codes: ['2110', '2120', '2130'],
        technologies: ['柔性生产线', '数控开料', '水性漆涂装'], en: 'custom cabinetry, panel, solid-wood and rosewood furniture', words: ['家居', '家具', '木业'], unit: '万套',
        cities: { 崇左: '凭祥综合保税区', 贵港: '桂平长安工业园区', 贺州: '贺州生态产业园', 南宁: '', 防城港: '东兴国家重点开发开放试验区', 梧州: '' },
      }),
      S('downstream', {
        label: '家居配套', products: ['木门', '木地板', '家居五金', '家具漆', '智能家居产品'],
        keywords: ['家居', '配套', '木门', '地板'], codes: ['2032', '2034'],
        technologies: ['静音阻尼', '水性涂料', '智能控制'], en: 'wooden doors, flooring, hardware and finishes', words: ['家居', '木业', '五金'], unit: '万套',
      }),
    ],
    nearMiss: { products: ['家具卖场', '木炭', '原木贸易'], codes: ['5283', '2049'], words: ['商贸', '林产'] },
  },
  {
    id: 'sugar', theme: 'light-textile', name: '糖业及综合利用', nameEn: 'Sugar and by-products',
    base: '甘蔗种植和制糖产业优势', applications: ['食品工业', '饮料', '发酵'], applicationsEn: 'food, beverage and fermentation industries',
    wordEn: 'Sugar', items: 10, asean: 0.4, invest: [1, 10],
    cities: { 崇左: '中泰（崇左）产业园', 来宾: '象州工业园区', 南宁: '', 贵港: '贵港国家生态工业（制糖）示范园区', 河池: '宜州工业园区', 百色: '' },
    segments: [
      S('upstream', {
        label: '制糖', products: ['原糖', '白砂糖', '糖厂智能化装备', '甘蔗良种'], keywords: ['制糖', '蔗糖', '甘蔗', '糖业'], codes: ['1340'],
        technologies: ['智能压榨', '连续煮糖', '节能蒸发'], en: 'raw and white cane sugar', words: ['糖业', '制糖'], unit: '万吨',
      }),
      S('midstream', {
        label: '精制与深加工', products: ['精制糖', '红糖', '低聚果糖', '代糖', '糖果蜜饯'],
        keywords: ['精制糖', '糖', '深加工', '功能糖'], codes: ['1340', '1495', '1422'],
        technologies: ['膜分离', '酶法转化', '色谱分离'], en: 'refined sugar, brown sugar and functional sweeteners', words: ['糖业', '食品', '生物科技'], unit: '万吨',
      }),
      S('downstream', {
        label: '综合利用', products: ['糖蜜酵母', '甘蔗渣环保餐具', '蔗渣板', '生物有机肥', '燃料乙醇'],
        keywords: ['综合利用', '甘蔗渣', '糖蜜', '循环经济'], codes: ['1469', '2239', '1495'],
        technologies: ['酵母发酵', '纸浆模塑', '生物转化'], en: 'molasses yeast, bagasse tableware and bio-fertiliser', words: ['生物科技', '环保科技', '糖业'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['糖果零售', '甜菜糖', '饮料瓶'], codes: ['5229', '2926'], words: ['商贸', '包装'] },
  },
  {
    id: 'specialty-food', theme: 'light-textile', name: '特色食品', nameEn: 'Specialty foods',
    base: '螺蛳粉、六堡茶、芒果、海产品等特色农产品资源', applications: ['商超', '电商', '餐饮', '东盟市场'], applicationsEn: 'retail, e-commerce, catering and ASEAN markets',
    wordEn: 'Foods', items: 14, asean: 0.5, invest: [0.5, 5],
    cities: {
      柳州: '柳江新兴工业园', 梧州: '梧州高新技术产业开发区', 百色: '百色高新技术产业开发区', 北海: '合浦工业园区', 防城港: '防城港经济技术开发区',
      钦州: '中马钦州产业园区', 贺州: '贺州旺高工业区', 玉林: '', 崇左: '凭祥综合保税区', 南宁: '广西—东盟经济技术开发区',
    },
    segments: [
      S('upstream', {
        label: '原料初加工', products: ['螺蛳粉米粉', '酸笋', '芒果果浆', '荔枝冻干', '大豆油脂', '东盟水果初加工'],
        keywords: ['初加工', '农产品加工', '原料', '食品'], codes: ['1431', '1371', '1373', '1331'],
        technologies: ['冷链预冷', '冻干', '发酵控制'], en: 'rice noodles, pickled bamboo shoots, fruit pulp and freeze-dried fruit', words: ['食品', '农业科技', '农产品'], unit: '万吨',
      }),
      S('midstream', {
        label: '食品制造', products: ['袋装螺蛳粉', '六堡茶', '果汁饮料', '休闲食品', '冷冻水产品', '复合调味料'],
        keywords: ['食品', '预包装', '饮料', '调味'], codes: ['1431', '1530', '1523', '1361', '1469'],
        technologies: ['无菌灌装', '真空包装', '渥堆发酵', '速冻'], en: 'packaged rice noodles, dark tea, juices, snacks and frozen seafood', words: ['食品', '茶业', '饮品'], unit: '万吨',
      }),
      S('downstream', {
        label: '预制菜与冷链', products: ['预制菜', '速冻食品', '中央厨房', '鱼糜制品', '食品包装'],
        keywords: ['预制菜', '冷链', '食品', '速冻'], codes: ['1432', '1362'],
        technologies: ['液氮速冻', '气调包装', '全程冷链'], en: 'ready meals, frozen foods and surimi products', words: ['食品', '餐饮科技', '冷链'], unit: '万吨',
      }),
    ],
    nearMiss: { products: ['餐饮连锁', '食品超市', '保健品直销'], codes: ['6210', '5212'], words: ['餐饮', '商贸'] },
  },
  {
    id: 'gems-crafts', theme: 'light-textile', name: '宝石首饰与工艺品', nameEn: 'Gems, jewellery and crafts',
    base: '人工宝石加工集散和陶艺、红木工艺传统', applications: ['珠宝首饰', '礼品', '文创'], applicationsEn: 'jewellery, gifts and cultural products',
    wordEn: 'Gems', items: 8, asean: 0.35, invest: [0.5, 5],
    cities: { 梧州: '梧州人工宝石产业园', 钦州: '', 玉林: '北流日用陶瓷产业园', 崇左: '凭祥综合保税区' },
    segments: [
      S('upstream', {
        label: '人工晶体', products: ['合成立方氧化锆', '人造蓝宝石', '培育钻石', '合成尖晶石'],
        keywords: ['人工宝石', '晶体', '培育钻石', '宝石'], codes: ['2438', '3099'],
        technologies: ['冷坩埚法', 'CVD培育', '焰熔法'], en: 'cubic zirconia, synthetic sapphire and lab-grown diamonds', words: ['晶体材料', '宝石', '新材料'], unit: '万克拉',
        cities: { 梧州: '梧州人工宝石产业园' },
      }),
      S('midstream', {
        label: '宝石加工', products: ['宝石切磨', '珠宝镶嵌', '首饰设计', '银饰'],
        keywords: ['宝石加工', '首饰', '珠宝', '镶嵌'], codes: ['2438'],
        technologies: ['自动切磨', '微镶', '3D打印蜡版'], en: 'gem cutting, jewellery setting and design', words: ['珠宝', '首饰', '宝石'], unit: '万件',
        cities: { 梧州: '梧州人工宝石产业园', 崇左: '凭祥综合保税区' },
      }),
      S('downstream', {
        label: '工艺品与文创', products: ['坭兴陶工艺品', '红木工艺品', '文创礼品', '陶瓷茶具'],
        keywords: ['工艺品', '文创', '陶', '礼品'], codes: ['2439', '2431', '3075'],
        technologies: ['手工拉坯', '窑变烧成', '精雕'], en: 'Nixing pottery, rosewood crafts and cultural gifts', words: ['工艺品', '文化创意', '陶艺'], unit: '万件',
        cities: { 钦州: '', 玉林: '北流日用陶瓷产业园', 崇左: '凭祥综合保税区', 梧州: '' },
      }),
    ],
    nearMiss: { products: ['黄金回购', '玻璃工艺品', '塑料花'], codes: ['5245', '3059'], words: ['商贸', '礼品'] },
  },
];

/** Off-theme enterprises, the "noise" of a real target list. */
export const DISTRACTORS: readonly { products: readonly string[]; codes: readonly string[]; words: readonly string[]; description: string }[] = [
  { products: ['中成药', '保健品'], codes: ['27'], words: ['药业', '生物医药'], description: '从事中成药及保健品的研发、生产和销售' },
  { products: ['仓储服务', '城市配送'], codes: ['59'], words: ['物流', '供应链'], description: '提供仓储、城市配送和供应链管理服务' },
  { products: ['商业地产开发'], codes: ['70'], words: ['置业', '地产'], description: '从事商业地产开发与运营' },
  { products: ['企业管理咨询', '人力资源服务'], codes: ['72'], words: ['咨询', '企业管理'], description: '为企业提供管理咨询和人力资源外包服务' },
  { products: ['建材批发', '五金批发'], codes: ['51'], words: ['贸易', '商贸'], description: '从事建材、五金产品批发和进出口贸易' },
  { products: ['酒店运营'], codes: ['61'], words: ['酒店管理', '文旅'], description: '从事酒店投资和运营管理' },
];
