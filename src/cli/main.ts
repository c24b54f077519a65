import { Command, CommanderError } from 'commander';
import { ChainmatchError } from '../errors.js';
import { register as registerExplain } from './commands/explain.js';
import { register as registerMatch } from './commands/match.js';
import { register as registerMerge } from './commands/merge.js';
import { register as registerValidate } from './commands/validate.js';
import { register as registerPlan } from './commands/plan.js';
import { register as registerReport } from './commands/report.js';
import { register as registerEvaluate } from './commands/evaluate.js';
import { register as registerFit } from './commands/fit.js';
import { register as registerRegister } from './commands/register.js';
import { register as registerInvite } from './commands/invite.js';
import { EXIT, exitCodeFor } from './_lib/errors.js';

/** Builds the `chainmatch` command line program. */
export function buildProgram(version: string): Command {
  const program = new Command('chainmatch')
    .description(
      'Match target enterprises to industrial chain-gap items (补链/强链/延链): scored, ranked and explained.\n' +
        'Inputs: JSON, JSONL, CSV, TSV or XLSX with Chinese or English column headers.',
    )
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  for (const register of [registerMatch, registerValidate, registerExplain, registerReport, registerMerge, registerEvaluate, registerFit, registerInvite, registerPlan, registerRegister]) register(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI on `argv`; resolves with the exit code (never calls process.exit itself). */
export async function main(argv: string[], version: string): Promise<number> {
  const program = buildProgram(version);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    const code = exitCodeFor(e);
    process.stderr.write(`${e instanceof ChainmatchError ? e.message : `chainmatch: ${(e as Error)?.stack ?? String(e)}`}\n`);
    return code;
  }
}
