import { ChainmatchError, ErrorCodes } from '../errors.js';

/** What a file's records are, which decides the header aliases and the schema. */
export type RecordKind = 'item' | 'enterprise' | 'label' | 'project' | 'raw';

/** How a field's values are read from a cell. */
type FieldType = 'text' | 'list' | 'number' | 'money' | 'count' | 'bool' | 'vector' | 'extra';

interface FieldSpec {
  type: FieldType;
  aliases: readonly string[];
}

const F = (type: FieldType, ...aliases: string[]): FieldSpec => ({ type, aliases });

/**
 * Header aliases per kind: schema field → the column names people use, Chinese and English.
 * The field name itself always matches. Money fields are in 亿元 (100 million CNY); a unit
 * suffix such as （万元） on the header converts the values.
 */
const CONTACT_FIELDS = {
  contact: F('text', '联系人', '对接人', '负责人', '联络人', 'contact', 'contact person'),
  position: F('text', '职务', '职位', '联系人职务', 'position', 'job title'),
  phone: F(
    'text',
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系方式',
    '座机',
    '办公电话',
    'phone',
    'telephone',
    'mobile',
    'tel',
  ),
  email: F('text', '邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'e-mail'),
  extra: F('extra'),
};

const FIELDS: Record<Exclude<RecordKind, 'raw'>, Record<string, FieldSpec>> = {
  enterprise: {
    id: F(
      'text',
      '企业编号',
      '企业id',
      '企业代码',
      '编号',
      '统一社会信用代码',
      '社会信用代码',
      '信用代码',
      '组织机构代码',
      'enterprise id',
      'company id',
      'credit code',
    ),
    name: F(
      'text',
      '企业名称',
      '公司名称',
      '企业',
      '公司',
      '名称',
      '单位名称',
      '企业全称',
      '客商名称',
      '投资方',
      '投资方名称',
      'enterprise name',
      'company name',
      'company',
      'enterprise',
    ),
    description: F(
      'text',
      '主营业务',
      '经营范围',
      '企业简介',
      '公司简介',
      '企业概况',
      '公司概况',
      '企业介绍',
      '业务范围',
      '主要业务',
      '简介',
      '描述',
      '业务描述',
      '主营',
      'business',
      'main business',
      'business scope',
      'profile',
    ),
    industry: F('text', '所属行业', '行业类别', '行业', '行业分类', '产业类别', '所属产业', 'industry'),
    products: F('list', '主要产品', '产品', '主营产品', 'product', 'main products'),
    technologies: F('list', '核心技术', '技术', '关键技术', 'technology', 'tech', 'core technologies'),
    industryCodes: F(
      'list',
      '行业代码',
      '国民经济行业代码',
      '行业分类代码',
      '国标行业代码',
      'industry code',
      'industry codes',
      'gb4754',
      'gbt4754',
    ),
    province: F(
      'text',
      '所在省份',
      '省份',
      '所在省',
      '省',
      '所在地区',
      '地区',
      '企业所在地',
      '所在地',
      'province',
      'state',
    ),
    city: F('text', '所在城市', '城市', '所在市', '市', 'city'),
    country: F('text', '国家', '国家地区', '国家/地区', '国别', '所在国家', 'country', 'country/region'),
    revenue: F(
      'money',
      '营业收入',
      '营收',
      '年营业收入',
      '年营收',
      '营业总收入',
      '主营业务收入',
      '销售收入',
      '年销售额',
      '销售额',
      '年产值',
      '产值',
      'annual revenue',
      'sales',
    ),
    employees: F(
      'count',
      '员工人数',
      '员工数',
      '人数',
      '职工人数',
      '从业人数',
      '从业人员',
      '从业人员数',
      '职工总数',
      '员工总数',
      '用工人数',
      'staff',
      'headcount',
      'employee count',
    ),
    listed: F('bool', '是否上市', '上市', '上市公司', 'is listed'),
    exportMarkets: F('list', '出口市场', '主要出口市场', '海外市场', 'export markets', 'markets'),
    aseanPresence: F('bool', '东盟布局', '东盟业务', '在东盟布局', '东盟', 'asean presence', 'asean'),
    presentInHostProvince: F(
      'bool',
      '已在桂投资',
      '在桂投资',
      '已在广西投资',
      '已在广西布局',
      '已落户广西',
      'present in host province',
      'in guangxi',
    ),
    tags: F('list', '标签', 'tag', 'labels'),
    embedding: F('vector', '向量', '嵌入向量', 'vector'),
    chain: F('text', '产业链', '所属产业链', '产业链名称', 'industry chain'),
    link: F('text', '细分环节', '所处环节', '产业链环节', '链节', '产业链节点', 'chain link', 'link'),
    role: F('text', '产业链角色', '链上角色', '企业角色', 'chain role', 'role'),
    ...CONTACT_FIELDS,
  },
  item: {
    id: F('text', '环节编号', '编号', '环节id', '项目环节编号', '项目编号', 'item id', 'item'),
    title: F(
      'text',
      '环节名称',
      '招商环节',
      '标题',
      '名称',
      '重点环节',
      '项目名称',
      '招商项目',
      '招商项目名称',
      '项目',
      'name',
      'item title',
      'item name',
    ),
    theme: F('text', '专题', '所属专题', '主题', '专题名称'),
    chain: F('text', '产业链', '所属产业链', '产业链名称', 'industry chain'),
    link: F('text', '细分环节', '具体环节', '链节', '产业链节点', 'chain link', 'link'),
    segment: F('text', '环节', '上中下游', '产业链环节', '链位', '所处环节', 'chain segment'),
    gapType: F('text', '补链强链延链', '补链/强链/延链', '类型', '补强延', '链类型', '招商类型', 'gap type', 'type'),
    description: F(
      'text',
      '描述',
      '环节描述',
      '说明',
      '需求描述',
      '招商需求',
      '简介',
      '项目简介',
      '建设内容',
      '项目内容',
      '建设规模及内容',
      '主要建设内容',
      '项目概况',
    ),
    industry: F('text', '所属行业', '行业类别', '行业', '行业分类', '产业类别', '所属产业', 'industry'),
    keywords: F('list', '关键词', '关键字', 'keyword', 'tags'),
    products: F('list', '产品', '目标产品', '主要产品', 'product'),
    industryCodes: F(
      'list',
      '行业代码',
      '国民经济行业代码',
      '行业分类代码',
      'industry code',
      'industry codes',
      'gb4754',
    ),
    hostCity: F(
      'text',
      '落地城市',
      '承接城市',
      '承接地',
      '项目地点',
      '拟落地城市',
      '落地地点',
      '建设地点',
      '项目选址',
      '所在城市',
      '城市',
      '设区市',
      'host city',
      'city',
    ),
    park: F('text', '园区', '落地园区', '承接园区', '产业园区', 'industrial park'),
    investmentMin: F(
      'money',
      '投资下限',
      '最低投资',
      '投资额下限',
      '最小投资',
      '投资额',
      '总投资',
      '计划总投资',
      '拟投资额',
      '投资规模',
      '投资金额',
      'min investment',
      'investment min',
      'investment',
    ),
    investmentMax: F('money', '投资上限', '最高投资', '投资额上限', '最大投资', 'max investment', 'investment max'),
    preferredRegions: F('list', '优先区域', '目标区域', '来源区域', '重点区域', 'preferred regions', 'regions'),
    aseanOriented: F('bool', '面向东盟', '东盟导向', '面向东盟市场', 'asean oriented', 'asean'),
    priority: F('count', '优先级', '优先等级', '重要程度'),
    embedding: F('vector', '向量', '嵌入向量', 'vector'),
    ...CONTACT_FIELDS,
  },
  label: {
    itemId: F('text', '环节编号', '环节id', 'item id', 'item'),
    enterpriseId: F('text', '企业编号', '企业id', 'enterprise id', 'enterprise', 'company id'),
    grade: F('text', '等级', '评级', '相关度', '结果', '标注', 'outcome', 'label', 'relevance'),
    note: F('text', '备注', '说明', 'notes', 'comment'),
  },
  project: {
    id: F('text', '项目编号', '项目id', '编号', 'project id'),
    name: F('text', '项目名称', '名称', 'title', 'project name', 'project'),
    itemId: F('text', '环节编号', 'item id'),
    enterpriseId: F('text', '企业编号', 'enterprise id'),
    enterpriseName: F('text', '企业名称', '签约企业', '投资方', 'enterprise name', 'investor'),
    theme: F('text', '专题', '所属专题'),
    city: F('text', '落地城市', '所在城市', '城市', 'host city'),
    park: F('text', '园区', '落地园区'),
    investment: F('money', '投资额', '总投资', '计划总投资', '签约金额', '投资金额', 'amount'),
    status: F('text', '状态', '项目状态', '进展', 'stage'),
    signedAt: F('text', '签约日期', '签约时间', 'signed', 'signed date', 'date'),
    note: F('text', '备注', 'notes', 'comment'),
  },
};

/** How one column of a file maps to a record field. */
export interface ColumnMapping {
  /** 0-based position in the header (or key order for JSON). */
  index: number;
  /** The header exactly as it appears in the file. */
  header: string;
  /** Target field; undefined when the column is unknown (and dropped). */
  field: string | undefined;
  /** Multiplier from the header's unit to the field's unit (万元 → 亿元 is 1e-4). */
  scale: number;
  /** How values are coerced; undefined for passthrough columns. */
  type: FieldType | undefined;
  /** A row-number column (序号): no field, but it names rows and makes their ids when the file has no id column. */
  seq?: true;
}

/** Result of {@link resolveHeaders}. */
export interface HeaderResolution {
  columns: ColumnMapping[];
  /** Headers that map to no field (kept out of records). */
  unknown: string[];
  /** Headers that map to a field an earlier column already took (the first one wins). */
  duplicate: string[];
  /** Field → original header, to report issues with the user's column name. */
  fieldToHeader: Map<string, string>;
}

/**
 * Canonical form of a header for matching: NFKC (full-width → half-width), lower case,
 * trailing unit in brackets, `*` and `:` removed, spaces / `_` / `-` / `.` / `/` / `、` removed.
 * @example normalizeHeader('营业收入（亿元）') // '营业收入'
 */
export function normalizeHeader(header: string): string {
  return splitUnit(header).base;
}

function splitUnit(header: string): { base: string; unit: string } {
  let h = header.normalize('NFKC').trim().toLowerCase();
  h = h.replace(/[*:：\s]+$/u, '');
  let unit = '';
  const m = /^(.*?)[\s]*[([【]([^()[\]【】]*)[)\]】]\s*$/u.exec(h);
  if (m && m[1] !== undefined && m[1].trim() !== '') {
    h = m[1];
    unit = (m[2] ?? '').trim();
  }
  const base = h.replace(/^[*\s]+|[*:\s]+$/gu, '').replace(/[\s_\-./、·|]+/gu, '');
  return { base, unit };
}

/**
 * US dollars to yuan for amounts given in dollars (万美元, 亿美元), a fixed documented rate: scores only need
 * the order of magnitude of a firm's revenue or an item's investment.
 */
export const USD_TO_CNY = 7.2;

/**
 * @internal Multiplier from an amount unit to 亿元 (万元 → 1e-4), or undefined for text that is no amount unit.
 * @example moneyUnit('万美元') // 0.00072
 */
export function moneyUnit(unit: string): number | undefined {
  const u = unit.replace(/\s+/gu, '').toLowerCase();
  const m = /^(?:人民币)?(千万|百万|亿|万|千|)(元|美元|usd|rmb|cny|yuan)?$/u.exec(u);
  if (!m || (m[1] === '' && m[2] === undefined)) return undefined;
  const magnitude = { 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3, '': 1 }[m[1] as '亿'];
  const currency = m[2] === '美元' || m[2] === 'usd' ? USD_TO_CNY : 1;
  return (magnitude * currency) / 1e8;
}

/** Unit multiplier into the field's unit; 1 when the unit is unknown or absent. */
function unitScale(type: FieldType | undefined, unit: string): number {
  if (!unit) return 1;
  const u = unit.replace(/\s+/gu, '');
  if (type === 'money') return moneyUnit(u) ?? 1;
  if (type === 'count' && /万人/u.test(u)) return 1e4;
  return 1;
}

/** Headers of a row-number column (序号), normalized: it names rows and makes ids when there is no id column. */
export const ROW_NUMBER_HEADERS: readonly string[] = ['序号', '序', '顺序号', '行号', 'no', '#', 'seq', 'sn'];

/** @internal Alias table per kind, built lazily (no work at import). */
const aliasTables = new Map<RecordKind, Map<string, string>>();

function aliasTable(kind: Exclude<RecordKind, 'raw'>): Map<string, string> {
  let table = aliasTables.get(kind);
  if (!table) {
    table = new Map();
    const spec = FIELDS[kind];
    // Field names first so an alias never shadows a real field name of the same kind.
    for (const field of Object.keys(spec)) table.set(normalizeHeader(field), field);
    for (const [field, s] of Object.entries(spec)) {
      for (const alias of s.aliases) {
        const key = normalizeHeader(alias);
        if (!table.has(key)) table.set(key, field);
      }
    }
    aliasTables.set(kind, table);
  }
  return table;
}

/** The fields a kind knows, with their aliases (for help texts and templates). */
export function knownFields(kind: RecordKind): { field: string; aliases: readonly string[] }[] {
  if (kind === 'raw') return [];
  return Object.entries(FIELDS[kind]).map(([field, s]) => ({ field, aliases: s.aliases }));
}

/** @internal The value type of a field of a kind. */
export function fieldType(kind: RecordKind, field: string): FieldType | undefined {
  if (kind === 'raw') return undefined;
  const spec = FIELDS[kind];
  return Object.hasOwn(spec, field) ? spec[field]?.type : undefined;
}

/**
 * Maps a file's headers to record fields for a kind. `headerMap` (original header → field)
 * overrides the built-in aliases; its keys match with the same normalization. Kinds `raw`
 * and `project` keep unknown columns under their original header (passthrough); the others
 * report them in `unknown`.
 * Throws `INVALID_OPTION` when `headerMap` names a field the kind does not have.
 * @example resolveHeaders(['企业名称', '所在省份'], 'enterprise').columns.map((c) => c.field) // ['name', 'province']
 */
export function resolveHeaders(
  headers: readonly string[],
  kind: RecordKind,
  headerMap?: Readonly<Record<string, string>>,
): HeaderResolution {
  const custom = compileHeaderMap(kind, headerMap);
  const table = kind === 'raw' ? undefined : aliasTable(kind);
  const columns: ColumnMapping[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const fieldToHeader = new Map<string, string>();
  headers.forEach((raw, index) => {
    const header = String(raw ?? '');
    const { base, unit } = splitUnit(header);
    let field = custom.get(header) ?? custom.get(base) ?? (kind === 'raw' ? undefined : table?.get(base));
    if (field === undefined && kind !== 'raw' && ROW_NUMBER_HEADERS.includes(base)) {
      columns.push({ index, header, field: undefined, scale: 1, type: undefined, seq: true });
      return;
    }
    if (field === undefined && (kind === 'raw' || kind === 'project') && header.trim() !== '') field = header.trim();
    if (field === undefined) {
      if (header.trim() !== '') unknown.push(header);
      columns.push({ index, header, field: undefined, scale: 1, type: undefined });
      return;
    }
    if (fieldToHeader.has(field)) {
      duplicate.push(header);
      columns.push({ index, header, field: undefined, scale: 1, type: undefined });
      return;
    }
    const type = fieldType(kind, field);
    fieldToHeader.set(field, header);
    columns.push({ index, header, field, scale: unitScale(type, unit), type });
  });
  return { columns, unknown, duplicate, fieldToHeader };
}

function compileHeaderMap(
  kind: RecordKind,
  headerMap: Readonly<Record<string, string>> | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  if (headerMap === undefined) return out;
  if (typeof headerMap !== 'object' || headerMap === null || Array.isArray(headerMap)) {
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, 'headerMap must be an object of header → field');
  }
  const fields = kind === 'raw' || kind === 'project' ? undefined : new Set(Object.keys(FIELDS[kind]));
  for (const [header, field] of Object.entries(headerMap)) {
    if (typeof field !== 'string' || field.trim() === '') {
      throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `headerMap['${header}'] must be a field name`);
    }
    if (fields && !fields.has(field)) {
      throw new ChainmatchError(
        ErrorCodes.INVALID_OPTION,
        `headerMap['${header}'] → '${field}': no such ${kind} field (${[...fields].join(', ')})`,
        {
          header,
          field,
        },
      );
    }
    out.set(header, field);
    out.set(normalizeHeader(header), field);
  }
  return out;
}
