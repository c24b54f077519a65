import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasTableMarkdown } from '../../scripts/alias-table.js';

describe('README alias table', () => {
  it('is the table the code generates (npx tsx scripts/alias-table.ts)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const m = /<!-- aliases:start -->\n([\s\S]*?)\n<!-- aliases:end -->/u.exec(readme);
    expect(m?.[1]).toBe(aliasTableMarkdown());
  });
});
