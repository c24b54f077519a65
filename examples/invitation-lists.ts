/**
 * Invitation lists per theme session: rank the bundled sample (firms outside Guangxi), then one row per firm and
 * session — the items it fits (best first, with scores), why, its contacts — ranked by its best fit, at most 60 a
 * session, one XLSX sheet per session (.csv or .json by extension).
 * Run: npx tsx examples/invitation-lists.ts [out/invitations.xlsx]
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createMatcher, invitationLists } from '../src/index.js';
import { loadBundledData, writeInvitations } from '../src/node.js';

const out = process.argv[2] ?? 'out/invitations.xlsx';
const { themes, items, enterprises } = await loadBundledData();
const matches = createMatcher({ themes, filters: { excludeProvinces: ['广西'] } }).rank(items, enterprises, { top: 5 });
const lists = invitationLists(matches, { items, themes: themes.map((t) => t.id), perSession: 60 });
for (const l of lists) {
  const best = l.invitations[0];
  console.log(
    `${themes.find((t) => t.id === l.theme)?.name ?? l.theme}: invite ${l.invitations.length} of ${l.candidates} firms that fit` +
      (best
        ? `; first ${enterprises.find((e) => e.id === best.enterpriseId)?.name} (${best.bestScore.toFixed(3)}, ${best.items.length} items)`
        : ''),
  );
}
await mkdir(dirname(out), { recursive: true });
const { rows } = await writeInvitations(out, lists, { items, enterprises, themes });
console.log(`wrote ${out}: ${rows} rows, one per firm and session`);
