/**
 * Writes test/fixtures/register-2023.jsonl: 356 synthetic signed projects of the 2023 event
 * whose statistics match the figures of the article (/work/shared/seeds): 356 projects,
 * 3,225 亿元, 86% from the east and centre, 84% chain projects, 80% ASEAN-facing; by the end
 * of April 2024, 267 with investment agreements, 140 started (20 of them completed), 98.3 亿元
 * invested. Names, firms and amounts are invented; only the totals are the article's.
 *
 * Counting convention: started ⊇ completed (the 20 completed projects are among the 140
 * started), and both are among the 267 with agreements. Money is generated in integer units
 * of 0.01 亿元 so the totals are exact.
 *
 * Run: npx tsx scripts/make-register-fixture.ts [out]
 */
import { writeFileSync } from 'node:fs';
import { mulberry32 } from '../src/_lib/random.js';
import { registerStats, validateProjects } from '../src/register/index.js';

const OUT = process.argv[2] ?? 'test/fixtures/register-2023.jsonl';

const N = 356;
const TOTAL_UNITS = 322_500; // 3,225 亿元 in 0.01 亿元
const INVESTED_UNITS = 9_830; // 98.3 亿元
const EAST_CENTRAL = 306; // 306/356 = 85.96% → 86%
const CHAIN = 299; // 83.99% → 84%
const ASEAN = 285; // 80.06% → 80%
const AGREEMENTS = 267;
const STARTED = 140; // completed included
const COMPLETED = 20;
const AS_OF = '2024-04-30';
const SIGNED_AT = '2023-06-16';

const rnd = mulberry32(20230616);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [x, w] of xs) if ((r -= w) < 0) return x;
  return xs[xs.length - 1]![0];
};
function shuffled(n: number): number[] {
  const a = Array.from({ length: n }, (_, k) => k);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
/** The first `k` of a fresh random order, as a set of indices. */
const chooseSet = (k: number, from: number[] = shuffled(N)) => new Set(from.slice(0, k));

const DAY = 86_400_000;
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const between = (a: string, b: string) => toDate(ms(a) + Math.floor(rnd() * ((ms(b) - ms(a)) / DAY + 1)) * DAY);

const CITIES = [
  ['南宁', 14],
  ['柳州', 10],
  ['桂林', 6],
  ['梧州', 6],
  ['北海', 8],
  ['防城港', 6],
  ['钦州', 9],
  ['贵港', 6],
  ['玉林', 8],
  ['百色', 6],
  ['贺州', 5],
  ['河池', 4],
  ['来宾', 5],
  ['崇左', 7],
] as const;
const EAST_CENTRAL_PROVINCES = [
  ['广东', 40],
  ['浙江', 10],
  ['江苏', 8],
  ['福建', 7],
  ['上海', 5],
  ['北京', 5],
  ['山东', 4],
  ['湖南', 8],
  ['湖北', 5],
  ['江西', 4],
  ['河南', 3],
  ['安徽', 3],
] as const;
const OTHER_SOURCES = [
  ['四川', 4],
  ['重庆', 4],
  ['云南', 3],
  ['贵州', 2],
  ['陕西', 2],
  ['辽宁', 2],
  ['香港', 4],
  ['台湾', 2],
  ['新加坡', 2],
  ['越南', 1],
  ['泰国', 1],
  ['德国', 1],
] as const;
const THEMES = {
  'advanced-equipment': {
    industry: '先进装备制造',
    products: [
      '汽车发动机精密零部件',
      '新能源汽车电驱系统',
      '工程机械液压件',
      '智能农机',
      '船舶配套设备',
      '轨道交通装备',
      '动力电池结构件',
    ],
  },
  'new-materials': {
    industry: '新材料',
    products: [
      '高端铝合金板带',
      '不锈钢精深加工',
      '锂电正极材料',
      '电子级化学品',
      '高性能工程塑料',
      '稀土功能材料',
      '绿色建材',
    ],
  },
  'electronic-information': {
    industry: '电子信息',
    products: ['晶片', '半导体封装测试', '智能终端', '显示模组', '印制电路板', '光通信器件', '数据中心'],
  },
  'light-textile': {
    industry: '轻工纺织',
    products: ['高端家具', '功能性纺织面料', '服装智能制造', '糖业精深加工', '竹木制品', '日用陶瓷', '皮革制品'],
  },
} as const;
const THEME_WEIGHTS = [
  ['advanced-equipment', 35],
  ['new-materials', 30],
  ['electronic-information', 22],
  ['light-textile', 13],
] as const;
const OTHER_INDUSTRIES = ['现代物流', '文旅康养', '农产品加工', '商贸服务', '医药健康'] as const;
const SUFFIX = ['生产项目', '产业园项目', '基地项目', '扩建项目', '技改项目', '智能工厂项目', '绿色低碳项目'] as const;
const FIRM_A = [
  '华',
  '鑫',
  '恒',
  '瑞',
  '康',
  '宏',
  '泰',
  '达',
  '信',
  '盛',
  '联',
  '科',
  '安',
  '新',
  '海',
  '金',
] as const;
const FIRM_B = ['精密', '智能', '新材', '电子', '实业', '科技', '装备', '制造', '材料', '控股'] as const;

// Independent random memberships with exact sizes.
const eastCentral = chooseSet(EAST_CENTRAL);
const chain = chooseSet(CHAIN);
const asean = chooseSet(ASEAN);
// Funnel: completed ⊂ started ⊂ agreements.
const funnel = shuffled(N);
const agreements = new Set(funnel.slice(0, AGREEMENTS));
const started = new Set(funnel.slice(0, STARTED));

// Investment: a heavy tail, scaled to the exact total in 0.01 亿元 units.
const raw = Array.from({ length: N }, () => Math.exp(1.3 + 1.35 * gaussian()));
function gaussian(): number {
  const u = Math.max(rnd(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}
const rawSum = raw.reduce((s, x) => s + x, 0);
const units = raw.map((x) => Math.max(5, Math.round((x / rawSum) * TOTAL_UNITS)));
const largest = units.indexOf(Math.max(...units));
units[largest]! += TOTAL_UNITS - units.reduce((s, x) => s + x, 0);

// Completed: 20 of the started ones with modest investment (a quick build), by a fixed order.
const startedList = funnel.slice(0, STARTED);
const modest = startedList.filter((k) => units[k]! >= 50 && units[k]! <= 500);
const completed = new Set(modest.slice(0, COMPLETED));
if (completed.size !== COMPLETED) throw new Error('not enough modest started projects; change the seed');

// Invested to date: completed ones fully, the rest of 98.3 亿元 spread over the other started ones.
const invested = new Array<number>(N).fill(0);
for (const k of completed) invested[k] = units[k]!;
let rest = INVESTED_UNITS - [...completed].reduce((s, k) => s + units[k]!, 0);
if (rest < 0) throw new Error('completed projects exceed the invested total; change the seed');
const building = startedList.filter((k) => !completed.has(k));
const shares = building.map(() => rnd() + 0.05);
const shareSum = shares.reduce((s, x) => s + x, 0);
building.forEach((k, j) => {
  const u = Math.min(units[k]!, Math.floor((shares[j]! / shareSum) * rest));
  invested[k] = u;
});
rest -= building.reduce((s, k) => s + invested[k]!, 0);
for (let j = 0; rest > 0; j = (j + 1) % building.length) {
  const k = building[j]!;
  if (invested[k]! < units[k]!) {
    invested[k]!++;
    rest--;
  }
}

const projects: Record<string, unknown>[] = [];
for (let k = 0; k < N; k++) {
  const isChain = chain.has(k);
  const theme = isChain ? weighted(THEME_WEIGHTS) : undefined;
  const city = weighted(CITIES);
  const product = theme ? pick(THEMES[theme].products) : pick(OTHER_INDUSTRIES);
  const province = eastCentral.has(k) ? weighted(EAST_CENTRAL_PROVINCES) : weighted(OTHER_SOURCES);
  const id = `P2023-${String(k + 1).padStart(3, '0')}`;
  const p: Record<string, unknown> = {
    id,
    name: `${city}市${product}${pick(SUFFIX)}`,
    enterpriseId: `ENT-${String(k + 1).padStart(4, '0')}`,
    enterpriseName: `${province}${pick(FIRM_A)}${pick(FIRM_A)}${pick(FIRM_B)}有限公司`,
    investment: units[k]! / 100,
    sourceProvince: province,
    industry: theme ? THEMES[theme].industry : product,
    hostCity: city,
    signedAt: SIGNED_AT,
    investedToDate: invested[k]! / 100,
    chainProject: isChain,
    aseanFacing: asean.has(k),
    stage: 'planning',
    history: [] as { stage: string; date: string }[],
  };
  if (theme) {
    p.theme = theme;
    p.itemId = `GX-${theme}-${String(1 + Math.floor(rnd() * 60)).padStart(2, '0')}`;
  }
  if (agreements.has(k)) {
    const isStarted = started.has(k);
    const agreementAt = between('2023-06-20', completed.has(k) ? '2024-01-15' : isStarted ? '2024-02-29' : AS_OF);
    p.agreementAt = agreementAt;
    if (isStarted) {
      const isCompleted = completed.has(k);
      const startedAt = between(agreementAt, isCompleted ? '2024-01-31' : '2024-04-20');
      p.startedAt = startedAt;
      const history: { stage: string; date: string }[] = [{ stage: 'started', date: startedAt }];
      if (isCompleted) {
        const completedAt = between(toDate(ms(startedAt) + 30 * DAY), AS_OF);
        p.completedAt = completedAt;
        history.push({ stage: 'completed', date: completedAt });
        p.stage = 'completed';
      } else if (startedAt < '2024-01-01') {
        history.push({ stage: 'construction', date: '2024-01-01' });
        p.stage = 'construction';
      } else {
        p.stage = 'started';
      }
      p.history = history;
    }
  }
  projects.push(p);
}

// The two projects the article names, on rows that fit them.
const named = (pred: (p: Record<string, unknown>) => boolean, patch: Record<string, unknown>) => {
  const p = projects.find(pred);
  if (!p) throw new Error('no row fits a named project; change the seed');
  Object.assign(p, patch);
};
named((p) => p.stage === 'construction' && p.chainProject === true, {
  name: '北海市银河晶片产业园',
  hostCity: '北海',
  theme: 'electronic-information',
  industry: '电子信息',
  itemId: 'GX-electronic-information-01',
});
named((p) => p.stage === 'completed' && p.chainProject === true, {
  name: '玉林市汽车发动机精密加工零部件生产项目',
  hostCity: '玉林',
  theme: 'advanced-equipment',
  industry: '先进装备制造',
  itemId: 'GX-advanced-equipment-01',
});

const { projects: valid, issues } = validateProjects(projects);
if (issues.length > 0) throw new Error(`fixture has issues: ${JSON.stringify(issues.slice(0, 3))}`);
const s = registerStats(valid, { asOf: AS_OF }).overall;
writeFileSync(OUT, projects.map((p) => JSON.stringify(p)).join('\n') + '\n');
console.log(
  `${OUT}: ${s.signed} projects, ${s.investment} 亿元, east/centre ${(s.eastCentralShare * 100).toFixed(2)}%, chain ${(s.chainShare * 100).toFixed(2)}%, ` +
    `ASEAN ${(s.aseanShare * 100).toFixed(2)}%, agreements ${s.agreements}, started ${s.started}, completed ${s.completed}, invested ${s.investedToDate} 亿元`,
);
