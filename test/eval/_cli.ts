// Runs `evaluate` / `fit` on a bare commander program, as src/cli/main.ts will once it wires them.
import { Command } from 'commander';
import { register as registerEvaluate } from '../../src/cli/commands/evaluate.js';
import { register as registerFit } from '../../src/cli/commands/fit.js';

const program = new Command('chainmatch');
registerEvaluate(program);
registerFit(program);
await program.parseAsync(process.argv);
