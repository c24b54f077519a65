/**
 * Tracks signed projects through the four lists and reports progress the way the article does.
 *
 *   npx tsx examples/register-progress.ts [register.jsonl]   # default: the 2023 fixture
 */
import { readFileSync } from 'node:fs';
import {
  createProjectClassifier,
  moveProject,
  PROJECT_STAGE_ZH,
  recordAgreement,
  registerStats,
  registerToLabels,
  SIX_LIBRARIES,
  validateProjects,
} from '../src/index.js';
import { ChainmatchError } from '../src/errors.js';

const file = process.argv[2] ?? 'test/fixtures/register-2023.jsonl';
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as unknown);
const { projects, issues } = validateProjects(rows, file);
for (const i of issues) console.error(`${i.file}:${i.row} ${i.code} ${i.message}`);

const s = registerStats(projects, { asOf: '2024-04-30' }).overall;
const pct = (x: number) => `${Math.round(x * 100)}%`;
console.log(
  `签约项目${s.signed}个、总投资${s.investment}亿元，其中来自东中部地区产业转移项目占${pct(s.eastCentralShare)}，` +
    `补链强链延链项目占${pct(s.chainShare)}，面向东盟项目占${pct(s.aseanShare)}。` +
    `截至4月底，${s.agreements}个项目签订投资协议，${s.started}个已开工，${s.completed}个已竣工投产，完成投资${s.investedToDate}亿元。`,
);
console.log(
  `四张清单: ${Object.entries(s.lists)
    .map(([k, n]) => `${PROJECT_STAGE_ZH[k as keyof typeof PROJECT_STAGE_ZH]} ${n}`)
    .join('，')}`,
);

// 六个一批 with the default (illustrative) rules.
const classifier = createProjectClassifier();
const libs = new Map<string, number>();
for (const p of projects) for (const l of classifier.libraries(p)) libs.set(l, (libs.get(l) ?? 0) + 1);
console.log(
  `六个一批: ${[...libs].map(([l, n]) => `${SIX_LIBRARIES[l as keyof typeof SIX_LIBRARIES] ?? l} ${n}`).join('，')}`,
);

// Move one project along, and watch an invalid move get refused.
const p = projects.find((x) => x.stage === 'planning' && x.agreementAt === undefined)!;
const started = moveProject(recordAgreement(p, '2024-05-06'), 'started', '2024-05-20', '新开工');
console.log(
  `${started.name}: ${PROJECT_STAGE_ZH[p.stage]} → ${PROJECT_STAGE_ZH[started.stage]} (${started.startedAt})`,
);
try {
  moveProject(started, 'planning', '2024-06-01');
} catch (e) {
  if (e instanceof ChainmatchError) console.log(`refused (${e.code}): ${e.message}`);
}

const labels = registerToLabels(projects);
console.log(
  `${labels.length} graded labels for weight fitting (grade 4 竣工: ${labels.filter((l) => l.grade === 4).length})`,
);
