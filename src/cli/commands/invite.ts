import { type Command, InvalidArgumentError } from 'commander';
import { names } from '../../io/_lib/names.js';
import { EXIT } from '../_lib/errors.js';
import { formatIssue } from '../_lib/issues.js';
import { scoreOption } from '../_lib/options.js';
import { addLangOption, messageLang, type Lang } from '../_lib/lang.js';

interface InviteFlags {
  matches: string;
  items?: string;
  enterprises?: string;
  themes?: string;
  perSession?: number;
  minScore?: number;
  lang?: Lang;
  out: string;
  quiet?: boolean;
}

/**
 * `chainmatch invite`: invitation lists per theme session from a matches file — one row per firm (the items it
 * fits, best first, why, its contacts), ranked by its best fit, capped per session. XLSX (one sheet per session),
 * CSV or JSON by the extension of `--out`.
 */
export function register(program: Command): void {
  const command = program
    .command('invite')
    .description(
      'invitation lists per theme session: one row per firm, the items it fits, why, its contacts / 各专题邀请名单',
    )
    .requiredOption('--matches <file>', 'matches (JSONL, JSON, CSV or XLSX, as written by `chainmatch match`)')
    .option('--items <file>', 'chain-gap items: titles, and themes for matches that carry none')
    .option('--enterprises <file>', 'enterprises: names, provinces, cities, contacts and passthrough columns')
    .option('--themes <file>', 'themes (JSON array), for their names (default: the bundled themes)')
    .option('--per-session <n>', 'firms per theme session (default: every firm that fits)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('--per-session must be a positive integer');
      return n;
    })
    .option('--min-score <x>', 'only matches scoring at least x count (0–1)', scoreOption('--min-score'))
    .option('--out <file>', "output: .xlsx (one sheet per session), .csv or .json ('-': JSON on stdout)", '-')
    .option('--quiet', 'no summary');
  addLangOption(command)
    .addHelpText(
      'after',
      `
Columns: 专题, 序号, 企业名称, 省份, 城市, 最高匹配度, 适配环节数, 适配环节 (best first, with scores), 推荐理由,
contacts (联系人, 职务, 联系电话, 邮箱) and passthrough columns, 企业编号, 环节编号, 专题编号.

Example:
  chainmatch invite --matches out/matches.jsonl --items data/items.jsonl --enterprises data/enterprises.jsonl \\
    --per-session 60 --min-score 0.5 --out out/邀请名单.xlsx`,
    )
    .action(async (flags: InviteFlags) => {
      process.exitCode = await runInvite(flags);
    });
}

/** Runs `invite`; returns the exit code (3 when input rows were rejected). */
export async function runInvite(
  flags: InviteFlags,
  io: { stderr: (s: string) => void } = { stderr: (s) => process.stderr.write(s + '\n') },
): Promise<number> {
  const { writeInvitations } = await import('../../io/event.js');
  const { invitationLists } = await import('../../plan/invite.js');
  const { loadEventInputs } = await import('../_lib/input.js');
  const lang = messageLang(flags.lang);
  const inputs = await loadEventInputs(flags);
  for (const i of inputs.issues) io.stderr(formatIssue(i));
  const lists = invitationLists(inputs.matches, {
    items: inputs.items,
    ...(inputs.themes ? { themes: inputs.themes.map((t) => t.id) } : {}),
    ...(flags.perSession !== undefined ? { perSession: flags.perSession } : {}),
    ...(flags.minScore !== undefined ? { minScore: flags.minScore } : {}),
  });
  const sources = {
    items: inputs.items,
    enterprises: inputs.enterprises,
    ...(inputs.themes ? { themes: inputs.themes } : {}),
  };
  const { rows } = await writeInvitations(flags.out, lists, { ...sources, lang: flags.lang ?? 'zh' });
  if (!flags.quiet) {
    const look = names(sources, lang);
    const firms = new Set(lists.flatMap((l) => l.invitations.map((i) => i.enterpriseId))).size;
    io.stderr(
      lang === 'zh'
        ? `邀请名单：${lists.length} 个专题，${rows} 行，${firms} 家企业`
        : `invite: ${lists.length} sessions, ${rows} rows, ${firms} firms`,
    );
    for (const l of lists) {
      const name = look.themeName(l.theme || undefined) ?? (lang === 'zh' ? '未分类' : 'unassigned');
      io.stderr(
        lang === 'zh'
          ? `  ${name}：邀请 ${l.invitations.length} 家（符合条件 ${l.candidates} 家）`
          : `  ${name}: ${l.invitations.length} invited of ${l.candidates} that fit`,
      );
    }
  }
  return inputs.issues.length > 0 ? EXIT.REJECTED_ROWS : EXIT.OK;
}
