import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignItemLinks, chainCoverage, type ChainCoverage } from '../../src/chain/coverage.js';
import { createMatcher, type ChainGapItem, type ChainMap, type Enterprise } from '../../src/index.js';
import { loadChainMaps } from '../../src/node.js';
import { tempDirs } from '../_tmp.js';

const root = join(__dirname, '..', '..');
const makeDir = tempDirs();
let maps: ChainMap[];
beforeAll(async () => {
  maps = await loadChainMaps();
});

describe('the link of an item', () => {
  it('is the declared chain and link (by id or name), else the best link its text names within its chain', () => {
    const items: ChainGapItem[] = [
      { id: 'a', title: '某项目', chain: '新能源汽车', link: '动力电池电芯' },
      { id: 'b', title: '动力电池包技改扩产项目', chain: 'new-energy-vehicles', products: ['电机控制器'] },
      {
        id: 'c',
        title: '年产8万套电池管理系统扩能项目',
        chain: 'new-energy-vehicles',
        description: '围绕电池管理系统、热管理系统招引企业',
      },
      { id: 'd', title: '人造板深加工项目' },
      { id: 'e', title: '商业综合体' },
    ];
    expect(assignItemLinks(items, maps)).toEqual([
      { itemId: 'a', chainId: 'new-energy-vehicles', linkId: 'battery-cells', inferred: false },
      { itemId: 'b', chainId: 'new-energy-vehicles', linkId: 'battery-pack', inferred: true },
      { itemId: 'c', chainId: 'new-energy-vehicles', linkId: 'battery-pack', inferred: true },
      { itemId: 'd', chainId: 'furniture-wood', linkId: 'panels', inferred: true },
      { itemId: 'e', inferred: true },
    ]);
  });
});

describe('chain coverage', () => {
  const items: ChainGapItem[] = [
    { id: 'I1', title: '动力电池电芯项目', chain: 'new-energy-vehicles', keywords: ['动力电池电芯'] },
    { id: 'I2', title: '新能源整车项目', chain: 'new-energy-vehicles', keywords: ['新能源整车'] },
  ];
  const enterprises: Enterprise[] = [
    { id: 'E1', name: '甲电池公司', description: '主营动力电池电芯的研发和生产。', revenue: 50 },
    { id: 'E2', name: '乙物流公司', description: '仓储物流服务。' },
    { id: 'E3', name: '丙汽车股份', description: '新能源整车制造，主要产品为纯电动汽车。', revenue: 300, listed: true },
  ];
  let nev: ChainCoverage;
  beforeAll(() => {
    const matches = createMatcher().rank(items, enterprises, { top: 5 });
    const all = chainCoverage({ items, enterprises, matches, maps, minScore: 0.3 });
    expect(all.map((c) => c.chainId)).toEqual(maps.map((m) => m.chainId));
    nev = all.find((c) => c.chainId === 'new-energy-vehicles')!;
  });

  it('lists every link of the chain upstream first, with its items and the firms that qualify', () => {
    expect(nev.links.map((l) => l.linkId)).toEqual(
      maps.find((m) => m.chainId === 'new-energy-vehicles')!.links.map((l) => l.id),
    );
    const cells = nev.links.find((l) => l.linkId === 'battery-cells')!;
    expect(cells).toMatchObject({
      status: 'covered',
      items: [{ id: 'I1' }],
      firms: [{ id: 'E1', name: '甲电池公司' }],
    });
    expect(nev.links.find((l) => l.linkId === 'battery-materials')).toMatchObject({
      status: 'none',
      items: [],
      firms: [],
    });
  });

  it('a link with items and no firm at the minimum score is a gap', () => {
    const matches = createMatcher().rank(items, enterprises, { top: 5 });
    const strict = chainCoverage({ items, enterprises, matches, maps, minScore: 0.99 }).find(
      (c) => c.chainId === 'new-energy-vehicles',
    )!;
    expect(
      strict.links
        .filter((l) => l.status === 'gap')
        .map((l) => l.linkId)
        .sort(),
    ).toEqual(['battery-cells', 'vehicle']);
  });

  it('flags large makers at a 链主 link as 链主 candidates', () => {
    expect(nev.leaders).toEqual([{ id: 'E3', name: '丙汽车股份', linkId: 'vehicle', revenue: 300, listed: true }]);
  });

  it('a firm that lists its products leads only a link its products name', () => {
    // The pulp mill's text names 造纸 (the papermaking link, a 链主 link) in passing; its products are pulp, another link.
    const firms: Enterprise[] = [
      {
        id: 'P1',
        name: '丁浆业股份',
        description: '公司专注于造纸领域，主导产品包括蔗渣浆。',
        products: ['蔗渣浆'],
        listed: true,
      },
      {
        id: 'P2',
        name: '戊纸业股份',
        description: '公司专注于造纸领域，主导产品包括箱板纸。',
        products: ['箱板纸'],
        listed: true,
      },
      { id: 'P3', name: '己纸业股份', description: '公司生产箱板纸、白卡纸。', listed: true },
    ];
    const paper = chainCoverage({ items: [], enterprises: firms, matches: [], maps }).find(
      (c) => c.chainId === 'paper',
    )!;
    expect(paper.leaders.map((c) => c.id)).toEqual(['P2', 'P3']);
  });

  it('a listed product that names a link only as a modifier leads no link (电子产品铝壳 is a shell)', () => {
    const firms: Enterprise[] = [
      {
        id: 'A1',
        name: '庚铝业股份',
        description: '公司主要生产电子产品铝壳和笔记本电脑外壳。',
        products: ['电子产品铝壳', '笔记本电脑外壳'],
        listed: true,
      },
      {
        id: 'A2',
        name: '辛电子股份',
        description: '公司主要生产智能手机和平板电脑。',
        products: ['智能手机', '平板电脑产品'],
        listed: true,
      },
    ];
    const terminals = chainCoverage({ items: [], enterprises: firms, matches: [], maps }).find(
      (c) => c.chainId === 'smart-terminals',
    )!;
    expect(terminals.leaders.map((c) => c.id)).toEqual(['A2']);
  });
});

describe('chainmatch chains', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: root });
  const sample = [
    '--items',
    'data/items.jsonl',
    '--enterprises',
    'data/enterprises.jsonl',
    '--themes',
    'data/themes.json',
  ];

  it('on the bundled sample lists every chain and link with its counts (table, JSON and XLSX)', async () => {
    const table = cli(['chains', ...sample]);
    expect(table.status).toBe(0);
    for (const m of maps) expect(table.stdout).toContain(`${m.name} (${m.chainId})`);
    const dir = makeDir('cm-chains-');
    const json = cli(['chains', ...sample, '--out', join(dir, 'c.json')]);
    expect(json.status).toBe(0);
    const coverage = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')) as ChainCoverage[];
    expect(coverage).toHaveLength(31);
    expect(coverage.reduce((n, c) => n + c.links.length, 0)).toBe(maps.reduce((n, m) => n + m.links.length, 0));
    // Every bundled item is at some link.
    expect(coverage.reduce((n, c) => n + c.links.reduce((k, l) => k + l.items.length, 0), 0)).toBe(326);
    expect(cli(['chains', ...sample, '--out', join(dir, 'c.xlsx')]).status).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'c.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['产业链覆盖', '链主候选']);
    expect(wb.worksheets[0]!.rowCount).toBe(1 + coverage.reduce((n, c) => n + c.links.length, 0));
  });
});
