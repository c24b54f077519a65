import { GAP_TYPE_ZH, SEGMENT_ZH, SOURCE_REGIONS, SOURCE_REGION_ZH, type ChainGapItem, type Enterprise, type SectorTheme, type SourceRegion } from '../schema/domain.js';
import type { Match } from '../schema/match.js';
import { sourceRegionsOf } from '../reference/regions.js';

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
}

/** Chinese names of the built-in features, in display order. */
const FEATURE_LABELS: ReadonlyMap<string, string> = new Map([
  ['text', '文本相关度'],
  ['keywords', '关键词/产品'],
  ['industryCode', '行业代码'],
  ['segment', '产业链环节'],
  ['scale', '投资规模'],
  ['region', '来源区域'],
  ['asean', '东盟导向'],
  ['embedding', '语义向量'],
]);

/** Colour-blind-friendly palette (Okabe–Ito, then Tableau). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999', '#4E79A7', '#B07AA1', '#76B7B2', '#EDC948'];

const UNASSIGNED = '\u0000unassigned';
const UNKNOWN_REGION = 'unknown';

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

const pct = (v: number): string => {
  const x = Number.isFinite(v) ? Math.min(100, Math.max(0, v * 100)) : 0;
  return `${Math.round(x * 100) / 100}%`;
};
const fmt = (v: number, digits = 3): string => (Number.isFinite(v) ? v.toFixed(digits) : '–');

/**
 * Renders a self-contained HTML report (inline CSS, no scripts, no external URLs): per theme,
 * each chain-gap item with its ranked enterprises, score bars split into feature contributions
 * (with a legend) and the Chinese reason; and a heat map of themes × source regions (number of
 * matches, mean score). All user text is escaped. Pure: the same input gives the same bytes.
 * @example
 * const html = renderReport({ themes, items, enterprises, matches: matcher.rank(items, enterprises, { top: 10 }) });
 */
export function renderReport(input: ReportInput): string {
  const top = input.topPerItem ?? 10;
  const title = input.title ?? '产业链招商对接匹配报告';
  const enterprises = input.enterprises instanceof Map ? (input.enterprises as ReadonlyMap<string, Enterprise>) : byId(input.enterprises as readonly Enterprise[]);
  const items = byId(input.items);

  // Theme of an item: its theme field names a theme by id, name or English name.
  const themeKey = new Map<string, string>();
  for (const t of input.themes) {
    for (const k of [t.id, t.name, t.nameEn]) if (k !== undefined && !themeKey.has(k.trim().toLowerCase())) themeKey.set(k.trim().toLowerCase(), t.id);
  }
  const resolveTheme = (raw: string | undefined): string => {
    if (raw === undefined || raw.trim() === '') return UNASSIGNED;
    return themeKey.get(raw.trim().toLowerCase()) ?? raw.trim();
  };
  const themeOfItem = (item: ChainGapItem): string => resolveTheme(item.theme);
  const themeOfMatch = (m: Match): string => (m.theme !== undefined ? resolveTheme(m.theme) : themeOfItem(items.get(m.itemId) ?? { id: m.itemId, title: m.itemId }));

  // Matches per item, best first.
  const perItem = new Map<string, Match[]>();
  for (const m of input.matches) {
    let list = perItem.get(m.itemId);
    if (!list) perItem.set(m.itemId, (list = []));
    list.push(m);
  }
  for (const list of perItem.values()) list.sort((a, b) => b.score - a.score || cmp(a.enterpriseId, b.enterpriseId));

  // Themes in order: given ones, then unknown theme ids (sorted), then unassigned.
  const sections = new Map<string, { id: string; name: string; nameEn?: string; description?: string; items: ChainGapItem[] }>();
  for (const t of input.themes) {
    const s: { id: string; name: string; nameEn?: string; description?: string; items: ChainGapItem[] } = { id: t.id, name: t.name, items: [] };
    if (t.nameEn !== undefined) s.nameEn = t.nameEn;
    if (t.description !== undefined) s.description = t.description;
    sections.set(t.id, s);
  }
  const extra = new Set<string>();
  for (const it of input.items) {
    const k = themeOfItem(it);
    if (!sections.has(k)) extra.add(k);
  }
  for (const m of input.matches) {
    const k = themeOfMatch(m);
    if (!sections.has(k)) extra.add(k);
  }
  for (const k of [...extra].filter((k) => k !== UNASSIGNED).sort(cmp)) sections.set(k, { id: k, name: k, items: [] });
  if (extra.has(UNASSIGNED)) sections.set(UNASSIGNED, { id: UNASSIGNED, name: '未分类', nameEn: 'Unassigned', items: [] });
  for (const it of input.items) sections.get(themeOfItem(it))?.items.push(it);
  // Items referenced by matches but not given still get a card.
  for (const itemId of perItem.keys()) {
    if (!items.has(itemId)) {
      const first = perItem.get(itemId)![0]!;
      sections.get(themeOfMatch(first))?.items.push({ id: itemId, title: itemId });
    }
  }

  // Features: built-in order first, then others sorted.
  const featureSet = new Set<string>();
  for (const m of input.matches) for (const f of Object.keys(m.contributions)) featureSet.add(f);
  const features = [...FEATURE_LABELS.keys()].filter((f) => featureSet.has(f)).concat([...featureSet].filter((f) => !FEATURE_LABELS.has(f)).sort(cmp));
  const color = new Map(features.map((f, i) => [f, PALETTE[i % PALETTE.length]!]));
  const label = (f: string): string =>
    (input.featureLabels && Object.hasOwn(input.featureLabels, f) ? input.featureLabels[f] : undefined) ?? FEATURE_LABELS.get(f) ?? f;

  // Heat map: themes × source regions.
  const regions: string[] = [...SOURCE_REGIONS, UNKNOWN_REGION];
  const heat = new Map<string, Map<string, { n: number; sum: number }>>();
  const regionCache = new Map<string, readonly SourceRegion[]>();
  for (const m of input.matches) {
    const t = themeOfMatch(m);
    let rs = regionCache.get(m.enterpriseId);
    if (!rs) {
      const e = enterprises.get(m.enterpriseId);
      rs = e ? sourceRegionsOf(e) : [];
      regionCache.set(m.enterpriseId, rs);
    }
    let row = heat.get(t);
    if (!row) heat.set(t, (row = new Map()));
    for (const r of rs.length > 0 ? rs : [UNKNOWN_REGION]) {
      const c = row.get(r) ?? { n: 0, sum: 0 };
      c.n++;
      c.sum += m.score;
      row.set(r, c);
    }
  }
  let maxCount = 0;
  for (const row of heat.values()) for (const c of row.values()) maxCount = Math.max(maxCount, c.n);

  const matchedEnterprises = new Set(input.matches.map((m) => m.enterpriseId)).size;
  const sectionList = [...sections.values()];
  const anchor = (i: number): string => `theme-${i + 1}`;

  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="chainmatch">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="stats"><span><b>${sectionList.length}</b> 个专题</span><span><b>${input.items.length}</b> 个招商环节</span><span><b>${matchedEnterprises}</b> 家候选企业</span><span><b>${input.matches.length}</b> 条匹配</span></p>`,
  );
  if (input.generatedAt !== undefined) out.push(`<p class="muted">${escapeHtml(input.generatedAt)}</p>`);
  out.push('<nav class="toc"><ol>');
  sectionList.forEach((s, i) => out.push(`<li><a href="#${anchor(i)}">${escapeHtml(s.name)}</a> <span class="muted">(${s.items.length})</span></li>`));
  out.push('</ol></nav>', '</header>', '<main>');

  // Legend.
  out.push('<section class="legend" aria-label="得分构成图例"><h2>得分构成 · Score breakdown</h2><ul>');
  for (const f of features) out.push(`<li><i class="sw" style="background:${color.get(f)}"></i>${escapeHtml(label(f))} <span class="muted">${escapeHtml(f)}</span></li>`);
  if (features.length === 0) out.push('<li class="muted">（无匹配）</li>');
  out.push('</ul><p class="muted">条形总长 = 匹配得分（0–1）；各色段为各特征的加权贡献，合计等于得分。</p></section>');

  // Heat map.
  out.push('<section class="heat" id="heatmap"><h2>专题 × 来源区域 热力图 · Themes × source regions</h2>');
  out.push('<table class="heatmap"><thead><tr><th scope="col">专题</th>');
  for (const r of regions) out.push(`<th scope="col">${escapeHtml(r === UNKNOWN_REGION ? '未知' : SOURCE_REGION_ZH[r as SourceRegion])}<br><span class="muted">${escapeHtml(r)}</span></th>`);
  out.push('</tr></thead><tbody>');
  for (const s of sectionList) {
    out.push(`<tr><th scope="row">${escapeHtml(s.name)}</th>`);
    const row = heat.get(s.id);
    for (const r of regions) {
      const c = row?.get(r);
      if (!c) {
        out.push('<td class="zero">0</td>');
        continue;
      }
      const share = maxCount > 0 ? c.n / maxCount : 0;
      const light = Math.round(96 - share * 58);
      const fg = light < 62 ? '#fff' : '#1a1a1a';
      out.push(
        `<td style="background:hsl(210,70%,${light}%);color:${fg}" title="${escapeHtml(`${s.name} · ${r}: ${c.n} 条, 平均得分 ${fmt(c.sum / c.n)}`)}"><b>${c.n}</b><br><small>${fmt(c.sum / c.n, 2)}</small></td>`,
      );
    }
    out.push('</tr>');
  }
  out.push('</tbody></table><p class="muted">单元格：匹配条数（上）与平均得分（下）；一家企业可同属多个区域（如 东部 与 粤港澳大湾区）。</p></section>');

  // Themes.
  sectionList.forEach((s, i) => {
    out.push(`<section class="theme" id="${anchor(i)}">`);
    out.push(`<h2>${escapeHtml(s.name)}${s.nameEn ? ` <span class="en">${escapeHtml(s.nameEn)}</span>` : ''}</h2>`);
    if (s.description) out.push(`<p class="desc">${escapeHtml(s.description)}</p>`);
    if (s.items.length === 0) out.push('<p class="muted">本专题暂无招商环节。</p>');
    for (const item of s.items) out.push(renderItem(item, perItem.get(item.id) ?? [], top, enterprises, color, label));
    out.push('</section>');
  });
  out.push('</main>', '<footer class="muted">由 chainmatch 生成 · 得分与理由为自动匹配结果，供招商人员研判参考。</footer>', '</body>', '</html>', '');
  return out.join('\n');
}

function renderItem(
  item: ChainGapItem,
  matches: readonly Match[],
  top: number,
  enterprises: ReadonlyMap<string, Enterprise>,
  color: ReadonlyMap<string, string>,
  label: (f: string) => string,
): string {
  const chips: string[] = [];
  if (item.chain) chips.push(`产业链：${item.chain}`);
  if (item.segment) chips.push(SEGMENT_ZH[item.segment]);
  if (item.gapType) chips.push(GAP_TYPE_ZH[item.gapType]);
  if (item.hostCity) chips.push(`落地：${item.hostCity}${item.park ? ` · ${item.park}` : ''}`);
  if (item.investmentMin !== undefined || item.investmentMax !== undefined) {
    chips.push(`投资 ${item.investmentMin ?? '?'}–${item.investmentMax ?? '?'} 亿元`);
  }
  if (item.aseanOriented) chips.push('面向东盟');
  if (item.priority !== undefined) chips.push(`优先级 ${item.priority}`);
  const o: string[] = [];
  o.push('<article class="item">');
  o.push(`<h3>${escapeHtml(item.title)} <span class="id">${escapeHtml(item.id)}</span></h3>`);
  if (chips.length) o.push(`<p class="chips">${chips.map((c) => `<span class="chip">${escapeHtml(c)}</span>`).join('')}</p>`);
  if (item.description) o.push(`<p class="desc">${escapeHtml(item.description)}</p>`);
  if (matches.length === 0) {
    o.push('<p class="muted">暂无候选企业。</p></article>');
    return o.join('\n');
  }
  o.push('<table class="matches"><thead><tr><th scope="col">#</th><th scope="col">企业</th><th scope="col">得分与构成</th><th scope="col">推荐理由</th></tr></thead><tbody>');
  matches.slice(0, top).forEach((m, idx) => {
    const e = enterprises.get(m.enterpriseId);
    const where = [e?.province, e?.city].filter((x) => x !== undefined && x !== '').join(' · ') || e?.country || '';
    const contribs = Object.keys(m.contributions)
      .filter((f) => Number.isFinite(m.contributions[f]) && m.contributions[f]! > 0)
      .sort((a, b) => m.contributions[b]! - m.contributions[a]! || cmp(a, b));
    const segments = [...color.keys()]
      .filter((f) => Object.hasOwn(m.contributions, f) && m.contributions[f]! > 0)
      .map((f) => `<span class="seg" style="width:${pct(m.contributions[f]!)};background:${color.get(f)}" title="${escapeHtml(`${label(f)}: ${fmt(m.contributions[f]!)}`)}"></span>`)
      .join('');
    o.push('<tr>');
    o.push(`<td class="rank">${idx + 1}</td>`);
    o.push(
      `<td class="ent"><b>${escapeHtml(e?.name ?? m.enterpriseId)}</b><br><span class="muted">${escapeHtml(where)}${e?.listed ? ' · 上市' : ''} · ${escapeHtml(m.enterpriseId)}</span></td>`,
    );
    o.push(
      `<td class="score"><div class="num">${fmt(m.score)}</div><div class="bar" role="img" aria-label="${escapeHtml(`得分 ${fmt(m.score)}`)}">${segments}</div>` +
        `<div class="parts">${contribs.slice(0, 4).map((f) => `<span><i class="sw" style="background:${color.get(f) ?? '#999'}"></i>${escapeHtml(label(f))} ${fmt(m.contributions[f]!, 2)}</span>`).join('')}</div></td>`,
    );
    const terms = m.matchedTerms.length ? `<div class="terms">${m.matchedTerms.slice(0, 12).map((t) => `<span class="term">${escapeHtml(t)}</span>`).join('')}</div>` : '';
    o.push(`<td class="reason"><div>${escapeHtml(m.reason.zh)}</div><div class="en">${escapeHtml(m.reason.en)}</div>${terms}</td>`);
    o.push('</tr>');
  });
  o.push('</tbody></table>');
  if (matches.length > top) o.push(`<p class="muted">另有 ${matches.length - top} 家候选企业未列出。</p>`);
  o.push('</article>');
  return o.join('\n');
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of list) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}

/** Code-unit order: the same in every locale (no localeCompare). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const CSS = `
:root{--fg:#1a1a1a;--muted:#666;--line:#e3e6ea;--bg:#fff;--card:#fafbfc;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 -apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
header.top{padding:24px 32px 8px;border-bottom:1px solid var(--line);background:linear-gradient(180deg,#f3f7fb,#fff)}
h1{margin:0 0 8px;font-size:24px}
h2{font-size:19px;margin:28px 0 12px;border-left:4px solid var(--accent);padding-left:10px}
h2 .en{font-weight:normal;color:var(--muted);font-size:14px}
h3{font-size:16px;margin:0 0 6px}
h3 .id{font-weight:normal;color:var(--muted);font-size:12px}
main{padding:0 32px 32px;max-width:1280px}
.stats span{margin-right:18px}
.muted{color:var(--muted);font-size:12px}
.toc ol{display:flex;flex-wrap:wrap;gap:4px 20px;padding-left:18px;margin:8px 0}
.toc a{color:var(--accent);text-decoration:none}
.legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px;margin:0 0 6px}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#f4f6f8;font-weight:600;font-size:12px}
.heatmap td{text-align:center;min-width:64px}
.heatmap td.zero{color:#bbb}
.item{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:14px 16px;margin:0 0 14px;break-inside:avoid}
.chips{margin:0 0 6px}
.chip{display:inline-block;background:#e8f0fa;color:#234;border-radius:10px;padding:0 8px;margin:0 6px 4px 0;font-size:12px}
.desc{margin:4px 0 8px;color:#333}
.matches td.rank{width:32px;color:var(--muted)}
.matches td.ent{width:26%}
.matches td.score{width:30%}
.num{font-variant-numeric:tabular-nums;font-weight:600}
.bar{display:flex;height:12px;background:#eceff2;border-radius:3px;overflow:hidden;margin:3px 0}
.seg{display:block;height:100%}
.parts{font-size:12px;color:#444;display:flex;flex-wrap:wrap;gap:0 10px}
.reason .en{color:var(--muted);font-size:12px}
.terms{margin-top:3px}
.term{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 4px;margin:0 4px 2px 0;font-size:11px;background:#fff}
footer{padding:16px 32px;border-top:1px solid var(--line)}
@media print{header.top{background:none}.item{page-break-inside:avoid}}
`.trim();
