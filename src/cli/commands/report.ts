import type { Command } from 'commander';
import { printIssues, reportRejected } from '../_lib/issues.js';
import { checkOutputs } from '../_lib/outputs.js';
import { doneExitCode, usageError } from '../_lib/errors.js';
import { addInputOptions, inputOptions, type InputFlags } from '../_lib/notices.js';

export function register(program: Command): void {
  addInputOptions(program.command('report'))
    .description(
      "write one self-contained HTML report: an overview per theme (firms to invite), a 产业链 view (each chain's links coloured by coverage), then items by theme and chain with their ranked enterprises; search, filters, sorting, printing one theme",
    )
    .requiredOption('--matches <file>', 'matches written by `chainmatch match` (JSONL)')
    .requiredOption('--items <file>', 'chain-gap items')
    .requiredOption('--enterprises <file>', 'enterprises')
    .option('--themes <file>', 'themes (JSON array); default: the themes named by the items')
    .option('--top <n>', 'enterprises shown per item', '10')
    .option('--title <text>', 'page title')
    .option('--chains <file>', 'chain maps for the 产业链 view (JSON; default: the bundled data/chains.json)')
    .option('--no-chains', 'leave the 产业链 view out')
    .option(
      '--min-score <x>',
      '产业链 view: a firm qualifies for an item at this score or above (never as a weak match), as in `chains`',
      '0.4',
    )
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
          chains?: string | false;
          minScore: string;
          out: string;
        } & InputFlags,
      ) => {
        const { writeFileAtomic } = await import('../../io/write.js');
        const { renderReport } = await import('../../report/render.js');
        const { loadEnterprises, loadItems, loadThemes, readMatchFile } = await import('../_lib/input.js');
        const { loadChainMaps } = await import('../../data/chains.js');
        const top = Number(flags.top);
        if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
        const minScore = Number(flags.minScore);
        if (!(minScore >= 0 && minScore <= 1))
          throw usageError(`--min-score must be in [0, 1], got '${flags.minScore}'`);
        const chainFile = typeof flags.chains === 'string' ? flags.chains : undefined;
        await checkOutputs({ '--out': flags.out }, [
          flags.matches,
          flags.items,
          flags.enterprises,
          flags.themes,
          chainFile,
        ]);
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
        // As `chains` loads them; the bundled maps are checked against the bundled themes (the report shows
        // only the maps of its own themes).
        const chains =
          flags.chains === false
            ? undefined
            : await loadChainMaps(chainFile, chainFile && loaded ? { themes: loaded.accepted } : {});
        const html = renderReport({
          themes,
          items: items.accepted,
          enterprises: ents.accepted,
          matches,
          topPerItem: top,
          ...(chains ? { chains, chainMinScore: minScore } : {}),
          ...(flags.title ? { title: flags.title } : {}),
        });
        await writeFileAtomic(flags.out, html);
        process.exitCode = doneExitCode(
          bad + items.counts.rejected + ents.counts.rejected + (loaded?.counts.rejected ?? 0),
        );
      },
    );
}
