import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, renderReport } from '../../src/report/index.js';
import { CLIENT_JS } from '../../src/report/client.js';
import { jsonForScript, type ReportData } from '../../src/report/render.js';
import { enterprises, items, matches, themes } from './fixture.js';

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
        expect(h).toContain(`<h1>${escapeHtml(name)}</h1>`);
      }),
      { numRuns: 200 },
    );
  });
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
