import { Option, type Command } from 'commander';
import type { z } from 'zod';
import { ChainGapItemSchema, EnterpriseSchema, SectorThemeSchema } from '../../schema/domain.js';
import { validateFile } from '../../io/validate.js';
import { writeRejected } from '../../io/write.js';
import { reportRejected, formatIssue } from '../_lib/input.js';
import { EXIT_CODES_HELP, doneExitCode } from '../_lib/errors.js';
import { checkOutputs } from '../_lib/outputs.js';

export function register(program: Command): void {
  program
    .command('validate')
    .description('check an input file: every row accepted or reported with file, row, column and reason')
    .argument('<file>', 'file to check (JSON, JSONL, CSV, TSV, XLSX)')
    .addOption(new Option('--kind <kind>', 'what the rows are').choices(['item', 'enterprise', 'theme']).default('enterprise'))
    .option('--rejected <file>', 'write rejected rows (JSONL with file, row, record, issues)')
    .option('--json', 'print counts as JSON on stdout')
    .option('--quiet', 'print only the counts')
    .addHelpText('after', `\nPrints "in = accepted + rejected". ${EXIT_CODES_HELP}`)
    .action(async (file: string, flags: { kind: 'item' | 'enterprise' | 'theme'; rejected?: string; json?: boolean; quiet?: boolean }) => {
      await checkOutputs({ '--rejected': flags.rejected }, [file]);
      const schema: z.ZodType<unknown> = flags.kind === 'item' ? ChainGapItemSchema : flags.kind === 'theme' ? SectorThemeSchema : EnterpriseSchema;
      const r = await validateFile(file, flags.kind === 'theme' ? 'raw' : flags.kind, { schema });
      if (!flags.quiet) {
        for (const w of r.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
        reportRejected(r.rejected, (s) => process.stderr.write(s + '\n'), 200);
      }
      if (flags.rejected) await writeRejected(flags.rejected, r.rejected);
      const c = r.counts;
      process.stdout.write(flags.json ? JSON.stringify({ file, kind: flags.kind, ...c }) + '\n' : `${file}: ${c.in} in = ${c.accepted} accepted + ${c.rejected} rejected\n`);
      process.exitCode = doneExitCode(c.rejected);
    });
}
