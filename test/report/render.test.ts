import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, renderReport } from '../../src/report/index.js';
import { CLIENT_JS } from '../../src/report/client.js';
import { jsonForScript, type ReportData } from '../../src/report/render.js';
import { enterprises, items, matches, themes, withLeaders } from './fixture.js';
import { loadChainMaps } from '../../src/data/chains.js';
import { loadBundledData } from '../../src/data/index.js';
import { chainCoverage } from '../../src/chain/coverage.js';
import { createMatcher } from '../../src/index.js';
import type { ChainMap } from '../../src/schema/chain.js';

/** The data a report embeds, read back the way the page reads it. */
const dataOf = (html: string): ReportData => {
  const m = /<script type="application\/json" id="report-data">([^<]*)<\/script>/u.exec(html);
  if (!m) throw new Error('no embedded data');
  return JSON.parse(m[1]!) as ReportData;
};
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

describe('renderReport', () => {
  const html = renderReport({ themes, items, enterprises, matches, title: '测试报告 <i>x</i>' });
  const data = dataOf(html);

  it('is one self-contained document: inline CSS, the data once, one script admitted by hash', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const markup = html.replace(/<script type="application\/json"[^<]*<\/script>/u, '');
    expect(markup).not.toMatch(/\b(?:src|href|action)\s*=/iu);
    expect(markup).not.toMatch(/<link\b|<iframe\b|<object\b|<embed\b/iu);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gu)];
    expect(scripts.map((s) => s[1])).toEqual([' type="application/json" id="report-data"', '']);
    expect(scripts[1]![2]).toBe(CLIENT_JS);
    const style = /<style>([\s\S]*?)<\/style>/u.exec(html)![1]!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(html)![1]!;
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${sha256(CLIENT_JS)}'; style-src 'sha256-${sha256(style)}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    // No inline event handlers, no style attributes (the CSP would refuse both).
    expect(html).not.toMatch(/<[^>]+\s(?:on[a-z]+|style)\s*=/iu);
  });

  it('has a client that parses and never writes markup or evaluates strings', () => {
    expect(() => new Function(CLIENT_JS)).not.toThrow();
    expect(CLIENT_JS).not.toMatch(/<\/|<!--/u);
    for (const sink of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'eval(',
      'new Function',
      'setTimeout(',
      "setAttribute('on",
      "setAttribute('style",
    ]) {
      expect(CLIENT_JS).not.toContain(sink);
    }
  });

  it('embeds themes, chains by their Chinese names, items in theme order, firms by name', () => {
    expect(data.themes.map((t) => t.name)).toEqual(['先进装备制造', '新材料', '电子信息', '轻工纺织']);
    // Chains of the themes file in order, then chains the items name that the file does not know.
    expect(data.themes[0]!.chains).toEqual(['新能源汽车', '汽车零部件']);
    expect(data.themes[1]!.chains).toEqual(['铝']);
    const ids = data.items.map((i) => i.id);
    expect(ids).toEqual(['AE-001', 'AE-002', 'NM-001', 'EI-001', 'LT-001']);
    // AE-002 names its chain by id, AE-001 by name: both land in 新能源汽车; NM-001 names its theme by name.
    expect(data.items.slice(0, 3).map((i) => [i.theme, data.themes[i.theme]!.chains[i.chain]])).toEqual([
      [0, '新能源汽车'],
      [0, '新能源汽车'],
      [1, '铝'],
    ]);
    const ae1 = data.items[0]!;
    expect(ae1.city).toBe('柳州市');
    expect(ae1.chips).toEqual(['中游', '补链', '落地：柳州市 · 柳东新区', '投资 5–30 亿元', '优先级 1']);
    expect(ae1.m.map((m) => data.firms[m.f]!.name)).toEqual([
      '深圳锂想能源科技有限公司',
      '<script>alert("x")</script>有限公司',
      '香港明辉电子有限公司',
    ]);
    expect(data.firms[0]).toEqual({ name: '深圳锂想能源科技有限公司', id: 'E1', where: '广东 · 深圳', listed: true });
    expect(data.totals).toEqual({ themes: 4, items: 5, firms: 6, matches: 8 });
  });

  it('places an item whose theme is written in Traditional script, or by English name in any case, as the matcher does', () => {
    const named = [
      { ...items[2]!, id: 'NM-002', theme: '新材料' },
      { ...items[3]!, id: 'EI-002', theme: '電子信息' },
      { ...items[3]!, id: 'EI-003', theme: 'ELECTRONIC INFORMATION' },
    ];
    const d = dataOf(renderReport({ themes, items: named, enterprises, matches: [] }));
    expect(d.items.map((i) => [i.id, d.themes[i.theme]!.name])).toEqual([
      ['NM-002', '新材料'],
      ['EI-002', '电子信息'],
      ['EI-003', '电子信息'],
    ]);
  });

  it('embeds each match with its score, contributions in feature order, terms and reasons', () => {
    expect(data.features.map((f) => f.key)).toEqual([
      'text',
      'keywords',
      'industryCode',
      'segment',
      'scale',
      'region',
      'asean',
    ]);
    expect(data.features[0]).toEqual({ key: 'text', label: '文本相关度', color: '#0072B2' });
    const [e1] = data.items[0]!.m;
    expect(e1).toEqual({
      f: 0,
      s: 0.67,
      c: [0.32, 0.12, 0.1, 0, 0.05, 0.08, 0],
      t: ['动力电池', '<img src=x onerror=alert(1)>'],
      zh: '主营动力电池系统，行业代码一致，来自东部沿海。',
      en: 'Reason for E1',
    });
    // A reason that opens with the firm and the item (shown beside it) is embedded without that opening.
    expect(data.items[1]!.m[0]!.zh).toBe('电机电控产品齐全。');
  });

  it("marks weak matches (弱匹配) and shows each firm's contacts and passthrough columns", () => {
    const weak = matches.map((m, i) => (i === 0 ? { ...m, weak: true as const } : m));
    const withContacts = enterprises.map((e, i) =>
      i === 0 ? { ...e, contact: '陈明', position: '总经理', phone: '0591-88886666', extra: { 备注: '已对接' } } : e,
    );
    const d = dataOf(renderReport({ themes, items, enterprises: withContacts, matches: weak }));
    expect(d.items[0]!.m[0]!.w).toBe(1);
    expect(d.items[0]!.m[1]!.w).toBeUndefined();
    expect(d.firms[0]!.contact).toBe('陈明（总经理） 0591-88886666 · 备注：已对接');
    expect(CLIENT_JS).toContain("'弱匹配'");
  });

  it('keeps topPerItem matches per item and counts the rest', () => {
    const d = dataOf(renderReport({ themes, items, enterprises, matches, topPerItem: 1 }));
    expect(d.items[0]!.m).toHaveLength(1);
    expect(d.items[0]!.more).toBe(2);
    expect(d.items[1]!.more).toBeUndefined();
  });

  it('escapes every piece of user text (XSS)', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>试点</b>');
    expect(html).not.toContain('<i>x</i>');
    expect(html).toContain('<title>测试报告 &lt;i&gt;x&lt;/i&gt;</title>');
    expect(html).toContain('\\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e有限公司');
    expect(data.items.at(-1)!.title).toBe('茧丝绸精深加工 <b>试点</b>');
  });

  it('has a heat map of themes × source regions', () => {
    expect(data.heat.cols.map((c) => c[0])).toEqual([
      '东部',
      '中部',
      '西部',
      '东北',
      '粤港澳大湾区',
      '港澳台',
      '东盟',
      '境外',
      '未知',
    ]);
    // 先进装备: E1 twice (east+gba), E4 (east), E6 (hmt+gba) → east 3, gba 3, hmt 1.
    expect(data.heat.rows[0]!.map((c) => (c ? c[0] : 0))).toEqual([3, 0, 0, 0, 3, 1, 0, 0, 0]);
    expect(data.heat.rows[0]![5]).toEqual([1, 0.16]);
  });

  it('is deterministic and does not depend on match order', () => {
    const shuffled = [...matches].reverse();
    expect(renderReport({ themes, items, enterprises, matches: shuffled, title: '测试报告 <i>x</i>' })).toBe(html);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify({ themes, items, enterprises, matches });
    renderReport({ themes, items, enterprises, matches });
    expect(JSON.stringify({ themes, items, enterprises, matches })).toBe(before);
  });

  it('handles no matches, unknown themes and missing enterprises', () => {
    const d = dataOf(
      renderReport({
        themes: [],
        items: [
          { id: 'X', title: 'x', theme: 'other' },
          { id: 'Y', title: 'y' },
        ],
        enterprises: new Map(),
        matches: [
          {
            itemId: 'Z',
            enterpriseId: 'nobody',
            rank: 1,
            score: 0.5,
            contributions: { custom: 0.5 },
            matchedTerms: [],
            reason: { zh: '', en: '' },
          },
        ],
      }),
    );
    expect(d.themes.map((t) => [t.name, t.chains])).toEqual([
      ['other', ['未标注产业链']],
      ['未分类', ['未标注产业链']],
    ]);
    expect(d.items.map((i) => [i.id, i.theme, i.m.length])).toEqual([
      ['X', 0, 0],
      ['Y', 1, 0],
      ['Z', 1, 1],
    ]);
    expect(d.firms).toEqual([{ name: 'nobody', id: 'nobody', where: '' }]);
    expect(d.features).toEqual([{ key: 'custom', label: 'custom', color: '#0072B2' }]);
  });

  it('never lets arbitrary text break out of the markup or the data (property)', () => {
    const ours = [
      '!doctype',
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'header',
      'h1',
      'h2',
      'p',
      'span',
      'b',
      'div',
      'label',
      'input',
      'select',
      'option',
      'button',
      'output',
      'main',
      'noscript',
      'section',
      'details',
      'summary',
      'table',
      'thead',
      'tbody',
      'ul',
      'li',
      'i',
      'footer',
      'script',
    ];
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, reason) => {
        const h = renderReport({
          title: name,
          themes: [{ id: 't', name, chains: [{ id: 'c', name }] }],
          items: [{ id: 'i', title: name, theme: 't', chain: 'c', hostCity: name }],
          enterprises: [{ id: 'e', name }],
          chains: [
            {
              themeId: 't',
              chainId: 'c',
              name,
              links: [
                {
                  id: 'l',
                  name,
                  nameEn: name,
                  stage: 'product',
                  industryCodes: [],
                  terms: { zh: ['铝'], en: [] },
                  supplies: [],
                },
              ],
            },
          ],
          matches: [
            {
              itemId: 'i',
              enterpriseId: 'e',
              rank: 1,
              score: 0.4,
              contributions: { text: 0.4 },
              matchedTerms: [reason],
              reason: { zh: reason, en: reason },
            },
          ],
        });
        // Only our own tags, and the data reads back unchanged.
        const tags = new Set([...h.matchAll(/<\/?([a-zA-Z0-9!]+)/gu)].map((x) => x[1]!.toLowerCase()));
        for (const t of tags) expect(ours).toContain(t);
        expect(h.match(/<\/script/giu)).toHaveLength(2);
        const d = dataOf(h);
        expect([d.title, d.themes[0]!.name, d.items[0]!.title, d.items[0]!.city, d.firms[0]!.name]).toEqual([
          name,
          name,
          name,
          name,
          name,
        ]);
        expect(d.items[0]!.m[0]!.t).toEqual([reason]);
        expect(d.chains![0]!.links[0]!.name).toBe(name);
        expect(h).toContain(`<h1>${escapeHtml(name)}</h1>`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderReport: the 产业链 view', () => {
  let maps: ChainMap[];
  beforeAll(async () => {
    maps = await loadChainMaps();
  });
  const render = (extra: Partial<Parameters<typeof renderReport>[0]> = {}) =>
    renderReport({ themes, items, enterprises: withLeaders, matches, chains: maps, ...extra });

  const html = renderReport({ themes, items, enterprises, matches, title: '测试报告 <i>x</i>' });
  const data = dataOf(html);

  it('is left out without chain maps', () => {
    expect(data.chains).toBeUndefined();
    expect(html).not.toContain('id="chains"');
    expect(html).toContain('（打印时只输出概览：');
  });

  it("draws every chain of the report's themes, links upstream to downstream, with the counts of chainCoverage", () => {
    const h = render();
    const d = dataOf(h);
    const chains = d.chains!;
    // Grouped by theme in the report's order, each theme's chains in the maps' order; names from the themes file.
    expect(chains).toHaveLength(31);
    expect(chains.map((c) => c.theme)).toEqual([...chains.map((c) => c.theme)].sort((a, b) => a - b));
    expect(chains.slice(0, 2).map((c) => c.name)).toEqual(['新能源汽车', '汽车零部件']);
    const nev = chains[0]!;
    expect(nev.links.map((l) => l.name)).toEqual(maps[0]!.links.map((l) => l.name));
    expect(nev.links.map((l) => l.s).join('')).toBe('nnccnnnn');
    expect(nev.links[2]).toEqual({
      name: '电池系统与PACK',
      en: 'Battery packs and systems',
      stage: '零部件',
      s: 'c',
      items: [0],
      firms: [[0, 0.67]],
    });
    // 茧丝绸: an item, but its one match (0.32) is below 0.4: a gap.
    const silk = chains.find((c) => c.name === '茧丝绸')!;
    expect(silk.links.filter((l) => l.s !== 'n')).toMatchObject([{ name: '丝绸制品', s: 'g', items: [4], firms: [] }]);
    // Firms by name; the same links, items, firms and statuses as chainCoverage.
    const coverage = chainCoverage({ items, enterprises: withLeaders, matches, maps });
    expect(
      chains.map((c) =>
        c.links.map((l) => [l.s, l.items.map((i) => d.items[i]!.id), l.firms.map(([f]) => d.firms[f]!.name)]),
      ),
    ).toEqual(
      coverage.map((c) => c.links.map((l) => [l.status[0], l.items.map((i) => i.id), l.firms.map((f) => f.name)])),
    );
    // 链主 links are marked; 链主 candidates point at their link.
    const displays = chains.find((c) => c.links.some((l) => l.name === '显示面板'))!;
    expect(displays.links.filter((l) => l.lead).map((l) => l.name)).toEqual(['显示面板']);
    const leader = (c: (typeof chains)[number]) =>
      c.leaders.map(([f, l, r]) => [d.firms[f]!.name, c.links[l]!.name, r]);
    expect(leader(nev)).toEqual([['桂海新能源汽车股份有限公司', '新能源整车', 120]]);
    expect(leader(displays)).toEqual([['武汉光谷显示技术有限公司', '显示面板', 50]]);
    expect(d.chainMin).toBe(0.4);
    // The frame: a heading, a legend in words, the minimum score.
    expect(h).toContain('<h2 id="ch-h">产业链 · 各环节招商覆盖</h2>');
    expect(h).toContain('<li><i class="sw st-g"></i>缺口：有招商项目，无合格企业</li>');
    expect(h).toContain('匹配得分 ≥ 0.4（弱匹配不计）');
    expect(h).toContain('（打印时只输出概览与产业链图：');
    // The rest of the report is unchanged: the chain view only adds firms at the end of the list.
    expect(d.items).toEqual(data.items);
    expect(d.firms.slice(0, 6).map((f) => f.id)).toEqual(data.firms.map((f) => f.id));
  });

  it('counts a firm at the minimum score or above, never a weak match', () => {
    const nev = (h: string) =>
      dataOf(h)
        .chains![0]!.links.map((l) => l.s)
        .join('');
    // AE-001's best is 0.67, AE-002's 0.8.
    expect(nev(render({ chainMinScore: 0.7 }))).toBe('nngcnnnn');
    expect(nev(render({ chainMinScore: 0.67 }))).toBe('nnccnnnn');
    const weak = matches.map((m) => (m.itemId === 'AE-002' ? { ...m, weak: true as const } : m));
    expect(nev(render({ matches: weak }))).toBe('nncgnnnn');
    expect(render({ chainMinScore: 0.7 })).toContain('匹配得分 ≥ 0.7（');
  });

  it('shows only the chains of themes the report has', () => {
    const d = dataOf(
      render({ themes: [themes[1]!], items: [items[2]!], matches: matches.filter((m) => m.itemId === 'NM-001') }),
    );
    expect(new Set(d.chains!.map((c) => d.themes[c.theme]!.name))).toEqual(new Set(['新材料']));
    expect(d.chains).toHaveLength(8);
    expect(dataOf(render({ chains: [] })).chains).toBeUndefined();
  });
});

describe('renderReport: the 产业链 view of the bundled sample', () => {
  it('counts, per chain and link, what chainCoverage counts for the same matches', async () => {
    const bundled = await loadBundledData();
    const maps = await loadChainMaps();
    const ranked = createMatcher({ themes: bundled.themes }).rank(bundled.items, bundled.enterprises, { top: 5 });
    const d = dataOf(renderReport({ ...bundled, matches: ranked, chains: maps }));
    const coverage = chainCoverage({ ...bundled, matches: ranked, maps });
    const round = (v: number) => Math.round(v * 1000) / 1000;
    expect(
      d.chains!.map((c) => [
        d.themes[c.theme]!.name,
        c.links.map((l) => [
          l.name,
          l.s,
          l.items.map((i) => d.items[i]!.id),
          l.firms.map(([f, s]) => [d.firms[f]!.id, s]),
        ]),
        c.leaders.map(([f, l]) => [d.firms[f]!.id, c.links[l]!.name]),
      ]),
    ).toEqual(
      coverage.map((c) => [
        bundled.themes.find((t) => t.id === c.themeId)!.name,
        c.links.map((l) => [l.name, l.status[0], l.items.map((i) => i.id), l.firms.map((f) => [f.id, round(f.score)])]),
        c.leaders.map((x) => [x.id, c.links.find((l) => l.linkId === x.linkId)!.name]),
      ]),
    );
    const count = (s: string) => d.chains!.flatMap((c) => c.links).filter((l) => l.s === s).length;
    expect([count('c'), count('g'), count('n')]).toEqual([140, 0, 55]);
  }, 120_000);
});

describe('jsonForScript', () => {
  it('escapes what could end or confuse a script element, and parses back', () => {
    const value = { a: '</script><!--<script>&\u2028\u2029' };
    const json = jsonForScript(value);
    expect(json).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
