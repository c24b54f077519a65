import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, normalizeIndustryCode } from '../../src/index.js';
import { buildItems, generateEnterprises, generateSampleData } from '../../scripts/generator/generate.js';
import { loadBundledData, bundledDataDir, type BundledData } from '../../src/data/index.js';
import {
  ASEAN_MEMBERS,
  GBT4754_CLASSES,
  GBT4754_DIVISIONS,
  GBT4754_GROUPS,
  GBT4754_SECTIONS,
  GUANGXI_CITIES,
  PROVINCES,
  industryCodeInfo,
  lookupGuangxiCity,
  sectionOfDivision,
} from '../../src/reference/index.js';

const THEME_IDS = ['advanced-equipment', 'new-materials', 'electronic-information', 'light-textile'];
const TRADITIONAL = /[這為於從產與廣業鋁電機鐵銷務術區]/u;

let data: BundledData;
const temps: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'chainmatch-data-'));
  temps.push(d);
  return d;
};

beforeAll(async () => {
  data = await loadBundledData();
});
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

describe('bundled data', () => {
  it('loads every file through the schemas with no issue', () => {
    expect(data.issues).toEqual([]);
    expect(data.dir).toBe(bundledDataDir());
  });

  it('has the four themes with their chains', () => {
    expect(data.themes.map((t) => t.id)).toEqual(THEME_IDS);
    for (const t of data.themes) {
      expect(t.name).toMatch(/\p{Script=Han}/u);
      expect(t.nameEn).toBeTruthy();
      expect(t.chains!.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has 270+ items covering all themes and all 14 cities, each on a chain of its theme', () => {
    const { items, themes } = data;
    expect(items.length).toBeGreaterThanOrEqual(270);
    expect(new Set(items.map((i) => i.theme))).toEqual(new Set(THEME_IDS));
    expect(new Set(items.map((i) => i.hostCity))).toEqual(new Set(GUANGXI_CITIES.map((c) => c.name)));
    const chains = new Map(themes.flatMap((t) => (t.chains ?? []).map((c) => [c.id, t.id] as const)));
    for (const i of items) {
      expect(chains.get(i.chain!), i.id).toBe(i.theme);
      expect(i.title, i.id).toMatch(/项目/u);
      expect(i.keywords!.length).toBeGreaterThanOrEqual(2);
      expect(i.investmentMin!).toBeLessThanOrEqual(i.investmentMax!);
      if (i.park)
        expect(
          lookupGuangxiCity(i.hostCity!)!.parks.map((p) => p.name),
          `${i.id} ${i.park}`,
        ).toContain(i.park);
    }
    for (const g of ['fill', 'strengthen', 'extend']) expect(items.some((i) => i.gapType === g)).toBe(true);
    expect(items.some((i) => i.aseanOriented)).toBe(true);
    expect(items.some((i) => i.preferredRegions?.length)).toBe(true);
  });

  it('has 1000+ synthetic enterprises with unique ids and names', () => {
    const { enterprises } = data;
    expect(enterprises.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(enterprises.map((e) => e.id)).size).toBe(enterprises.length);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
    for (const e of enterprises) expect(e.tags, e.id).toContain('synthetic');
  });

  it('draws enterprises mostly from east and central China, with HK/Macao/Taiwan, ASEAN and foreign firms', () => {
    const { enterprises } = data;
    const byProvince = (name: string) => enterprises.filter((e) => e.province === name).length;
    const region = (e: (typeof enterprises)[number]) =>
      PROVINCES.find((p) => p.name === e.province || p.short === e.province)?.region;
    const eastCentral = enterprises.filter((e) => region(e) === 'east' || region(e) === 'central').length;
    expect(eastCentral / enterprises.length).toBeGreaterThan(0.7);
    for (const p of [
      '广东省',
      '浙江省',
      '江苏省',
      '上海市',
      '福建省',
      '山东省',
      '湖北省',
      '湖南省',
      '香港',
      '澳门',
      '台湾',
    ])
      expect(byProvince(p), p).toBeGreaterThan(0);
    const countries = new Set(enterprises.map((e) => e.country).filter(Boolean));
    expect([...countries].filter((c) => ASEAN_MEMBERS.some((m) => m.name === c)).length).toBeGreaterThanOrEqual(3);
  });

  it('has about 8 % Traditional-script and 5 % English descriptions', () => {
    const { enterprises } = data;
    const traditional = enterprises.filter((e) => TRADITIONAL.test(e.description ?? '')).length / enterprises.length;
    const english =
      enterprises.filter((e) => /^[A-Z][\x20-\x7e]+$/u.test(e.description ?? '')).length / enterprises.length;
    expect(traditional).toBeGreaterThan(0.05);
    expect(traditional).toBeLessThan(0.12);
    expect(english).toBeGreaterThan(0.03);
    expect(english).toBeLessThan(0.08);
  });

  it('uses only GB/T 4754 codes the reference table knows', () => {
    const codes = new Set([...data.items, ...data.enterprises].flatMap((r) => r.industryCodes ?? []));
    for (const c of codes) expect(industryCodeInfo(c), c).toBeDefined();
  });

  it('writes reference tables equal to the source tables', async () => {
    const read = async (f: string) => JSON.parse(await readFile(join(data.dir, 'reference', f), 'utf8')) as unknown;
    expect(await read('provinces.json')).toEqual(PROVINCES);
    expect(await read('asean.json')).toEqual(ASEAN_MEMBERS);
    expect(await read('guangxi-cities.json')).toEqual(GUANGXI_CITIES);
    expect(await read('gbt4754.json')).toMatchObject({
      sections: GBT4754_SECTIONS,
      divisions: GBT4754_DIVISIONS,
      groups: GBT4754_GROUPS,
      classes: GBT4754_CLASSES,
    });
  });

  it('is what the generator writes with the default seed (data/ is up to date)', async () => {
    const out = await tempDir();
    await generateSampleData({ outDir: out });
    for (const f of ['themes.json', 'items.jsonl', 'enterprises.jsonl']) {
      expect((await readFile(join(out, f))).equals(await readFile(join(data.dir, f))), f).toBe(true);
    }
  });

  it('gives every item at least 5 candidates scoring 0.4 or more with the default matcher', () => {
    const matches = createMatcher().rank(data.items, data.enterprises, { top: 5, minScore: 0.4 });
    const perItem = new Map<string, number>();
    for (const m of matches) perItem.set(m.itemId, (perItem.get(m.itemId) ?? 0) + 1);
    const short = data.items.filter((i) => (perItem.get(i.id) ?? 0) < 5).map((i) => i.id);
    expect(short).toEqual([]);
  }, 120_000);
});

describe('generator', () => {
  it('writes byte-identical files for the same seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateSampleData({ outDir: a, seed: 7, enterprises: 300 });
    await generateSampleData({ outDir: b, seed: 7, enterprises: 300 });
    const files = [
      'themes.json',
      'items.jsonl',
      'enterprises.jsonl',
      ...(await readdir(join(a, 'reference'))).map((f) => `reference/${f}`),
    ];
    expect(files.length).toBe(7);
    for (const f of files) expect((await readFile(join(a, f))).equals(await readFile(join(b, f))), f).toBe(true);
  });

  it('writes different enterprises for another seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateSampleData({ outDir: a, seed: 1, enterprises: 50, reference: false });
    await generateSampleData({ outDir: b, seed: 2, enterprises: 50, reference: false });
    expect((await readFile(join(a, 'enterprises.jsonl'))).equals(await readFile(join(b, 'enterprises.jsonl')))).toBe(
      false,
    );
  });

  it('scales items by --items-scale with unique ids and loads cleanly', async () => {
    const base = buildItems(3).length;
    const out = await tempDir();
    const summary = await generateSampleData({
      outDir: out,
      seed: 3,
      enterprises: 200,
      itemsScale: 3,
      reference: false,
    });
    expect(summary.items).toBe(base * 3);
    const loaded = await loadBundledData(out);
    expect(loaded.issues).toEqual([]);
    expect(loaded.items.length).toBe(base * 3);
    expect(loaded.enterprises.length).toBe(200);
  });

  it('streams enterprises lazily with sequential ids', () => {
    const it = generateEnterprises(buildItems(), 1_000_000);
    const first = [it.next().value, it.next().value];
    expect(first.map((e) => e?.id)).toEqual(['E0000001', 'E0000002']);
  });
});

describe('loadBundledData on bad files', () => {
  it('reports invalid rows, bad JSON and duplicate ids as issues with file and row', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'themes.json'), JSON.stringify([{ id: 't', name: '主题' }]));
    await writeFile(
      join(dir, 'items.jsonl'),
      ['{"id":"a","title":"甲"}', '', '{"id":"a","title":"乙"}', '{oops', '{"id":"b","title":"丙","priority":9}'].join(
        '\n',
      ),
    );
    const loaded = await loadBundledData(dir);
    expect(loaded.themes).toHaveLength(1);
    expect(loaded.items.map((i) => i.id)).toEqual(['a']);
    const byCode = (code: string) => loaded.issues.filter((i) => i.code === code);
    expect(byCode('duplicate_id')).toMatchObject([{ file: join(dir, 'items.jsonl'), row: 3, path: ['id'] }]);
    expect(byCode('invalid_json')).toMatchObject([{ row: 4 }]);
    expect(loaded.issues.find((i) => i.row === 5)?.path).toEqual(['priority']);
    expect(byCode('missing_file')).toMatchObject([{ file: join(dir, 'enterprises.jsonl') }]);
  });
});

describe('reference tables', () => {
  it('has 34 provincial units, 10 ASEAN members and 14 Guangxi cities with parks', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(ASEAN_MEMBERS).toHaveLength(10);
    expect(GUANGXI_CITIES).toHaveLength(14);
    for (const c of GUANGXI_CITIES) expect(c.parks.length, c.name).toBeGreaterThanOrEqual(3);
    expect(lookupGuangxiCity('Baise')?.parks.map((p) => p.name)).toContain('百色新山铝产业示范园');
    expect(lookupGuangxiCity('贺州市')?.parks.map((p) => p.name)).toContain('贺州碳酸钙千亿元产业园');
    expect(lookupGuangxiCity('钦州')?.coastal).toBe(true);
    expect(lookupGuangxiCity('崇左')?.border).toBe(true);
  });

  it('has 20 sections and 97 consecutive divisions whose sections agree with normalizeIndustryCode', () => {
    expect(GBT4754_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(GBT4754_DIVISIONS.map((d) => d.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    for (const d of GBT4754_DIVISIONS) expect(normalizeIndustryCode(d.code), d.code).toBe(d.section + d.code);
  });

  it('nests every class under a listed group and every group under a division', () => {
    const groups = new Set(GBT4754_GROUPS.map((g) => g.code));
    for (const c of GBT4754_CLASSES) expect(groups.has(c.code.slice(0, 3)), c.code).toBe(true);
    for (const g of GBT4754_GROUPS) expect(sectionOfDivision(g.code.slice(0, 2)), g.code).toBeDefined();
  });

  it('looks codes up at every level', () => {
    const lib = industryCodeInfo('C3841')!;
    expect(lib).toMatchObject({
      code: '3841',
      level: 'class',
      name: '锂离子电池制造',
      qualified: 'C3841',
      section: 'C',
    });
    expect(lib.ancestors.map((a) => [a.level, a.code])).toEqual([
      ['section', 'C'],
      ['division', '38'],
      ['group', '384'],
    ]);
    expect(industryCodeInfo(' c3841 ')?.code).toBe('3841');
    expect(industryCodeInfo('3841')?.qualified).toBe('C3841');
    expect(industryCodeInfo('384')).toMatchObject({ level: 'group', name: '电池制造' });
    expect(industryCodeInfo('38')).toMatchObject({
      level: 'division',
      name: '电气机械和器材制造业',
      ancestors: [{ code: 'C' }],
    });
    expect(industryCodeInfo('C')).toMatchObject({ level: 'section', name: '制造业', ancestors: [] });
    expect(industryCodeInfo('3974')?.name).toBe('显示器件制造');
    expect(industryCodeInfo('3216')?.name).toBe('铝冶炼');
    expect(industryCodeInfo('3252')?.name).toBe('铝压延加工');
    expect(industryCodeInfo('3670')?.ancestors.map((a) => a.code)).toEqual(['C', '36', '367']);
    expect(industryCodeInfo('0916')?.section).toBe('B');
    for (const bad of ['A3841', 'X', '', '00', '9999', '38411', 'C-38'])
      expect(industryCodeInfo(bad), bad).toBeUndefined();
    expect(sectionOfDivision('38')).toBe('C');
    expect(sectionOfDivision(1)).toBe('A');
    expect(sectionOfDivision('97')).toBe('T');
    expect(sectionOfDivision('98')).toBeUndefined();
  });
});
