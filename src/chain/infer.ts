import type { ChainMap } from '../schema/chain.js';
import { normalizeMany, normalizeText } from '../text/normalize.js';
import { SENTENCE_END, headFinalMatches } from '../text/phrases.js';
import { byString } from '../_lib/order.js';

/**
 * What a firm does at a link of a chain: 生产制造 makes the link's products, 装备供应 makes the machines that
 * make them, 材料供应 makes materials (its links are upstream), 贸易流通 sells or distributes, 服务 serves.
 */
export const ROLES = ['maker', 'equipment', 'material', 'distributor', 'service'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_ZH: Record<Role, string> = {
  maker: '生产制造',
  equipment: '装备供应',
  material: '材料供应',
  distributor: '贸易流通',
  service: '服务',
};

/** One link a text names, with how strongly and in which role. */
export interface LinkEvidence {
  themeId: string;
  chainId: string;
  linkId: string;
  /** Relative to the best link of the text (the best is 1). */
  weight: number;
  /** The link's terms found, normalized, with the terms that modify them (动力电池电芯), in order of first occurrence. */
  terms: string[];
  /** The role the text gives the firm at this link. */
  role: Role;
  /**
   * The text names the link's product mostly before a parts head (汽车零部件, 乘用车座椅零部件, 摩托车配件): the firm
   * makes parts for the link, a supplier of it rather than at it. Only for links of finished goods (stage `product`,
   * or machines). Absent is false.
   */
  parts?: boolean;
}

/** The chain links a text names and the firm's role. */
export interface ChainProfile {
  /** Best first; at most three, those within half of the best. */
  links: LinkEvidence[];
  /** The firm's role overall (the role at its best link, `maker` when the text names no link). */
  role: Role;
  /** The words that decided the role (`销售`, `设备` …), for explanations. */
  roleTerms: string[];
}

/** A link a phrase names; one object per link of the maps. */
interface LinkRef {
  themeId: string;
  chainId: string;
  linkId: string;
  stage: string;
  /** Whether the link's products are machines (设备 after its terms names the product). */
  machines: boolean;
  /** One number per `chainId` + `linkId`, ascending in their code-unit order. */
  key: number;
}

interface Entry {
  phrase: string;
  /** Links this phrase names, and whether it names the link's product or the machines that make it. */
  links: LinkRef[];
  equipment: boolean;
}

/** What one text says of one link: its evidence, the terms, and per role (in `ROLES` order) how strongly. */
interface Tally {
  ref: LinkRef;
  sum: number;
  terms: string[];
  roles: number[];
  roleTerms: string[];
  /** Evidence before a parts head. */
  parts: number;
}

/**
 * Heads that turn a product word into something else (Chinese compounds are head-final: 人造板机械 is machinery,
 * 锂电池设备 equipment, 汽车销售 trade). Checked right after a link term; English heads follow the term too.
 */
const EQUIPMENT_HEAD =
  /^(?:生产|制造|加工|检测|测试|自动化)?(?:专用)?(?:设备|装备|机械|生产线|机床|成套)|^\s?(?:production |manufacturing |processing |test )?(?:equipment|machinery|machines?\b|production lines?)/u;
const TRADE_HEAD =
  /^(?:的)?(?:销售|经销|批发|零售|贸易|代理|分销|进出口|商贸|连锁|专卖)|^\s?(?:sales|distribution|trading|retail|dealers?hip|wholesale)\b/u;
const SERVICE_HEAD =
  /^(?:的)?(?:维修|维保|保养|售后|检测服务|租赁|回收服务|物流|运输|仓储|咨询|设计服务|运营服务|技术服务)|^\s?(?:repair|maintenance|leasing|rental|logistics|consulting)\b/u;
/**
 * A parts head ending the term's compound, right after it or a few characters on (汽车零部件, 乘用车座椅系统零部件),
 * with no conjunction, particle or verb between (整车及零部件 names both).
 */
const PARTS_HEAD =
  /^(?:(?![的和及与或等并为用于生产制造销售])[\u4e00-\u9fff]){0,6}?(?:零部件|零配件|配件|部件|零件|模具)/u;
/** The first characters of {@link EQUIPMENT_HEAD}, {@link TRADE_HEAD} and {@link SERVICE_HEAD}: every head starts with one. */
const HEAD_START = /^[\s生制加检测自专设装机成的销经批零贸代分进商连维保售租回物运仓咨技pmtesdrwlc]/u;
const ROLE_INDEX = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;
/** A term that names machines as a link's product. */
const MACHINE_WORD = /(?:设备|装备|机械|机床|整机)$/u;
/** Verbs of a firm's business (in its lead sentence): making, trading, serving. */
const MAKE = /生产|制造|研发|研制|加工|冶炼|制备|建造|生产商|制造商|manufactur|produc|fabricat|smelt|\bmakes?\b/u;
const TRADE = /销售|经销|批发|零售|贸易|代理|分销|进出口|商贸|distribut|trading|retail|wholesal|\bsells?\b|dealer/u;
const SERVE =
  /提供.{0,12}服务|服务商|运营商|(?:物流|运输|仓储|维修)(?!设备|装备|机械|机器人|车辆|系统)|租赁|咨询|检测认证|services? provider|logistics|leasing|consult/u;

/**
 * Spans naming a firm's customers or applications, not its products: `为手机、平板电脑提供显示屏` makes displays for
 * phones, `产品广泛应用于新能源汽车` sells into cars, `客户包括…`, `used in …`, `customers include …`. Group 1 is the span;
 * 为 after 作/成/认/因/以/行/更/较/广/极/最 is no preposition (作为, 成为 …).
 */
const CUSTOMER_SPANS = [
  /(?<![作成认因以行更较广极最])(?:为|给|向)([^，。；,;：:]{1,30}?)(?:提供|配套|供应|供货|生产|制造|研发|定制|加工)/dgu,
  /(?:应用于|应用在|用于|适用于|服务于|面向|配套于|主要配套|产品配套|供应给|销往|出口至)([^，。；,;]{1,40})/dgu,
  /(?:客户(?:包括|有|为|涵盖|覆盖|主要为|遍及)|合作伙伴(?:包括|有))([^。；;]{1,60})/dgu,
  /(?:是|为|成为|作为)([^，。；,;]{1,30}?)的(?:一级|二级|核心|主要|战略|合格|指定)?(?:供应商|配套商|供货商)/dgu,
  /\b(?:used in|applied in|applications? (?:in|including|such as)|for use in|customers? (?:include|including|such as)|supplier to|supplies to|serving|for (?=\S+(?: \S+)? (?:customers|makers|manufacturers|industry|industries)\b))([^.;]{1,80})/dgu,
];

/**
 * Words each of {@link CUSTOMER_SPANS} needs, one of them at least (every match contains one): a text with none
 * is spared the expression.
 */
const CUSTOMER_CUES: readonly (readonly string[])[] = [
  ['为', '给', '向'],
  ['用于', '应用在', '服务于', '面向', '配套', '供应给', '销往', '出口至'],
  ['客户', '合作伙伴'],
  ['供应商', '配套商', '供货商'],
  ['used in', 'applied in', 'application', 'customer', 'supplie', 'serving', 'for '],
];

/** Ranges `[start, end)` of `text` that name customers or applications (see {@link CUSTOMER_SPANS}). */
export function customerSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k < CUSTOMER_SPANS.length; k++)
    if (CUSTOMER_CUES[k]!.some((w) => text.includes(w)))
      for (const m of text.matchAll(CUSTOMER_SPANS[k]!)) {
        const at = m.indices![1]!;
        spans.push([at[0], at[1]]);
      }
  return spans;
}

/**
 * Creates an inference of chain links and role from business text, with the given chain maps: one left-to-right
 * scan finds each map term (where terms overlap, the one ending later: 动力电池包 is a pack; Latin terms as whole
 * words), terms in the lead sentence count twice, and the words right after a term (its head) or the verbs of the
 * lead sentence give the role. `links` keeps the best links (by default three, within half of the best).
 * Deterministic.
 * @example
 * const infer = createChainInferrer(maps);
 * infer('主要从事人造板机械的研发制造').role // 'equipment'
 */
export function createChainInferrer(
  maps: readonly ChainMap[],
  keep: { links?: number; ratio?: number } = {},
): (text: string) => ChainProfile {
  const infer = createNormalizedChainInferrer(maps, keep);
  return (raw) => infer(normalizeText(raw).toLowerCase());
}

/**
 * @internal The phrases of chain maps, normalized, and their scan: what every inferrer of the same maps shares
 * (normalizing the ~6,000 terms of the bundled maps and building the scan is most of an inferrer's set-up).
 */
export interface ChainPhrases {
  /** Calls `hit` for each map phrase found in a normalized text, left to right (see {@link headFinalMatches}). */
  scan: (text: string, hit: (entry: Entry, at: number) => void) => void;
}

/** @internal Builds the {@link ChainPhrases} of `maps`, to pass to several {@link createNormalizedChainInferrer}s. */
export function chainPhrases(maps: readonly ChainMap[]): ChainPhrases {
  const byPhrase = new Map<string, Entry>();
  const add = (p: string, link: LinkRef, equipment: boolean) => {
    if (!p) return;
    const key = `${equipment ? 'e' : 'p'}\u0000${p}`;
    let e = byPhrase.get(key);
    if (!e) byPhrase.set(key, (e = { phrase: p, links: [], equipment }));
    if (!e.links.some((l) => l.chainId === link.chainId && l.linkId === link.linkId)) e.links.push(link);
  };
  const refs: LinkRef[] = [];
  // Every term normalized in one pass (normalizeMany): about 6,000 of them in the bundled maps.
  const terms: [string, LinkRef, boolean][] = [];
  for (const map of maps)
    for (const link of map.links) {
      // A link whose products are machines (输配电设备, 工程机械): 设备 or 机械 after its terms names the product.
      // So does a service link's (换电站设备, 数据中心设备): its equipment is what its makers make.
      const machines =
        link.stage === 'equipment' || link.stage === 'service' || link.terms.zh.some((t) => MACHINE_WORD.test(t));
      const ref = { themeId: map.themeId, chainId: map.chainId, linkId: link.id, stage: link.stage, machines, key: 0 };
      refs.push(ref);
      for (const t of [...link.terms.zh, ...link.terms.en]) terms.push([t, ref, false]);
      for (const t of [...(link.equipment?.zh ?? []), ...(link.equipment?.en ?? [])]) terms.push([t, ref, true]);
    }
  const normalized = normalizeMany(terms.map(([t]) => t));
  for (let i = 0; i < terms.length; i++) add(normalized[i]!.toLowerCase(), terms[i]![1], terms[i]![2]);
  // Links are told apart (and ranked, on a tie) by chain id, then link id: a number per pair, in that order.
  const pairs = new Map(refs.map((r) => [`${r.chainId}\u0000${r.linkId}`, r]));
  const order = [...pairs.keys()].sort((a, b) => {
    const [x, y] = [pairs.get(a)!, pairs.get(b)!];
    return byString(x.chainId, y.chainId) || byString(x.linkId, y.linkId);
  });
  const keyOf = new Map(order.map((k, i) => [k, i]));
  for (const r of refs) r.key = keyOf.get(`${r.chainId}\u0000${r.linkId}`)!;
  // A phrase that is both a product term and an equipment term of some link counts as the product (the longer,
  // more specific equipment phrases still win where they occur).
  const entries = [...byPhrase.values()].filter((e) => !(e.equipment && byPhrase.has(`p\u0000${e.phrase}`)));
  return { scan: headFinalMatches(entries) };
}

/**
 * @internal {@link createChainInferrer} of text already normalized and lower-cased
 * (`normalizeText(text).toLowerCase()`, or the join of such texts by `。`: normalization never joins across it).
 * Inferrers of the same maps share their phrases: pass `chainPhrases(maps)` to each instead of the maps.
 */
export function createNormalizedChainInferrer(
  maps: readonly ChainMap[] | ChainPhrases,
  keep: { links?: number; ratio?: number } = {},
): (text: string) => ChainProfile {
  const maxLinks = keep.links ?? 3;
  const ratio = keep.ratio ?? 0.5;
  const { scan } = 'scan' in maps ? maps : chainPhrases(maps);

  return (text) => {
    const hits: Entry[] = [];
    const ats: number[] = [];
    scan(text, (hit, at) => void (hits.push(hit), ats.push(at)));
    if (!hits.length) return { links: [], role: 'maker', roleTerms: [] };
    let leadEnd = text.search(SENTENCE_END);
    if (leadEnd < 0) leadEnd = text.length;
    const found = new Map<number, Tally>();
    const customers = customerSpans(text);
    let compound = -1; // where the modifiers of the next term start
    for (let k = 0; k < hits.length; k++) {
      const hit = hits[k]!;
      const at = ats[k]!;
      const end = at + hit.phrase.length;
      // Head-final: a product term right before another (锂电池正极材料, 新能源汽车驱动电机) only modifies it.
      // (Matches never overlap and come in text order: a match that starts where this one ends is the next.)
      if (!hit.equipment && ats[k + 1] === end) {
        if (compound < 0) compound = at;
        continue;
      }
      // The term as written, with its modifiers (动力电池电芯), for explanations.
      const term = compound >= 0 ? text.slice(compound, end) : hit.phrase;
      compound = -1;
      // A customer or an application is not the firm's product.
      if (customers.some(([a, b]) => at >= a && at < b)) continue;
      let role: Role = hit.equipment ? 'equipment' : 'maker';
      let head = hit.equipment ? hit.phrase : '';
      let m: RegExpExecArray | undefined;
      // Each head starts with a character of HEAD_START: where the next one is none, no head is tried.
      if (end < text.length && HEAD_START.test(text[end]!)) {
        const after = text.slice(end, end + 24);
        m = EQUIPMENT_HEAD.exec(after) ?? undefined;
        const t = m ? undefined : TRADE_HEAD.exec(after);
        const s = m || t ? undefined : SERVICE_HEAD.exec(after);
        if (m) [role, head] = ['equipment', m[0].trim()];
        else if (t) [role, head] = ['distributor', t[0].replace(/^的/u, '').trim()];
        else if (s) [role, head] = ['service', s[0].replace(/^的/u, '').trim()];
      }
      // A term shared by several links backs each fully: the other terms (or the item's chain) tell them apart.
      const w = at < leadEnd ? 2 : 1;
      const parts = role === 'maker' && PARTS_HEAD.test(text.slice(end, end + 12));
      for (const ref of hit.links) {
        // 设备 after a term of a link that makes machines is that link's product (智能电网设备), not equipment for it.
        const [r, h] = m && ref.machines && !hit.equipment ? (['maker', ''] as const) : [role, head];
        let f = found.get(ref.key);
        if (!f) found.set(ref.key, (f = { ref, sum: 0, terms: [], roles: [0, 0, 0, 0, 0], roleTerms: [], parts: 0 }));
        f.sum += w;
        if (parts && (ref.stage === 'product' || ref.machines)) f.parts += w;
        if (!f.terms.includes(term)) f.terms.push(term);
        const i = ROLE_INDEX[r];
        f.roles[i] = f.roles[i]! + w;
        if (h && !f.roleTerms.includes(h)) f.roleTerms.push(h);
      }
    }
    const ranked = [...found.values()].sort((a, b) => b.sum - a.sum || a.ref.key - b.ref.key);
    const best = ranked[0]?.sum ?? 0;
    const kept = ranked.filter((f) => f.sum >= ratio * best).slice(0, maxLinks);
    if (!kept.length) return { links: [], role: 'maker', roleTerms: [] };
    // The lead sentence's verbs decide for terms with no head of their own: a firm that only sells is a trader,
    // one that only serves a service firm.
    // …not the verbs of its customers (产品主要配套沿海运输 is no transport firm).
    let own = text.slice(0, leadEnd);
    for (const [a, b] of customers)
      if (a < leadEnd) own = own.slice(0, a) + ' '.repeat(Math.min(b, leadEnd) - a) + own.slice(Math.min(b, leadEnd));
    const makes = MAKE.test(own);
    const trades = makes ? null : TRADE.exec(own);
    const serves = makes || trades ? null : SERVE.exec(own);
    const leadRole: Role | undefined = makes ? undefined : trades ? 'distributor' : serves ? 'service' : undefined;
    const links: LinkEvidence[] = kept.map((f) => {
      // The strongest role; on a tie the first of ROLES.
      let role: Role = 'maker';
      for (let i = 0, most = 0; i < ROLES.length; i++) if (f.roles[i]! > most) [role, most] = [ROLES[i]!, f.roles[i]!];
      if (role === 'maker' && leadRole) role = leadRole;
      if (role === 'maker' && (f.ref.stage === 'material' || f.ref.stage === 'raw-material')) role = 'material';
      return {
        themeId: f.ref.themeId,
        chainId: f.ref.chainId,
        linkId: f.ref.linkId,
        weight: f.sum / best,
        terms: f.terms,
        role,
        ...(f.parts * 2 > f.sum ? { parts: true } : {}),
      };
    });
    const top = links[0]!;
    const roleTerms = [...kept[0]!.roleTerms];
    if (leadRole && top.role === leadRole)
      roleTerms.push(((leadRole === 'distributor' ? trades : serves)?.[0] ?? '').trim());
    return { links, role: top.role, roleTerms: [...new Set(roleTerms.filter(Boolean))] };
  };
}
