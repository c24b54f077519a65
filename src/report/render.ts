import { createHash } from 'node:crypto';
import {
  GAP_TYPE_ZH,
  SEGMENT_ZH,
  SOURCE_REGIONS,
  SOURCE_REGION_ZH,
  type ChainGapItem,
  type Enterprise,
  type SectorTheme,
  type SourceRegion,
} from '../schema/domain.js';
import type { Match } from '../schema/match.js';
import { FEATURE_LABELS } from '../schema/labels.js';
import { sourceRegionsOf } from '../reference/regions.js';
import { CLIENT_JS } from './client.js';
import { byString } from '../_lib/order.js';
import { themeResolver } from '../score/themes.js';
import type { ChainMap } from '../schema/chain.js';
import { type ChainView, chainViews } from './chains.js';

/** Input of {@link renderReport}. */
export interface ReportInput {
  themes: readonly SectorTheme[];
  items: readonly ChainGapItem[];
  enterprises: readonly Enterprise[] | ReadonlyMap<string, Enterprise>;
  matches: readonly Match[];
  /** Page title; default 「产业链招商对接匹配报告」. */
  title?: string;
  /** Matches shown per item (the heat map counts all). Default 10. */
  topPerItem?: number;
  /** Display names of features, overriding the built-in Chinese ones. */
  featureLabels?: Readonly<Record<string, string>>;
  /** A line such as the generation time; the report adds no clock of its own (same input, same bytes). */
  generatedAt?: string;
  /**
   * Chain maps (`loadChainMaps()`): with them the page has a 产业链 view — per theme, each chain as a row of its
   * links coloured by coverage (`chainCoverage` over `matches`), a link's items and qualifying firms on click.
   * Maps of themes the report does not show are left out. Default: no such view.
   */
  chains?: readonly ChainMap[];
  /** In the 产业链 view a firm qualifies for an item at this score or above, never as a weak match. Default 0.4. */
  chainMinScore?: number;
}

/**
 * What the page's script renders, embedded once as JSON. Indexes point into the arrays of the same object;
 * scores and contributions are rounded to 3 decimals.
 */
export interface ReportData {
  title: string;
  totals: { themes: number; items: number; firms: number; matches: number };
  /** Score features in display order; `c` of a match is aligned with this list. */
  features: { key: string; label: string; color: string }[];
  /** Themes in display order, each with its chains' display names in order. */
  themes: { name: string; en?: string; desc?: string; chains: string[] }[];
  /** Enterprises that appear in a shown match. */
  firms: { name: string; id: string; where: string; listed?: true; contact?: string }[];
  /** Items in display order: theme and chain are indexes (chain into `themes[theme].chains`). */
  items: {
    id: string;
    title: string;
    theme: number;
    chain: number;
    city: string;
    chips: string[];
    desc?: string;
    more?: number;
    m: ShownMatch[];
  }[];
  /** Theme × source region: [count, mean score] per cell, or null; rows follow `themes`. */
  heat: { cols: [zh: string, key: string][]; rows: ([number, number] | null)[][] };
  /** The 产业链 view (only with chain maps): chains grouped by theme, links upstream → downstream. */
  chains?: ChainView[];
  /** The score at or above which a firm qualifies in the 产业链 view. */
  chainMin?: number;
}

/** One shown match: firm index, score, contributions (aligned with `features`), matched terms, reasons. */
export interface ShownMatch {
  f: number;
  s: number;
  c: number[];
  t: string[];
  zh: string;
  en: string;
  /** A weak match (弱匹配: below the matcher's weak score). */
  w?: 1;
}

/** Colour-blind-friendly palette (Okabe–Ito, then Tableau). */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#999999',
  '#4E79A7',
  '#B07AA1',
  '#76B7B2',
  '#EDC948',
];

const UNASSIGNED = '\u0000unassigned';
const UNKNOWN_REGION = 'unknown';
const NO_CHAIN = '未标注产业链';
/** Matched-term chips shown per match. */
const TERMS_SHOWN = 12;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 * @example escapeHtml('<script>') // '&lt;script&gt;'
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/**
 * JSON that can sit inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX` escapes,
 * so no `</script>` or `<!--` can appear; `JSON.parse` reads it back unchanged.
 * @example jsonForScript({ a: '</script>' }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const round3 = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0);

/**
 * Collects what the report shows: themes in order (given ones, then unknown theme ids sorted, then
 * 未分类), each item's chain by its Chinese name from the themes file, the best `topPerItem` matches per
 * item, the enterprises they name, and a theme × source-region heat map over all matches.
 * Pure and independent of match order.
 */
export function reportData(input: ReportInput): ReportData {
  const top = input.topPerItem ?? 10;
  const enterprises =
    input.enterprises instanceof Map
      ? (input.enterprises as ReadonlyMap<string, Enterprise>)
      : byId(input.enterprises as readonly Enterprise[]);
  const items = byId(input.items);

  // Theme of an item: its theme field names a theme by id, name or English name, as the matcher resolves it.
  const themeOf = themeResolver(input.themes);
  const resolveTheme = (raw: string | undefined): string => {
    if (raw === undefined || raw.trim() === '') return UNASSIGNED;
    return themeOf(raw)?.id ?? raw.trim();
  };
  const themeOfItem = (item: ChainGapItem): string => resolveTheme(item.theme);
  const themeOfMatch = (m: Match): string =>
    m.theme !== undefined
      ? resolveTheme(m.theme)
      : themeOfItem(items.get(m.itemId) ?? { id: m.itemId, title: m.itemId });

  // Matches per item, best first.
  const perItem = new Map<string, Match[]>();
  for (const m of input.matches) {
    let list = perItem.get(m.itemId);
    if (!list) perItem.set(m.itemId, (list = []));
    list.push(m);
  }
  for (const list of perItem.values())
    list.sort((a, b) => b.score - a.score || byString(a.enterpriseId, b.enterpriseId));

  // Themes in order: given ones, then unknown theme ids (sorted), then unassigned. A chain named by id,
  // name or English name of one of its theme's chains is shown by that chain's name.
  interface Section {
    theme: ReportData['themes'][number];
    chainKey: Map<string, string>;
    items: ChainGapItem[];
  }
  const sections = new Map<string, Section>();
  const section = (id: string, t?: SectorTheme): Section => {
    const theme: Section['theme'] = { name: t?.name ?? id, chains: [] };
    if (t?.nameEn !== undefined) theme.en = t.nameEn;
    if (t?.description !== undefined) theme.desc = t.description;
    const chainKey = new Map<string, string>();
    for (const c of t?.chains ?? []) {
      theme.chains.push(c.name);
      addNames(chainKey, [c.id, c.name, c.nameEn], c.name);
    }
    return { theme, chainKey, items: [] };
  };
  for (const t of input.themes) if (!sections.has(t.id)) sections.set(t.id, section(t.id, t));
  const extra = new Set<string>();
  for (const k of [...input.items.map(themeOfItem), ...input.matches.map(themeOfMatch)])
    if (!sections.has(k)) extra.add(k);
  for (const k of [...extra].filter((k) => k !== UNASSIGNED).sort(byString)) sections.set(k, section(k));
  if (extra.has(UNASSIGNED))
    sections.set(UNASSIGNED, section(UNASSIGNED, { id: 'unassigned', name: '未分类', nameEn: 'Unassigned' }));
  for (const it of input.items) sections.get(themeOfItem(it))!.items.push(it);
  // Items referenced by matches but not given still get a card.
  for (const [itemId, list] of perItem)
    if (!items.has(itemId)) sections.get(themeOfMatch(list[0]!))!.items.push({ id: itemId, title: itemId });

  // Features: built-in order first, then others sorted.
  const featureSet = new Set<string>();
  for (const m of input.matches) for (const f of Object.keys(m.contributions)) featureSet.add(f);
  const featureKeys = [...FEATURE_LABELS.keys()]
    .filter((f) => featureSet.has(f))
    .concat([...featureSet].filter((f) => !FEATURE_LABELS.has(f)).sort(byString));
  const label = (f: string): string =>
    (input.featureLabels && Object.hasOwn(input.featureLabels, f) ? input.featureLabels[f] : undefined) ??
    FEATURE_LABELS.get(f)?.zh ??
    f;
  const features = featureKeys.map((key, i) => ({ key, label: label(key), color: PALETTE[i % PALETTE.length]! }));

  // Items with their shown matches; firms numbered in order of first appearance.
  const firmIndex = new Map<string, number>();
  const firms: ReportData['firms'] = [];
  const firmOf = (id: string): number => {
    let i = firmIndex.get(id);
    if (i === undefined) {
      const e = enterprises.get(id);
      const firm: ReportData['firms'][number] = {
        name: e?.name ?? id,
        id,
        where: [e?.province, e?.city].filter((x) => x !== undefined && x !== '').join(' · ') || e?.country || '',
      };
      if (e?.listed) firm.listed = true;
      const contact = e ? contactLine(e) : '';
      if (contact) firm.contact = contact;
      firmIndex.set(id, (i = firms.push(firm) - 1));
    }
    return i;
  };
  const shownItems: ReportData['items'] = [];
  const themes: ReportData['themes'] = [];
  for (const s of sections.values()) {
    const theme = themes.push(s.theme) - 1;
    const chains = s.theme.chains;
    const unknownChains = new Set<string>();
    const chainName = (it: ChainGapItem): string =>
      it.chain?.trim() ? (s.chainKey.get(norm(it.chain)) ?? it.chain.trim()) : NO_CHAIN;
    for (const it of s.items) if (!chains.includes(chainName(it))) unknownChains.add(chainName(it));
    chains.push(
      ...[...unknownChains].filter((c) => c !== NO_CHAIN).sort(byString),
      ...(unknownChains.has(NO_CHAIN) ? [NO_CHAIN] : []),
    );
    for (const it of s.items) {
      const list = perItem.get(it.id) ?? [];
      const shown: ReportData['items'][number] = {
        id: it.id,
        title: it.title,
        theme,
        chain: chains.indexOf(chainName(it)),
        city: it.hostCity ?? '',
        chips: chipsOf(it),
        m: list.slice(0, top).map((m) => {
          const f = firmOf(m.enterpriseId);
          // The matcher's reasons open with the firm and item, which the page shows beside them.
          const name = firms[f]!.name;
          const shown: ShownMatch = {
            f,
            s: round3(m.score),
            c: featureKeys.map((k) => round3(m.contributions[k] ?? 0)),
            t: m.matchedTerms.slice(0, TERMS_SHOWN),
            zh: dropLead(m.reason.zh, `${name}与「${it.title}」匹配：`),
            en: dropLead(m.reason.en, `${name} fits "${it.title}": `),
          };
          if (m.weak) shown.w = 1;
          return shown;
        }),
      };
      if (it.description) shown.desc = it.description;
      if (list.length > top) shown.more = list.length - top;
      shownItems.push(shown);
    }
  }

  // Heat map: themes × source regions.
  const regions: string[] = [...SOURCE_REGIONS, UNKNOWN_REGION];
  const heat = new Map<string, Map<string, { n: number; sum: number }>>();
  const regionCache = new Map<string, readonly SourceRegion[]>();
  for (const m of input.matches) {
    let rs = regionCache.get(m.enterpriseId);
    if (!rs) {
      const e = enterprises.get(m.enterpriseId);
      regionCache.set(m.enterpriseId, (rs = e ? sourceRegionsOf(e) : []));
    }
    const t = themeOfMatch(m);
    let row = heat.get(t);
    if (!row) heat.set(t, (row = new Map()));
    for (const r of rs.length > 0 ? rs : [UNKNOWN_REGION]) {
      const c = row.get(r) ?? { n: 0, sum: 0 };
      c.n++;
      c.sum += m.score;
      row.set(r, c);
    }
  }

  // The 产业链 view: coverage of each chain's links by the same matches, as `chainmatch chains` counts it.
  const sectionIndex = new Map([...sections.keys()].map((k, i) => [k, i]));
  const itemIndex = new Map<string, number>();
  shownItems.forEach((it, i) => {
    if (!itemIndex.has(it.id)) itemIndex.set(it.id, i);
  });
  const chainMin = input.chainMinScore ?? 0.4;
  const chainKeys = [...sections.values()].map((s) => s.chainKey);
  const chains =
    input.chains && input.chains.length > 0
      ? chainViews({
          items: input.items,
          enterprises: [...enterprises.values()],
          matches: input.matches,
          maps: input.chains,
          minScore: chainMin,
          themeOf: (id) => sectionIndex.get(resolveTheme(id)),
          itemOf: (id) => itemIndex.get(id),
          firmOf,
          chainName: (t, id) => chainKeys[t]?.get(norm(id)),
          round: round3,
        })
      : [];

  return {
    title: input.title ?? '产业链招商对接匹配报告',
    totals: {
      themes: sections.size,
      items: input.items.length,
      firms: new Set(input.matches.map((m) => m.enterpriseId)).size,
      matches: input.matches.length,
    },
    features,
    themes,
    firms,
    items: shownItems,
    heat: {
      cols: regions.map((r) => [r === UNKNOWN_REGION ? '未知' : SOURCE_REGION_ZH[r as SourceRegion], r]),
      rows: [...sections.keys()].map((t) =>
        regions.map((r) => {
          const c = heat.get(t)?.get(r);
          return c ? [c.n, round3(c.sum / c.n)] : null;
        }),
      ),
    },
    ...(chains.length > 0 ? { chains, chainMin } : {}),
  };
}

const dropLead = (text: string, lead: string): string =>
  text.startsWith(lead) && text.length > lead.length ? text.slice(lead.length) : text;

function chipsOf(item: ChainGapItem): string[] {
  const chips: string[] = [];
  if (item.segment) chips.push(SEGMENT_ZH[item.segment]);
  if (item.gapType) chips.push(GAP_TYPE_ZH[item.gapType]);
  if (item.hostCity) chips.push(`落地：${item.hostCity}${item.park ? ` · ${item.park}` : ''}`);
  if (item.investmentMin !== undefined || item.investmentMax !== undefined)
    chips.push(`投资 ${item.investmentMin ?? '?'}–${item.investmentMax ?? '?'} 亿元`);
  if (item.aseanOriented) chips.push('面向东盟');
  if (item.priority !== undefined) chips.push(`优先级 ${item.priority}`);
  return chips;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Renders a self-contained HTML report: the data embedded once as JSON and drawn by a small inline
 * script (no framework, no external URLs; a CSP admits only this script and style by hash). The page
 * opens with a per-theme overview — which firms to invite, how many items each fits, their best score —
 * then (given chain maps) a 产业链 view — each chain a row of its links coloured by coverage, a link's items
 * and qualifying firms on click or Enter/Space — then the items grouped by theme and chain, each with its
 * ranked enterprises, score bars split into feature contributions and the Chinese reason (English reason
 * and matched terms collapsed); search by firm or item, filters by theme, chain, host city and minimum
 * score, sorting by score, a theme × source-region heat map, and printing of one theme at a time. All text reaches the page through
 * `textContent`. Pure: the same input gives the same bytes.
 * @example
 * const html = renderReport({ themes, items, enterprises, matches: matcher.rank(items, enterprises, { top: 10 }) });
 */
export function renderReport(input: ReportInput): string {
  const data = reportData(input);
  const csp = `default-src 'none'; script-src ${sha256(CLIENT_JS)}; style-src ${sha256(CSS)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="chainmatch">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1>${escapeHtml(data.title)}</h1>`,
    `<p class="stats"><span><b>${data.totals.themes}</b> 个专题</span><span><b>${data.totals.items}</b> 个招商环节</span><span><b>${data.totals.firms}</b> 家候选企业</span><span><b>${data.totals.matches}</b> 条匹配</span></p>`,
    input.generatedAt !== undefined ? `<p class="muted">${escapeHtml(input.generatedAt)}</p>` : '',
    '</header>',
    '<div class="controls" role="search" aria-label="搜索与筛选">',
    '<label class="grow">搜索<input type="search" id="q" placeholder="企业或招商环节名称" autocomplete="off"></label>',
    '<label>专题<select id="f-theme"><option value="">全部专题</option></select></label>',
    '<label>产业链<select id="f-chain"><option value="">全部产业链</option></select></label>',
    '<label>落地城市<select id="f-city"><option value="">全部城市</option></select></label>',
    '<label>最低得分<input type="number" id="f-min" min="0" max="1" step="0.05" value="0" inputmode="decimal"></label>',
    '<label>排序<select id="f-sort"><option value="">默认顺序</option><option value="score">得分从高到低</option></select></label>',
    '<button type="button" id="reset">清除筛选</button>',
    '<button type="button" id="print" disabled title="先选择一个专题">打印本专题</button>',
    '<output id="count" aria-live="polite"></output>',
    '</div>',
    '<main>',
    '<noscript><p class="muted">本报告由页面内脚本绘制，请在浏览器中启用 JavaScript 后查看。</p></noscript>',
    '<section id="overview" aria-labelledby="ov-h"><h2 id="ov-h">概览 · 各专题建议邀请的企业</h2><div id="ov" class="ov"></div></section>',
    data.chains ? chainSection(data.chainMin ?? 0.4) : '',
    '<details id="heatmap" class="heat"><summary>专题 × 来源区域 热力图 · Themes × source regions</summary><table class="heatmap"><thead></thead><tbody></tbody></table>',
    '<p class="muted">单元格：匹配条数（上）与平均得分（下）；一家企业可同属多个区域（如 东部 与 粤港澳大湾区）。</p></details>',
    '<section id="items" aria-labelledby="items-h"><h2 id="items-h">招商环节明细</h2><ul class="legend" id="legend" aria-label="得分构成图例"></ul><div id="list"></div></section>',
    `<p class="print-hint">（打印时只输出概览${data.chains ? '与产业链图' : ''}：选择一个专题后再打印，可输出该专题的招商环节明细。）</p>`,
    '</main>',
    '<footer class="muted">由 chainmatch 生成 · 得分与理由为自动匹配结果，供招商人员研判参考。</footer>',
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${CLIENT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

const norm = (name: string): string => name.trim().toLowerCase();

/** The 产业链 view's frame: heading, legend (colour, pattern and words), how to use it; client.ts fills `#chain-view`. */
const chainSection = (min: number): string =>
  [
    '<section id="chains" aria-labelledby="ch-h"><h2 id="ch-h">产业链 · 各环节招商覆盖</h2>',
    '<ul class="legend" aria-label="环节覆盖图例">',
    '<li><i class="sw st-c"></i>已覆盖：有招商项目，且有合格企业</li>',
    '<li><i class="sw st-g"></i>缺口：有招商项目，无合格企业</li>',
    '<li><i class="sw st-n"></i>无招商项目</li>',
    '<li><span class="tag">链主</span>典型链主环节</li>',
    '</ul>',
    `<p class="muted">每条产业链从上游到下游排列。合格企业：对该环节某个招商项目的匹配得分 ≥ ${escapeHtml(String(min))}（弱匹配不计）。点击环节（或用 Tab 选中后按回车、空格）查看其招商项目、合格企业与链主候选。</p>`,
    '<div id="chain-view"></div></section>',
  ].join('');

/** Who to call at a firm, and its passthrough columns (备注 …), in one line: `陈明（总经理） 0591-… · 备注：…`. */
function contactLine(e: Enterprise): string {
  const who = [e.contact && `${e.contact}${e.position ? `（${e.position}）` : ''}`, e.phone, e.email]
    .filter(Boolean)
    .join(' ');
  const extra = Object.entries(e.extra ?? {}).map(([k, v]) => `${k}：${v}`);
  const line = [who, ...extra].filter(Boolean).join(' · ');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Makes each of `names` (trimmed, lower-cased) a key for `value`; an earlier key is kept. */
function addNames(map: Map<string, string>, names: readonly (string | undefined)[], value: string): void {
  for (const n of names) if (n !== undefined && !map.has(norm(n))) map.set(norm(n), value);
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of list) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}

const CSS = `
:root{--fg:#1a1a1a;--muted:#666;--line:#e3e6ea;--bg:#fff;--card:#fafbfc;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 -apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
header.top{padding:20px 32px 4px;background:linear-gradient(180deg,#f3f7fb,#fff)}
h1{margin:0 0 4px;font-size:24px}
h2{font-size:19px;margin:24px 0 12px;border-left:4px solid var(--accent);padding-left:10px}
.en{font-weight:normal;color:var(--muted);font-size:13px}
h3{font-size:17px;margin:0 0 6px}
h5{font-size:15px;margin:0 0 4px}
.id{font-weight:normal;color:var(--muted);font-size:12px}
main{padding:0 32px 32px;max-width:1320px}
.stats{margin:0 0 8px}.stats span{margin-right:18px}
.muted{color:var(--muted);font-size:12px}
.weak{color:#b45309;font-size:12px;font-weight:600}
.controls{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:8px 14px;align-items:flex-end;padding:10px 32px;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 2px 4px rgba(0,0,0,.04)}
.controls label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
.controls .grow{flex:1 1 220px}
.controls input,.controls select,.controls button{font:inherit;font-size:14px;padding:4px 6px;border:1px solid #c8ced6;border-radius:4px;background:#fff;color:var(--fg)}
.controls input[type=number]{width:90px}
.controls button{cursor:pointer;background:#f4f6f8}
.controls button:disabled{cursor:default;color:#aaa}
#count{font-size:12px;color:var(--muted);align-self:center}
.ov{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:14px}
.ov-theme{border:1px solid var(--line);border-radius:6px;padding:12px 14px;background:var(--card)}
.ov-theme .head{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.ov-theme .head button{font:inherit;font-size:12px;border:1px solid #c8ced6;border-radius:4px;background:#fff;cursor:pointer;white-space:nowrap}
.ov-theme p{margin:2px 0 8px}
.firms td.where{white-space:nowrap}
.ov-theme details summary{cursor:pointer;color:var(--accent);font-size:12px;margin-top:4px}
.firm{font:inherit;border:0;background:none;padding:0;color:var(--accent);cursor:pointer;text-align:left}
.firm:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f4f6f8;font-weight:600;font-size:12px}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.heat{margin:18px 0 0}.heat summary{cursor:pointer;font-weight:600}
.heatmap td{text-align:center;min-width:64px}
.heatmap td.zero{color:#bbb}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;margin:0 0 10px;font-size:12px;color:#444}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.theme>h3{font-size:18px;border-bottom:2px solid var(--accent);padding-bottom:4px;margin-top:18px}
.chain>h4{font-size:15px;color:var(--accent);margin:14px 0 8px}
#items,.theme,.chain{scroll-margin-top:96px}
.item{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:12px 14px;margin:0 0 12px;break-inside:avoid;content-visibility:auto;contain-intrinsic-size:auto 420px}
.chips{margin:0 0 4px}
.chip{display:inline-block;background:#e8f0fa;color:#234;border-radius:10px;padding:0 8px;margin:0 6px 4px 0;font-size:12px}
.desc{margin:2px 0 8px;color:#333}
.matches td.rank{width:28px;color:var(--muted)}
.matches td.ent{width:27%}
.matches td.score{width:22%}
.num{font-variant-numeric:tabular-nums;font-weight:600}
.bar{height:10px;background-color:#eceff2;border-radius:3px;margin:3px 0}
.reason details{margin-top:2px}
.reason summary{cursor:pointer;color:var(--muted);font-size:12px}
.reason .en{font-size:12px;margin:2px 0}
.parts{font-size:12px;color:#444;display:flex;flex-wrap:wrap;gap:0 10px}
.term{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 4px;margin:0 4px 2px 0;font-size:11px;background:#fff}
.empty{padding:24px;text-align:center;color:var(--muted)}
.print-hint{display:none}
[hidden]{display:none!important}
.ch-theme>h3{font-size:17px;margin:14px 0 4px}
.ch-row{margin:0 0 12px;break-inside:avoid;scroll-margin-top:140px}
.ch-row>h4{font-size:15px;margin:8px 0 6px}
ol.links{display:flex;flex-wrap:wrap;gap:8px 0;list-style:none;padding:0;margin:0}
ol.links li{display:flex}
ol.links li+li::before{content:"→";align-self:center;padding:0 5px;color:#888}
.ch-link{display:flex;flex-direction:column;gap:1px;width:124px;min-height:66px;padding:5px 8px;border:2px solid;border-radius:6px;font:inherit;font-size:13px;line-height:1.3;text-align:left;cursor:pointer;color:var(--fg)}
.ch-link .ln{font-weight:600}
.ch-link .st{font-size:12px;font-weight:600}
.ch-link .cnt{font-size:12px;color:#333;font-variant-numeric:tabular-nums}
.st-c{background:#dcebf7;border-color:#0072B2}.st-c .st{color:#005b8f}
.st-g{background:repeating-linear-gradient(135deg,#fde3d0 0 5px,#fff4ec 5px 10px);border-color:#D55E00}.st-g .st{color:#a84400}
.st-n{background:#f5f5f5;border-color:#9a9a9a;border-style:dashed}.st-n .ln,.st-n .st{color:#555}
.sw.st-c,.sw.st-g,.sw.st-n{width:14px;height:14px;border-width:2px}
.ch-link:hover{filter:brightness(.96)}
.ch-link:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.ch-link[aria-expanded=true]{box-shadow:0 0 0 3px #1a1a1a}
.tag{display:inline-block;border:1px solid #7a5c00;color:#5c4500;background:#fff7d6;border-radius:3px;padding:0 3px;margin:0 4px 0 0;font-size:11px;font-weight:600;line-height:1.4;vertical-align:1px}
.ch-link .tag{margin:0 0 0 4px}
.ch-panel{margin:10px 0 4px;padding:10px 14px;border:1px solid var(--line);border-left:4px solid #1a1a1a;border-radius:4px;background:var(--card)}
.ch-panel table{max-width:860px}
.ch-panel ul{margin:2px 0 8px;padding-left:20px}
.ch-panel .gap{color:#a84400;font-weight:600}
footer{padding:16px 32px;border-top:1px solid var(--line)}
@media print{
body{font-size:11px;line-height:1.4}
.controls,.heat,.ov-theme .head button,details,footer{display:none}
header.top{background:none;padding:0}
main{padding:0;max-width:none}
.ov{display:block}.ov-theme{border:0;padding:0;background:none}
body:not([data-theme]) #items{display:none}
body:not([data-theme]) .print-hint{display:block}
.item{break-inside:avoid;background:none;border-width:1px 0 0;border-radius:0;padding:6px 0 2px;margin:0;content-visibility:visible}
.desc{margin:0 0 4px}
th,td{padding:2px 6px}
.bar{height:7px}
.bar,.sw,.chip,.ch-link,.tag{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.ch-panel details{display:block}
.firm{color:var(--fg)}
}
`.trim();
