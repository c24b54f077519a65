import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', cwd: root });
const small = () => ({
  themeId: 'new-materials',
  chainId: 'aluminium',
  links: [
    {
      id: 'ore',
      name: '铝土矿',
      nameEn: 'Bauxite',
      stage: '原料',
      industryCodes: ['0916'],
      terms: { zh: ['铝土矿'] },
      supplies: ['metal'],
    },
    {
      id: 'metal',
      name: '电解铝',
      nameEn: 'Primary aluminium',
      stage: 'material',
      industryCodes: ['3216'],
      terms: { zh: ['电解铝'] },
      chainLeader: true,
    },
  ],
});

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cm-chain-cli-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('chainmatch validate --kind chain', () => {
  it('exits 0 on the bundled file', () => {
    const r = cli(['validate', '--kind', 'chain', 'data/chains.json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('data/chains.json: 31 in = 31 accepted + 0 rejected\n');
    expect(r.status).toBe(0);
  });

  it('exits 3 and reports file, row, path and message for bad maps and chains without a map', async () => {
    const file = join(dir, 'chains.json');
    const bundled = JSON.parse(await readFile(join(root, 'data/chains.json'), 'utf8')) as {
      chainId: string;
      links: { supplies: string[] }[];
    }[];
    bundled[0]!.links[2]!.supplies = ['battery-materials']; // battery-pack → battery-materials: a cycle
    bundled[5]!.chainId = 'submarines';
    bundled.pop();
    await writeFile(file, JSON.stringify(bundled, null, 2));
    const r = cli(['validate', '--kind', 'chain', file, '--json']);
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ in: 30, accepted: 28, rejected: 2, missing: 2 });
    expect(r.stderr).toContain(
      `${file}:row 1:links[0].supplies: supply cycle: battery-materials → battery-cells → battery-pack → battery-materials [supply_cycle]`,
    );
    expect(r.stderr).toContain(`${file}:row 6:chainId: chain 'submarines' is not in the themes file [unknown_chain]`);
    expect(r.stderr).toContain(
      `${file}: no chain map for 'light-textile/gems-crafts' (宝石首饰与工艺品) [missing_chain_map]`,
    );
    expect(r.stderr).toContain(
      `${file}: no chain map for 'advanced-equipment/ships-marine' (船舶及海洋工程装备) [missing_chain_map]`,
    );
  });

  it('checks coverage against --themes', async () => {
    const themesFile = join(dir, 'themes.json');
    await writeFile(
      themesFile,
      JSON.stringify([{ id: 'new-materials', name: '新材料', chains: [{ id: 'aluminium', name: '铝产业' }] }]),
    );
    const file = join(dir, 'one.json');
    await writeFile(file, JSON.stringify([small()]));
    expect(cli(['validate', '--kind', 'chain', file, '--themes', themesFile]).status).toBe(0);
    const r = cli(['validate', '--kind', 'chain', 'data/chains.json', '--themes', themesFile]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("chain 'new-energy-vehicles' is not in the themes file [unknown_chain]");
  });
});

describe('chainmatch report: the 产业链 view', () => {
  const dataOf = async (file: string) =>
    JSON.parse(/id="report-data">([^<]*)<\/script>/u.exec(await readFile(file, 'utf8'))![1]!) as {
      chains?: { name: string; links: { name: string; s: string; firms: unknown[] }[] }[];
      chainMin?: number;
    };

  it('draws the bundled maps by default, yours with --chains, none with --no-chains', async () => {
    const items = join(dir, 'items.jsonl');
    const ents = join(dir, 'ents.jsonl');
    const matches = join(dir, 'matches.jsonl');
    await writeFile(
      items,
      `${JSON.stringify({ id: 'I1', title: '电解铝项目', theme: 'new-materials', chain: 'aluminium', keywords: '电解铝' })}\n`,
    );
    await writeFile(ents, `${JSON.stringify({ id: 'E1', name: '甲铝业股份有限公司', description: '电解铝的生产' })}\n`);
    expect(cli(['match', '--items', items, '--enterprises', ents, '--out', matches, '--quiet']).status).toBe(0);
    const report = (out: string, ...more: string[]) =>
      cli(['report', '--matches', matches, '--items', items, '--enterprises', ents, '--out', join(dir, out), ...more]);

    expect(report('bundled.html').status).toBe(0);
    const bundled = await dataOf(join(dir, 'bundled.html'));
    expect(bundled.chains!.map((c) => c.name)).toHaveLength(8); // the chains of 新材料, the one theme the items name
    const aluminium = bundled.chains!.find((c) => c.links.some((l) => l.s !== 'n'))!;
    expect(aluminium.links.filter((l) => l.s !== 'n').map((l) => [l.name, l.s, l.firms.length])).toEqual([
      ['电解铝', 'c', 1],
    ]);

    const mine = join(dir, 'mine.json');
    await writeFile(mine, JSON.stringify([small()]));
    expect(report('mine.html', '--chains', mine, '--min-score', '0.99').status).toBe(0);
    const own = await dataOf(join(dir, 'mine.html'));
    expect(own.chains!.map((c) => c.links.map((l) => [l.name, l.s]))).toEqual([
      [
        ['铝土矿', 'n'],
        ['电解铝', 'g'],
      ],
    ]);
    expect(own.chainMin).toBe(0.99);

    expect(report('none.html', '--no-chains').status).toBe(0);
    expect((await dataOf(join(dir, 'none.html'))).chains).toBeUndefined();
    expect(report('bad.html', '--min-score', '1.5').status).toBe(2);
    const missing = report('missing.html', '--chains', join(dir, 'no-such.json'));
    expect(missing.status).toBe(1);
  }, 120_000);
});
