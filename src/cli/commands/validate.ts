import { Option, type Command } from 'commander';
import type { z } from 'zod';
import { join } from 'node:path';
import type { SectorTheme } from '../../schema/domain.js';
import { reportRejected, formatIssue } from '../_lib/issues.js';
import { EXIT_CODES_HELP, doneExitCode } from '../_lib/errors.js';
import { checkOutputs } from '../_lib/outputs.js';
import { readHeaderMap } from '../_lib/notices.js';
import { ChainmatchError, ErrorCodes } from '../../errors.js';
import type { Issue } from '../../schema/issue.js';

export function register(program: Command): void {
  program
    .command('validate')
    .description('check an input file: every row accepted or reported with file, row, column and reason')
    .argument('<file>', 'file to check (JSON, JSONL, CSV, TSV, XLSX)')
    .addOption(
      new Option('--kind <kind>', 'what the rows are')
        .choices(['item', 'enterprise', 'theme', 'chain'])
        .default('enterprise'),
    )
    .option(
      '--sheet <name|n>',
      'XLSX: the sheet to check, by name or 1-based position (default: the sheets whose header fits --kind)',
    )
    .option('--header-map <file>', 'your column names → fields: JSON {"列名": "field"} or a two-column CSV')
    .option('--themes <file>', '--kind chain: the themes the maps must cover (default: the bundled themes)')
    .option('--rejected <file>', 'write rejected rows (JSONL with file, row, record, issues)')
    .option('--json', 'print counts as JSON on stdout')
    .option('--quiet', 'print only the counts')
    .addHelpText(
      'after',
      '\nPrints "in = accepted + rejected" (+ skipped: title rows above the header, totals rows, note lines); a file with no data rows is a failure.\n' +
        `--kind chain checks a chain-map file (JSON array, one map per chain) and that every chain of --themes has a map (3 when one has none).\n${EXIT_CODES_HELP}`,
    )
    .action(
      async (
        file: string,
        flags: {
          kind: 'item' | 'enterprise' | 'theme' | 'chain';
          sheet?: string;
          headerMap?: string;
          themes?: string;
          rejected?: string;
          json?: boolean;
          quiet?: boolean;
        },
      ) => {
        const { ChainGapItemSchema, EnterpriseSchema, SectorThemeSchema } = await import('../../schema/domain.js');
        const { chainMapSchemaFor } = await import('../../schema/chain.js');
        const { BUNDLED_FILES, bundledDataDir } = await import('../../data/load.js');
        const { validateFile } = await import('../../io/validate.js');
        const { writeRejected } = await import('../../io/write.js');
        await checkOutputs({ '--rejected': flags.rejected }, [file, flags.headerMap, flags.themes]);
        const themes =
          flags.kind === 'chain'
            ? await themesToCover(flags.themes ?? join(bundledDataDir(), BUNDLED_FILES.themes))
            : [];
        const schema: z.ZodType<unknown> =
          flags.kind === 'item'
            ? ChainGapItemSchema
            : flags.kind === 'theme'
              ? SectorThemeSchema
              : flags.kind === 'chain'
                ? chainMapSchemaFor(themes)
                : EnterpriseSchema;
        const maps = flags.headerMap ? await readHeaderMap(flags.headerMap) : undefined;
        const headerMap = flags.kind === 'item' || flags.kind === 'enterprise' ? maps?.[flags.kind] : undefined;
        const r = await validateFile(file, flags.kind === 'item' || flags.kind === 'enterprise' ? flags.kind : 'raw', {
          schema,
          ...(flags.kind === 'chain' ? { idField: 'chainId' } : {}),
          ...(flags.sheet ? { sheet: flags.sheet } : {}),
          ...(headerMap ? { headerMap } : {}),
        });
        const missing =
          flags.kind === 'chain'
            ? await chainsWithoutMap([...r.accepted, ...r.rejected.map((x) => x.record)], themes, file)
            : [];
        // A chain map is nested JSON: name the whole path (links[2].supplies[0]), not only its first key.
        if (flags.kind === 'chain')
          for (const x of r.rejected)
            for (const i of x.issues)
              i.column = i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k ? `.${p}` : p)).join('');
        if (!flags.quiet) {
          for (const w of [...r.skipped, ...r.warnings]) process.stderr.write(`note: ${formatIssue(w)}\n`);
          reportRejected(r.rejected, (s) => process.stderr.write(s + '\n'), 200);
          for (const m of missing) process.stderr.write(formatIssue(m) + '\n');
        }
        if (flags.rejected) await writeRejected(flags.rejected, r.rejected);
        const c = r.counts;
        if (c.in === 0) throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `${file}: no data rows`, { file });
        const skipped = c.skipped > 0 ? ` + ${c.skipped} skipped` : '';
        const unmapped =
          missing.length > 0 ? `; ${missing.length} chain${missing.length === 1 ? '' : 's'} without a map` : '';
        process.stdout.write(
          flags.json
            ? JSON.stringify({
                file,
                kind: flags.kind,
                ...c,
                ...(flags.kind === 'chain' ? { missing: missing.length } : {}),
              }) + '\n'
            : `${file}: ${c.in} in = ${c.accepted} accepted + ${c.rejected} rejected${skipped}${unmapped}\n`,
        );
        process.exitCode = doneExitCode(c.rejected + missing.length);
      },
    );
}

/** The themes a chain-map file must cover; a themes file with bad rows is a failure, not a verdict on the maps. */
async function themesToCover(file: string): Promise<SectorTheme[]> {
  const { loadThemes } = await import('../_lib/input.js');
  const t = await loadThemes(file);
  if (t.rejected.length > 0 || t.accepted.length === 0) {
    reportRejected(t.rejected, (s) => process.stderr.write(s + '\n'));
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `--themes ${file}: ${t.accepted.length === 0 ? 'no themes' : 'invalid themes'}`,
      { file },
    );
  }
  return t.accepted;
}

/** Chains of `themes` that no row names, counting rejected maps as present (their rows are reported already). */
async function chainsWithoutMap(rows: unknown[], themes: SectorTheme[], file: string): Promise<Issue[]> {
  const { missingChainMaps } = await import('../../schema/chain.js');
  const named = rows.filter(
    (m): m is { themeId: string; chainId: string } =>
      typeof m === 'object' && m !== null && 'themeId' in m && 'chainId' in m,
  );
  return missingChainMaps(named, themes).map((i) => ({ ...i, file }));
}
