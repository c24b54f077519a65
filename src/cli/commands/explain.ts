import type { Command } from 'commander';
import type { IndustryCodeInfo } from '../../reference/industry.js';
import type { InferredCode } from '../../text/industry-codes.js';
import { reportRejected } from '../_lib/issues.js';
import { doneExitCode, usageError } from '../_lib/errors.js';
import { addInputOptions, inputOptions, type InputFlags } from '../_lib/notices.js';
import { addChainsOption, chainMapsOf, type ChainsFlags } from '../_lib/chains.js';

export function register(program: Command): void {
  addInputOptions(addChainsOption(program.command('explain')))
    .description('explain one item × one enterprise in full: every feature value, weight and contribution')
    .requiredOption('--items <file>', 'chain-gap items')
    .requiredOption('--enterprises <file>', 'enterprises (statistics are taken over the whole file)')
    .requiredOption('--item <id>', 'item id')
    .requiredOption('--enterprise <id>', 'enterprise id')
    .option('--themes <file>', 'themes with per-theme weights')
    .option('--weights <file>', 'feature weights (profile or {feature: weight})')
    .option('--json', 'print JSON')
    .action(
      async (
        flags: {
          items: string;
          enterprises: string;
          item: string;
          enterprise: string;
          themes?: string;
          weights?: string;
          json?: boolean;
        } & InputFlags &
          ChainsFlags,
      ) => {
        const { createMatcher } = await import('../../match/matcher.js');
        const { industryCodeInfo } = await import('../../reference/industry.js');
        const { loadEnterprises, loadItems, loadThemes } = await import('../_lib/input.js');
        const { withWeightsFile } = await import('../_lib/weights.js');
        const inputs = await inputOptions(flags);
        const items = await loadItems(flags.items, inputs.items);
        const ents = await loadEnterprises(flags.enterprises, inputs.enterprises);
        const rejected = reportRejected([...items.rejected, ...ents.rejected]);
        const item = items.accepted.find((i) => i.id === flags.item);
        const ent = ents.accepted.find((e) => e.id === flags.enterprise);
        if (!item) throw usageError(`no valid item with id '${flags.item}' in ${flags.items}`);
        if (!ent) throw usageError(`no valid enterprise with id '${flags.enterprise}' in ${flags.enterprises}`);
        const base = {
          ...(flags.themes ? { themes: (await loadThemes(flags.themes)).accepted } : {}),
          ...(await chainMapsOf(flags)),
        };
        const matcher = createMatcher(await withWeightsFile(base, flags.weights));
        const x = matcher.explain(item, ent, matcher.collectStats(ents.accepted, [item]));
        process.exitCode = doneExitCode(rejected);
        if (flags.json) return void process.stdout.write(JSON.stringify(x, null, 2) + '\n');
        const lines = [
          `${item.title} (${item.id})  ×  ${ent.name} (${ent.id})`,
          `score ${x.score.toFixed(4)}${x.weak ? '  weak match (弱匹配)' : ''}${x.excluded.length ? `  EXCLUDED: ${x.excluded.join('; ')}` : ''}${x.candidate ? '' : '  (no topical evidence: never ranked)'}`,
          '',
          // The effective weight is the feature's share of this pair's mean: value × weight = contribution.
          'feature          value ×  weight = contribution  (configured weight)',
          ...Object.keys(x.values).map((f) => {
            const v = x.values[f];
            return `${f.padEnd(15)} ${v === null || v === undefined ? '   n/a' : v.toFixed(3).padStart(6)} ×  ${x.weights[f]!.toFixed(4)} = ${(x.contributions[f] ?? 0).toFixed(4).padStart(12)}  (${x.configuredWeights[f]!.toFixed(3)})`;
          }),
          '',
          `matched terms: ${x.matchedTerms.join('、') || '(none)'}`,
          `industry codes: item ${codeLine(x.codes.item, x.codes.itemInferred, industryCodeInfo)} · enterprise ${codeLine(x.codes.enterprise, x.codes.enterpriseInferred, industryCodeInfo)}`,
          `推荐理由: ${x.reason.zh}`,
          `reason: ${x.reason.en}`,
        ];
        process.stdout.write(lines.join('\n') + '\n');
      },
    );
}

/** `C367 汽车零部件及配件制造 (inferred from 刹车片、汽车零部件)`, or `none`. */
function codeLine(
  codes: readonly string[],
  inferred: readonly InferredCode[] | undefined,
  info: (code: string) => IndustryCodeInfo | undefined,
): string {
  if (!codes.length) return 'none';
  const named = codes.map((c) => [c, info(c)?.name].filter(Boolean).join(' ')).join(', ');
  return inferred
    ? `${named} (inferred from ${[...new Set(inferred.flatMap((c) => c.terms))].slice(0, 4).join('、')})`
    : named;
}
