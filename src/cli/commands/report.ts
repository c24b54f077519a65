import type { Command } from 'commander';
import { printIssues, reportRejected } from '../_lib/issues.js';
import { checkOutputs } from '../_lib/outputs.js';
import { doneExitCode, usageError } from '../_lib/errors.js';
import { addInputOptions, inputOptions, type InputFlags } from '../_lib/notices.js';

export function register(program: Command): void {
  addInputOptions(program.command('report'))
    .description(
      'write one self-contained HTML report: an overview per theme (firms to invite), then items by theme and chain with their ranked enterprises; search, filters, sorting, printing one theme',
    )
    .requiredOption('--matches <file>', 'matches written by `chainmatch match` (JSONL)')
    .requiredOption('--items <file>', 'chain-gap items')
    .requiredOption('--enterprises <file>', 'enterprises')
    .option('--themes <file>', 'themes (JSON array); default: the themes named by the items')
    .option('--top <n>', 'enterprises shown per item', '10')
    .option('--title <text>', 'page title')
    .requiredOption('--out <file>', 'HTML file to write')
    .action(
      async (
        flags: {
          matches: string;
          items: string;
          enterprises: string;
          themes?: string;
          top: string;
          title?: string;
          out: string;
        } & InputFlags,
      ) => {
        const { writeFileAtomic } = await import('../../io/write.js');
        const { renderReport } = await import('../../report/render.js');
        const { loadEnterprises, loadItems, loadThemes, readMatchFile } = await import('../_lib/input.js');
        const top = Number(flags.top);
        if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
        await checkOutputs({ '--out': flags.out }, [flags.matches, flags.items, flags.enterprises, flags.themes]);
        const log = (s: string) => process.stderr.write(s + '\n');
        const inputs = await inputOptions(flags);
        const items = await loadItems(flags.items, inputs.items);
        const ents = await loadEnterprises(flags.enterprises, inputs.enterprises);
        const loaded = flags.themes ? await loadThemes(flags.themes) : undefined;
        const themes = loaded
          ? loaded.accepted
          : [...new Set(items.accepted.map((i) => i.theme).filter((t): t is string => !!t))].map((id) => ({
              id,
              name: id,
            }));
        const { matches, issues, rejected: bad } = await readMatchFile(flags.matches);
        printIssues(issues, log);
        reportRejected([...items.rejected, ...ents.rejected, ...(loaded?.rejected ?? [])], log);
        const html = renderReport({
          themes,
          items: items.accepted,
          enterprises: ents.accepted,
          matches,
          topPerItem: top,
          ...(flags.title ? { title: flags.title } : {}),
        });
        await writeFileAtomic(flags.out, html);
        process.exitCode = doneExitCode(
          bad + items.counts.rejected + ents.counts.rejected + (loaded?.counts.rejected ?? 0),
        );
      },
    );
}
