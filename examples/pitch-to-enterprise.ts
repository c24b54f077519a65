/**
 * Which items to pitch to one enterprise: its best chain-gap items with the full explanation.
 * Run: npx tsx examples/pitch-to-enterprise.ts [enterpriseId]
 */
import { createMatcher } from '../src/index.js';
import { loadBundledData } from '../src/node.js';

const { themes, items, enterprises } = await loadBundledData();
const id = process.argv[2] ?? enterprises[0]!.id;
const firm = enterprises.find((e) => e.id === id);
if (!firm) throw new Error(`no enterprise ${id}`);
const matcher = createMatcher({ themes });
const stats = matcher.collectStats(enterprises, items);
const best = matcher.rank(items, enterprises, { top: 5, by: 'enterprise' }).filter((m) => m.enterpriseId === id);
console.log(`${firm.name} (${firm.province ?? firm.country ?? '?'})`);
for (const m of best) {
  const item = items.find((i) => i.id === m.itemId)!;
  const x = matcher.explain(item, firm, stats);
  console.log(`\n#${m.rank} ${item.title} — ${item.hostCity ?? ''} ${item.park ?? ''}  score ${m.score.toFixed(3)}`);
  console.log(`  ${x.reason.zh}`);
  console.log(
    `  ${Object.entries(x.contributions)
      .map(([f, c]) => `${f} ${c.toFixed(3)}`)
      .join(', ')}`,
  );
}
