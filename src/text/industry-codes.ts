import { z } from 'zod';
import { normalizeIndustryCode } from '../reference/industry.js';
import { INDUSTRY_TERMS, INDUSTRY_TERMS_EN } from '../reference/industry-terms.js';
import { GBT4754_ENGLISH_TERMS } from '../reference/industry-english.js';
import { normalizeText } from './normalize.js';
import { byString } from '../_lib/order.js';
import { SENTENCE_END, continuesWord, longestMatches } from './phrases.js';

/** One GB/T 4754 code inferred from text, with the evidence behind it. */
export interface InferredCode {
  /** Normalized code, section letter + digits (`C367`, `I65`). */
  code: string;
  /** Share of the best code's evidence, in (0, 1]: 1 for the best. */
  weight: number;
  /** The terms found for it, in order of first occurrence. */
  terms: string[];
}

/** A text to infer from and how much it counts (a firm's name or products may count more than its description). */
export interface InferenceField {
  text: string;
  /** Default 1; a field whose weight is not a positive finite number is left out. */
  weight?: number;
}

export const IndustryInferenceOptionsSchema = z.strictObject({
  /** Terms per GB/T 4754 code (group or division, any form `normalizeIndustryCode` takes), added to the bundled ones. */
  terms: z.record(z.string(), z.array(z.string())).optional(),
  /** Use only `terms`, not the bundled {@link INDUSTRY_TERMS}. */
  replace: z.boolean().optional(),
  /** Keep the codes whose evidence reaches this share of the best one's. Default 0.6. */
  ratio: z.number().gt(0).max(1).optional(),
  /** Keep at most this many codes. Default 2. */
  max: z.number().int().min(1).max(20).optional(),
  /** How much a term in a field's first sentence counts (a description leads with the main business). Default 2. */
  lead: z.number().min(1).max(10).optional(),
});
export type IndustryInferenceOptions = z.input<typeof IndustryInferenceOptionsSchema>;

interface Entry {
  phrase: string;
  codes: string[];
  /** The phrase begins / ends with a Latin letter or digit: it must not continue a word there (`led` ≠ `controlled`). */
  wordStart: boolean;
  wordEnd: boolean;
}

const WORD = /[a-z0-9]/u;

/** Two-character words a term must not start inside, by their second character: 提|供电 is 提供 + 电…, not 供电. */
const WORD_START = new Map([['供', '提']]);

/**
 * What follows a term when the firm does not make the term's product: equipment, chemicals or instruments
 * for it (锂电池生产设备, 皮革化学品, coal mining machinery), or trade, repair, leasing or recycling of it
 * (金属制品贸易, 电梯维保, steel trading). Not 批发 (wholesale): measured, it cost ranking (see DESIGN.md).
 */
const FOR_MAKING =
  /^(?:生产|制造|加工|专用|检测|测试)(?:设备|装备|机械|仪器)|^\s+(?:processing|production|manufacturing|making|testing)\s+(?:equipment|machinery|machines?)\b/u;
const EQUIPMENT = /^(?:设备|装备|机械|机具|仪器)|^\s+(?:equipment|machinery|machines?)\b/u;
const CHEMICALS =
  /^用?(?:化学品|化学材料|化工材料|助剂|添加剂|试剂)|^\s+(?:chemicals?|additives?|auxiliar(?:y|ies))\b/u;
/** A Latin term's customers, not its maker: `serves the railway transportation sector`. */
const CUSTOMERS = /^\s+(?:sectors?|fields?|customers?|clients?)\b/u;
const TRADE =
  /^(?:零售|经销|分销|贸易|销售|进出口|代理|维修|修理|检修|维保|租赁|回收)|^\s+(?:wholesalers?|wholesale|distributors?|dealers?|dealerships?|trading|traders?|retail(?:ers?)?|sales|repair|maintenance|leasing|rental|recycling)\b/u;
const division = (code: string) => Number(code.slice(1, 3));
/**
 * The verbs just before a Latin term, back over its list of activities to the clause's start: `trades communication
 * equipment`, `wholesales and markets watches` sell goods the firm does not make; `manufactures and sells` and
 * `r&d, manufacturing, and sales of` make them.
 */
const CLAUSE_BEFORE = /(?:^|[.;:(])([^.;:(]*)$/u;
const SELLS_BEFORE =
  /\b(?:trades|wholesales|retails|distributes|imports|exports|resells|trading|wholesale|retail|distribution|sale|sales)\b/u;
const MAKES_BEFORE =
  /\b(?:manufactur\w*|produc\w*|makes?|making|develops?|process\w*|fabricat\w*|builds?|assembl\w*|designs?|mines?|mining|smelts?|refines?|brews?|grows?|breeds?)\b/u;

/**
 * Whether a term found at `end` (its last index + 1) names what the firm makes or does. Not when the text goes on
 * with making equipment, or with the term's customers (sectors, clients); with equipment, unless the term is itself
 * machinery or equipment (divisions 34–40: 轨道交通装备 is rolling stock); with chemicals, unless it is a chemical
 * (26–28: bulk pharmaceutical chemicals); with trade or service, only for goods (sections A–C: 燃气销售 is still a
 * gas utility's business). The same for a Latin term after selling verbs alone (`trades steel`, not `makes and
 * sells steel`).
 */
function namesBusiness(codes: readonly string[], text: string, start: number, end: number): boolean {
  // After a Latin term, a plural ending is part of it (`building materials sales`).
  if (WORD.test(text[end - 1] ?? ''))
    end +=
      text.startsWith('es', end) && !WORD.test(text[end + 2] ?? '')
        ? 2
        : text[end] === 's' && !WORD.test(text[end + 1] ?? '')
          ? 1
          : 0;
  if (WORD.test(text[start] ?? '')) {
    // Back over a list of activities (`r&d, manufacturing, and sales of`), not over an earlier verb's object.
    const parts = (text.slice(Math.max(0, start - 100), start).match(CLAUSE_BEFORE)?.[1] ?? '').split(',');
    let k = parts.length - 1;
    while (k > 0 && parts[k - 1]!.trim().split(/\s+/u).length <= 2) k--;
    const clause = parts.slice(k).join(',');
    if (SELLS_BEFORE.test(clause) && !MAKES_BEFORE.test(clause))
      return !codes.every((c) => c[0] === 'A' || c[0] === 'B' || c[0] === 'C');
  }
  const next = text.slice(end, end + 32);
  if (FOR_MAKING.test(next) || CUSTOMERS.test(next)) return false;
  if (EQUIPMENT.test(next)) return codes.some((c) => c[0] === 'C' && division(c) >= 34 && division(c) <= 40);
  if (CHEMICALS.test(next)) return codes.some((c) => c[0] === 'C' && division(c) >= 26 && division(c) <= 28);
  if (TRADE.test(next)) return !codes.every((c) => c[0] === 'A' || c[0] === 'B' || c[0] === 'C');
  return true;
}

/**
 * Creates an inference of GB/T 4754 codes from business text: the bundled {@link INDUSTRY_TERMS} (typical
 * products of each manufacturing group, and of the other divisions) are found in the text, longest first and
 * without overlap; each occurrence adds its field's weight (doubled in a field's first sentence, where a
 * description names the main business), shared among the codes that list the term — unless the text goes on
 * with equipment, chemicals, trade or service for it (锂电池生产设备, 皮革化学品, 金属制品贸易: the firm makes the
 * equipment or sells the goods, and the term counts for nothing). A broader code's evidence
 * is added to the narrower codes found under it (your class-level terms and the bundled group terms make one
 * code, not two). The best code and those close to it are kept. Deterministic: ties go to the smaller code.
 * @example
 * const infer = createIndustryInferrer();
 * infer([{ text: '主要生产汽车刹车片、制动盘等汽车零部件' }])[0]?.code // 'C367'
 */
export function createIndustryInferrer(
  options: IndustryInferenceOptions = {},
): (fields: readonly InferenceField[]) => InferredCode[] {
  const infer = createNormalizedInferrer(options);
  return (fields) => infer(fields.map((f) => ({ text: normalizeText(f.text).toLowerCase(), weight: f.weight })));
}

/** The scanner of the bundled terms with default settings, built on first use and shared. */
let bundled: ((fields: readonly InferenceField[]) => InferredCode[]) | undefined;

/**
 * @internal {@link createIndustryInferrer} for text already normalized and lower-cased (the matcher has it so).
 * Options are checked at once; the term table is built on first use (a list whose rows all declare codes never
 * needs it), and the default one is shared by every matcher.
 */
export function createNormalizedInferrer(
  options: IndustryInferenceOptions = {},
): (fields: readonly InferenceField[]) => InferredCode[] {
  const o = IndustryInferenceOptionsSchema.parse(options);
  const isDefault = Object.values(o).every((v) => v === undefined);
  let scan: ((fields: readonly InferenceField[]) => InferredCode[]) | undefined;
  return (fields) => {
    scan ??= isDefault ? (bundled ??= buildScanner(o)) : buildScanner(o);
    return scan(fields);
  };
}

function buildScanner(
  o: z.output<typeof IndustryInferenceOptionsSchema>,
): (fields: readonly InferenceField[]) => InferredCode[] {
  const ratio = o.ratio ?? 0.6;
  const max = o.max ?? 2;
  const lead = o.lead ?? 2;
  const byPhrase = new Map<string, Entry>();
  const add = (code: string, term: string) => {
    const c = normalizeIndustryCode(code);
    const phrase = normalizeText(term).toLowerCase();
    if (!c || !phrase) return;
    // An English noun in consonant + y takes -ies, which the whole-word test (`s` / `es`) does not allow: add it.
    if (/[a-z][^aeiou\W\d]y$/u.test(phrase)) add(code, `${phrase.slice(0, -1)}ies`);
    let e = byPhrase.get(phrase);
    if (!e)
      byPhrase.set(
        phrase,
        (e = { phrase, codes: [], wordStart: WORD.test(phrase[0]!), wordEnd: WORD.test(phrase.at(-1)!) }),
      );
    if (!e.codes.includes(c)) e.codes.push(c);
  };
  if (!o.replace) {
    for (const [code, terms] of Object.entries(INDUSTRY_TERMS)) for (const t of terms.split(' ')) add(code, t);
    for (const [code, terms] of Object.entries(INDUSTRY_TERMS_EN))
      for (const t of terms.split(',')) add(code, t.trim());
    // The standard's own English names name every manufacturing group's products; the written terms keep theirs.
    for (const [code, terms] of Object.entries(GBT4754_ENGLISH_TERMS))
      for (const t of terms) if (!byPhrase.has(t)) add(code, t);
  }
  // Own keys only: a `__proto__` key in user JSON is data, never a prototype.
  for (const [code, terms] of Object.entries(o.terms ?? {})) for (const t of terms) add(code, t);
  for (const e of byPhrase.values()) e.codes.sort();
  const scan = longestMatches(
    byPhrase.values(),
    (e, text, i) =>
      !(e.wordStart && i > 0 && WORD.test(text[i - 1]!)) &&
      !(e.wordEnd && continuesWord(text, i + e.phrase.length)) &&
      !(i > 0 && WORD_START.get(text[i]!) === text[i - 1]),
  );

  return (fields) => {
    const evidence = new Map<string, { sum: number; terms: string[] }>();
    for (const { text, weight = 1 } of fields) {
      if (!text || !(weight > 0 && weight < Infinity)) continue;
      let leadEnd = text.search(SENTENCE_END);
      if (leadEnd < 0) leadEnd = text.length;
      scan(text, (hit, i) => {
        // Found, so the text there is taken, but it counts only when it names the firm's own business.
        if (!namesBusiness(hit.codes, text, i, i + hit.phrase.length)) return;
        const w = (weight * (i < leadEnd ? lead : 1)) / hit.codes.length;
        for (const c of hit.codes) {
          let ev = evidence.get(c);
          if (!ev) evidence.set(c, (ev = { sum: 0, terms: [] }));
          ev.sum += w;
          if (!ev.terms.includes(hit.phrase)) ev.terms.push(hit.phrase);
        }
      });
    }
    // A broader code's evidence (汽车 for C36) backs its narrower codes found too (C367), instead of competing:
    // only the narrowest codes compete, each with its own evidence, then its broader codes', broadest first.
    const found = [...evidence.keys()];
    const merged = found
      .filter((c) => !found.some((d) => d.length > c.length && d.startsWith(c)))
      .map((c): [string, { sum: number; terms: string[] }] => {
        const own = evidence.get(c)!;
        let sum = own.sum;
        const terms = [...own.terms];
        for (const p of found
          .filter((b) => b.length < c.length && c.startsWith(b))
          .sort((a, b) => a.length - b.length)) {
          const pe = evidence.get(p)!;
          sum += pe.sum;
          for (const t of pe.terms) if (!terms.includes(t)) terms.push(t);
        }
        return [c, { sum, terms }];
      });
    const ranked = merged.sort((a, b) => b[1].sum - a[1].sum || byString(a[0], b[0]));
    const best = ranked[0]?.[1].sum ?? 0;
    return ranked
      .filter(([, ev]) => ev.sum >= ratio * best)
      .slice(0, max)
      .map(([code, ev]) => ({ code, weight: ev.sum / best, terms: ev.terms }));
  };
}

let shared: ((fields: readonly InferenceField[]) => InferredCode[]) | undefined;

/**
 * Infers GB/T 4754 codes from a firm's or an item's text with the bundled terms (see {@link createIndustryInferrer}).
 * Input is normalized first (Traditional script, full-width forms and inline pinyin are fine).
 * @example inferIndustryCodes('廣西某某公司主要生產鋁型材、鋁板帶箔')[0]?.code // 'C325'
 */
export function inferIndustryCodes(text: string | readonly InferenceField[]): InferredCode[] {
  shared ??= createIndustryInferrer();
  return shared(typeof text === 'string' ? [{ text }] : text);
}
