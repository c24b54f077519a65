import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChainMapSchema,
  chainMapSchemaFor,
  chainMapsSchema,
  GBT4754_CLASSES,
  linkNeighbours,
  missingChainMaps,
  SectorThemeSchema,
  type ChainMap,
  type ChainMapInput,
  type Issue,
  type SectorTheme,
} from '../../src/index.js';
import { loadChainMaps } from '../../src/data/index.js';
import { toIssues } from '../../src/schema/issue.js';
import { ChainmatchError } from '../../src/errors.js';

const root = resolve(import.meta.dirname, '../..');

let maps: ChainMap[];
let themes: SectorTheme[];
let dir = '';

beforeAll(async () => {
  maps = await loadChainMaps();
  themes = SectorThemeSchema.array().parse(JSON.parse(await readFile(join(root, 'data/themes.json'), 'utf8')));
  dir = await mkdtemp(join(tmpdir(), 'cm-chain-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A small valid map: ore → metal → {part, product}, part → product. */
const small = (): ChainMapInput => ({
  themeId: 'new-materials',
  chainId: 'aluminium',
  links: [
    {
      id: 'ore',
      name: '铝土矿',
      nameEn: 'Bauxite',
      stage: '原料',
      industryCodes: ['0916'],
      terms: { zh: ['铝土矿'], en: ['bauxite'] },
      supplies: ['metal'],
    },
    {
      id: 'metal',
      name: '电解铝',
      nameEn: 'Primary aluminium',
      stage: 'material',
      industryCodes: ['3216'],
      terms: { zh: ['电解铝', '铝锭'] },
      supplies: ['part', 'product'],
    },
    {
      id: 'part',
      name: '铝型材',
      nameEn: 'Extrusions',
      stage: 'component',
      terms: { zh: ['铝型材'], en: ['extrusion'] },
      supplies: ['product'],
    },
    {
      id: 'product',
      name: '铝门窗',
      nameEn: 'Windows',
      stage: 'product',
      terms: { zh: ['铝门窗'] },
      chainLeader: true,
    },
  ],
});
/** The issues of `ChainMapSchema` (or `schema`) for `small()` changed by `edit`. */
function issuesOf(
  edit: (m: ChainMapInput & { links: Record<string, unknown>[] }) => void,
  schema = ChainMapSchema,
): Issue[] {
  const m = small() as ChainMapInput & { links: Record<string, unknown>[] };
  edit(m);
  const r = schema.safeParse(m);
  return r.success ? [] : toIssues(r.error);
}
const codes = (issues: Issue[]) => issues.map((i) => i.code);

describe('bundled chain maps (data/chains.json)', () => {
  it('validates and covers every chain of data/themes.json exactly once', () => {
    expect(chainMapsSchema(themes).safeParse(maps).success).toBe(true);
    const chains = themes.flatMap((t) => (t.chains ?? []).map((c) => `${t.id}/${c.id}`));
    expect(maps.map((m) => `${m.themeId}/${m.chainId}`).sort()).toEqual(chains.sort());
  });

  it('gives each chain 4–8 links, each with 8+ Chinese and 8+ English terms', () => {
    for (const m of maps) {
      expect(m.links.length, m.chainId).toBeGreaterThanOrEqual(4);
      expect(m.links.length, m.chainId).toBeLessThanOrEqual(8);
      for (const l of m.links) {
        expect(l.terms.zh.length, `${m.chainId}/${l.id}`).toBeGreaterThanOrEqual(8);
        expect(l.terms.en.length, `${m.chainId}/${l.id}`).toBeGreaterThanOrEqual(8);
        expect(l.name, l.id).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('uses only GB/T 4754-2017 classes that the reference tables hold', async () => {
    const known = new Set(GBT4754_CLASSES.map((c) => c.code));
    const json = JSON.parse(await readFile(join(root, 'data/reference/gbt4754.json'), 'utf8')) as {
      classes: { code: string }[];
    };
    const inJson = new Set(json.classes.map((c) => c.code));
    const used = new Set(maps.flatMap((m) => m.links.flatMap((l) => l.industryCodes)));
    expect(used.size).toBeGreaterThan(100);
    for (const c of used) {
      expect(known.has(c), c).toBe(true);
      expect(inJson.has(c), c).toBe(true);
    }
    // Links without a class are the farm ones: the reference holds no class of division 01.
    expect(
      maps.flatMap((m) => m.links.filter((l) => l.industryCodes.length === 0).map((l) => `${m.chainId}/${l.id}`)),
    ).toEqual(['sugar/sugarcane', 'specialty-food/farm-produce']);
  });

  it('connects every link and names at least one chain-leader link per chain', () => {
    for (const m of maps) {
      const supplied = new Set(m.links.flatMap((l) => l.supplies));
      for (const l of m.links) expect(l.supplies.length > 0 || supplied.has(l.id), `${m.chainId}/${l.id}`).toBe(true);
      expect(
        m.links.some((l) => l.chainLeader),
        m.chainId,
      ).toBe(true);
    }
  });

  it('finds direct suppliers and customers of a link', () => {
    const nev = maps.find((m) => m.chainId === 'new-energy-vehicles')!;
    const n = linkNeighbours(nev, 'battery-cells');
    expect(n.suppliers.map((l) => l.id)).toEqual(['battery-materials']);
    expect(n.customers.map((l) => l.id)).toEqual(['battery-pack']);
    expect(nev.links.find((l) => l.id === 'battery-cells')!.equipment!.zh).toEqual(
      expect.arrayContaining(['涂布机', '卷绕机']),
    );
    expect(linkNeighbours(nev, 'nope')).toEqual({ suppliers: [], customers: [] });
  });
});

describe('ChainMapSchema rejects', () => {
  it('nothing in a valid map, and reads Chinese stage names', () => {
    const r = ChainMapSchema.parse(small());
    expect(r.links.map((l) => l.stage)).toEqual(['raw-material', 'material', 'component', 'product']);
    expect(r.links[1]!.terms.en).toEqual([]);
    expect(r.links[3]!.supplies).toEqual([]);
  });

  it('a duplicate link id', () => {
    const issues = issuesOf((m) => void (m.links[2]!.id = 'metal'));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate_link', path: ['links', 2, 'id'] }));
  });

  it('a supply edge to a link that is not in the chain', () => {
    expect(issuesOf((m) => void (m.links[0]!.supplies = ['smelter']))).toEqual([
      expect.objectContaining({
        code: 'unknown_link',
        path: ['links', 0, 'supplies', 0],
        message: "'smelter' is not a link of this chain",
      }),
    ]);
  });

  it('a self-loop', () => {
    expect(codes(issuesOf((m) => void (m.links[1]!.supplies = ['metal', 'part'])))).toEqual(['self_loop']);
  });

  it('a cycle, naming it', () => {
    const issues = issuesOf((m) => void (m.links[3]!.supplies = ['metal']));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'supply_cycle', message: 'supply cycle: metal → part → product → metal' }),
    ]);
  });

  it('an edge pointing upstream (links out of order)', () => {
    const issues = issuesOf((m) => {
      m.links[1]!.supplies = ['product'];
      m.links[2]!.supplies = ['metal'];
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'link_order', path: ['links', 2, 'supplies', 0] })]);
  });

  it('a code that is not a 4-digit class, or a class the classification does not hold', () => {
    const issues = issuesOf((m) => void (m.links[0]!.industryCodes = ['09', '0999', 'C0916']));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_class', 'links.0.industryCodes.0'],
      ['unknown_class', 'links.0.industryCodes.1'],
      ['invalid_class', 'links.0.industryCodes.2'],
    ]);
  });

  it('a repeated term, a Chinese word among the English terms, no Chinese term, an unknown field', () => {
    expect(codes(issuesOf((m) => void (m.links[1]!.terms = { zh: ['电解铝', '铝锭', '电解铝'] })))).toEqual([
      'duplicate_term',
    ]);
    expect(codes(issuesOf((m) => void (m.links[0]!.terms = { zh: ['铝土矿'], en: ['bauxite', '铝土矿'] })))).toEqual([
      'not_english',
    ]);
    expect(codes(issuesOf((m) => void (m.links[0]!.terms = { zh: [], en: ['bauxite'] })))).toEqual(['too_small']);
    expect(codes(issuesOf((m) => void (m.links[0]!.segment = 'upstream')))).toEqual(['unrecognized_keys']);
    expect(codes(issuesOf((m) => void (m.links = [])))).toEqual(['too_small']);
  });

  it('a chain that is not in the themes, or under the wrong theme (chainMapSchemaFor)', () => {
    const schema = chainMapSchemaFor(themes);
    expect(issuesOf(() => {}, schema)).toEqual([]);
    expect(issuesOf((m) => void (m.chainId = 'titanium'), schema)).toEqual([
      expect.objectContaining({ code: 'unknown_chain', path: ['chainId'] }),
    ]);
    expect(issuesOf((m) => void (m.themeId = 'light-textile'), schema)).toEqual([
      expect.objectContaining({
        code: 'wrong_theme',
        message: "chain 'aluminium' belongs to theme 'new-materials', not 'light-textile'",
      }),
    ]);
  });

  it('a file that misses a chain of the themes or maps a chain twice (chainMapsSchema)', () => {
    const ours = [
      {
        id: 'new-materials',
        chains: [
          { id: 'aluminium', name: '铝产业' },
          { id: 'steel', name: '钢铁' },
        ],
      },
    ];
    const r = chainMapsSchema(ours).safeParse([small(), small()]);
    expect(r.success).toBe(false);
    expect(toIssues(r.error!).map((i) => [i.code, i.path, i.message])).toEqual([
      ['duplicate_chain', [1, 'chainId'], "chain 'aluminium' has a second map (first at [0])"],
      ['missing_chain_map', [], "no chain map for 'new-materials/steel' (钢铁)"],
    ]);
    expect(
      chainMapsSchema(ours.map((t) => ({ ...t, chains: t.chains.slice(0, 1) }))).safeParse([small()]).success,
    ).toBe(true);
    expect(missingChainMaps([], themes)).toHaveLength(31);
  });
});

describe('loadChainMaps', () => {
  it('throws INVALID_INPUT with the file on every issue for a bad file, and checks your themes when given', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify([{ ...small(), links: small().links.map((l, i) => (i === 0 ? { ...l, supplies: ['ore'] } : l)) }]),
    );
    const err = await loadChainMaps(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainmatchError);
    expect((err as ChainmatchError).code).toBe('INVALID_INPUT');
    expect((err as ChainmatchError).issues).toEqual([
      expect.objectContaining({ code: 'self_loop', file: bad, path: [0, 'links', 0, 'supplies', 0] }),
    ]);
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify([small()]));
    expect((await loadChainMaps(good)).map((m) => m.chainId)).toEqual(['aluminium']); // no themes: no coverage check
    await expect(loadChainMaps(good, { themes })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ code: 'missing_chain_map' })]),
    });
  });
});
