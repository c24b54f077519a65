import { type Command, Option } from 'commander';
import type { ChainCoverage } from '../../chain/coverage.js';
import { CHAIN_STAGE_ZH } from '../../schema/labels.js';
import type { Cell, ColumnKind, Sheet } from '../../io/_lib/sheets.js';
import { reportRejected } from '../_lib/issues.js';
import { EXIT_CODES_HELP, doneExitCode, usageError } from '../_lib/errors.js';
import { checkOutputs } from '../_lib/outputs.js';
import { addInputOptions, inputOptions, type InputFlags } from '../_lib/notices.js';

interface ChainsFlags extends InputFlags {
  items: string;
  enterprises: string;
  themes?: string;
  chains?: string;
  minScore: string;
  top: string;
  format?: 'table' | 'json' | 'xlsx';
  out: string;
}

/** `chainmatch chains`: per chain and link, the gap items, the firms that qualify, the links no firm covers, 链主 candidates. */
export function register(program: Command): void {
  addInputOptions(
    program
      .command('chains')
      .description(
        'chain coverage: per chain and link (upstream → downstream) the gap items, how many firms qualify, which links have none, and 链主 candidates / 产业链覆盖与链主候选',
      )
      .requiredOption('--items <file>', 'chain-gap items')
      .requiredOption('--enterprises <file>', 'target enterprises')
      .option('--themes <file>', 'themes with per-theme weights')
      .option('--chains <file>', 'chain maps (JSON; default: the bundled data/chains.json)')
      .option('--min-score <x>', 'a firm qualifies for an item at this score or above (never as a weak match)', '0.4')
      .option('--top <n>', 'matches considered per item', '10')
      .addOption(
        new Option('--format <format>', 'output format (default: from --out extension, table for stdout)').choices([
          'table',
          'json',
          'xlsx',
        ]),
      )
      .option('--out <file>', "output file ('-' for stdout)", '-')
      .addHelpText(
        'after',
        `\nStatus of a link: covered (items, and firms qualify), gap (items, no firm qualifies — 缺口), none (no item).\n${EXIT_CODES_HELP}`,
      ),
  ).action(async (flags: ChainsFlags) => {
    const { chainCoverage } = await import('../../chain/coverage.js');
    const { loadChainMaps } = await import('../../data/chains.js');
    const { createMatcher } = await import('../../match/matcher.js');
    const { writeFileAtomic, writeSheets } = await import('../../io/write.js');
    const { loadEnterprises, loadItems, loadThemes } = await import('../_lib/input.js');
    const minScore = Number(flags.minScore);
    if (!(minScore >= 0 && minScore <= 1)) throw usageError(`--min-score must be in [0, 1], got '${flags.minScore}'`);
    const top = Number(flags.top);
    if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
    const format =
      flags.format ??
      (flags.out === '-'
        ? 'table'
        : /\.xlsx$/iu.test(flags.out)
          ? 'xlsx'
          : /\.json$/iu.test(flags.out)
            ? 'json'
            : undefined);
    if (!format) throw usageError(`--out ${flags.out}: cannot tell the format; use .json or .xlsx, or --format`);
    if (format === 'xlsx' && flags.out === '-') throw usageError('--format xlsx needs --out <file>');
    await checkOutputs({ '--out': flags.out }, [
      flags.items,
      flags.enterprises,
      flags.themes,
      flags.chains,
      flags.headerMap,
    ]);
    const inputs = await inputOptions(flags);
    const items = await loadItems(flags.items, inputs.items);
    const ents = await loadEnterprises(flags.enterprises, inputs.enterprises);
    const themes = flags.themes ? await loadThemes(flags.themes) : undefined;
    const rejected = reportRejected([...items.rejected, ...ents.rejected, ...(themes?.rejected ?? [])]);
    const maps = await loadChainMaps(flags.chains, themes ? { themes: themes.accepted } : {});
    const matches = createMatcher({ ...(themes ? { themes: themes.accepted } : {}), chains: maps }).rank(
      items.accepted,
      ents.accepted,
      {
        top,
      },
    );
    const coverage = chainCoverage({ items: items.accepted, enterprises: ents.accepted, matches, maps, minScore });
    if (format === 'json') await writeFileAtomic(flags.out, JSON.stringify(coverage, null, 2) + '\n');
    else if (format === 'xlsx') await writeSheets(flags.out, 'xlsx', coverageSheets(coverage));
    else await writeFileAtomic(flags.out, coverageTable(coverage));
    process.exitCode = doneExitCode(rejected);
  });
}

const STATUS_ZH = { covered: '已覆盖', gap: '缺口：无合格企业', none: '无招商项目' } as const;

/** The coverage as text: one block per chain, a line per link, upstream first. */
export function coverageTable(coverage: readonly ChainCoverage[]): string {
  const lines: string[] = [];
  for (const c of coverage) {
    const gaps = c.links.filter((l) => l.status === 'gap').length;
    lines.push(
      `${c.name} (${c.chainId})  ${c.links.filter((l) => l.items.length).length}/${c.links.length} 个环节有招商项目，${gaps} 个缺口`,
    );
    for (const l of c.links) {
      const firms = l.firms
        .slice(0, 3)
        .map((f) => `${f.name} ${f.score.toFixed(2)}`)
        .join('、');
      lines.push(
        `  ${CHAIN_STAGE_ZH[l.stage]}  ${l.name}${l.chainLeader ? ' ★链主环节' : ''}  项目 ${l.items.length}  合格企业 ${l.firms.length}  ${STATUS_ZH[l.status]}${firms ? `  ${firms}` : ''}`,
      );
    }
    if (c.leaders.length)
      lines.push(
        `  链主候选: ${c.leaders.map((x) => `${x.name}${x.revenue !== undefined ? `（营收${x.revenue}亿元）` : ''}`).join('、')}`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

/** The coverage as a workbook: a sheet of links (one row each) and a sheet of 链主 candidates. */
function coverageSheets(coverage: readonly ChainCoverage[]): Sheet[] {
  const sheet = (name: string, columns: [header: string, kind: ColumnKind][], rows: Cell[][]): Sheet => ({
    name,
    headers: columns.map(([h]) => h),
    kinds: columns.map(([, k]) => k),
    rows,
  });
  return [
    sheet(
      '产业链覆盖',
      [
        ['产业链', 'text'],
        ['环节', 'text'],
        ['阶段', 'text'],
        ['链主环节', 'text'],
        ['招商项目数', 'int'],
        ['合格企业数', 'int'],
        ['状态', 'text'],
        ['招商项目', 'wrap'],
        ['合格企业（前5）', 'wrap'],
      ],
      coverage.flatMap((c) =>
        c.links.map((l) => [
          c.name,
          l.name,
          CHAIN_STAGE_ZH[l.stage],
          l.chainLeader ? '是' : '',
          l.items.length,
          l.firms.length,
          STATUS_ZH[l.status],
          l.items.map((i) => i.title).join('、'),
          l.firms
            .slice(0, 5)
            .map((f) => `${f.name}（${f.score.toFixed(2)}）`)
            .join('、'),
        ]),
      ),
    ),
    sheet(
      '链主候选',
      [
        ['产业链', 'text'],
        ['企业名称', 'text'],
        ['环节', 'text'],
        ['营收（亿元）', 'int'],
        ['上市', 'text'],
      ],
      coverage.flatMap((c) =>
        c.leaders.map((x) => [
          c.name,
          x.name,
          c.links.find((l) => l.linkId === x.linkId)?.name ?? x.linkId,
          x.revenue,
          x.listed ? '是' : '',
        ]),
      ),
    ),
  ];
}
