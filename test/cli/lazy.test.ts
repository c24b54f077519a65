// The CLI loads the heavy packages only when a command runs that needs them: help and version load commander and
// the commands' registrations, nothing else (issue #14).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, root, scratch } from './_run.js';

const HEAVY = [
  'exceljs',
  'zod',
  'opencc-js',
  '@node-rs/jieba',
  'ml-matrix',
  'natural',
  'cli-progress',
  'csv-parse',
  'csv-stringify',
  'iconv-lite',
];

// A module hook (run in Node's hooks thread) that appends every module it resolves to the file named by
// CM_LOADED_LOG: ES modules, and CommonJS packages imported from them.
const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.CM_LOADED_LOG, r.url + '\\n');
  return r;
}`;
const REGISTER = `
import { register } from 'node:module';
import { createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));
// Packages required from CommonJS (not seen by the hook) are in the require cache at exit.
const cache = createRequire(process.cwd() + '/').cache;
process.on('exit', () => appendFileSync(process.env.CM_LOADED_LOG, Object.keys(cache).join('\\n') + '\\n'));`;

const t = scratch('cm-lazy-');
afterAll(() => t.remove());
let runs = 0;

/** Runs `chainmatch …args`; its status, stdout and the packages (node_modules/…) it loaded. */
function loading(args: string[]): { status: number | null; stdout: string; packages: Set<string> } {
  const log = t.write(`loaded-${++runs}.txt`, '');
  const r = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, cli, ...args],
    { encoding: 'utf8', cwd: root, env: { ...process.env, CM_LOADED_LOG: log }, timeout: 60_000 },
  );
  const packages = new Set<string>();
  const loaded = readFileSync(log, 'utf8');
  for (const m of loaded.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//gu)) packages.add(m[1]!);
  // Packages bundled into the CLI's chunks (zod) are known by the source comments the bundler leaves in the chunk.
  for (const m of loaded.matchAll(/^file:\/\/(\/.*\/dist\/[^/]+\.js)$/gmu))
    for (const b of readFileSync(m[1]!, 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gmu))
      packages.add(b[1]!);
  return { status: r.status, stdout: r.stdout, packages };
}

describe('lazy loading: help and version load no heavy package', () => {
  it.each([['--help'], ['match', '--help'], ['help', 'plan'], ['register', 'stats', '--help'], ['--version']])(
    'chainmatch %s',
    (...args: string[]) => {
      const r = loading(args);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toBe('');
      expect(r.packages).toContain('commander');
      expect(HEAVY.filter((p) => r.packages.has(p))).toEqual([]);
    },
  );

  it('match on JSONL files loads no CSV parser, GB18030 decoder, workbook, table writer or progress bar', () => {
    const out = t.path('matches.jsonl');
    const args = ['--items', 'data/items.jsonl', '--enterprises', 'data/enterprises.jsonl', '--top', '1', '--quiet'];
    const r = loading(['match', ...args, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.packages).toContain('zod');
    const unneeded = [
      'csv-parse',
      'iconv-lite',
      'exceljs',
      'csv-stringify',
      'cli-progress',
      '@node-rs/jieba',
      'ml-matrix',
    ];
    expect(unneeded.filter((p) => r.packages.has(p))).toEqual([]);
  });

  it('a command that runs loads what it needs (the check sees them)', () => {
    const r = loading(['validate', 'data/themes.json', '--kind', 'theme', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.packages).toContain('zod');
  });
});
