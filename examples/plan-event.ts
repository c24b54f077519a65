/**
 * Plans an event the 1+4+N way: rank enterprises for the chain-gap items, then assign theme
 * sessions and one-to-one meetings (the 4) on a timetable (time slots, tables) and inspection
 * tours with dated stops (the N), and write the plan as a workbook (out/plan.xlsx).
 *
 *   npx tsx examples/plan-event.ts                      # bundled data/ if present, else a small inline sample
 *   npx tsx examples/plan-event.ts matches.jsonl items.jsonl   # matches from `chainmatch match`
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createMatcher, type ChainGapItem, type Enterprise, type Match, type SectorTheme } from '../src/index.js';
import { readMatches } from '../src/io/matches.js';
import { validateFile } from '../src/io/validate.js';
import { LEFT_OUT_REASON_TEXT, planMeetings, planTours, scheduleMeetings, tourStops } from '../src/index.js';
import { loadBundledData, writePlan } from '../src/node.js';

const SAMPLE_ITEMS: ChainGapItem[] = [
  {
    id: 'AE-01',
    title: '汽车发动机精密加工零部件',
    theme: 'advanced-equipment',
    hostCity: '玉林',
    keywords: ['发动机', '精密加工', '零部件'],
    gapType: 'fill',
  },
  {
    id: 'AE-02',
    title: '新能源汽车电驱系统',
    theme: 'advanced-equipment',
    hostCity: '柳州',
    keywords: ['电驱', '电机', '新能源汽车'],
    gapType: 'strengthen',
  },
  {
    id: 'NM-01',
    title: '高端铝合金板带',
    theme: 'new-materials',
    hostCity: '百色',
    keywords: ['铝合金', '板带', '铝'],
    gapType: 'extend',
  },
  {
    id: 'NM-02',
    title: '锂电正极材料',
    theme: 'new-materials',
    hostCity: '钦州',
    keywords: ['锂电', '正极材料', '电池材料'],
    gapType: 'fill',
  },
  {
    id: 'EI-01',
    title: '晶片与半导体封装',
    theme: 'electronic-information',
    hostCity: '北海',
    keywords: ['晶片', '半导体', '封装'],
    gapType: 'fill',
  },
  {
    id: 'LT-01',
    title: '功能性纺织面料',
    theme: 'light-textile',
    hostCity: '玉林',
    keywords: ['纺织', '面料', '服装'],
    gapType: 'extend',
  },
];
const SAMPLE_ENTERPRISES: Enterprise[] = [
  {
    id: 'E01',
    name: '广东某精密机械有限公司',
    description: '发动机缸体精密加工、汽车零部件',
    province: '广东',
    products: ['发动机零部件'],
  },
  {
    id: 'E02',
    name: '浙江某电驱科技有限公司',
    description: '新能源汽车电机与电驱系统',
    province: '浙江',
    products: ['电驱', '电机'],
  },
  {
    id: 'E03',
    name: '湖南某新材料有限公司',
    description: '锂电池正极材料研发生产',
    province: '湖南',
    products: ['正极材料', '锂电材料'],
  },
  {
    id: 'E04',
    name: '江苏某铝业有限公司',
    description: '铝合金板带箔深加工',
    province: '江苏',
    products: ['铝合金板带'],
  },
  {
    id: 'E05',
    name: '深圳某半导体有限公司',
    description: '晶片制造与半导体封装测试',
    province: '广东',
    city: '深圳',
    products: ['晶片', '封装测试'],
  },
  {
    id: 'E06',
    name: '福建某纺织有限公司',
    description: '功能性纺织面料、服装制造',
    province: '福建',
    products: ['面料', '服装'],
  },
  {
    id: 'E07',
    name: '湖北某汽车零部件有限公司',
    description: '汽车发动机零部件与电机',
    province: '湖北',
    products: ['零部件', '电机'],
  },
];

async function load(): Promise<{
  matches: Match[];
  items: ChainGapItem[];
  enterprises?: Enterprise[];
  themes?: SectorTheme[];
}> {
  const [matchesFile, itemsFile] = process.argv.slice(2);
  if (matchesFile) {
    const matches: Match[] = [];
    for await (const r of readMatches(matchesFile)) if (r.ok) matches.push(r.value);
    const items = itemsFile ? (await validateFile<ChainGapItem>(itemsFile, 'item')).accepted : [];
    return { matches, items };
  }
  if (existsSync('data/items.jsonl') && existsSync('data/enterprises.jsonl')) {
    const { items, enterprises, themes } = await loadBundledData('data');
    return { matches: createMatcher().rank(items, enterprises, { top: 10 }), items, enterprises, themes };
  }
  return {
    matches: createMatcher().rank(SAMPLE_ITEMS, SAMPLE_ENTERPRISES, { top: 10 }),
    items: SAMPLE_ITEMS,
    enterprises: SAMPLE_ENTERPRISES,
  };
}

const { matches, items, enterprises, themes } = await load();
const plan = planMeetings(matches, { items, seats: 60, meetingsPerEnterprise: 3, candidatesPerItem: 5 });
console.log(
  `${matches.length} matches → ${plan.meetings.length} meetings, total score ${plan.totalScore.toFixed(3)} (${plan.method}${plan.optimal ? ', optimal' : ''})`,
);
for (const s of plan.sessions) console.log(`专题 ${s.theme}: ${s.invited.length}/${s.seats} 席, ${s.meetings} 场洽谈`);
const schedule = scheduleMeetings(plan.meetings, { start: '09:00', slotMinutes: 20, tables: 12 });
for (const t of schedule.sessions) console.log(`专题 ${t.theme}: ${t.tables} 桌 ${t.start}–${t.end}`);
for (const m of schedule.meetings.slice(0, 5))
  console.log(`  ${m.start} 第${m.table}桌 ${m.enterpriseId} ↔ ${m.itemId}  ${m.score.toFixed(3)}`);
for (const l of plan.leftOut.slice(0, 5)) console.log(`未邀请 ${l.enterpriseId}: ${LEFT_OUT_REASON_TEXT[l.reason].zh}`);
const tours = planTours(plan.meetings, { items, capacity: 20 });
const stops = tourStops(tours.tours, '2025-09-18');
for (const t of tours.tours)
  console.log(
    `考察线路 ${t.id}: ${stops
      .filter((s) => s.tourId === t.id)
      .map((s) => `${s.city} ${s.date}`)
      .join(' → ')} (${t.enterprises.length} 家)`,
  );
await mkdir('out', { recursive: true });
await writePlan(
  'out/plan.xlsx',
  { plan, schedule, tours, stops, date: '2025-09-18' },
  { items, ...(enterprises ? { enterprises } : {}), ...(themes ? { themes } : {}) },
);
console.log('wrote out/plan.xlsx');
