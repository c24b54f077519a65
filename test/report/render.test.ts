import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, renderReport } from '../../src/report/index.js';
import { enterprises, items, matches, themes } from './fixture.js';

describe('renderReport', () => {
  const html = renderReport({ themes, items, enterprises, matches, title: '测试报告 <i>x</i>' });

  it('is one self-contained document: inline CSS, no scripts, no external URLs', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//iu);
    expect(html).not.toMatch(/<link\b/iu);
    expect(html).toContain("default-src 'none'");
  });

  it('has a section per theme, each item with its ranked enterprises and reasons', () => {
    for (const t of themes) expect(html).toContain(`${t.name} <span class="en">`);
    expect(html).toContain('新能源汽车动力电池系统集成');
    expect(html).toContain('深圳锂想能源科技有限公司');
    expect(html).toContain('主营动力电池系统，行业代码一致，来自东部沿海。');
    // Item given by theme name (新材料) lands in the theme with that name.
    const nm = html.indexOf('id="theme-2"');
    expect(html.indexOf('高端铝合金精深加工')).toBeGreaterThan(nm);
    expect(html.indexOf('高端铝合金精深加工')).toBeLessThan(html.indexOf('id="theme-3"'));
  });

  it('escapes every piece of user text (XSS)', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>试点</b>');
    expect(html).not.toContain('<i>x</i>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;有限公司');
    expect(html).toContain('茧丝绸精深加工 &lt;b&gt;试点&lt;/b&gt;');
  });

  it('draws score bars whose segments are the contributions, with a legend', () => {
    expect(html).toContain('文本相关度');
    expect(html).toContain('来源区域');
    // E1's text contribution 0.32 → 32% of the bar.
    expect(html).toMatch(/class="seg" style="width:32%;background:#[0-9A-F]{6}" title="文本相关度: 0\.320"/u);
  });

  it('has a heat map of themes × source regions', () => {
    const heat = html.slice(html.indexOf('id="heatmap"'), html.indexOf('id="theme-1"'));
    for (const zh of ['东部', '中部', '粤港澳大湾区', '港澳台', '东盟']) expect(heat).toContain(zh);
    // 先进装备: E1 (east+gba), E4 (east), E6 (hmt+gba) → east 2, gba 2, hmt 1.
    const row = heat.slice(heat.indexOf('<tr><th scope="row">先进装备制造'), heat.indexOf('<tr><th scope="row">新材料'));
    const cells = [...row.matchAll(/<td[^>]*>(?:<b>)?(\d+)/gu)].map((x) => Number(x[1]));
    expect(cells.slice(0, 8)).toEqual([2, 0, 0, 0, 2, 1, 0, 0]);
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
    const h = renderReport({
      themes: [],
      items: [{ id: 'X', title: 'x', theme: 'other' }, { id: 'Y', title: 'y' }],
      enterprises: new Map(),
      matches: [{ itemId: 'Z', enterpriseId: 'nobody', rank: 1, score: 0.5, contributions: { custom: 0.5 }, matchedTerms: [], reason: { zh: '', en: '' } }],
    });
    expect(h).toContain('other');
    expect(h).toContain('未分类');
    expect(h).toContain('暂无候选企业');
    expect(h).toContain('nobody');
  });

  it('never lets arbitrary text break out of the markup (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, reason) => {
        const h = renderReport({
          themes: [{ id: 't', name }],
          items: [{ id: 'i', title: name, theme: 't' }],
          enterprises: [{ id: 'e', name }],
          matches: [{ itemId: 'i', enterpriseId: 'e', rank: 1, score: 0.4, contributions: { text: 0.4 }, matchedTerms: [reason], reason: { zh: reason, en: reason } }],
        });
        expect(h).toContain(escapeHtml(name));
        // Only our own tags: every '<' starts a known tag.
        const tags = new Set([...h.matchAll(/<\/?([a-zA-Z0-9!]+)/gu)].map((x) => x[1]!.toLowerCase()));
        for (const t of tags) expect(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'span', 'b', 'nav', 'ol', 'li', 'a', 'main', 'section', 'ul', 'i', 'table', 'thead', 'tr', 'th', 'br', 'tbody', 'td', 'small', 'article', 'div', 'footer']).toContain(t);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
