/**
 * Typical products and activities of GB/T 4754-2017 groups (中类), written from the standard's
 * explanatory notes and common trade usage: what a firm in the group makes or does, as it would say
 * so in a business description. Manufacturing (divisions 13–43) is covered group by group; the
 * other sections by the divisions a target-enterprise list meets (mining, energy, construction,
 * trade, software, finance …), so that a bank or a developer is recognised as such rather than
 * forced into the nearest factory. Used by {@link inferIndustryCodes}; not a classification of
 * record — a firm's own codes always win.
 *
 * Keys are group codes (3 digits) or, outside manufacturing, division codes (2 digits).
 * Values are space-separated terms in Simplified Chinese (matched after normalization).
 */
export const INDUSTRY_TERMS: Readonly<Record<string, string>> = Object.freeze({
  // A–B agriculture, mining
  '01': '种植 种子 育种 水果种植 蔬菜种植 甘蔗种植 茶园 中药材种植',
  '02': '林业 造林 苗木 育林 林木种植',
  '03': '畜牧 养殖 生猪养殖 养猪 养鸡 肉鸡 蛋鸡 奶牛 畜禽养殖',
  '04': '渔业 水产养殖 海水养殖 捕捞 远洋捕捞',
  '06': '煤炭开采 煤矿 原煤 洗煤 炼焦煤 动力煤 焦煤 无烟煤 煤炭',
  '07': '石油开采 天然气开采 油气开采 油田 气田 原油 页岩气',
  '08': '铁矿 铁精粉 铁矿石 锰矿 铬矿',
  '09': '有色金属矿 铜矿 铅锌矿 钨矿 钼矿 锡矿 锑矿 金矿开采 采选 选矿 矿山开采',
  '10': '石灰石开采 砂石 花岗岩开采 大理石开采 盐矿 磷矿 高岭土 萤石矿 石墨矿',
  '11': '油田服务 钻井服务 油气技术服务 测井 固井 压裂',

  // 13 农副食品加工
  '131': '大米 面粉 稻谷加工 小麦粉 谷物 玉米加工',
  '132': '饲料 预混料 配合饲料 水产饲料 猪饲料 禽饲料',
  '133': '食用油 植物油 花生油 大豆油 菜籽油 调和油 油脂',
  '134': '制糖 白砂糖 蔗糖 甜菜糖 糖蜜 食糖',
  '135': '屠宰 生猪屠宰 肉类加工 冷鲜肉 猪肉 牛肉 鸡肉 肉制品 火腿肠 香肠 熟食',
  '136': '水产品加工 冷冻水产 鱼糜 海产品 虾 海参 鱼片',
  '137': '蔬菜加工 水果加工 果蔬 食用菌 坚果 果干 脱水蔬菜',
  '139': '淀粉 淀粉糖 葡萄糖 豆制品 蛋制品 木薯淀粉',
  // 14 食品制造
  '141': '焙烤食品 面包 糕点 饼干 月饼',
  '142': '糖果 巧克力 蜜饯 果脯',
  '143': '方便面 速冻食品 速冻水饺 汤圆 米粉 方便食品 挂面',
  '144': '乳制品 牛奶 液态奶 奶粉 酸奶 乳品 婴幼儿配方奶粉',
  '145': '罐头 肉罐头 水果罐头',
  '146': '调味品 酱油 食醋 味精 鸡精 酱料 火锅底料 发酵制品 酵母 酿造酱油 酿造食醋',
  '149': '休闲食品 营养食品 保健食品 食品添加剂 膨化食品 卤制品 食品配料 饲料添加剂 零食 休闲零食',
  // 15 酒饮料茶
  '151': '白酒 酱香 浓香 清香型 啤酒 葡萄酒 黄酒 米酒 果酒 酒类 酿酒 酿造',
  '152': '饮料 饮用水 矿泉水 果汁 碳酸饮料 茶饮料 功能饮料 植物蛋白饮料 凉茶',
  '153': '茶叶 精制茶 绿茶 红茶 乌龙茶 六堡茶 茶加工',
  // 16 烟草
  '16': '卷烟 烟叶 烟草',
  // 17 纺织
  '171': '棉纺 纺纱 棉纱 纱线 坯布 织布 印染 染整 面料 色织',
  '172': '毛纺 羊毛 毛条 毛纱 毛织 羊绒',
  '173': '麻纺 亚麻 苎麻',
  '174': '丝绸 缫丝 蚕丝 生丝 绢纺 真丝',
  '175': '化纤织造 化纤面料 涤纶面料 仿真丝',
  '176': '针织 针织面料 经编 纬编 袜子',
  '177': '家纺 床上用品 毛巾 窗帘 床品 地毯',
  '178': '产业用纺织品 无纺布 非织造布 土工布 过滤材料 帘子布 篷布',
  // 18 服装
  '181': '服装 男装 女装 童装 西服 衬衫 休闲服 职业装 牛仔 成衣 服饰',
  '182': '针织服装 内衣 运动服 毛衫 羊绒衫 T恤',
  '183': '服饰 帽子 领带 手套 围巾 箱包',
  // 19 皮革、制鞋
  '191': '皮革 制革 鞣制 牛皮 皮料',
  '192': '皮革制品 皮具 皮包 皮带 皮衣',
  '193': '毛皮 裘皮',
  '194': '羽绒 羽毛 羽绒制品',
  '195': '制鞋 鞋 皮鞋 运动鞋 休闲鞋 女鞋 童鞋 鞋材 鞋底',
  // 20 木材
  '201': '木材加工 锯材 木片 板材加工 原木',
  '202': '人造板 胶合板 纤维板 刨花板 细木工板 密度板',
  '203': '木质制品 木门 木地板 实木地板 木制品 木结构',
  '204': '竹制品 竹材 竹地板 藤制品 草制品',
  // 21 家具
  '211': '家具 木质家具 实木家具 板式家具 定制家居 橱柜 衣柜 沙发 软体家具 床垫 办公家具',
  '212': '竹家具 藤家具',
  '213': '金属家具 钢制家具 铁艺家具',
  '214': '塑料家具',
  // 22 造纸
  '221': '纸浆 木浆 化学浆 竹浆 溶解浆',
  '222':
    '造纸 纸张 文化用纸 生活用纸 包装纸 箱板纸 瓦楞纸 白卡纸 新闻纸 特种纸 纸业 再生纸 涂布纸 铜版纸 牛皮纸 卷烟纸 热敏纸 无碳复写纸 装饰原纸',
  '223': '纸制品 纸箱 纸盒 纸杯 纸包装 包装印刷 彩盒 纸板',
  // 23 印刷
  '231': '印刷 出版物印刷 包装装潢印刷 印刷品 标签印刷',
  // 24 文教体育
  '241': '文具 办公用品 铅笔 墨水 圆珠笔 中性笔 钢笔 书写工具',
  '242': '乐器 钢琴 吉他',
  '243': '工艺品 工艺美术 珠宝 首饰 黄金饰品 钻石 玉器 饰品 铂金饰品 翡翠 黄金珠宝',
  '244': '体育用品 健身器材 球类 运动器材 户外用品',
  '245': '玩具 动漫玩具 电动玩具 毛绒玩具 益智玩具',
  '246': '游艺设备 游乐设备 娱乐设备 游戏机',
  // 25 石油煤炭加工
  '251': '炼油 石油炼制 成品油 汽油 柴油 润滑油 沥青 石脑油 石化',
  '252': '焦炭 炼焦 煤焦化 煤化工 煤制油 兰炭',
  '254': '生物柴油 生物质燃料 燃料乙醇 生物质颗粒',
  // 26 化学原料和化学制品
  '261':
    '化工原料 基础化工 无机化工 有机化工 烧碱 纯碱 氯碱 硫酸 盐酸 电石 甲醇 乙烯 丙烯 芳烃 氟化工 氯化物 钛白粉 磷化工 黄磷 双氧水 工业气体',
  '262': '化肥 肥料 氮肥 磷肥 钾肥 复合肥 尿素 磷酸一铵 磷酸二铵 有机肥 复混肥 水溶肥',
  '263': '农药 杀虫剂 除草剂 杀菌剂 草甘膦 农药原药 农药制剂 植保',
  '264': '涂料 油漆 油墨 颜料 染料 粉末涂料 防腐涂料 建筑涂料 工业涂料',
  '265': '合成树脂 合成材料 塑料原料 聚乙烯 聚丙烯 聚氯乙烯 聚酯切片 工程塑料 合成橡胶 有机硅 聚氨酯 环氧树脂 ABS',
  '266':
    '专用化学品 精细化工 助剂 添加剂 胶粘剂 电子化学品 催化剂 水处理剂 表面活性剂 印染助剂 纺织助剂 试剂 电解液 橡胶助剂 香精香料 感光材料 皮革化学品 皮革助剂 塑料助剂 造纸化学品 油田化学品',
  '267': '炸药 民爆 雷管 火工品 烟花 爆竹 焰火',
  '268': '日化 日用化学品 洗涤剂 洗衣粉 化妆品 护肤品 牙膏 香皂 洗发水 口腔护理',
  // 27 医药
  '271': '原料药 化学原料药 医药中间体 药物中间体',
  '272': '化学药 化学制剂 片剂 注射剂 胶囊 仿制药 处方药 抗生素 药品 药物 西药 化学药品 创新药 冻干粉针 粉针剂 大输液',
  '273': '中药饮片',
  '274': '中成药 中药 中药材 中药制剂 中医药 民族药 苗药 藏药 蒙药',
  '275': '兽药 动物保健 兽用疫苗',
  '276': '生物制药 疫苗 血液制品 抗体 基因工程药物 生物制品 干扰素',
  '277': '医用耗材 卫生材料 医用敷料 医用口罩 医用材料',
  // 28 化学纤维
  '281': '粘胶纤维 粘胶短纤 莱赛尔 纤维素纤维 醋酸纤维',
  '282': '化纤 化学纤维 涤纶 锦纶 氨纶 腈纶 维纶 丙纶 涤纶长丝 涤纶短纤 聚酯纤维 尼龙 碳纤维 芳纶 超高分子量聚乙烯纤维',
  '283': '生物基材料 聚乳酸 生物降解材料',
  // 29 橡胶和塑料
  '291':
    '橡胶制品 轮胎 子午线轮胎 全钢轮胎 半钢轮胎 内胎 输送带 胶管 橡胶密封件 胶鞋 乳胶制品 橡胶产品 橡胶件 橡胶零部件 橡胶板 橡胶管 传动带 传送带',
  '292': '塑料制品 塑料薄膜 塑料管材 塑料管道 注塑 改性塑料 塑料包装 塑料板材 泡沫塑料 人造革 塑料编织 合成革',
  // 30 非金属矿物制品
  '301': '水泥 熟料 石灰 石膏',
  '302': '混凝土 商品混凝土 预制构件 水泥制品 管桩 石膏板 装配式建筑构件',
  '303': '建材 墙体材料 砖瓦 石材 大理石 花岗岩 防水材料 保温材料 建筑材料 人造石',
  '304': '玻璃 平板玻璃 浮法玻璃 光伏玻璃 超白玻璃 玻璃基板',
  '305':
    '玻璃制品 玻璃深加工 钢化玻璃 中空玻璃 玻璃瓶 玻璃器皿 光学玻璃 石英玻璃 玻璃容器 玻璃包装容器 药用玻璃 玻璃管 玻璃仪器 日用玻璃 玻璃保温容器',
  '306': '玻璃纤维 玻纤 玻璃钢 玻璃纤维增强塑料',
  '307': '陶瓷 瓷砖 卫生陶瓷 日用陶瓷 建筑陶瓷 特种陶瓷 电子陶瓷',
  '308': '耐火材料 耐火砖 耐火制品',
  '309':
    '石墨 碳素 石墨电极 非金属矿物 碳酸钙 重质碳酸钙 轻质碳酸钙 石英砂 高纯石英 云母 硅藻土 膨润土 磨料 磨具 金刚石 超硬材料 岩棉',
  // 31 黑色金属
  '311': '炼铁 生铁 铁水',
  '312': '炼钢 钢铁 粗钢 钢坯 钢铁冶炼',
  '313':
    '钢材 钢板 热轧 冷轧 棒材 线材 螺纹钢 型钢 钢管 无缝钢管 焊管 不锈钢 特钢 特种钢 镀锌板 彩涂板 硅钢 中厚板 带钢',
  '314': '铁合金 硅铁 锰硅 锰铁 铬铁 硅锰合金',
  // 32 有色金属
  '321': '有色金属冶炼 电解铜 阴极铜 铜冶炼 电解铝 氧化铝 铝冶炼 铅锌冶炼 锌锭 铅锭 锡锭 锑 镍 镁 工业硅 金属硅',
  '322': '黄金 白银 贵金属 金锭 银锭 铂 钯 黄金冶炼',
  '323': '稀土 稀有金属 钨 钼 钽 铌 锂 钴 锗 镓 铟 钒 钛 锆 稀土永磁 钕铁硼 碳酸锂 氢氧化锂',
  '324': '有色金属合金 铝合金 铜合金 镁合金 钛合金 硬质合金 锌合金',
  '325': '有色金属压延 铝材 铝型材 铝板带 铝箔 铝板带箔 铝棒 铜材 铜板带 铜管 铜杆 铜箔 铜线 铜排 漆包线 铜带 钛材',
  // 33 金属制品
  '331': '钢结构 金属结构 金属门窗 铝合金门窗 幕墙 钢构',
  '332': '刀具 量具 工具 五金工具 手工具 电动工具 切削工具 刃具',
  '333': '集装箱 金属包装 金属容器 易拉罐 罐头盒 钢桶 气瓶 压力容器',
  '334': '钢丝 钢丝绳 钢绞线 金属丝 焊丝 钢帘线',
  '335': '建筑五金 锁具 安全防护 防盗门 水暖器材 卫浴五金',
  '336': '表面处理 热处理 电镀 镀锌 涂装 阳极氧化',
  '338': '不锈钢制品 金属厨具 炊具 刀剪 金属餐具 保温杯',
  '339': '铸件 铸造 锻件 锻造 粉末冶金 紧固件 标准件 冲压件 金属制品',
  // 34 通用设备
  '341': '锅炉 汽轮机 内燃机 柴油机 发动机 燃气轮机 水轮机',
  '342':
    '机床 数控机床 加工中心 金属切削机床 成形机床 激光加工设备 焊接设备 铸造机械 压力机 冲床 折弯机 剪板机 锻压机床 车床 铣床 磨床 钻床 激光切割机 焊机',
  '343':
    '起重机械 起重机 叉车 电梯 扶梯 输送机 物流设备 仓储设备 立体仓库 索道 输送设备 输送线 搬运设备 装卸设备 停车设备 立体车库 门式起重机 桥式起重机 岸桥 堆垛机',
  '344': '泵 水泵 阀门 压缩机 真空泵 液压 气动 液压件 液压泵 油缸',
  '345': '轴承 齿轮 减速机 减速器 传动部件 变速箱 链条 联轴器',
  '346':
    '风机 鼓风机 工业炉 烘干设备 包装机械 包装设备 制冷设备 冷却塔 换热器 空气压缩 中央空调 空调机组 冷水机组 冷库设备 热泵',
  '347': '复印机 办公设备 打印设备 投影仪 照相机 文化办公机械 点钞机 验钞机 清分机 金融机具 货币专用设备',
  '348': '密封件 弹簧 紧固件 模具 机械零部件 通用零部件',
  '349': '机器人 工业机器人 通用设备 增材制造 3D打印 衡器 智能装备',
  // 35 专用设备
  '351':
    '工程机械 挖掘机 装载机 推土机 压路机 混凝土机械 起重机 盾构机 矿山机械 冶金设备 石油钻采设备 凿岩 掘进机 钻机 泵车 混凝土泵车 隧道掘进机',
  '352': '化工设备 炼化设备 木工机械 玻璃机械 橡胶机械 塑料机械 注塑机',
  '353': '食品机械 饮料机械 制药机械 饲料机械',
  '354': '印刷机械 日化设备',
  '355': '纺织机械 纺机 织机 缝纫机 服装机械 印染机械',
  '356': '半导体设备 电子专用设备 光伏设备 锂电设备 显示面板设备 SMT 电工专用设备 真空镀膜设备',
  '357':
    '农业机械 农机 拖拉机 收割机 收获机 播种机 植保机械 农机具 林业机械 畜牧机械 渔业机械 节水灌溉 灌溉设备 灌溉机械 滴灌',
  '358':
    '医疗器械 医疗设备 医用设备 诊断设备 监护仪 影像设备 体外诊断 植入器械 手术器械 康复器械 医疗仪器 眼镜 隐形眼镜 内窥镜',
  '359':
    '环保设备 除尘 除尘器 脱硫 脱硝 污水处理设备 水处理设备 垃圾处理设备 固废处理 环卫设备 环卫车 安检设备 消防设备 邮政设备',
  // 36 汽车
  '361':
    '整车 汽车整车 乘用车 轿车 SUV 多用途车 越野车 客车 大巴 货车 卡车 重卡 轻卡 商用车 新能源汽车 电动汽车 纯电动 混合动力汽车 皮卡',
  '362': '汽车发动机 车用发动机',
  '363': '专用车 改装车 特种车辆 房车 冷藏车 自卸车 环卫车辆',
  '364': '低速汽车 三轮汽车 低速货车',
  '365': '无轨电车 有轨电车',
  '366': '汽车车身 挂车 半挂车 车厢',
  '367':
    '汽车零部件 汽车配件 零配件 汽配 汽车电子 底盘 车桥 制动器 刹车片 转向器 变速器 离合器 悬架 汽车座椅 汽车灯具 车轮 轮毂 汽车空调 排气系统 汽车线束 安全气囊 内饰件 汽车玻璃 活塞 曲轴 缸体 缸盖 气门 涡轮增压 汽车零件 汽车部件 制动系统 减震器 减振器',
  // 37 铁路、船舶、航空航天
  '371': '铁路机车 机车 动车组 铁路客车 铁路货车 高铁 铁路设备 铁路车辆配件 铁路信号',
  '372': '城轨车辆 地铁车辆 轨道交通 城市轨道交通设备 有轨电车',
  '373': '船舶 造船 修船 船舶修造 船用设备 海洋工程装备 海工装备 游艇 船用发动机 海洋平台',
  '374': '飞机 航空 航天 航空器 航天器 卫星 火箭 无人机 航空发动机 机载设备 航空零部件 导弹',
  '375': '摩托车 电动摩托车 摩托车零部件',
  '376': '自行车 电动自行车 残疾人车',
  '377': '助动车 电动助力车 电动车',
  '379': '潜水设备 未列明运输设备',
  // 38 电气机械
  '381': '电机 电动机 发电机 微电机 伺服电机 步进电机 永磁电机 驱动电机 发电机组 风力发电机',
  '382':
    '输配电 变压器 互感器 开关柜 开关设备 断路器 配电设备 继电器 电力自动化 控制设备 电抗器 逆变器 变频器 电源 充电桩 高压电器 低压电器 电力设备 继电保护 无功补偿 箱式变电站 环网柜 软启动器',
  '383': '电线 电缆 电线电缆 光缆 光纤 电力电缆 漆包线 绝缘材料 电工器材 电缆附件',
  '384':
    '电池 锂电池 锂离子电池 动力电池 储能电池 铅酸蓄电池 蓄电池 燃料电池 太阳能电池 光伏电池 电池片 光伏组件 正极材料 负极材料 隔膜 电芯 电池组 锂电 锂电池材料 移动电源',
  '385': '家用电器 家电 空调 冰箱 洗衣机 电视机 厨房电器 小家电 热水器 电饭煲 微波炉 吸尘器 电风扇 空气净化器 油烟机',
  '386': '燃气器具 太阳能热水器 非电力家用器具 燃气灶 燃气热水器 燃气具',
  '387': '照明 灯具 照明器具 LED照明 路灯 光源 电光源',
  '389': '电气机械 电工机械 风电设备 光伏设备 新能源设备 电容器 储能系统 太阳能 光伏 风电整机 风力发电机组',
  // 39 计算机、通信、电子
  '391': '计算机 电脑 服务器 笔记本电脑 平板电脑 存储设备 计算机外设 打印机 显示器 工控机 计算机整机',
  '392':
    '通信设备 通讯设备 基站 光通信 交换机 路由器 手机 智能手机 移动终端 通信终端 天线 射频 光模块 网络设备 视频会议 交换系统 程控交换机 对讲机',
  '393': '广播电视设备 广电设备 机顶盒 安防监控 视频监控 摄像机',
  '394': '雷达 导航设备 卫星导航',
  '395': '视听设备 音响 耳机 电声 音箱 家庭影音 数码相机 麦克风',
  '396': '智能消费设备 智能穿戴 可穿戴设备 智能手表 智能家居 智能音箱 无人机 服务机器人 消费电子 智能终端 VR AR',
  '397':
    '电子器件 LED 发光二极管 光电子 光电器件 半导体 芯片 集成电路 晶圆 封装测试 封测 分立器件 功率器件 光电子器件 LED芯片 显示器件 液晶面板 显示屏 显示面板 OLED 激光器 传感器 真空电子器件 MEMS 背光源 背光模组 液晶模组 显示模组 LCD LCM 氮化镓 砷化镓 碳化硅 光纤激光器 电源管理芯片 射频芯片',
  '398':
    '电子元件 电子元器件 印制电路板 PCB 电路板 覆铜板 电容器 电阻 电感 连接器 继电器 压电晶体 磁性材料 电子专用材料 电子浆料 铜箔 溅射靶材 电子陶瓷 柔性电路板 印刷电路板 印刷线路板',
  '399': '电子设备 电子产品 电子加工服务 EMS 电子制造服务',
  // 40 仪器仪表
  '401':
    '仪器仪表 工业自动化仪表 电工仪表 测量仪器 试验机 传感器 流量计 压力表 实验分析仪器 PLC 可编程控制器 可编程序控制器 DCS 工业自动化 自动控制系统 工业控制 检测仪器 测试仪器 分析仪器 化验仪器 智能电表 电能表 水表 燃气表 热量表 电力仪表',
  '402': '专用仪器 环境监测仪器 农林仪器 地质勘探仪器 环境监测设备 电子测量 电子测量仪器 示波器',
  '403': '钟表 手表 计时仪器',
  '404': '光学仪器 光学元件 镜头 望远镜 显微镜 光学镜片 红外热像仪 热像仪 夜视仪 光学镜头',
  // 41–43
  '411': '日用杂品 鬃毛 制刷',
  '419': '其他制造 假发 雨伞 打火机',
  '421': '再生资源 废钢 废旧金属 再生金属 废料回收 废旧电池回收 拆解',
  '422': '废塑料 再生塑料 废纸 固废综合利用 废旧轮胎',
  '43': '设备维修 机械修理 船舶修理 飞机维修',

  // D–T (by division)
  '44': '发电 火电 水电 核电 风电场 光伏电站 风力发电 光伏发电 电力供应 供电 售电 热电联产 供热',
  '45': '燃气 天然气供应 城市燃气 液化石油气 LNG',
  '46': '供水 自来水 污水处理厂 水务',
  '47': '房屋建筑 建筑施工 建筑工程 总承包',
  '48': '土木工程 基础设施 道路工程 桥梁工程 隧道 水利工程 市政工程 港口工程 铁路建设 电力工程 园林绿化 园林工程 绿化工程 景观工程 环保工程 路桥工程 路桥施工 公路工程 市政道路',
  '49': '建筑安装 机电安装 电气安装 管道安装',
  '50': '装饰装修 建筑装饰 幕墙工程 装修 室内装修 室内装饰 家装 装饰工程 装修工程 精装修',
  '51': '批发 贸易 进出口 大宗商品 分销 经销 批发商 经销商 贸易商 分销商 代理商',
  '52': '零售 超市 百货 购物中心 连锁店 便利店 药店 电商 专卖店 门店 医药零售 药品零售 大卖场',
  '53': '铁路运输',
  '54': '道路运输 公路运输 客运 货运 出租车 公交',
  '55': '航运 水上运输 远洋运输 港口 码头 集装箱运输 船运',
  '56': '航空运输 航空公司 机场',
  '58': '货运代理 物流 快递 国际货代',
  '59': '仓储 仓库 冷链 装卸',
  '61': '酒店 宾馆 住宿',
  '62': '餐饮 餐厅 快餐 火锅 餐馆 中餐 西餐 餐饮服务 餐饮连锁 酒楼',
  '63': '电信 通信服务 宽带 移动通信 有线电视 卫星通信 广播电视传输',
  '64': '互联网 互联网平台 网络游戏 搜索引擎 电子商务平台 门户网站 云服务 数据中心 社交网络 手游 手机游戏 网页游戏 网站 互联网信息服务',
  '65': '软件 软件开发 应用软件 工业软件 操作系统 信息系统集成 系统集成 信息技术服务 IT服务 集成电路设计 芯片设计 物联网 大数据 云计算 人工智能 解决方案 数字内容 运维 软件产品 行业软件 嵌入式软件 电子政务 信息化解决方案',
  '66': '银行 商业银行 存款 贷款 信贷',
  '67': '证券 期货 基金 资产管理 投资银行 私募股权 股权投资 创业投资 风险投资 私募基金 证券经纪 期货经纪',
  '68': '保险 寿险 财产保险 再保险',
  '69': '信托 融资租赁 金融服务 小额贷款 担保 金融控股',
  '70': '房地产 房地产开发 物业管理 物业服务 商业地产 地产 住宅开发 商品房 楼盘',
  '71': '租赁 经营租赁 飞机租赁 设备租赁 集装箱租赁',
  '72': '商务服务 咨询 广告 人力资源 会展 旅游 旅行社 投资管理 企业管理 供应链管理 供应链服务 户外广告 广告传媒 营销服务',
  '73': '研究 试验发展 研发服务 研发外包 合同研究 CRO 临床前研究',
  '74': '认证 工程设计 勘察设计 测绘 检测服务 检验服务 检验检测 第三方检测 检测认证 建筑设计 工程勘察 工程监理 工程咨询 规划设计',
  '77': '环境治理 污染治理 水污染治理 大气污染治理 固废处理 危废处理 垃圾焚烧 环卫服务 生态修复 大气治理 废气治理 烟气治理 土壤修复 水环境治理',
  '78': '公共设施 园区管理 城市公共设施 游览景区',
  '83': '教育 培训 学校 职业教育',
  '84': '医院 医疗服务 诊所 体检 康复',
  '85': '养老 养老服务 养老院 社会工作',
  '86': '出版 新闻 图书 报纸 期刊 音像',
  '87': '影视 电影 电视剧 广播电视节目 传媒',
  '88': '文化艺术 演出 文艺演出 艺术表演',
  '89': '体育 赛事',
  '90': '娱乐 游乐园 主题公园 彩票',
});

/**
 * English terms for the same codes, for firms from Hong Kong and abroad that describe themselves in English.
 * Comma-separated; matched as whole words (a plural `s` / `es` may follow), case-insensitively.
 */
export const INDUSTRY_TERMS_EN: Readonly<Record<string, string>> = Object.freeze({
  '01': 'crop farming, plantation',
  '03': 'pig farming, hog farming, pig breeding, poultry farming, livestock farming, dairy farming',
  '04': 'aquaculture, fishery, fishing',
  '06': 'coal, coal mining, coal mine, thermal coal, coking coal, raw coal, washed coal, coal production, coal producer, coal washing',
  '07': 'oil and gas exploration, crude oil production, natural gas production, oilfield, crude oil, oil and gas production, petroleum exploration',
  '08': 'iron ore',
  '09': 'copper mine, zinc mine, non-ferrous mining',
  '10': 'limestone, sand and gravel, phosphate rock',
  '11': 'oilfield service, drilling service, well logging, cementing, fracturing',
  '131': 'rice, flour, wheat flour, grain processing',
  '132': 'animal feed, aquafeed, feed mill',
  '133': 'edible oil, vegetable oil, cooking oil',
  '134': 'sugar refinery, cane sugar, sugar mill',
  '135': 'meat processing, pork, poultry processing, slaughterhouse',
  '139': 'starch, soybean product',
  '141': 'bakery, bread, biscuit, pastry, mooncake',
  '142': 'candy, chocolate, confectionery',
  '143': 'instant noodle, frozen food, quick-frozen food',
  '144': 'dairy, milk powder, infant formula',
  '145': 'canned food',
  '146': 'condiment, soy sauce, seasoning',
  '149': 'snack, snack food, leisure food, health food, nutritional supplement, food additive, feed additive',
  '151': 'liquor, baijiu, beer, brewery, wine, winery, spirit',
  '152': 'beverage, bottled water, soft drink, fruit juice',
  '153': 'tea processing',
  '171': 'cotton spinning, yarn, weaving, dyeing, textile mill, fabric',
  '172': 'wool, cashmere, worsted',
  '174': 'silk',
  '176': 'knitted fabric, knitting',
  '177': 'home textile, bedding, towel',
  '178': 'nonwoven, non-woven fabric, technical textile, geotextile',
  '181': 'apparel, garment, clothing, menswear, womenswear, childrenswear',
  '182': 'underwear, sportswear, knitwear',
  '191': 'leather tanning, tannery, finished leather, cowhide',
  '192': 'leather goods, handbag, leather bag',
  '195': 'footwear, shoe, sneaker',
  '201': 'sawn timber, lumber, wood processing',
  '202': 'plywood, fibreboard, fiberboard, particleboard, wood-based panel',
  '203': 'wooden door, wood flooring, wooden floor',
  '204': 'bamboo product',
  '211': 'furniture, sofa, mattress, cabinetry',
  '221': 'wood pulp, dissolving pulp, paper pulp',
  '222':
    'paper mill, paperboard, tissue paper, containerboard, pulp and paper, newsprint, specialty paper, special paper, coated paper, kraft paper, recycled paper, thermal paper',
  '223': 'paper packaging, carton, corrugated box, paper product',
  '231': 'printing, printing service, packaging printing',
  '241': 'stationery, office supplies, writing instrument',
  '242': 'musical instrument, piano, guitar',
  '243': 'jewelry, jewellery, gold jewelry, diamond',
  '244': 'sporting goods, fitness equipment',
  '245': 'toy',
  '246': 'amusement equipment, game machine',
  '251': 'oil refining, refinery, petroleum products, lubricant',
  '252': 'coke, coking, coal chemical',
  '254': 'biodiesel, biomass fuel, fuel ethanol',
  '261': 'basic chemicals, chlor-alkali, caustic soda, soda ash, titanium dioxide, fluorochemical, industrial gas',
  '262': 'fertilizer, fertiliser, urea, potash, phosphate fertilizer',
  '263': 'pesticide, herbicide, insecticide, fungicide, agrochemical, crop protection',
  '264': 'paint, coating, ink, pigment, dye, dyestuff',
  '265':
    'synthetic resin, polyethylene, polypropylene, pvc, engineering plastic, synthetic rubber, silicone, polyurethane, epoxy resin',
  '266':
    'specialty chemical, fine chemical, adhesive, catalyst, electronic chemical, additive, surfactant, electrolyte, photosensitive material, leather chemical, plastic additive, rubber chemical, oilfield chemical',
  '267': 'civil explosive, explosive, detonator, firework',
  '268': 'cosmetic, skincare, detergent, toothpaste, personal care',
  '271': 'active pharmaceutical ingredient, bulk drug, bulk pharmaceutical, pharmaceutical intermediate',
  '272': 'pharmaceutical, generic drug, drug formulation, medicine, drug, chemical drug, innovative drug, antibiotic',
  '273': 'decoction piece',
  '274': 'traditional chinese medicine, chinese traditional medicine, chinese medicine, chinese patent medicine, tcm',
  '275': 'veterinary drug, animal health, veterinary vaccine',
  '276': 'biopharmaceutical, vaccine, antibody, biologic',
  '277': 'medical consumable, medical dressing, medical mask',
  '281': 'viscose, viscose staple fiber, lyocell',
  '282': 'synthetic fiber, synthetic fibre, polyester fiber, nylon, spandex, carbon fiber, carbon fibre, aramid',
  '283': 'polylactic acid, bio-based material, biodegradable material',
  '291': 'tire, tyre, rubber product, conveyor belt, rubber seal, rubber part, rubber belt, transmission belt',
  '292':
    'plastic product, plastic film, plastic pipe, injection molding, injection moulding, modified plastic, synthetic leather, artificial leather',
  '301': 'cement, clinker',
  '302': 'ready-mixed concrete, precast concrete',
  '303': 'building material, stone, marble, granite, waterproofing material, construction material',
  '304': 'flat glass, float glass, solar glass, photovoltaic glass',
  '305': 'glass product, tempered glass, glass container, glass bottle, glass tube, glass vial, pharmaceutical glass',
  '306': 'glass fiber, glass fibre, fiberglass, fibreglass',
  '307': 'ceramic, ceramic tile, sanitary ware, porcelain',
  '308': 'refractory',
  '309': 'graphite, calcium carbonate, quartz, abrasive, superhard material',
  '311': 'pig iron, ironmaking',
  '312': 'steel, steelmaking, steel mill',
  '313':
    'steel plate, steel sheet, stainless steel, special steel, steel pipe, rebar, wire rod, cold-rolled, hot-rolled',
  '314': 'ferroalloy, ferrosilicon, ferromanganese',
  '321':
    'copper smelting, aluminium smelting, aluminum smelting, primary aluminium, primary aluminum, alumina, zinc smelting, lead smelting, nickel, zinc ingot, lead ingot, tin ingot, electrolytic copper, cathode copper, non-ferrous metal smelting',
  '322': 'gold, silver, precious metal',
  '323': 'rare earth, tungsten, molybdenum, lithium, cobalt, tantalum, titanium, vanadium',
  '324': 'aluminium alloy, aluminum alloy, copper alloy, magnesium alloy, titanium alloy, cemented carbide',
  '325':
    'copper product, aluminium product, aluminum product, aluminium extrusion, aluminum extrusion, aluminium sheet, aluminum sheet, aluminium foil, aluminum foil, copper foil, copper strip, copper tube, copper wire, copper rod',
  '331': 'steel structure, metal structure, curtain wall',
  '332': 'hand tool, power tool, cutting tool',
  '333': 'shipping container, metal packaging',
  '334': 'steel wire, steel wire rope, steel strand, welding wire',
  '336': 'heat treatment, electroplating, surface treatment, galvanizing',
  '338': 'cookware, kitchenware, vacuum flask',
  '339': 'casting, forging, fastener, powder metallurgy, metal stamping',
  '341': 'boiler, steam turbine, diesel engine, internal combustion engine, gas turbine',
  '342':
    'machine tool, cnc machine, machining center, machining centre, laser cutting machine, welding equipment, press machine, precision press, punch press, bending machine, shearing machine, lathe, milling machine, grinding machine, laser processing equipment, laser equipment',
  '343':
    'crane, forklift, elevator, escalator, conveyor, material handling, conveying equipment, parking equipment, stacker, gantry crane, quay crane',
  '344': 'pump, valve, compressor, hydraulic, pneumatic',
  '345': 'bearing, gear, gearbox, reducer, transmission component',
  '346':
    'industrial fan, packaging machinery, refrigeration equipment, heat exchanger, central air conditioning, chiller, heat pump',
  '347': 'copier, projector, office equipment, banknote counter, currency counter, banknote sorter, currency detector',
  '348': 'mould, mold, seal, coil spring',
  '349': 'industrial robot, robot, 3d printing, additive manufacturing',
  '351':
    'construction machinery, excavator, wheel loader, bulldozer, road roller, mining machinery, tunnel boring machine, drilling rig',
  '352': 'chemical equipment, plastic machinery, injection molding machine',
  '353': 'food machinery, food processing equipment',
  '354': 'printing machinery, printing press, pharmaceutical machinery',
  '355': 'textile machinery, sewing machine',
  '356': 'semiconductor equipment, photovoltaic equipment, lithium battery equipment',
  '357':
    'agricultural machinery, tractor, harvester, combine harvester, irrigation equipment, water-saving irrigation, drip irrigation',
  '358':
    'medical device, medical equipment, diagnostic equipment, in vitro diagnostic, surgical instrument, eyeglass, spectacles, contact lens, endoscope',
  '359':
    'environmental protection equipment, dust collector, desulfurization, water treatment equipment, waste treatment equipment',
  '361':
    'passenger car, passenger vehicle, automobile, automaker, car maker, sport utility vehicle, suv, bus, coach, truck, commercial vehicle, electric vehicle, new energy vehicle, pickup, motor vehicle',
  '362': 'automobile engine, vehicle engine',
  '363': 'special-purpose vehicle, specialty vehicle, refrigerated truck, dump truck',
  '366': 'trailer, semi-trailer, car body',
  '367':
    'auto part, auto component, automotive part, automotive component, automotive electronics, chassis, brake, steering, seat, wheel, wire harness, airbag, piston, crankshaft, turbocharger',
  '371': 'locomotive, railway vehicle, rolling stock, high-speed train, railway equipment',
  '372': 'metro vehicle, subway car, urban rail',
  '373': 'shipbuilding, ship, shipyard, ship repair, offshore engineering, offshore platform, yacht, marine equipment',
  '374': 'aircraft, aviation, aerospace, satellite, rocket, drone, unmanned aerial vehicle, aero engine',
  '375': 'motorcycle',
  '376': 'bicycle, e-bike, electric bicycle',
  '377': 'electric scooter, moped',
  '381': 'electric motor, motor, generator, servo motor, stepper motor, wind turbine generator',
  '382':
    'transformer, switchgear, circuit breaker, power distribution equipment, inverter, power supply, charging pile, relay, frequency converter, variable frequency drive, ac drive, soft starter, relay protection, reactive power compensation',
  '383':
    'wire and cable, power cable, optical fiber, optical fibre, optical cable, enameled wire, cable accessory, cable accessories',
  '384':
    'battery, batteries, lithium battery, lithium-ion battery, power battery, energy storage battery, lead-acid battery, fuel cell, solar cell, photovoltaic module, solar module, cathode material, anode material, separator, power bank',
  '385':
    'household appliance, home appliance, air conditioner, refrigerator, washing machine, television, kitchen appliance, small appliance, water heater, massage chair, water purifier, range hood, vacuum cleaner, microwave oven, rice cooker',
  '386': 'gas appliance, gas stove, solar water heater',
  '387': 'lighting, lamp, led lighting, luminaire',
  '389': 'wind turbine, wind power equipment, photovoltaic, solar, energy storage system',
  '391':
    'computer, server, notebook computer, laptop, storage device, printer, tablet computer, tablet pc, computer monitor',
  '392':
    'telecommunication equipment, communication equipment, base station, optical communication, router, smartphone, mobile phone, handset, antenna, optical module, video conferencing, switching system, communication product, communication module, walkie-talkie, two-way radio, network switch, ethernet switch',
  '393': 'video surveillance, security camera, set-top box',
  '394': 'radar, navigation equipment, satellite navigation',
  '395': 'audio equipment, headphone, speaker, earphone',
  '396': 'wearable, smartwatch, smart home, consumer electronics, smart speaker',
  '397':
    'semiconductor, integrated circuit, chip, wafer, packaging and testing, power device, led, light-emitting diode, optoelectronic, display panel, lcd, oled, sensor, laser, backlight, lcd module, display module',
  '398':
    'electronic component, printed circuit board, pcb, copper clad laminate, capacitor, resistor, inductor, connector, magnetic material, sputtering target',
  '399': 'electronics manufacturing service, ems, electronic equipment',
  '401':
    'instrument, measuring instrument, flow meter, testing machine, plc, programmable logic controller, dcs, industrial automation, automation control system, testing equipment, testing instrument, analytical instrument, smart meter, electricity meter, water meter, gas meter',
  '402': 'environmental monitoring, electronic measuring instrument, oscilloscope, environmental monitoring equipment',
  '403': 'watch, clock',
  '404': 'optical instrument, optical lens, lens, thermal imaging, thermal imager, infrared camera, night vision',
  '419': 'wig, umbrella, lighter',
  '421': 'recycling, scrap metal, battery recycling',
  '422': 'waste plastic, recycled plastic, waste paper',
  '43': 'aircraft maintenance, equipment repair, equipment maintenance',
  '44': 'power generation, power plant, electricity, utility, hydropower, nuclear power, wind farm, solar farm, hydroelectric, hydroelectric power, thermal power, wind power, solar power, heat supply, electricity supply, power grid, coal-fired',
  '45': 'gas distribution, natural gas supply, city gas, lng',
  '46': 'water supply, waterworks, tap water, sewage treatment',
  '47': 'construction, building construction, general contractor',
  '48': 'civil engineering, infrastructure, road construction, bridge construction, landscaping, landscape construction, landscape engineering, road and bridge, highway construction, municipal engineering, tunnel, environmental engineering',
  '49': 'electrical installation, mechanical and electrical installation, pipeline installation, equipment installation',
  '50': 'interior decoration, decoration engineering, decoration service, building decoration, fit-out, home decoration service',
  '51': 'trading, wholesale, import and export, wholesaler, distributor, trader, trading company',
  '52': 'retail, supermarket, department store, shopping mall, convenience store, e-commerce, drugstore, drug store, pharmacy, chain store, hypermarket',
  '53': 'railway transportation, rail freight',
  '54': 'road transportation, road freight, trucking, taxi, passenger transportation, public transit',
  '55': 'shipping, container shipping, port operation, port, container terminal, marine transportation, waterway transport, inland waterway, coastal shipping, ocean shipping, ferry',
  '56': 'airline, airport',
  '58': 'logistics, freight forwarding, express delivery, courier, freight forwarder',
  '59': 'warehousing, cold chain, storage service',
  '61': 'hotel, resort',
  '62': 'restaurant, catering',
  '63': 'telecommunication service, telecom operator, broadband, mobile network',
  '64': 'internet, online platform, online game, search engine, cloud service, data center, data centre, social network, mobile game, video game, game, website, web portal, internet information service',
  '65': 'software, software development, information technology service, it service, system integration, ic design, chip design, cloud computing, artificial intelligence, big data, internet of things, e-government, software product, computer software',
  '66': 'bank, banking, commercial bank, loan',
  '67': 'securities, brokerage, asset management, fund management, investment bank, futures, private equity, venture capital',
  '68': 'insurance, insurer, reinsurance',
  '69': 'trust, financial leasing, microfinance, financial holding, financial guarantee, credit guarantee, guarantee service',
  '70': 'real estate, property development, property management, residential property',
  '71': 'leasing, aircraft leasing, equipment leasing, container leasing',
  '72': 'consulting, advertising, human resources, exhibition, travel agency, tourism, supply chain management, supply chain service, advertisement, advertising media, marketing service',
  '73': 'contract research, contract research organization, cro, preclinical research',
  '74': 'certification, engineering design, testing service, inspection service, testing and inspection, inspection and testing, testing and certification, architectural design, engineering consulting, engineering supervision, surveying',
  '77': 'environmental service, wastewater treatment, solid waste, hazardous waste, waste incineration, remediation, ecological restoration, air pollution control, flue gas treatment, soil remediation',
  '83': 'education, school, training service, vocational training, education and training, tutoring',
  '84': 'hospital, healthcare service, clinic',
  '85': 'elderly care, nursing home, social work',
  '86': 'publishing, newspaper, news',
  '87': 'television production, media, entertainment, film production, film and television, movie, motion picture, cinema, tv program, television program',
  '88': 'performing arts, live performance',
  '89': 'sports event',
  '90': 'amusement park, theme park, lottery',
});
