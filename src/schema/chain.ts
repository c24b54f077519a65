import { z } from 'zod';
import { GBT4754_CLASSES } from '../reference/industry.js';
import type { Issue } from './issue.js';
import { bilingualEnum, identifier, text } from './primitives.js';

/**
 * Stages of a chain link, upstream to downstream: 原料 raw material, 材料 material, 零部件 component,
 * 装备/系统 equipment or system, 产品 end product, 服务 service.
 */
export const CHAIN_STAGES = ['raw-material', 'material', 'component', 'equipment', 'product', 'service'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];
export { CHAIN_STAGE_ZH } from './labels.js';

const stage = bilingualEnum(
  CHAIN_STAGES,
  {
    原料: 'raw-material',
    原材料: 'raw-material',
    材料: 'material',
    零部件: 'component',
    部件: 'component',
    装备: 'equipment',
    设备: 'equipment',
    系统: 'equipment',
    产品: 'product',
    终端: 'product',
    服务: 'service',
  },
  'stage',
);

const HAN = /\p{Script=Han}/u;
const KNOWN_CLASSES = new Set(GBT4754_CLASSES.map((c) => c.code));

const custom = (ctx: z.RefinementCtx, code: string, message: string, path: (string | number)[]) =>
  ctx.addIssue({ code: 'custom', message, path, params: { code } });

/** A list of terms: trimmed, non-empty, each once (case-insensitive). */
const termList = (lang: 'zh' | 'en') =>
  z
    .array(z.string().trim().min(1, { message: 'empty term' }).max(100))
    .max(300)
    .superRefine((terms, ctx) => {
      const seen = new Map<string, number>();
      terms.forEach((t, i) => {
        const key = t.toLowerCase();
        if (seen.has(key)) custom(ctx, 'duplicate_term', `'${t}' is listed twice (first at ${seen.get(key)})`, [i]);
        else seen.set(key, i);
        if (lang === 'en' && HAN.test(t))
          custom(ctx, 'not_english', `'${t}' has Chinese characters: put it under zh`, [i]);
      });
    });

/** Chinese and English terms. */
const TermsSchema = z.strictObject({
  zh: termList('zh').min(1, { message: 'needs at least one Chinese term' }),
  en: termList('en').default([]),
});

/** A GB/T 4754-2017 class (小类), one of {@link GBT4754_CLASSES}. */
const classCode = z
  .string()
  .trim()
  .superRefine((c, ctx) => {
    if (!/^\d{4}$/u.test(c))
      custom(ctx, 'invalid_class', `'${c}' is not a 4-digit GB/T 4754-2017 class (小类), e.g. 3841`, []);
    else if (!KNOWN_CLASSES.has(c))
      custom(
        ctx,
        'unknown_class',
        `'${c}' is not a GB/T 4754-2017 class known to chainmatch (see GBT4754_CLASSES)`,
        [],
      );
  });

/**
 * One link (环节) of an industrial chain: what defines it (products, materials, technologies in Chinese and
 * English), its GB/T 4754-2017 classes, the machines that make it, and the links it supplies.
 */
export const ChainLinkSchema = z.strictObject({
  /** Unique within its chain. */
  id: identifier,
  name: text(200),
  nameEn: text(200),
  stage,
  /** GB/T 4754-2017 classes (4 digits); empty when the classification chainmatch ships has none for it. */
  industryCodes: z.array(classCode).max(50).default([]),
  /** Products, materials, technologies: trade terms, synonyms, abbreviations. */
  terms: TermsSchema,
  /** Machines used to make this link's products (tells an equipment supplier from a maker). */
  equipment: z.strictObject({ zh: termList('zh').default([]), en: termList('en').default([]) }).optional(),
  /** A typical 链主 link: the firms here lead the chain (e.g. 整车 in NEV). */
  chainLeader: z.boolean().optional(),
  /** Ids of the links of the same chain this one supplies (its direct customers). */
  supplies: z.array(identifier).max(100).default([]),
});
export type ChainLink = z.infer<typeof ChainLinkSchema>;
export type ChainLinkInput = z.input<typeof ChainLinkSchema>;

/** Issues of a chain's supply graph: duplicate link ids, unknown targets, self-loops, cycles, upstream edges. */
function checkLinks(links: readonly ChainLink[], ctx: z.RefinementCtx): void {
  const index = new Map<string, number>();
  links.forEach((l, i) => {
    if (index.has(l.id))
      custom(ctx, 'duplicate_link', `duplicate link id '${l.id}' (first at links[${index.get(l.id)}])`, [
        'links',
        i,
        'id',
      ]);
    else index.set(l.id, i);
  });
  let bad = false;
  links.forEach((l, i) => {
    const seen = new Set<string>();
    l.supplies.forEach((s, j) => {
      const path = ['links', i, 'supplies', j];
      if (s === l.id) custom(ctx, 'self_loop', `link '${l.id}' supplies itself`, path);
      else if (!index.has(s)) custom(ctx, 'unknown_link', `'${s}' is not a link of this chain`, path);
      else if (seen.has(s)) custom(ctx, 'duplicate_edge', `'${s}' is listed twice`, path);
      else {
        seen.add(s);
        return;
      }
      bad = true;
    });
  });
  if (bad || index.size !== links.length) return;
  const cycle = findCycle(links, index);
  if (cycle) {
    custom(ctx, 'supply_cycle', `supply cycle: ${cycle.map((i) => links[i]!.id).join(' → ')}`, [
      'links',
      cycle[0]!,
      'supplies',
    ]);
    return;
  }
  for (const [i, l] of links.entries())
    for (const [j, s] of l.supplies.entries())
      if (index.get(s)! < i)
        custom(
          ctx,
          'link_order',
          `supplies '${s}', which is listed before it: list links from upstream to downstream`,
          ['links', i, 'supplies', j],
        );
}

/** The first cycle of the supply graph as link positions (first = last), or undefined. */
function findCycle(links: readonly ChainLink[], index: ReadonlyMap<string, number>): number[] | undefined {
  const state = new Array<0 | 1 | 2>(links.length).fill(0); // 0 new, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (i: number): number[] | undefined => {
    state[i] = 1;
    path.push(i);
    for (const s of links[i]!.supplies) {
      const j = index.get(s)!;
      if (state[j] === 1) return [...path.slice(path.indexOf(j)), j];
      if (state[j] === 0) {
        const found = visit(j);
        if (found) return found;
      }
    }
    path.pop();
    state[i] = 2;
    return undefined;
  };
  for (let i = 0; i < links.length; i++) {
    const found = state[i] === 0 ? visit(i) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The map of one chain: its links in order from upstream to downstream, with supply edges. Checks: link ids
 * unique, `supplies` names links of the same chain, no self-loops, no cycles, edges point downstream, codes
 * are GB/T 4754-2017 classes. Whether the chain exists in a themes file is checked by {@link chainMapSchemaFor}.
 */
export const ChainMapSchema = z
  .strictObject({
    /** Id of the theme (专题) in the themes file. */
    themeId: identifier,
    /** Id of the chain under that theme. */
    chainId: identifier,
    /** The chain's Chinese name, for readers of the file. */
    name: text(200).optional(),
    links: z.array(ChainLinkSchema).min(1, { message: 'a chain map needs at least one link' }).max(200),
  })
  .superRefine((map, ctx) => checkLinks(map.links, ctx));
export type ChainMap = z.infer<typeof ChainMapSchema>;
export type ChainMapInput = z.input<typeof ChainMapSchema>;

/** Themes as far as chain maps need them: theme ids and the ids of their chains (a `SectorTheme[]` fits). */
export type ThemeChainIds = ReadonlyArray<{
  id: string;
  chains?: ReadonlyArray<{ id: string; name?: string }> | undefined;
}>;

/** {@link ChainMapSchema} that also requires `themeId`/`chainId` to name a chain of `themes`. */
export function chainMapSchemaFor(themes: ThemeChainIds) {
  const themeOf = new Map(themes.flatMap((t) => (t.chains ?? []).map((c) => [c.id, t.id] as const)));
  return ChainMapSchema.superRefine((map, ctx) => {
    const theme = themeOf.get(map.chainId);
    if (theme === undefined)
      custom(ctx, 'unknown_chain', `chain '${map.chainId}' is not in the themes file`, ['chainId']);
    else if (theme !== map.themeId)
      custom(ctx, 'wrong_theme', `chain '${map.chainId}' belongs to theme '${theme}', not '${map.themeId}'`, [
        'themeId',
      ]);
  });
}

/**
 * The chains of `themes` that no map covers, one issue each (code `missing_chain_map`, empty path).
 * @example missingChainMaps([], [{ id: 'new-materials', chains: [{ id: 'aluminium', name: '铝产业' }] }])[0]?.message
 * // "no chain map for 'new-materials/aluminium' (铝产业)"
 */
export function missingChainMaps(
  maps: ReadonlyArray<Pick<ChainMap, 'themeId' | 'chainId'>>,
  themes: ThemeChainIds,
): Issue[] {
  const have = new Set(maps.map((m) => `${m.themeId}/${m.chainId}`));
  return themes.flatMap((t) =>
    (t.chains ?? [])
      .filter((c) => !have.has(`${t.id}/${c.id}`))
      .map((c) => ({
        code: 'missing_chain_map',
        path: [],
        message: `no chain map for '${t.id}/${c.id}'${c.name ? ` (${c.name})` : ''}`,
      })),
  );
}

/**
 * A file of chain maps (a JSON array): each map valid, each chain id once; with `themes`, each map names a chain
 * of `themes` and every chain of `themes` has a map.
 * @example chainMapsSchema(themes).safeParse(JSON.parse(readFileSync('data/chains.json', 'utf8'))).success // true
 */
export function chainMapsSchema(themes?: ThemeChainIds) {
  return z.array(themes ? chainMapSchemaFor(themes) : ChainMapSchema).superRefine((maps, ctx) => {
    const first = new Map<string, number>();
    maps.forEach((m, i) => {
      if (first.has(m.chainId))
        custom(ctx, 'duplicate_chain', `chain '${m.chainId}' has a second map (first at [${first.get(m.chainId)}])`, [
          i,
          'chainId',
        ]);
      else first.set(m.chainId, i);
    });
    if (themes) for (const issue of missingChainMaps(maps, themes)) custom(ctx, issue.code, issue.message, []);
  });
}

/**
 * The direct suppliers (links that supply it) and customers (links it supplies) of one link of a chain map:
 * where a 补链 item finds who would sell to and buy from the missing link.
 * @example linkNeighbours(nev, 'battery-cells') // { suppliers: [battery-materials], customers: [battery-pack] }
 */
export function linkNeighbours(map: ChainMap, linkId: string): { suppliers: ChainLink[]; customers: ChainLink[] } {
  const link = map.links.find((l) => l.id === linkId);
  if (!link) return { suppliers: [], customers: [] };
  return {
    suppliers: map.links.filter((l) => l.supplies.includes(linkId)),
    customers: map.links.filter((l) => link.supplies.includes(l.id)),
  };
}
