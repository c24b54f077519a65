import { Option, type Command } from 'commander';
import type { Match } from '../../schema/match.js';
import { printIssues } from '../_lib/issues.js';
import { checkOutputs } from '../_lib/outputs.js';
import { doneExitCode, usageError } from '../_lib/errors.js';
import { addLangOption, type Lang } from '../_lib/lang.js';

export function register(program: Command): void {
  const command = program
    .command('merge')
    .description('merge the outputs of `match --shard i/n` runs into one ranking')
    .argument('<files...>', 'shard outputs (JSONL)')
    .requiredOption('--top <n>', 'matches kept per item (or per enterprise)')
    .addOption(new Option('--by <side>', 'as given to match').choices(['item', 'enterprise']).default('item'))
    .option('--out <file>', "output file ('-' for stdout; .csv/.xlsx write a table)", '-');
  addLangOption(command).action(
    async (files: string[], flags: { top: string; by: 'item' | 'enterprise'; out: string; lang?: Lang }) => {
      const { readMatchFile } = await import('../_lib/input.js');
      const { writeMatches } = await import('../../io/write.js');
      const { mergeMatches } = await import('../../pipeline/merge.js');
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top < 1) throw usageError(`--top must be a positive integer, got '${flags.top}'`);
      await checkOutputs({ '--out': flags.out }, files);
      const all: Match[] = [];
      let bad = 0;
      for (const f of files) {
        const r = await readMatchFile(f);
        all.push(...r.matches);
        bad += r.rejected;
        printIssues(r.issues);
      }
      await writeMatches(flags.out, mergeMatches(all, top, flags.by), { lang: flags.lang ?? 'zh' });
      process.exitCode = doneExitCode(bad);
    },
  );
}
