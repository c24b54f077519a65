/**
 * Heads of Chinese compounds that turn a product word into something else (compounds are head-final: 人造板机械 is
 * machinery, 锂电池生产设备 equipment, 汽车销售 trade), and selling verbs of a firm that names no making (批发电子产品,
 * 销售计算机、手机). A firm whose text names an item's word only before such a head, or only as what it sells, makes the
 * machines for it or trades it; the text score counts that word less and it is no keyword hit, unless the item names
 * the head too (an item for 环保装备 asks for equipment). Written from the wording of business scopes (经营范围), not
 * from data. English text: `english-heads.ts` reads the phrases the tokenizer translates in the same way.
 */
import { englishHeadCounts, type HeadCounts } from './english-heads.js';

const EQUIPMENT = /^(?:生产|制造|加工|检测|测试|自动化|成套)?(?:专用)?(?:设备|装备|机械|机器|生产线|机床)/u;
const TRADE = /^(?:的)?(?:销售|经销|批发|零售|贸易|代理|分销|进出口|商贸|专卖)/u;
/** Either head, anywhere. */
const HEADS = new RegExp(`${EQUIPMENT.source.slice(1)}|${TRADE.source.slice(1)}`, 'gu');
/**
 * Selling verbs, and verbs of making: in the text of a firm that names no making, a word after a selling verb in its
 * clause is what it sells. (A maker that also sells, 生产汽车。该公司还销售零件, keeps its words: cost 0.004 on dev.)
 */
const TRADE_VERB = /(?:销售|批发|经销|零售|代理|分销|贸易|进口)/u;
const TRADE_VERB_G = new RegExp(TRADE_VERB.source, 'gu');
const MAKE_VERB = /生产|制造|加工|研发|研制|冶炼|制备|开发|设计|组装|建造|种植|养殖|开采|提炼|制作/u;
const CLAUSE_END = /[，。；;,!！?？\n]/u;
const clauseStart = (text: string, at: number): number => {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(text[i - 1]!)) i--;
  return i;
};
/** Whether the word at `at` follows a selling verb in its clause. */
const sold = (text: string, at: number): boolean => TRADE_VERB.test(text.slice(clauseStart(text, at), at));
/** The longest word looked for before a head. */
const MAX_TERM = 8;

/** What share of a word's occurrences in a text stands before an equipment head and before a trade head (or is sold). */
export interface HeadedShare {
  /** Share before an equipment head (机械, 设备 …), in [0, 1]. */
  equipment: number;
  /** Share before a trade head (销售, 批发 …) or sold by a firm that names no making, in [0, 1]. */
  trade: number;
}

/** The heads an item names itself: those compounds are what it asks for. */
export interface ItemHeads {
  /** The item names an equipment head (设备, 装备, 机械 …): it asks for machine makers too. */
  equipment: boolean;
  /** The item names a trade head (销售, 贸易, 电商 …): it asks for traders too. */
  trade: boolean;
}

const HAN = /^[\u3400-\u9fff]+$/u;
const LATIN = /[a-z]/u;

/**
 * @internal The Han words of `terms` that stand before a head somewhere in `text` (normalized, lower-cased), with the
 * share of their occurrences that do. Words never before a head are left out.
 */
export function headedTerms(text: string, terms: ReadonlyMap<string, number>): Map<string, HeadedShare> {
  const out = new Map<string, HeadedShare>();
  if (!text) return out;
  const candidates = new Set<string>();
  HEADS.lastIndex = 0;
  for (let m = HEADS.exec(text); m; m = HEADS.exec(text)) {
    const p = m.index;
    for (let len = 2; len <= MAX_TERM && len <= p; len++) {
      const w = text.slice(p - len, p);
      if (terms.has(w) && HAN.test(w)) candidates.add(w);
    }
  }
  // What a firm that names no making sells (该公司批发计算机、手机): the words after a selling verb in its clause.
  TRADE_VERB_G.lastIndex = 0;
  for (let m = MAKE_VERB.test(text) ? null : TRADE_VERB_G.exec(text); m; m = TRADE_VERB_G.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    const span = text.slice(m.index + m[0].length, end);
    for (let i = 0; i < span.length; i++)
      for (let len = 2; len <= MAX_TERM && i + len <= span.length; len++) {
        const w = span.slice(i, i + len);
        if (terms.has(w) && HAN.test(w)) candidates.add(w);
      }
  }
  // English phrases and the Chinese tokens they translate to (`lithium battery equipment` is no 锂电池).
  const english = LATIN.test(text) ? englishHeadCounts(text, terms) : undefined;
  for (const w of english?.keys() ?? []) candidates.add(w);
  for (const w of candidates) {
    const share = shareOf(headedCounts(text, w), english?.get(w));
    if (share) out.set(w, share);
  }
  return out;
}

/** The shares of two counts added (Chinese and English occurrences of one term); undefined when none is headed. */
function shareOf(zh: HeadCounts, en: HeadCounts | undefined): HeadedShare | undefined {
  const all = zh.all + (en?.all ?? 0);
  const equipment = zh.equipment + (en?.equipment ?? 0);
  const trade = zh.trade + (en?.trade ?? 0);
  return all && (equipment || trade) ? { equipment: equipment / all, trade: trade / all } : undefined;
}

/**
 * @internal The share of `word`'s occurrences in `text` that stand before each head (a selling verb before it counts as a
 * trade head when the text names no making); undefined when none does.
 */
export function headedShare(text: string, word: string): HeadedShare | undefined {
  return shareOf(headedCounts(text, word), undefined);
}

/** The occurrences of a Chinese word in `text`, and those before each head. */
function headedCounts(text: string, word: string): HeadCounts {
  let all = 0;
  let equipment = 0;
  let trade = 0;
  const maker = MAKE_VERB.test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    all++;
    const after = text.slice(at + word.length, at + word.length + 8);
    if (EQUIPMENT.test(after)) equipment++;
    else if (TRADE.test(after) || (!maker && sold(text, at))) trade++;
  }
  return { all, equipment, trade };
}

/** @internal Whether a text has a head or a selling verb at all (else no word of it is headed). */
export const hasHead = (text: string): boolean => {
  HEADS.lastIndex = 0;
  return HEADS.test(text) || TRADE_VERB.test(text);
};

/** @internal The share of a word's occurrences before heads the item does not name. */
export const offShare = (share: HeadedShare, heads: ItemHeads): number =>
  (heads.equipment ? 0 : share.equipment) + (heads.trade ? 0 : share.trade);

/** @internal The heads an item's text (normalized, lower-cased) names anywhere. */
export function itemHeads(text: string): ItemHeads {
  return {
    equipment: /设备|装备|机械|机器|生产线|机床/u.test(text),
    trade: /销售|经销|批发|零售|贸易|代理|分销|进出口|商贸|专卖|电商/u.test(text),
  };
}

/**
 * @internal A word's term frequency as the text score counts it for an item: its occurrences before a head the item
 * does not name count `factor` of one.
 */
export function headedTf(tf: number, share: HeadedShare, heads: ItemHeads, factor: number): number {
  const off = offShare(share, heads);
  return off > 0 ? tf * (1 - (1 - factor) * off) : tf;
}
