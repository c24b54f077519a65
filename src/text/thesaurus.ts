/**
 * A domain thesaurus: groups of phrases that name one concept (锂电 ~ 锂离子电池). When any phrase of a
 * group occurs in a text, the tokenizer adds the group's concept term, so index and query meet on it.
 */
export type Thesaurus = ReadonlyMap<string, string>;

/**
 * The bundled groups: [concept, ...phrases]. Written for the four themes of the event; extend with
 * {@link createThesaurus}.
 */
export const DEFAULT_THESAURUS_GROUPS: readonly (readonly string[])[] = Object.freeze([
  ['锂电池', '锂电', '锂离子电池', '锂电池', '动力电池', '储能电池', 'lithium battery', 'lithium-ion'],
  ['新能源汽车', '新能源汽车', '电动汽车', '纯电动', '插电混动', '混合动力汽车', 'electric vehicle'],
  ['汽车零部件', '汽车零部件', '汽车配件', '汽配', '汽车零配件', '汽车部件', 'auto parts', 'automotive components'],
  ['发动机', '发动机', '内燃机', '柴油机', '汽油机', 'engine'],
  ['集成电路', '集成电路', '芯片', '晶圆', '半导体器件', '封装测试', 'integrated circuit', 'semiconductor', 'chip'],
  ['显示面板', '显示面板', '液晶面板', '液晶显示', 'lcd', 'oled', '显示屏', '显示器件', 'display panel'],
  ['印制电路板', '印制电路板', '印刷电路板', 'pcb', '线路板', '电路板'],
  ['铝加工', '铝型材', '铝板带', '铝箔', '铝合金', '铝材', '铝加工', '电解铝', '氧化铝', 'aluminium', 'aluminum'],
  ['碳酸钙', '碳酸钙', '重钙', '轻钙', '重质碳酸钙', '轻质碳酸钙', 'calcium carbonate'],
  ['光伏', '光伏', '太阳能电池', '太阳能组件', '光伏组件', 'photovoltaic', 'solar'],
  ['风电', '风电', '风力发电', '风机', 'wind turbine', 'wind power'],
  ['服装', '服装', '服饰', '成衣', '制衣', 'apparel', 'garment'],
  ['纺织', '纺织', '纺纱', '织造', '面料', '织布', 'textile', 'fabric'],
  ['家具', '家具', '家居', '定制家居', 'furniture'],
  ['工程机械', '工程机械', '挖掘机', '装载机', '起重机', '推土机', 'construction machinery', 'excavator'],
  ['数控机床', '数控机床', '机床', '加工中心', 'cnc', 'machine tool'],
  ['稀土', '稀土', '稀有金属', '钨', '钼', '钽', '铌', 'rare earth'],
  ['有色金属', '有色金属', '铜', '铅', '锌', '锡', '锑', '铟', 'non-ferrous'],
  ['智能终端', '智能终端', '智能手机', '手机', '平板电脑', '可穿戴', 'smartphone', 'smart terminal'],
  ['电子元器件', '电子元器件', '电子元件', '电容', '电阻', '电感', '连接器', '被动元件', 'electronic components'],
  ['造纸', '造纸', '纸浆', '纸制品', '包装纸', '生活用纸', 'paper', 'pulp'],
  ['丝绸', '丝绸', '蚕丝', '茧丝', '桑蚕', 'silk'],
  ['食品加工', '食品加工', '食品', '肉制品', '调味品', '休闲食品', 'food processing'],
  ['轨道交通', '轨道交通', '动车组', '机车', '城轨', '地铁车辆', 'railway', 'rolling stock'],
  ['船舶', '船舶', '造船', '修船', '海工装备', 'shipbuilding'],
  ['新型显示', 'led', '发光二极管', 'mini led', 'micro led', '背光'],
  ['输变电', '输变电', '变压器', '开关柜', '电线电缆', '电缆', 'transformer'],
  ['工业机器人', '工业机器人', '机器人', '机械臂', 'robot'],
  ['轮胎', '轮胎', '子午线轮胎', 'tyre', 'tire'],
  ['珠宝', '珠宝', '宝石', '首饰', '人工宝石', 'jewelry', 'jewellery', 'gem'],
  ['鞋', '制鞋', '鞋类', '运动鞋', '皮鞋', 'footwear', 'shoe'],
  ['再生金属', '再生金属', '再生资源', '废旧金属', '再生铜', '再生铝', 'recycled metal'],
]);

/**
 * Builds a thesaurus from groups `[concept, ...phrases]`, phrases in normalized (Simplified, lower-case) form.
 * Later groups may add phrases to an existing concept.
 * @example createThesaurus([['锂电池', '锂电', '锂离子电池']]).get('锂电') // '锂电池'
 */
export function createThesaurus(groups: Iterable<readonly string[]> = DEFAULT_THESAURUS_GROUPS): Thesaurus {
  const map = new Map<string, string>();
  for (const [concept, ...phrases] of groups) {
    if (!concept) continue;
    for (const p of [concept, ...phrases]) {
      const k = p.trim().toLowerCase();
      if (k) map.set(k, concept);
    }
  }
  return map;
}
