/**
 * Prints the README's table of the column names chainmatch recognises (generated from the code, so the README
 * cannot drift from it): `npx tsx scripts/alias-table.ts`. test/io/aliases.test.ts checks the README holds it.
 */
import { pathToFileURL } from 'node:url';
import { ROW_NUMBER_HEADERS, knownFields } from '../src/io/headers.js';

/** The alias table of items and enterprises as Markdown, one row per field. */
export function aliasTableMarkdown(): string {
  const out: string[] = [];
  for (const [kind, title] of [
    ['enterprise', 'Enterprises (企业名单)'],
    ['item', 'Items (招商环节 / 项目)'],
  ] as const) {
    out.push(
      `**${title}**`,
      '',
      '| field | column names recognised |',
      '|---|---|',
      `| (row number, makes ids) | ${ROW_NUMBER_HEADERS.join(', ')} |`,
    );
    for (const { field, aliases } of knownFields(kind)) {
      if (field === 'extra') continue;
      out.push(`| \`${field}\` | ${aliases.map((a) => a.replace(/\|/gu, '\\|')).join(', ') || '—'} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(aliasTableMarkdown() + '\n');
