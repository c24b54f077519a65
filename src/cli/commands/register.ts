import { type Command, InvalidArgumentError } from 'commander';
import type { ClassifierOptions } from '../../register/classify.js';
import type { SignedProject } from '../../register/schema.js';
import type { ProgressStats } from '../../register/stats.js';
import type { Issue } from '../../schema/issue.js';
import { firstSeen } from '../../_lib/ids.js';
import { doneExitCode, readJsonOption } from '../_lib/errors.js';
import { printIssues } from '../_lib/issues.js';
import { checkOutputs } from '../_lib/outputs.js';

/**
 * Reads a register file (JSONL, JSON, CSV or XLSX): valid projects and an issue for every
 * malformed row or duplicate id, with file and row.
 * @internal
 */
export async function loadProjects(file: string): Promise<{ projects: SignedProject[]; issues: Issue[] }> {
  const { readRecords } = await import('../../io/read.js');
  const { normalizeProjectRecord, validateProject } = await import('../../register/schema.js');
  const projects: SignedProject[] = [];
  const issues: Issue[] = [];
  const seen = firstSeen<number>();
  for await (const row of readRecords(file, { kind: 'project' })) {
    if (row.issues && row.issues.length > 0) {
      issues.push(...row.issues.map((i) => ({ ...i, file: row.file, row: row.row })));
      continue;
    }
    const r = validateProject(normalizeProjectRecord(row.record));
    if (!r.success) {
      issues.push(...r.issues.map((i) => ({ ...i, file: row.file, row: row.row })));
      continue;
    }
    const first = seen(r.data.id, row.row);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate_id',
        path: ['id'],
        file: row.file,
        row: row.row,
        message: `duplicate project id ${r.data.id} (first on row ${first})`,
      });
      continue;
    }
    projects.push(r.data);
  }
  return { projects, issues };
}

async function loadRows(
  file: string,
): Promise<{ rows: Record<string, unknown>[]; rowNumbers: number[]; issues: Issue[] }> {
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  const { readRecords } = await import('../../io/read.js');
  const issues: Issue[] = [];
  for await (const row of readRecords(file, { kind: 'raw' })) {
    if (row.issues && row.issues.length > 0)
      issues.push(...row.issues.map((i) => ({ ...i, file: row.file, row: row.row })));
    else {
      rows.push({ ...row.record });
      rowNumbers.push(row.row);
    }
  }
  return { rows, rowNumbers, issues };
}

function reportIssues(issues: Issue[]): void {
  if (issues.length > 0) {
    printIssues(issues);
    process.stderr.write(`${issues.length} issue(s); rejected rows were left out\n`);
  }
  process.exitCode = doneExitCode(issues.length);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function statsLine(s: ProgressStats): string {
  return [
    (s.key ?? '合计 total').padEnd(24),
    String(s.signed).padStart(5),
    s.investment.toFixed(2).padStart(10),
    pct(s.eastCentralShare).padStart(7),
    pct(s.chainShare).padStart(7),
    pct(s.aseanShare).padStart(7),
    String(s.agreements).padStart(6),
    String(s.started).padStart(6),
    String(s.completed).padStart(6),
    s.investedToDate.toFixed(2).padStart(9),
  ].join(' ');
}

const STATS_HEADER = [
  '分组 group'.padEnd(24),
  '签约'.padStart(5),
  '投资(亿元)'.padStart(10),
  '东中部'.padStart(7),
  '补强延'.padStart(7),
  '面向东盟'.padStart(7),
  '协议'.padStart(6),
  '开工'.padStart(6),
  '竣工'.padStart(6),
  '完成投资'.padStart(9),
].join(' ');

const isoDateArg = (v: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(v)) throw new InvalidArgumentError('dates are YYYY-MM-DD');
  return v;
};

/**
 * `chainmatch register …`: the signed-project register (签约项目库) — `stats`, `labels`,
 * `classify` and `move`. Malformed rows and refused moves are reported on stderr with file and
 * row, and make the exit code 3 (see `EXIT`); they are never silently accepted.
 */
export function register(program: Command): void {
  const reg = program
    .command('register')
    .description('signed-project register: four lists, six libraries, progress / 签约项目清单式管理');

  reg
    .command('stats')
    .description('progress statistics per city and theme / 推进情况统计')
    .requiredOption('--projects <file>', 'register (JSONL, JSON, CSV or XLSX)')
    .option('--as-of <date>', 'count agreements, starts and completions up to this day (截至)', isoDateArg)
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { projects: string; asOf?: string; json?: boolean }) => {
      const { registerStats } = await import('../../register/stats.js');
      const { PROJECT_STAGE_ZH, PROJECT_STAGES } = await import('../../register/schema.js');
      const { projects, issues } = await loadProjects(opts.projects);
      const s = registerStats(projects, opts.asOf !== undefined ? { asOf: opts.asOf } : {});
      if (opts.json) {
        process.stdout.write(JSON.stringify(s, null, 2) + '\n');
      } else {
        const lines = [
          `${STATS_HEADER}`,
          statsLine(s.overall),
          '',
          '按城市 by city',
          ...s.byCity.map(statsLine),
          '',
          '按专题 by theme',
          ...s.byTheme.map(statsLine),
        ];
        const o = s.overall;
        lines.push(
          '',
          `转化 conversion: 签约 ${o.signed} → 协议 ${o.agreements} (${pct(o.conversion.agreement)}) → 开工 ${o.started} (${pct(o.conversion.started)}) → 竣工 ${o.completed} (${pct(o.conversion.completed)})`,
          `四张清单 lists: ${PROJECT_STAGES.map((st) => `${PROJECT_STAGE_ZH[st]} ${o.lists[st]}`).join('，')}`,
        );
        process.stdout.write(lines.join('\n') + '\n');
      }
      reportIssues(issues);
    });

  reg
    .command('labels')
    .description('graded labels from project outcomes, for weight fitting / 由项目进展生成标注')
    .requiredOption('--projects <file>', 'register (JSONL, JSON, CSV or XLSX)')
    .option('--out <file>', 'labels JSONL (- for stdout)', '-')
    .action(async (opts: { projects: string; out: string }) => {
      const { registerToLabels } = await import('../../register/labels.js');
      const { writeFileAtomic } = await import('../../io/write.js');
      await checkOutputs({ '--out': opts.out }, [opts.projects]);
      const { projects, issues } = await loadProjects(opts.projects);
      const labels = registerToLabels(projects);
      await writeFileAtomic(opts.out, labels.map((l) => JSON.stringify(l) + '\n').join(''));
      process.stderr.write(`${labels.length} labels from ${projects.length} projects\n`);
      reportIssues(issues);
    });

  reg
    .command('classify')
    .description('investment band, industry, region and six libraries per project / 分类与六个一批')
    .requiredOption('--projects <file>', 'register (JSONL, JSON, CSV or XLSX)')
    .option('--rules <file>', 'JSON { bands?, rules? } replacing the default bands and library rules')
    .option('--out <file>', 'JSONL output (- for stdout)', '-')
    .action(async (opts: { projects: string; rules?: string; out: string }) => {
      const { createProjectClassifier } = await import('../../register/classify.js');
      const { writeFileAtomic } = await import('../../io/write.js');
      await checkOutputs({ '--out': opts.out }, [opts.projects, opts.rules]);
      const classifier = createProjectClassifier(
        opts.rules ? ((await readJsonOption('--rules', opts.rules)) as ClassifierOptions) : {},
      );
      const { projects, issues } = await loadProjects(opts.projects);
      await writeFileAtomic(opts.out, projects.map((p) => JSON.stringify(classifier.classify(p)) + '\n').join(''));
      reportIssues(issues);
    });

  reg
    .command('move')
    .description('apply dated moves between the four lists (and agreements) / 清单流转')
    .requiredOption('--projects <file>', 'register (JSONL, JSON, CSV or XLSX)')
    .requiredOption(
      '--moves <file>',
      'moves: { projectId, to: started|construction|completed|agreement (or 新开工/在建/竣工/投资协议), date, note? }',
    )
    .requiredOption('--out <file>', 'updated register (JSONL; - for stdout)')
    .action(async (opts: { projects: string; moves: string; out: string }) => {
      const { applyMoves } = await import('../../register/transitions.js');
      const { writeFileAtomic } = await import('../../io/write.js');
      await checkOutputs({ '--out': opts.out }, [opts.projects, opts.moves]);
      const { projects, issues } = await loadProjects(opts.projects);
      const moves = await loadRows(opts.moves);
      const r = applyMoves(projects, moves.rows);
      await writeFileAtomic(opts.out, r.projects.map((p) => JSON.stringify(p) + '\n').join(''));
      // applyMoves numbers the rows it was given; map back to the file's own row numbers.
      const moveIssues = r.issues.map((i) => ({
        ...i,
        file: opts.moves,
        row: i.row !== undefined ? (moves.rowNumbers[i.row - 1] ?? i.row) : i.row,
      }));
      process.stderr.write(`${moves.rows.length - r.issues.length} of ${moves.rows.length} moves applied\n`);
      reportIssues([...issues, ...moves.issues, ...moveIssues]);
    });
}
