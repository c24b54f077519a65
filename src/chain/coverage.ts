import type { ChainMap, ChainStage } from '../schema/chain.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';
import type { Match } from '../schema/match.js';
import { normalizeText } from '../text/normalize.js';
import { type ChainProfile, type Role, createChainInferrer } from './infer.js';
import { byString } from '../_lib/order.js';

/** The link an item is about: declared (`chain` + `link`), or inferred from its text. */
export interface ItemLink {
  itemId: string;
  chainId?: string;
  linkId?: string;
  /** True when the link (or the chain) was inferred from the item's text. */
  inferred: boolean;
}

/** A firm that qualifies for a link's items (its best match among them). */
export interface QualifyingFirm {
  id: string;
  name: string;
  score: number;
}

/** One link of a chain: its gap items, the firms that qualify for them, and whether anyone does. */
export interface LinkCoverage {
  linkId: string;
  name: string;
  stage: ChainStage;
  chainLeader: boolean;
  items: { id: string; title: string; hostCity?: string; inferred: boolean }[];
  /** Distinct firms matching an item of this link at or above the minimum score, best first. */
  firms: QualifyingFirm[];
  /** `covered`: items with qualifying firms; `gap`: items, no firm qualifies; `none`: no item at this link. */
  status: 'covered' | 'gap' | 'none';
}

/** A large firm at one of a chain's 链主 links: its arrival tends to pull its suppliers along. */
export interface ChainLeaderCandidate {
  id: string;
  name: string;
  linkId: string;
  revenue?: number;
  listed?: boolean;
}

/** Coverage of one chain, links upstream to downstream. */
export interface ChainCoverage {
  themeId: string;
  chainId: string;
  name: string;
  links: LinkCoverage[];
  leaders: ChainLeaderCandidate[];
}

/** Options of {@link chainCoverage}. */
export interface ChainCoverageOptions {
  items: readonly ChainGapItem[];
  enterprises: readonly Enterprise[];
  /** Matches of the items (e.g. `matcher.rank(items, enterprises, { top: 10 })`). */
  matches: readonly Match[];
  maps: readonly ChainMap[];
  /** A firm qualifies for an item at this score or above, and never as a weak match. Default 0.4. */
  minScore?: number;
  /** A 链主 candidate has at least this revenue (亿元) or is listed. Default 10. */
  leaderRevenue?: number;
  /** 链主 candidates kept per chain. Default 5. */
  leadersPerChain?: number;
}

/** Roles that make a firm a 链主 candidate: it makes the link's products. */
const LEADER_ROLES: readonly Role[] = ['maker', 'material'];

const key = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/gu, '');

/** The text of an item that names its link: the title leads and counts three times. */
const itemText = (it: ChainGapItem) =>
  [
    it.title,
    it.title,
    it.title,
    ...(it.keywords ?? []),
    ...(it.products ?? []),
    it.industry ?? '',
    it.description ?? '',
  ]
    .filter(Boolean)
    .join('。');

/** The text of a firm that names its links. */
const firmText = (e: Enterprise) =>
  [e.name, e.description ?? '', ...(e.products ?? []), ...(e.technologies ?? []), e.industry ?? '']
    .filter(Boolean)
    .join('。');

/** Generic words that may follow a product's head word (新能源汽车产品, 铝合金制品系列, 云计算平台, 船舶修造服务). */
const GENERIC_TAIL = /(?:产品|制品|系列|平台|服务|等)*$/u;

/**
 * The links one listed product names as its head: a link term that ends the product's name (Chinese compounds are
 * head-final), generic words after it aside, or one followed by a head the link's own terms end with (OLED面板 at a
 * link of 显示面板, 5G基站设备 at one of 通信设备). 电子产品铝壳 is an aluminium shell, not an electronic product: it names
 * the terminal link only as a modifier and leads no terminal link.
 */
function productLinks(
  product: string,
  infer: (text: string) => ChainProfile,
  termsOf: (chainId: string, linkId: string) => readonly string[],
): ChainProfile['links'] {
  const name = key(product).replace(GENERIC_TAIL, '');
  return infer(product).links.filter((l) =>
    l.terms.some((t) => {
      const term = key(t);
      const at = name.lastIndexOf(term);
      if (at < 0) return false;
      const tail = name.slice(at + term.length);
      return !tail || termsOf(l.chainId, l.linkId).some((u) => u.length > tail.length && u.endsWith(tail));
    }),
  );
}

/**
 * The link of each item: a declared `chain` (id or name) and `link` (id or name) of the maps, or the best link the
 * item's text names (within its declared chain, if any). Items of no chain of the maps get neither.
 */
export function assignItemLinks(
  items: readonly ChainGapItem[],
  maps: readonly ChainMap[],
  infer: (text: string) => ChainProfile = createChainInferrer(maps, { links: Infinity, ratio: 0 }),
): ItemLink[] {
  return items.map(createItemLinker(maps, infer));
}

/**
 * @internal {@link assignItemLinks} of one item at a time, the maps' chain and link keys normalized once: what a
 * caller that meets its items one by one (the chain feature) uses.
 */
export function createItemLinker(
  maps: readonly ChainMap[],
  infer: (text: string) => ChainProfile,
): (it: ChainGapItem) => ItemLink {
  const chains = new Map<string, { map: ChainMap; links: { id: string; keys: string[] }[] }>();
  for (const m of maps) {
    const links = m.links.map((x) => ({ id: x.id, keys: [key(x.id), key(x.name), key(x.nameEn)] }));
    for (const k of [m.chainId, m.name ?? '']) if (k) chains.set(key(k), { map: m, links });
  }
  return (it) => {
    const chain = it.chain ? chains.get(key(it.chain)) : undefined;
    const map = chain?.map;
    if (chain && it.link) {
      const k = key(it.link);
      const l = chain.links.find((x) => x.keys.includes(k));
      if (l) return { itemId: it.id, chainId: chain.map.chainId, linkId: l.id, inferred: false };
    }
    const links = infer(itemText(it)).links.filter((l) => !map || l.chainId === map.chainId);
    const best = links[0];
    if (best) return { itemId: it.id, chainId: best.chainId, linkId: best.linkId, inferred: true };
    return map ? { itemId: it.id, chainId: map.chainId, inferred: false } : { itemId: it.id, inferred: true };
  };
}

/**
 * Per chain and link: the gap items, how many firms qualify for them, which links have none (缺口), and 链主
 * candidates — large firms (listed, or with at least `leaderRevenue` 亿元) that make the products of a chain's
 * leading links. Chains and links come in the maps' order; firms best first, ties by id.
 * @example
 * const matches = createMatcher().rank(items, enterprises, { top: 10 });
 * for (const c of chainCoverage({ items, enterprises, matches, maps })) console.log(c.name, c.links.filter((l) => l.status === 'gap').map((l) => l.name));
 */
export function chainCoverage(opts: ChainCoverageOptions): ChainCoverage[] {
  const { items, enterprises, matches, maps } = opts;
  const minScore = opts.minScore ?? 0.4;
  const leaderRevenue = opts.leaderRevenue ?? 10;
  const perChain = opts.leadersPerChain ?? 5;
  const infer = createChainInferrer(maps);
  const itemLinks = new Map(assignItemLinks(items, maps).map((l) => [l.itemId, l]));
  const firmById = new Map(enterprises.map((e) => [e.id, e]));
  const best = new Map<string, Map<string, number>>(); // item → firm → score
  for (const m of matches) {
    if (m.score < minScore || m.weak) continue;
    let per = best.get(m.itemId);
    if (!per) best.set(m.itemId, (per = new Map()));
    per.set(m.enterpriseId, Math.max(per.get(m.enterpriseId) ?? 0, m.score));
  }
  const linkTerms = new Map(
    maps.flatMap((m) => m.links.map((l) => [`${m.chainId}\u0000${l.id}`, l.terms.zh.map(key)] as const)),
  );
  const termsOf = (chainId: string, linkId: string) => linkTerms.get(`${chainId}\u0000${linkId}`) ?? [];
  const leadersOf = new Map<string, ChainLeaderCandidate[]>();
  for (const e of enterprises) {
    if (!(e.listed || (e.revenue ?? 0) >= leaderRevenue)) continue;
    // A firm that lists its products leads only a link its products name (not one its text names in passing).
    const own = e.products?.length ? e.products.flatMap((p) => productLinks(p, infer, termsOf)) : undefined;
    for (const l of infer(firmText(e)).links) {
      if (!LEADER_ROLES.includes(l.role)) continue;
      if (own && !own.some((o) => o.chainId === l.chainId && o.linkId === l.linkId)) continue;
      const link = maps.find((m) => m.chainId === l.chainId)?.links.find((x) => x.id === l.linkId);
      if (!link?.chainLeader) continue;
      let list = leadersOf.get(l.chainId);
      if (!list) leadersOf.set(l.chainId, (list = []));
      if (list.some((c) => c.id === e.id)) continue;
      const c: ChainLeaderCandidate = { id: e.id, name: e.name, linkId: l.linkId };
      if (e.revenue !== undefined) c.revenue = e.revenue;
      if (e.listed) c.listed = true;
      list.push(c);
    }
  }
  return maps.map((map) => {
    const links = map.links.map((link): LinkCoverage => {
      const its = items.filter((it) => {
        const l = itemLinks.get(it.id);
        return l?.chainId === map.chainId && l.linkId === link.id;
      });
      const firms = new Map<string, number>();
      for (const it of its) for (const [f, s] of best.get(it.id) ?? []) firms.set(f, Math.max(firms.get(f) ?? 0, s));
      const qualifying = [...firms]
        .map(([id, score]) => ({ id, name: firmById.get(id)?.name ?? id, score }))
        .sort((a, b) => b.score - a.score || byString(a.id, b.id));
      return {
        linkId: link.id,
        name: link.name,
        stage: link.stage,
        chainLeader: link.chainLeader === true,
        items: its.map((it) => ({
          id: it.id,
          title: it.title,
          ...(it.hostCity ? { hostCity: it.hostCity } : {}),
          inferred: itemLinks.get(it.id)!.inferred,
        })),
        firms: qualifying,
        status: its.length === 0 ? 'none' : qualifying.length > 0 ? 'covered' : 'gap',
      };
    });
    const leaders = (leadersOf.get(map.chainId) ?? [])
      .sort((a, b) => (b.revenue ?? -1) - (a.revenue ?? -1) || byString(a.id, b.id))
      .slice(0, perChain);
    return { themeId: map.themeId, chainId: map.chainId, name: map.name ?? map.chainId, links, leaders };
  });
}
