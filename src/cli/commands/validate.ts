import { Option, type Command } from 'commander';
import type { z } from 'zod';
import { ChainGapItemSchema, EnterpriseSchema, SectorThemeSchema } from '../../schema/domain.js';
import { validateFile } from '../../io/validate.js';
import { writeRejected } from '../../io/write.js';
import { reportRejected, formatIssue } from '../_lib/input.js';
import { EXIT_CODES_HELP, doneExitCode } from '../_lib/errors.js';
import { checkOutputs } from '../_lib/outputs.js';
import { readHeaderMap } from '../_lib/notices.js';
import { ChainmatchError, ErrorCodes } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('validate')
    .description('check an input file: every row accepted or reported with file, row, column and reason')
    .argument('<file>', 'file to check (JSON, JSONL, CSV, TSV, XLSX)')
    .addOption(new Option('--kind <kind>', 'what the rows are').choices(['item', 'enterprise', 'theme']).default('enterprise'))
    .option('--sheet <name|n>', 'XLSX: the sheet to check, by name or 1-based position (default: the sheets whose header fits --kind)')
    .option('--header-map <file>', 'your column names → fields: JSON {"列名": "field"} or a two-column CSV')
    .option('--rejected <file>', 'write rejected rows (JSONL with file, row, record, issues)')
    .option('--json', 'print counts as JSON on stdout')
    .option('--quiet', 'print only the counts')
    .addHelpText('after', `\nPrints "in = accepted + rejected" (+ skipped: title rows above the header, totals rows, note lines); a file with no data rows is a failure. ${EXIT_CODES_HELP}`)
    .action(async (file: string, flags: { kind: 'item' | 'enterprise' | 'theme'; sheet?: string; headerMap?: string; rejected?: string; json?: boolean; quiet?: boolean }) => {
      await checkOutputs({ '--rejected': flags.rejected }, [file, flags.headerMap]);
      const schema: z.ZodType<unknown> = flags.kind === 'item' ? ChainGapItemSchema : flags.kind === 'theme' ? SectorThemeSchema : EnterpriseSchema;
      const maps = flags.headerMap ? await readHeaderMap(flags.headerMap) : undefined;
      const headerMap = flags.kind === 'theme' ? undefined : maps?.[flags.kind];
      const r = await validateFile(file, flags.kind === 'theme' ? 'raw' : flags.kind, {
        schema,
        ...(flags.sheet ? { sheet: flags.sheet } : {}),
        ...(headerMap ? { headerMap } : {}),
      });
      if (!flags.quiet) {
        for (const w of [...r.skipped, ...r.warnings]) process.stderr.write(`note: ${formatIssue(w)}\n`);
        reportRejected(r.rejected, (s) => process.stderr.write(s + '\n'), 200);
      }
      if (flags.rejected) await writeRejected(flags.rejected, r.rejected);
      const c = r.counts;
      if (c.in === 0) throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `${file}: no data rows`, { file });
      const skipped = c.skipped > 0 ? ` + ${c.skipped} skipped` : '';
      process.stdout.write(flags.json ? JSON.stringify({ file, kind: flags.kind, ...c }) + '\n' : `${file}: ${c.in} in = ${c.accepted} accepted + ${c.rejected} rejected${skipped}\n`);
      process.exitCode = doneExitCode(c.rejected);
    });
}
