/**
 * Streams enterprises from a source that is no file — a database cursor read page by page — through the library's
 * streaming match (statistics pass, then scoring pass), and prints the best firms of a few items.
 * Run: npx tsx examples/stream-database.ts [top]
 *
 * The "database" is simulated: the bundled enterprises as rows of a table whose columns carry Chinese names, read
 * with LIMIT/OFFSET pages. With a real driver, `enterprises` would run the same query (ORDER BY a unique key, so
 * both passes see the rows in the same order).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BUNDLED_FILES, bundledDataDir, loadBundledData, matchStream } from '../src/node.js';

const top = Number(process.argv[2] ?? 3);
const { items, themes } = await loadBundledData();

// The table: one row per firm, three columns under the names a bureau's database gives them.
const table = readFileSync(join(bundledDataDir(), BUNDLED_FILES.enterprises), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const { id, name, description, ...rest } = JSON.parse(line) as Record<string, unknown>;
    return { 企业编号: id, 企业名称: name, 主营业务: description, ...rest };
  });

/** `SELECT * FROM enterprises ORDER BY 企业编号 LIMIT ? OFFSET ?`, one page per round trip. */
async function* selectEnterprises(pageSize = 200): AsyncGenerator<Record<string, unknown>> {
  for (let offset = 0; ; offset += pageSize) {
    await sleep(1); // the round trip to the database server
    const page = table.slice(offset, offset + pageSize);
    if (page.length === 0) return;
    yield* page;
  }
}

const { matches, counts, rejected } = await matchStream({
  items,
  enterprises: () => selectEnterprises(), // called once per pass: each call opens a new cursor
  read: { name: 'db:enterprises' }, // rejected rows are reported as db:enterprises:row N
  matcher: { themes },
  top,
  onProgress: ({ stage, done, total }) => process.stderr.write(`\r${stage} ${done}/${total ?? '?'}   `),
  signal: AbortSignal.timeout(120_000),
});
process.stderr.write('\n');

console.log(`enterprises: ${counts.in} in = ${counts.accepted} accepted + ${counts.rejected} rejected`);
for (const r of rejected)
  console.log(`  rejected ${r.file}:row ${r.row}: ${r.issues.map((i) => i.message).join('; ')}`);
const names = new Map(table.map((row) => [String(row.企业编号), String(row.企业名称)]));
for (const item of items.slice(0, 3)) {
  console.log(`\n${item.id} ${item.title}`);
  for (const m of matches.filter((x) => x.itemId === item.id))
    console.log(
      `  #${m.rank} ${m.score.toFixed(3)} ${names.get(m.enterpriseId)} — ${m.matchedTerms.slice(0, 4).join('、')}`,
    );
}
