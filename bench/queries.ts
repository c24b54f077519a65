/**
 * Chain-gap-style queries for the ranking benchmark, written by hand in the style of the event's four
 * themes. Relevance is judged by the third-party CICS level-4 labels of ../shared/eval/companies.tsv:
 * grade 2 for a listed level-4 label, grade 1 for another label of the same level 3.
 * No word here was taken from the evaluation corpus's descriptions.
 */
export interface BenchQuery {
  id: string;
  theme: 'advanced-equipment' | 'new-materials' | 'electronic-information' | 'light-textile';
  title: string;
  keywords: string[];
  description: string;
  /** CICS level-4 labels judged relevant (grade 2). */
  l4: string[];
}

/** A query from space-separated keywords and level-4 labels. */
export const q = (
  id: string,
  theme: BenchQuery['theme'],
  title: string,
  keywords: string,
  description: string,
  l4: string,
): BenchQuery => ({
  id,
  theme,
  title,
  keywords: keywords.split(' '),
  description,
  l4: l4.split(' '),
});

export const QUERIES: readonly BenchQuery[] = [
  q(
    'q01',
    'advanced-equipment',
    '汽车发动机精密加工零部件',
    '发动机零部件 曲轴 缸体 活塞 精密铸造',
    '引进汽车发动机缸体、曲轴等精密零部件加工企业，配套整车与发动机主机厂',
    '汽车零配件',
  ),
  q(
    'q02',
    'advanced-equipment',
    '新能源汽车整车制造',
    '新能源汽车 整车 乘用车 电动汽车',
    '引进新能源乘用车整车制造项目，带动零部件集聚',
    '汽车',
  ),
  q('q03', 'advanced-equipment', '汽车轮胎制造', '子午线轮胎 全钢轮胎 半钢轮胎 橡胶', '补齐汽车轮胎配套环节', '轮胎'),
  q(
    'q04',
    'advanced-equipment',
    '工程机械整机及关键部件',
    '挖掘机 装载机 起重机 工程机械',
    '做强工程机械产业链，引进整机及液压件企业',
    '工程机械',
  ),
  q(
    'q05',
    'advanced-equipment',
    '轨道交通装备',
    '机车 动车组 城轨车辆 轨道交通 铁路货车',
    '引进轨道交通整车及关键零部件企业',
    '铁路设备',
  ),
  q(
    'q06',
    'advanced-equipment',
    '船舶修造及海工装备',
    '船舶 造船 海工装备 修船',
    '依托港口发展船舶修造和海洋工程装备',
    '船舶制造',
  ),
  q(
    'q07',
    'advanced-equipment',
    '通用机械及基础零部件',
    '轴承 泵 阀门 压缩机 齿轮',
    '补齐通用机械基础零部件环节',
    '通用机械',
  ),
  q(
    'q08',
    'advanced-equipment',
    '风电光伏新能源装备',
    '风电设备 光伏组件 逆变器 风力发电机组',
    '引进风电整机与光伏组件制造企业',
    '新能源设备',
  ),
  q(
    'q09',
    'advanced-equipment',
    '输变电装备',
    '变压器 开关柜 电线电缆 输配电设备',
    '发展输变电成套装备',
    '电气部件与设备 重型电气设备',
  ),
  q(
    'q10',
    'advanced-equipment',
    '节能环保装备',
    '污水处理设备 除尘设备 脱硫脱硝 环保设备',
    '引进环保装备制造企业',
    '环保设备',
  ),
  q(
    'q11',
    'advanced-equipment',
    '航空航天零部件',
    '航空 飞机零部件 航天 无人机',
    '引进航空零部件配套企业',
    '航空航天与国防',
  ),
  q('q12', 'advanced-equipment', '农业机械', '拖拉机 收割机 农机 农业机械', '发展甘蔗收获机等农业机械', '农用机械'),
  q(
    'q13',
    'advanced-equipment',
    '商用车及专用车',
    '重型卡车 客车 商用车 专用车',
    '做强商用车整车制造',
    '商用货车 汽车',
  ),
  q('q14', 'advanced-equipment', '摩托车整车及零部件', '摩托车 两轮车 踏板车', '引进摩托车整车及配套企业', '摩托车'),
  q('q15', 'new-materials', '铝精深加工', '铝型材 铝板带箔 电解铝 铝合金', '延伸铝产业链，发展高端铝材精深加工', '铝'),
  q('q16', 'new-materials', '铜及铜材加工', '铜箔 铜板带 电解铜 铜杆', '发展铜冶炼及铜材深加工', '铜'),
  q('q17', 'new-materials', '稀土及稀有金属材料', '稀土 钨 钼 锂 钴 稀有金属', '做强稀土及稀有金属新材料', '稀有金属'),
  q('q18', 'new-materials', '不锈钢及特种钢材', '不锈钢 特钢 钢材 冷轧', '延伸不锈钢产业链', '钢铁'),
  q(
    'q19',
    'new-materials',
    '碳酸钙及非金属矿新材料',
    '重质碳酸钙 石材 非金属矿 石英',
    '发展碳酸钙深加工与非金属矿制品',
    '非金属采矿及制品 其他建材',
  ),
  q(
    'q20',
    'new-materials',
    '光伏玻璃及玻璃深加工',
    '光伏玻璃 浮法玻璃 玻璃深加工 玻璃纤维',
    '引进玻璃新材料项目',
    '玻璃',
  ),
  q('q21', 'new-materials', '基础化工原料', '氟化工 有机硅 氯碱 化工原料', '依托石化基地发展基础化工原料', '化学原料'),
  q('q22', 'new-materials', '高性能纤维及树脂材料', '碳纤维 氨纶 涤纶 树脂', '发展化纤及合成树脂新材料', '纤维及树脂'),
  q('q23', 'new-materials', '涂料及功能涂层', '涂料 油漆 粉末涂料 防腐涂料', '补齐涂料配套环节', '涂料涂漆'),
  q('q24', 'new-materials', '塑料制品及改性塑料', '塑料薄膜 改性塑料 塑料管材 注塑', '发展塑料制品深加工', '塑料制品'),
  q('q25', 'new-materials', '水泥及新型建材', '水泥 熟料 混凝土 建材', '发展绿色水泥与新型建材', '水泥'),
  q('q26', 'new-materials', '黄金及贵金属加工', '黄金 白银 贵金属 金矿', '发展贵金属冶炼与加工', '黄金及其它贵金属'),
  q('q27', 'new-materials', '化肥及农药', '复合肥 磷肥 钾肥 农药', '发展新型肥料与农药', '化肥与农药'),
  q(
    'q28',
    'electronic-information',
    '集成电路设计制造与封测',
    '集成电路 芯片 晶圆 封装测试',
    '补齐集成电路制造与封测环节',
    '半导体',
  ),
  q(
    'q29',
    'electronic-information',
    '光电显示与LED',
    'LED 光电 显示 发光二极管 激光',
    '引进光电子器件与显示企业',
    '光电子器件',
  ),
  q(
    'q30',
    'electronic-information',
    '智能终端与消费电子',
    '手机 平板电脑 智能穿戴 消费电子',
    '打造智能终端产业集群',
    '消费电子产品 电子设备及仪表制造商',
  ),
  q(
    'q31',
    'electronic-information',
    '电子元器件与电路板',
    '印制电路板 电容 连接器 电子元器件',
    '补齐电子元器件配套',
    '电子设备及仪表制造商',
  ),
  q(
    'q32',
    'electronic-information',
    '计算机与服务器制造',
    '服务器 计算机 存储设备 打印机',
    '引进计算机整机与外设企业',
    '电脑与外围设备',
  ),
  q(
    'q33',
    'electronic-information',
    '工业软件与信息服务',
    '软件 工业软件 软件开发 操作系统',
    '发展工业软件与软件开发',
    '软件开发',
  ),
  q('q34', 'electronic-information', '家用电器', '空调 冰箱 洗衣机 小家电', '引进家电整机及配套企业', '家用电器'),
  q('q35', 'light-textile', '纺织及印染', '纺纱 织布 印染 面料 棉纺', '发展纺织印染产业', '纺织品'),
  q('q36', 'light-textile', '品牌服装服饰', '服装 服饰 女装 男装 童装', '引进服装品牌与加工企业', '服装服饰'),
  q('q37', 'light-textile', '制鞋', '鞋 运动鞋 皮鞋 鞋材', '承接制鞋产业转移', '鞋类'),
  q(
    'q38',
    'light-textile',
    '造纸及纸制品',
    '纸浆 造纸 包装纸 生活用纸 纸板',
    '延伸林浆纸一体化产业链',
    '纸制品 纸材料包装',
  ),
  q('q39', 'light-textile', '家具及家居', '家具 定制家居 床垫 木门', '发展家具家居产业', '家庭装饰品'),
  q('q40', 'light-textile', '食品加工', '肉制品 调味品 速冻食品 休闲食品', '发展食品精深加工', '包装食品与肉类'),
  q('q41', 'light-textile', '白酒及饮品', '白酒 酱香 浓香 酒业', '发展白酒酿造', '白酒'),
  q('q42', 'light-textile', '林产品与人造板', '人造板 木材 胶合板 纤维板', '发展林产加工', '林业产品'),
  q('q43', 'light-textile', '珠宝首饰', '珠宝 首饰 黄金饰品 钻石', '发展珠宝首饰加工', '珠宝与奢侈品'),
  q('q44', 'light-textile', '印染助剂与染料', '染料 助剂 印染化学品 分散染料', '补齐纺织印染化学品配套', '印染化学品'),
];
