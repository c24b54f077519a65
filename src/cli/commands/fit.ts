import { type Command, InvalidArgumentError } from 'commander';
import type { CrossValidation } from '../../eval/fit.js';
import type { Issue } from '../../schema/issue.js';
import { printIssues } from '../_lib/issues.js';
import { checkOutputs } from '../_lib/outputs.js';
import { EXIT, doneExitCode } from '../_lib/errors.js';
import { intOption, numberOption } from '../_lib/options.js';
import { readLabels } from './evaluate.js';
import { addChainsOption, chainMapsOf, type ChainsFlags } from '../_lib/chains.js';

interface FitCliOptions extends ChainsFlags {
  items: string;
  enterprises: string;
  labels: string;
  folds: number;
  seed: number;
  k: number;
  loss: 'pairwise' | 'logistic';
  threshold: number;
  l2: number;
  out?: string;
  json?: boolean;
}

const f3 = (x: number): string => x.toFixed(3);

/** @internal The cross-validation as a readable report. */
export function formatFit(cv: CrossValidation, features: readonly string[]): string {
  const w = Math.max(8, ...features.map((f) => f.length));
  const lines = [
    `权重拟合 weight fit: ${cv.labels} labelled pairs, ${cv.items} items, ${cv.folds.length}-fold cross-validation by item (${cv.fitted.loss} loss)`,
    '',
    `  ${'feature'.padEnd(w)}  default  fitted  folds mean ± std   min–max`,
  ];
  for (const f of features) {
    const s = cv.spread[f]!;
    lines.push(
      `  ${f.padEnd(w)}  ${f3(cv.defaultWeights[f]!).padStart(7)}  ${f3(cv.fitted.weights[f]!).padStart(6)}  ` +
        `${f3(s.mean)} ± ${f3(s.std)}`.padEnd(18) +
        ` ${f3(s.min)}–${f3(s.max)}` +
        (cv.fitted.fixed.includes(f) ? '  (applies to no labelled pair: kept at default)' : ''),
    );
  }
  const h = cv.heldOut;
  lines.push(
    '',
    `  held-out NDCG@${h.k} over ${h.items} items (labelled pairs re-ranked): fitted ${h.fitted.toFixed(4)}, default ${h.default.toFixed(4)}, uniform ${h.uniform.toFixed(4)}`,
  );
  for (const f of cv.folds) {
    lines.push(
      `    fold ${f.fold + 1}: ${f.testItems} items held out, NDCG@${h.k} fitted ${f.ndcgFitted.toFixed(4)} vs default ${f.ndcgDefault.toFixed(4)}`,
    );
  }
  if (h.items > 0 && h.fitted <= h.default)
    lines.push('', '  fitted weights do not beat the defaults on held-out items: keep the defaults.');
  if (!cv.fitted.converged)
    lines.push(`  note: stopped at the iteration cap (${cv.fitted.iterations}) before converging.`);
  return `${lines.join('\n')}\n`;
}

/**
 * `chainmatch fit`: fits feature weights to labelled pairs (accepted / rejected suggestions or
 * project outcomes) with k-fold cross-validation by item, prints the weights with their spread
 * and the held-out NDCG of fitted against default weights, and writes a weight profile.
 * Exit 0, 1 when nothing could be fitted, 3 when input rows were rejected (see `EXIT`).
 */
export function register(program: Command): void {
  const cmd = program
    .command('fit')
    .description('fit feature weights to labelled pairs, cross-validated / 由标注或签约结果拟合特征权重（交叉验证）')
    .requiredOption('--items <file>', 'chain-gap items (CSV, TSV, XLSX, JSON or JSONL)')
    .requiredOption('--enterprises <file>', 'enterprises (corpus statistics come from all of them)')
    .requiredOption(
      '--labels <file>',
      'labels: itemId, enterpriseId, grade (a number, or rejected / signed / agreement / started / completed)',
    )
    .option('--folds <n>', 'cross-validation folds, grouped by item', intOption('--folds', 2), 5)
    .option('--seed <n>', 'seed of the fold split', intOption('--seed', 0), 1)
    .option('--k <n>', 'NDCG cut-off', intOption('--k', 1), 10)
    .option(
      '--loss <loss>',
      'pairwise (RankNet, default) or logistic',
      (v) => {
        if (v !== 'pairwise' && v !== 'logistic') throw new InvalidArgumentError('--loss must be pairwise or logistic');
        return v;
      },
      'pairwise',
    )
    .option('--threshold <g>', 'logistic loss: grades at or above this are positive', numberOption('--threshold', 0), 1)
    .option('--l2 <x>', 'L2 strength towards the default weights', numberOption('--l2', 0), 0.01)
    .option('--out <file>', 'write the weight profile (JSON) here')
    .option('--json', 'print the full result as JSON');
  // The same features as `match` (the chain feature with the bundled maps by default), or the profile would not fit it.
  addChainsOption(cmd);
  cmd.action(async (opts: FitCliOptions) => {
    const { crossValidateWeights } = await import('../../eval/fit.js');
    const { labelledPairs } = await import('../../eval/pairs.js');
    const { createProfile, saveProfile } = await import('../../eval/profile.js');
    const { writeFileAtomic } = await import('../../io/write.js');
    const { createMatcher } = await import('../../match/matcher.js');
    const { loadEnterprises, loadItems } = await import('../_lib/input.js');
    await checkOutputs({ '--out': opts.out }, [opts.items, opts.enterprises, opts.labels]);
    const issues: Issue[] = [];
    const [it, en, la] = await Promise.all([
      loadItems(opts.items),
      loadEnterprises(opts.enterprises),
      readLabels(opts.labels),
    ]);
    const [items, enterprises, labels, labelRows] = [it.accepted, en.accepted, la.labels, la.rows];
    for (const r of [...it.rejected, ...en.rejected])
      issues.push(...r.issues.map((i) => ({ ...i, file: i.file ?? r.file, row: i.row ?? r.row })));
    issues.push(...la.issues);
    const matcher = createMatcher(await chainMapsOf(opts));
    const description = matcher.describe();
    const { pairs, issues: pairIssues } = labelledPairs(matcher, items, enterprises, labels);
    // labelledPairs locates issues by label index: report the file row instead.
    const located = (i: Issue): Issue => {
      const [n, ...rest] = i.path;
      return { ...i, file: opts.labels, path: rest, ...(typeof n === 'number' ? { row: labelRows[n]! } : {}) };
    };
    issues.push(...pairIssues.map(located));
    if (new Set(pairs.map((p) => p.itemId)).size < 2) {
      process.stderr.write(`fit: need labelled pairs on at least 2 items, got ${pairs.length} pairs\n`);
      printIssues(issues);
      process.exitCode = EXIT.FAILURE;
      return;
    }
    const options = {
      loss: opts.loss,
      threshold: opts.threshold,
      l2: opts.l2,
      folds: opts.folds,
      seed: opts.seed,
      k: opts.k,
    };
    const cv = crossValidateWeights(pairs, {
      ...options,
      features: description.features,
      defaultWeights: description.weights,
    });
    issues.push(...cv.issues.map((i) => ({ ...i, file: opts.labels })));

    if (opts.out) {
      const usedLabels = pairs.map((p) => ({ itemId: p.itemId, enterpriseId: p.enterpriseId, grade: p.grade }));
      const profile = createProfile({
        weights: cv.fitted.weights,
        matcher: description,
        labels: usedLabels,
        options: { ...options, k1: description.k1, b: description.b, filters: description.filters },
        metrics: {
          heldOut: cv.heldOut,
          spread: cv.spread,
          scale: cv.fitted.scale,
          bias: cv.fitted.bias,
          converged: cv.fitted.converged,
        },
      });
      await writeFileAtomic(opts.out, saveProfile(profile));
    }
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ ...cv, issues: undefined, issueCount: issues.length }, null, 2)}\n`);
    } else {
      process.stdout.write(formatFit(cv, description.features));
    }
    if (opts.out) process.stderr.write(`fit: profile written to ${opts.out}\n`);
    if (issues.length > 0) {
      process.stderr.write(`fit: ${issues.length} issues\n`);
      printIssues(issues);
    }
    process.exitCode = doneExitCode(issues.length);
  });
}
