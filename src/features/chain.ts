import { type ChainProfile, chainPhrases, createNormalizedChainInferrer, type Role, ROLE_ZH } from '../chain/infer.js';
import { type ItemLink, createItemLinker } from '../chain/coverage.js';
import type { ChainLink, ChainMap, ChainStage } from '../schema/chain.js';
import type { Enterprise } from '../schema/domain.js';
import type { Reason } from '../schema/match.js';
import { normalizeText } from '../text/normalize.js';
import type { Feature, PreparedEnterprise, PreparedItem, ScoringContext } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

/** Options of {@link createChainFeature}: each value was measured on the development set (DESIGN.md). */
export interface ChainFeatureOptions {
  /** Default `DEFAULTS.weights.chain` (0.075). */
  weight?: number;
  /** Value of a firm at a direct supplier or customer link of the item's (a firm at the item's own link has 1). Default 0.6. */
  neighbour?: number;
  /** Value of a firm at another link of the item's chain. Default 0.3. */
  sameChain?: number;
  /** Multiplies the value of a firm in the wrong role (a trader, or an equipment maker for a production item). Default 0. */
  wrongRole?: number;
  /**
   * Multiplies the whole score of a firm in the wrong role for the item (by its overall role: a trader, a service
   * firm, or an equipment maker for a production item, or a producer for an equipment item). Default 1: no demotion
   * (×0.8 cost 0.003 on the development set).
   */
  roleFactor?: number;
  /** What a firm whose text names no link of the maps counts (`'skip'`: left out of the mean). */
  missing?: 'skip' | number;
}

/** Where a stage sits on the chain, for the reason. */
const POSITION: Record<ChainStage, { zh: string; en: string }> = {
  'raw-material': { zh: '上游', en: 'upstream' },
  material: { zh: '上游', en: 'upstream' },
  component: { zh: '中游', en: 'midstream' },
  equipment: { zh: '中游', en: 'midstream' },
  product: { zh: '下游', en: 'downstream' },
  service: { zh: '下游', en: 'downstream' },
};

/** The role an item asks for, as the firm's role must be to fit: makers and material makers both produce. */
type Wanted = 'production' | Exclude<Role, 'maker' | 'material'>;
const wantedOf = (r: Role): Wanted => (r === 'maker' || r === 'material' ? 'production' : r);
const WANTED_ZH: Record<Wanted, string> = {
  production: '产品制造',
  equipment: '装备供应',
  distributor: '贸易流通',
  service: '服务',
};
const WANTED_EN: Record<Wanted, string> = {
  production: 'makers of its products',
  equipment: 'equipment suppliers',
  distributor: 'traders',
  service: 'service firms',
};
const ROLE_EN: Record<Role, string> = {
  maker: 'a maker',
  equipment: 'an equipment supplier',
  material: 'a material maker',
  distributor: 'a trader',
  service: 'a service firm',
};

/** The link an item is about, and the role it asks firms to play there. */
interface ItemSide {
  links: { chainId: string; linkId: string; weight: number }[];
  /** Undefined for an item at a service link (销售与服务, 软件, 代工): any role may serve it. */
  wanted: Wanted | undefined;
  /** Per link: its number (see `createChainFeature`), and its weight. */
  at: number[];
  weights: number[];
  /** `wanted` as its index in {@link WANTED}, -1 when undefined. */
  want: number;
  /** Per link: whether the item asks for parts of it (see `LinkEvidence.parts`). */
  parts: boolean[];
}

/**
 * A firm's chain profile, and per link its number, weight and the index in {@link WANTED} of the role its role fits
 * (plain arrays: made once per firm, where a typed array costs more to make than to read).
 */
interface FirmSide {
  /** Undefined for a firm scored from its digest (see `Feature.digester`): the explanation reads the firm again. */
  profile: ChainProfile | undefined;
  /** The index in {@link WANTED} of the role its overall role fits. */
  want: number;
  at: number[];
  weights: number[];
  wanted: number[];
  /** Per link: whether the firm makes parts for it (see `LinkEvidence.parts`). */
  parts: boolean[];
  /** The chains of its links, each once (by number). */
  chains: number[];
}

/** Relations of a firm's link to an item's, by number: their values are `RELATION_VALUE`'s in this order. */
const RELATIONS = ['link', 'supplier', 'customer', 'chain', 'none'] as const;
const LINK = 0;
const SUPPLIER = 1;
const CUSTOMER = 2;
const CHAIN = 3;
const NONE = 4;
const WANTED: readonly Wanted[] = ['production', 'equipment', 'distributor', 'service'];

/**
 * @internal The text of a firm that names its links: the description leads (its first sentence gives the role), the name
 * comes last. (Taking the firm's own name out of its description — 哈森商贸…是一家鞋厂 reads as a trader — cost
 * 0.003 on the development set: names say what firms make more often than they mislead.)
 */
export const firmText = (e: Enterprise) =>
  [e.description ?? '', ...(e.products ?? []), ...(e.technologies ?? []), e.industry ?? '', e.name]
    .filter(Boolean)
    .join('。');

/**
 * A field's first or last UTF-16 unit that normalization keeps a visible character in place: printable ASCII, its
 * full-width forms, Han, CJK punctuation and quotes (no white space before or after it, nothing removed).
 */
const keptEdge = (c: number): boolean =>
  (c > 0x20 && c < 0x7f) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0xff01 && c <= 0xff5e) ||
  (c >= 0x3001 && c <= 0x3003) ||
  (c >= 0x3008 && c <= 0x3011) ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 0x201c ||
  c === 0x201d;

/**
 * @internal The {@link firmText} of a prepared firm, normalized and lower-cased: `normalizeText(firmText(e)).toLowerCase()`,
 * joined from the fields preparation normalized. Normalization never works across `。` (NFKC keeps it and never
 * composes with it, pinyin annotations and OpenCC's entries are Han and brackets only, it ends a Greek word), so the
 * two agree wherever a field's normalization leaves nothing to trim at its edges: when every field starts and ends
 * with a {@link keptEdge} character. Otherwise the text is normalized again.
 */
export function firmChainText(p: PreparedEnterprise): string {
  const e = p.enterprise;
  const f = p.fields;
  const np = e.products?.length ?? 0;
  const nt = e.technologies?.length ?? 0;
  const ng = e.tags?.length ?? 0;
  if (!f || f.length !== 2 + np + nt + ng + (e.industry ? 1 : 0)) return normalizeText(firmText(e)).toLowerCase();
  const parts: string[] = [];
  const add = (raw: string | undefined, at: number): boolean => {
    if (!raw) return true;
    if (!keptEdge(raw.charCodeAt(0)) || !keptEdge(raw.charCodeAt(raw.length - 1))) return false;
    parts.push(f[at]!);
    return true;
  };
  let ok = add(e.description, 1);
  for (let k = 0; ok && k < np; k++) ok = add(e.products![k], 2 + k);
  for (let k = 0; ok && k < nt; k++) ok = add(e.technologies![k], 2 + np + k);
  ok &&= add(e.industry, 2 + np + nt + ng);
  ok &&= add(e.name, 0);
  return ok ? parts.join('。') : normalizeText(firmText(e)).toLowerCase();
}

/** The text of an item that names its link and the role it asks for: the title leads. */
const itemText = (p: PreparedItem) =>
  [
    p.item.title,
    ...(p.item.keywords ?? []),
    ...(p.item.products ?? []),
    p.item.industry ?? '',
    p.item.description ?? '',
  ]
    .filter(Boolean)
    .join('。');

/**
 * Chain-link fit (issue #13): where the firm's business sits on the item's chain, read from both texts against the
 * chain maps (`createChainInferrer`). A firm at the item's own link counts 1, at a direct supplier or customer link
 * (what 补链 and 延链 look for) `neighbour`, elsewhere on the chain `sameChain`, on another chain 0; a firm in the
 * wrong role — a trader, or an equipment maker where the item asks for the link's products (or the reverse) — has
 * its value multiplied by `wrongRole`. Declared values override inference: an item's `chain` + `link`, a firm's
 * `chain` + `link` and `role`. Applies to items on
 * a chain of the maps; a firm naming no link is `missing`. Not a gate: a chain link is no topical evidence alone.
 * @example
 * const matcher = createMatcher({ chains: await loadChainMaps() }); // adds this feature to the bundled ones
 */
export function createChainFeature(maps: readonly ChainMap[], options: ChainFeatureOptions = {}): Feature {
  const weight = options.weight ?? DEFAULT_WEIGHTS.chain;
  const neighbour = options.neighbour ?? 0.6;
  const sameChain = options.sameChain ?? 0.3;
  const wrongRole = options.wrongRole ?? 0;
  const roleFactor = options.roleFactor ?? 1;
  // The two inferrers share the maps' phrases (normalized and scanned once).
  const phrases = chainPhrases(maps);
  const inferNormalized = createNormalizedChainInferrer(phrases);
  const infer = (text: string) => inferNormalized(normalizeText(text).toLowerCase());
  const inferAllNormalized = createNormalizedChainInferrer(phrases, { links: Number.POSITIVE_INFINITY, ratio: 0 });
  const inferAll = (text: string) => inferAllNormalized(normalizeText(text).toLowerCase());
  const linkItem = createItemLinker(maps, inferAll);
  const mapOf = new Map(maps.map((m) => [m.chainId, m]));
  // Every link of the maps as a number (by chain id and link id; a later duplicate replaces the earlier, as in a
  // map), every chain id as a number, and per chain a table of the relation of each of its links to each: the pairs
  // the feature scores are looked up by number, with no string built or compared.
  const linkNumber = new Map<string, number>();
  const chainNumber = new Map<string, number>();
  const linkAt: ChainLink[] = [];
  const chainOfLink: number[] = [];
  const chainLinks: number[][] = [];
  for (const m of maps) {
    let c = chainNumber.get(m.chainId);
    if (c === undefined) chainNumber.set(m.chainId, (c = chainLinks.push([]) - 1));
    for (const l of m.links) {
      const key = `${m.chainId}\u0000${l.id}`;
      const n = linkNumber.get(key);
      if (n !== undefined) linkAt[n] = l;
      else {
        linkNumber.set(key, linkAt.push(l) - 1);
        chainOfLink.push(c);
        chainLinks[c]!.push(linkAt.length - 1);
      }
    }
  }
  const linkOf = (chainId: string, linkId: string): ChainLink | undefined => {
    const n = linkNumber.get(`${chainId}\u0000${linkId}`);
    return n === undefined ? undefined : linkAt[n];
  };
  const numberOf = (chainId: string, linkId: string): number => linkNumber.get(`${chainId}\u0000${linkId}`)!;
  /** Per link its chain, its place among its chain's links, and where its chain's table starts and how wide it is. */
  const chainOf = Int32Array.from(chainOfLink);
  const place = new Int32Array(linkAt.length);
  const tableAt = new Int32Array(chainLinks.length);
  const width = Int32Array.from(chainLinks, (ls) => ls.length);
  const relations = new Uint8Array(chainLinks.reduce((sum, ls) => sum + ls.length * ls.length, 0));
  for (let c = 0, at = 0; c < chainLinks.length; at += width[c]! * width[c]!, c++) {
    const ls = chainLinks[c]!;
    tableAt[c] = at;
    ls.forEach((a, i) => {
      place[a] = i;
      // The relation of a firm at link b to an item at link a.
      ls.forEach((b, j) => {
        relations[at + i * ls.length + j] =
          a === b
            ? LINK
            : linkAt[b]!.supplies.includes(linkAt[a]!.id)
              ? SUPPLIER
              : linkAt[a]!.supplies.includes(linkAt[b]!.id)
                ? CUSTOMER
                : CHAIN;
      });
    });
  }
  const wantIndex = (w: Wanted | undefined): number => (w === undefined ? -1 : WANTED.indexOf(w));

  const items = new WeakMap<PreparedItem, ItemSide | null>();
  const itemSide = (p: PreparedItem): ItemSide | null => {
    let s = items.get(p);
    if (s === undefined) items.set(p, (s = computeItem(p)));
    return s;
  };
  const computeItem = (p: PreparedItem): ItemSide | null => {
    const profile = infer(itemText(p));
    const assigned: ItemLink = linkItem(p.item);
    if (!assigned.chainId || !assigned.linkId) return null;
    const inferred = assigned.inferred
      ? profile.links.filter((l) => !p.item.chain || l.chainId === assigned.chainId)
      : [];
    const links = inferred.length
      ? inferred.map((l) => ({ chainId: l.chainId, linkId: l.linkId, weight: l.weight, parts: !!l.parts }))
      : [{ chainId: assigned.chainId, linkId: assigned.linkId, weight: 1, parts: false }];
    const service = links.every((l) => linkOf(l.chainId, l.linkId)?.stage === 'service');
    const wanted = service ? undefined : wantedOf(profile.role);
    return {
      links,
      wanted,
      at: links.map((l) => numberOf(l.chainId, l.linkId)),
      weights: links.map((l) => l.weight),
      want: wantIndex(wanted),
      parts: links.map((l) => l.parts),
    };
  };

  /**
   * Per list of items: 0 for an item with a link and NaN (missing) for one without; the kinds of item sides (the same
   * links, weights and wanted role: the same fit for any firm) and each item's kind; per chain (by number) the kinds
   * with a link on it and the items of those kinds; and room for a value per kind.
   */
  interface ItemIndex {
    base: Float64Array;
    kinds: ItemSide[];
    kindOf: Int32Array;
    kindsOn: Int32Array[];
    itemsOn: Int32Array[];
    kindValues: Float64Array;
  }
  const indexes = new WeakMap<readonly PreparedItem[], ItemIndex>();
  const itemIndex = (all: readonly PreparedItem[]): ItemIndex => {
    let x = indexes.get(all);
    if (!x) {
      const base = new Float64Array(all.length);
      const kindOf = new Int32Array(all.length).fill(-1);
      const kinds: ItemSide[] = [];
      const kindByKey = new Map<string, number>();
      const kindsOn = chainLinks.map((): number[] => []);
      const itemsOn = chainLinks.map((): number[] => []);
      all.forEach((p, ii) => {
        const side = itemSide(p);
        base[ii] = side ? 0 : NaN;
        if (!side) return;
        const key = `${side.want} ${side.at.join()} ${side.weights.join()} ${side.parts.join()}`;
        let k = kindByKey.get(key);
        const chains = new Set(side.at.map((n) => chainOf[n]!));
        if (k === undefined) {
          kindByKey.set(key, (k = kinds.push(side) - 1));
          for (const c of chains) kindsOn[c]!.push(k);
        }
        kindOf[ii] = k;
        for (const c of chains) itemsOn[c]!.push(ii);
      });
      const typed = (lists: number[][]) => lists.map((l) => Int32Array.from(l));
      x = {
        base,
        kinds,
        kindOf,
        kindsOn: typed(kindsOn),
        itemsOn: typed(itemsOn),
        kindValues: new Float64Array(kinds.length),
      };
      indexes.set(all, x);
    }
    return x;
  };
  let values = new Float64Array(0);

  const firms = new WeakMap<Enterprise, FirmSide>();
  const firmSide = (p: PreparedEnterprise): FirmSide => {
    let f = firms.get(p.enterprise);
    if (f === undefined) firms.set(p.enterprise, (f = p.digest ? keptFirm(p.digest.features.chain!) : inferFirm(p)));
    return f;
  };
  const chainsOf = (at: number[]) => {
    const chains: number[] = [];
    for (const n of at) if (!chains.includes(chainOf[n]!)) chains.push(chainOf[n]!);
    return chains;
  };
  const inferFirm = (p: PreparedEnterprise): FirmSide => {
    const profile = declared(p.enterprise, inferNormalized(firmChainText(p)));
    const at = profile.links.map((l) => numberOf(l.chainId, l.linkId));
    return {
      profile,
      want: wantIndex(wantedOf(profile.role)),
      at,
      weights: profile.links.map((l) => l.weight),
      wanted: profile.links.map((l) => wantIndex(wantedOf(l.role))),
      parts: profile.links.map((l) => !!l.parts),
      chains: chainsOf(at),
    };
  };
  /** A firm's side as its digest keeps it: its `want`, then per link its number, weight and `wanted` × 2 + `parts`. */
  const digestOf = (f: FirmSide): number[] => [
    f.want,
    ...f.at.flatMap((n, j) => [n, f.weights[j]!, f.wanted[j]! * 2 + (f.parts[j] ? 1 : 0)]),
  ];
  const keptFirm = (digest: readonly number[]): FirmSide => {
    const f: FirmSide = {
      profile: undefined,
      want: digest[0]!,
      at: [],
      weights: [],
      wanted: [],
      parts: [],
      chains: [],
    };
    for (let k = 1; k < digest.length; k += 3) {
      f.at.push(digest[k]!);
      f.weights.push(digest[k + 1]!);
      f.wanted.push(digest[k + 2]! >> 1);
      f.parts.push((digest[k + 2]! & 1) === 1);
    }
    f.chains = chainsOf(f.at);
    return f;
  };
  /** A firm's declared chain and link, and its declared role, override what its text says. */
  const declared = (e: Enterprise, inferred: ChainProfile): ChainProfile => {
    const at = e.chain && e.link ? linkItem({ id: e.id, title: '', chain: e.chain, link: e.link }) : undefined;
    const link = at && !at.inferred && at.linkId ? linkOf(at.chainId!, at.linkId) : undefined;
    const role = e.role ?? inferred.role;
    if (!link) return e.role ? { ...inferred, role, links: inferred.links.map((l) => ({ ...l, role })) } : inferred;
    const map = mapOf.get(at!.chainId!)!;
    return {
      links: [{ themeId: map.themeId, chainId: map.chainId, linkId: link.id, weight: 1, terms: [link.name], role }],
      role,
      roleTerms: e.role ? [] : inferred.roleTerms,
    };
  };

  const RELATION_VALUE = Float64Array.of(1, neighbour, neighbour, sameChain, 0);

  // The pair of the last best fit (`fitOf`): the item's link, the firm's, their relation and whether the role fits.
  let fitItem = 0;
  let fitFirm = 0;
  let fitRelation = NONE;
  let fitRole = false;
  /**
   * The value of the best fit of a firm for an item (the firm names a link): the first of the highest values, or a
   * later one of the same value where the first is on another chain; `fitItem` … `fitRole` tell which.
   */
  const fitOf = (side: ItemSide, firm: FirmSide): number => {
    let best = 0;
    let found = false;
    for (let i = 0; i < side.at.length; i++) {
      const a = side.at[i]!;
      const c = chainOf[a]!;
      const row = tableAt[c]! + place[a]! * width[c]!;
      for (let j = 0; j < firm.at.length; j++) {
        const b = firm.at[j]!;
        let relation = chainOf[b] === c ? relations[row + place[b]!]! : NONE;
        // Parts for a finished product are a supplier of its link, not the link (汽车零部件 for a 整车 item).
        if (relation === LINK && firm.parts[j] !== side.parts[i]) relation = SUPPLIER;
        const roleFits = side.want < 0 || firm.wanted[j] === side.want;
        const value = RELATION_VALUE[relation]! * side.weights[i]! * firm.weights[j]! * (roleFits ? 1 : wrongRole);
        if (!found || value > best || (value === best && relation !== NONE && fitRelation === NONE)) {
          best = value;
          found = true;
          fitItem = i;
          fitFirm = j;
          fitRelation = relation;
          fitRole = roleFits;
        }
      }
    }
    return best;
  };

  return Object.freeze({
    name: 'chain',
    weight,
    label: { zh: '产业链位置', en: 'chain link' },
    missing: options.missing ?? 'skip',
    explainAlways: true,
    applies: (item: PreparedItem) => itemSide(item) !== null,
    // Once per firm: not through the cache of firms scored (its entries would outlive the first pass's records).
    digester: () => (e: PreparedEnterprise) => digestOf(inferFirm(e)),
    score(item: PreparedItem, e: PreparedEnterprise) {
      const side = itemSide(item);
      const firm = firmSide(e);
      if (!side || !firm.at.length) return null;
      return fitOf(side, firm);
    },
    // Every item at once, so the pruner bounds pairs with the exact value instead of 1: a firm's fit is 0 for items
    // on none of its chains (`score` gives the same), and only the kinds of items on its chains are fitted; with
    // `only`, just the listed items.
    scoreAll(e: PreparedEnterprise, ctx: ScoringContext, only?: ArrayLike<number>): ArrayLike<number> {
      const { base, kinds, kindOf, kindsOn, itemsOn, kindValues } = itemIndex(ctx.items);
      if (values.length !== base.length) values = new Float64Array(base.length);
      const firm = firmSide(e);
      if (!firm.at.length) return values.fill(NaN);
      if (only) {
        for (let j = 0; j < only.length; j++) {
          const ii = only[j]!;
          values[ii] = kindOf[ii]! < 0 ? NaN : fitOf(kinds[kindOf[ii]!]!, firm);
        }
        return values;
      }
      values.set(base);
      for (let h = 0; h < firm.chains.length; h++) {
        const c = firm.chains[h]!;
        const on = kindsOn[c]!;
        for (let k = 0; k < on.length; k++) kindValues[on[k]!] = fitOf(kinds[on[k]!]!, firm);
        const list = itemsOn[c]!;
        for (let k = 0; k < list.length; k++) values[list[k]!] = kindValues[kindOf[list[k]!]!]!;
      }
      return values;
    },
    ...(roleFactor < 1
      ? {
          factor(item: PreparedItem, e: PreparedEnterprise) {
            const side = itemSide(item);
            const firm = firmSide(e);
            return side?.wanted && firm.at.length && firm.want !== side.want ? roleFactor : 1;
          },
        }
      : {}),
    describe(item: PreparedItem, e: PreparedEnterprise): Reason {
      const side = itemSide(item);
      const firmAt = firmSide(e);
      const { profile } = firmAt;
      if (!side || !firmAt.at.length || !profile) return { zh: '', en: '' };
      fitOf(side, firmAt);
      const fit = {
        relation: RELATIONS[fitRelation]!,
        item: side.links[fitItem]!,
        firm: profile.links[fitFirm]!,
        roleFits: fitRole,
      };
      const link = linkAt[firmAt.at[fitFirm]!]!;
      const map = mapOf.get(fit.firm.chainId)!;
      const chainZh = (map.name ?? map.chainId).replace(/产业$/u, '');
      const chainEn = map.chainId.replace(/-/gu, ' ');
      const itemLink = linkAt[side.at[fitItem]!]!;
      // The firm's terms at the link, none inside an earlier one; the head that gave a role other than making
      // stays on the first (人造板机械, 户外家具销售).
      const terms = fit.firm.terms.filter((t, i, all) => !all.slice(0, i).some((u) => u.includes(t))).slice(0, 2);
      const head = wantedOf(fit.firm.role) === 'production' ? undefined : profile.roleTerms[0];
      if (head && !terms.includes(head)) terms[0] = `${terms[0]}${/^[a-z]/u.test(head) ? ' ' : ''}${head}`;
      const main = `主营${terms.join('、')}`;
      const mainEn = `its business (${terms.join(', ')})`;
      const pos = POSITION[link.stage];
      const at = `属${chainZh}链${pos.zh}「${link.name}」环节`;
      const atEn = `sits ${pos.en} on the ${chainEn} chain at "${link.nameEn}"`;
      if (!fit.roleFits && fit.relation !== 'none' && side.wanted)
        return {
          zh: `${main}，${at}，但角色为${ROLE_ZH[fit.firm.role]}，该项目需要${WANTED_ZH[side.wanted]}`,
          en: `${mainEn} ${atEn}, but as ${ROLE_EN[fit.firm.role]}; the item asks for ${WANTED_EN[side.wanted]}`,
        };
      // Parts for the item's own link (汽车零部件 for a 整车 item): a supplier of that link, not at it.
      if (fit.relation === 'supplier' && firmAt.at[fitFirm] === side.at[fitItem])
        return {
          zh: `主营${terms.join('、')}的零部件，为${chainZh}链「${link.name}」环节配套，是该环节的直接供应商`,
          en: `its business (parts of ${terms.join(', ')}) supplies "${link.nameEn}" on the ${chainEn} chain, a direct supplier of the item's link`,
        };
      switch (fit.relation) {
        case 'link':
          return { zh: `${main}，${at}，与该环节直接匹配`, en: `${mainEn} ${atEn}, the item's own link` };
        case 'supplier':
          return {
            zh: `${main}，${at}，是「${itemLink.name}」环节的直接供应商`,
            en: `${mainEn} ${atEn}, a direct supplier of "${itemLink.nameEn}"`,
          };
        case 'customer':
          return {
            zh: `${main}，${at}，是「${itemLink.name}」环节的直接客户`,
            en: `${mainEn} ${atEn}, a direct customer of "${itemLink.nameEn}"`,
          };
        case 'chain':
          return {
            zh: `${main}，${at}，与「${itemLink.name}」同链`,
            en: `${mainEn} ${atEn}, the same chain as "${itemLink.nameEn}"`,
          };
        default: {
          const itemMap = mapOf.get(fit.item.chainId)!;
          return {
            zh: `${main}，${at}，不在该项目的${(itemMap.name ?? itemMap.chainId).replace(/产业$/u, '')}链上`,
            en: `${mainEn} ${atEn}, not on the item's ${itemMap.chainId.replace(/-/gu, ' ')} chain`,
          };
        }
      }
    },
  });
}
