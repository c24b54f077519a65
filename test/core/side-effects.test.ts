import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../_tmp.js';

const makeDir = tempDirs();

const root = resolve(import.meta.dirname, '../..');

describe('importing the package', () => {
  for (const [label, code] of [
    [
      'ESM',
      `const before = JSON.stringify(process.env); const m = await import(${JSON.stringify(join(root, 'dist/index.js'))}); await import(${JSON.stringify(join(root, 'dist/node.js'))});`,
    ],
    [
      'CJS',
      `const before = JSON.stringify(process.env); const m = require(${JSON.stringify(join(root, 'dist/index.cjs'))}); require(${JSON.stringify(join(root, 'dist/node.cjs'))});`,
    ],
  ] as const) {
    it(`${label}: prints nothing, reads no .env, leaves process.env untouched`, () => {
      const dir = makeDir('cm-import-');
      writeFileSync(join(dir, '.env'), 'CHAINMATCH_SHOULD_NOT_LOAD=1\n');
      const script = `${code}
        if (JSON.stringify(process.env) !== before) throw new Error('process.env changed');
        if (process.env.CHAINMATCH_SHOULD_NOT_LOAD) throw new Error('.env was read');
        if (typeof m.createMatcher !== 'function') throw new Error('no createMatcher');`;
      const out = execFileSync(
        process.execPath,
        label === 'ESM' ? ['--input-type=module', '-e', script] : ['-e', script],
        { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(out).toBe('');
    });
  }
});
