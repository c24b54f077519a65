/**
 * Invitation lists per theme session: rank the bundled sample and write one XLSX sheet per theme
 * (ranked enterprises per item, contributions and 推荐理由) for the four theme sessions.
 * Run: npx tsx examples/invitation-lists.ts [out/invitations.xlsx]
 */
import { createMatcher, groupByTheme } from '../src/index.js';
import { loadBundledData, writeMatches } from '../src/node.js';

const out = process.argv[2] ?? 'out/invitations.xlsx';
const { themes, items, enterprises } = await loadBundledData();
const matches = createMatcher({ themes, filters: { excludeProvinces: ['广西'] } }).rank(items, enterprises, { top: 5 });
for (const [theme, ms] of groupByTheme(matches)) {
  const firms = new Set(ms.map((m) => m.enterpriseId));
  console.log(`${themes.find((t) => t.id === theme)?.name ?? theme}: ${firms.size} enterprises to invite for ${new Set(ms.map((m) => m.itemId)).size} items`);
}
await writeMatches(out, matches, { items, enterprises, themes });
console.log(`wrote ${out}`);
