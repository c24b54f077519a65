/**
 * The report page's script (plain browser JavaScript; this project has no DOM types). render.ts embeds it
 * in a `<script>` admitted by the page's CSP by hash. It is a string, not a function's source, so that no
 * build tool can rewrite it (tsx adds helpers such as `__name` to functions). It reads the JSON in
 * `#report-data` (`ReportData` in render.ts) and draws the overview, the 产业链 view (when the data has chains), the
 * heat map and the item list; every piece of data reaches the page as `textContent`, a form control's value or
 * a CSSOM property, never as markup. It must not contain a backtick or `${`.
 */
export const CLIENT_JS = String.raw`(() => {
'use strict';
const D = JSON.parse(document.getElementById('report-data').textContent);
const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};
const fmt = (v, digits = 3) => v.toFixed(digits);
const ui = { q: $('q'), theme: $('f-theme'), chain: $('f-chain'), city: $('f-city'), min: $('f-min'), sort: $('f-sort') };
const itemKey = D.items.map((it) => (it.title + ' ' + it.id).toLowerCase());
const firmKey = D.firms.map((f) => (f.name + ' ' + f.id).toLowerCase());

// Options: themes, chains (of the chosen theme, else all under their theme), host cities.
D.themes.forEach((t, i) => ui.theme.add(new Option(t.name, String(i))));
const fillChains = () => {
  const keep = ui.chain.value;
  ui.chain.length = 1;
  D.themes.forEach((t, ti) => {
    if (ui.theme.value !== '' && ui.theme.value !== String(ti)) return;
    const group = el('optgroup');
    group.label = t.name;
    t.chains.forEach((c, ci) => group.append(new Option(c, ti + ':' + ci)));
    if (t.chains.length) ui.chain.append(group);
  });
  ui.chain.value = keep;
  if (ui.chain.selectedIndex < 0) ui.chain.value = '';
};
const cities = [...new Set(D.items.map((it) => it.city).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
for (const c of cities) ui.city.add(new Option(c, c));

// Legend and heat map: drawn once.
for (const f of D.features) {
  const li = el('li');
  const sw = el('i', 'sw');
  sw.style.background = f.color;
  li.append(sw, f.label);
  $('legend').append(li);
}
const heat = $('heatmap');
const headRow = el('tr');
headRow.append(el('th', '', '专题'));
for (const [zh, key] of D.heat.cols) {
  const th = el('th', '', zh);
  th.append(el('br'), el('span', 'muted', key));
  headRow.append(th);
}
heat.querySelector('thead').append(headRow);
const maxCount = Math.max(0, ...D.heat.rows.flat().map((c) => (c ? c[0] : 0)));
D.heat.rows.forEach((cells, ti) => {
  const tr = el('tr');
  tr.append(el('th', '', D.themes[ti].name));
  cells.forEach((c, ri) => {
    const td = el('td', c ? '' : 'zero', c ? '' : '0');
    if (c) {
      const light = Math.round(96 - (c[0] / maxCount) * 58);
      td.style.background = 'hsl(210,70%,' + light + '%)';
      td.style.color = light < 62 ? '#fff' : '#1a1a1a';
      td.title = D.themes[ti].name + ' · ' + D.heat.cols[ri][0] + '：' + c[0] + ' 条, 平均得分 ' + fmt(c[1]);
      td.append(el('b', '', String(c[0])), el('br'), el('small', '', fmt(c[1], 2)));
    }
    tr.append(td);
  });
  heat.querySelector('tbody').append(tr);
});

// 产业链 view: each chain a row of its links, upstream first, coloured by coverage and labelled in words;
// a link opens a panel under its row with its items, its qualifying firms and the chain's 链主 candidates there.
// Built once (an open panel and the focus survive filtering); the theme and chain filters show or hide rows.
const STATUS = { c: '已覆盖', g: '缺口', n: '无招商项目' };
const chainRows = [];
// A name that, clicked, searches the item list for q (a firm's name, an item's id) and scrolls there.
const searchButton = (text, title, q) => {
  const b = el('button', 'firm', text);
  b.type = 'button';
  b.title = title;
  b.addEventListener('click', () => {
    ui.q.value = q;
    update();
    $('items').scrollIntoView();
  });
  return b;
};
const FIRM_SEARCH = '搜索该企业适配的招商环节';
// A table of firms: a header row, then row(entry, position) per entry; those past the tenth folded (其余 N 家).
const firmTables = (heads, list, row) => {
  const table = (part, from) => {
    const tb = el('table', 'firms');
    const hr = el('tr');
    hr.append(...heads.map(([cls, text]) => el('th', cls, text)));
    tb.append(el('thead'), el('tbody'));
    tb.tHead.append(hr);
    part.forEach((x, i) => tb.tBodies[0].append(row(x, from + i + 1)));
    return tb;
  };
  const out = list.length ? [table(list.slice(0, 10), 0)] : [];
  if (list.length > 10) {
    const more = el('details');
    more.append(el('summary', '', '其余 ' + (list.length - 10) + ' 家'), table(list.slice(10), 10));
    out.push(more);
  }
  return out;
};
const cells = (...parts) => {
  const tr = el('tr');
  tr.append(...parts);
  return tr;
};
const linkPanel = (ch, li) => {
  const l = ch.links[li];
  const h = el('h5', '', l.name);
  if (l.en) h.append(' ', el('span', 'en', l.en));
  h.append(' ', el('span', 'id', [l.stage, STATUS[l.s], l.lead ? '链主环节' : ''].filter(Boolean).join(' · ')));
  const out = [h];
  if (l.items.length === 0) out.push(el('p', 'muted', '本环节暂无招商项目。'));
  else {
    out.push(el('b', '', '招商项目（' + l.items.length + '）'));
    const ul = el('ul');
    for (const i of l.items) {
      const it = D.items[i];
      const row = el('li');
      row.append(searchButton(it.title, '在招商环节明细中查看', it.id), ' ', el('span', 'id', [it.city, it.id].filter(Boolean).join(' · ')));
      ul.append(row);
    }
    out.push(ul);
  }
  const leaders = new Set(ch.leaders.map((x) => x[0]));
  if (l.items.length && l.firms.length === 0) out.push(el('p', 'gap', '缺口：以上招商项目暂无得分 ≥ ' + D.chainMin + ' 的企业。'));
  if (l.firms.length) {
    out.push(el('b', '', '合格企业（' + l.firms.length + ' 家，得分 ≥ ' + D.chainMin + '）'));
    const heads = [['n', '#'], ['', '企业'], ['', '所在地'], ['n', '最高得分']];
    out.push(...firmTables(heads, l.firms, ([f, s], n) => {
      const firm = D.firms[f];
      const who = el('td');
      if (leaders.has(f)) who.append(el('span', 'tag', '链主候选'));
      who.append(searchButton(firm.name, FIRM_SEARCH, firm.name));
      return cells(el('td', 'n', String(n)), who, el('td', 'muted where', [firm.where, firm.listed ? '上市' : ''].filter(Boolean).join(' · ')), el('td', 'n', fmt(s)));
    }));
  }
  const here = ch.leaders.filter((x) => x[1] === li);
  if (here.length) {
    out.push(el('b', '', '链主候选（本环节，上市或营收 ≥ 10 亿元）'));
    const ul = el('ul');
    for (const [f, , rev] of here) {
      const firm = D.firms[f];
      const row = el('li');
      row.append(firm.name, ' ', el('span', 'id', [firm.where, firm.listed ? '上市' : '', rev !== null ? '营收 ' + rev + ' 亿元' : '', l.firms.some((x) => x[0] === f) ? '合格' : '未达合格分数'].filter(Boolean).join(' · ')));
      ul.append(row);
    }
    out.push(ul);
  }
  return out;
};
if (D.chains) {
  const sections = new Map();
  D.chains.forEach((ch, ci) => {
    let sec = sections.get(ch.theme);
    if (!sec) {
      sec = el('section', 'ch-theme');
      const t = D.themes[ch.theme];
      const h = el('h3', '', t.name);
      if (t.en) h.append(' ', el('span', 'en', t.en));
      sec.append(h);
      sections.set(ch.theme, sec);
      $('chain-view').append(sec);
    }
    const count = (s) => ch.links.filter((l) => l.s === s).length;
    const h = el('h4', '', ch.name);
    h.append(' ', el('span', 'id', (ch.links.length - count('n')) + '/' + ch.links.length + ' 个环节有招商项目 · 已覆盖 ' + count('c') + ' · 缺口 ' + count('g')));
    const ol = el('ol', 'links');
    ol.setAttribute('aria-label', ch.name + '：产业链环节，上游到下游');
    const panel = el('div', 'ch-panel');
    panel.id = 'ch-panel-' + ci;
    panel.hidden = true;
    panel.setAttribute('role', 'region');
    const buttons = ch.links.map((l, li) => {
      const b = el('button', 'ch-link st-' + l.s);
      b.type = 'button';
      b.setAttribute('aria-expanded', 'false');
      b.setAttribute('aria-controls', panel.id);
      const name = el('span', 'ln', l.name);
      if (l.lead) name.append(el('span', 'tag', '链主'));
      b.append(name, el('span', 'st', STATUS[l.s]), el('span', 'cnt', '项目 ' + l.items.length + ' · 企业 ' + l.firms.length));
      b.setAttribute('aria-label', [l.name, l.lead ? '链主环节' : '', STATUS[l.s], '招商项目 ' + l.items.length + ' 个', '合格企业 ' + l.firms.length + ' 家'].filter(Boolean).join('，'));
      b.addEventListener('click', () => {
        const open = b.getAttribute('aria-expanded') === 'true';
        for (const x of buttons) x.setAttribute('aria-expanded', 'false');
        panel.hidden = open;
        if (open) return;
        b.setAttribute('aria-expanded', 'true');
        panel.setAttribute('aria-label', ch.name + ' · ' + l.name);
        panel.replaceChildren(...linkPanel(ch, li));
      });
      const item = el('li');
      item.append(b);
      ol.append(item);
      return b;
    });
    const row = el('div', 'ch-row');
    row.append(h, ol, panel);
    sec.append(row);
    chainRows.push({ row, sec, theme: String(ch.theme), key: ch.theme + ':' + D.themes[ch.theme].chains.indexOf(ch.name) });
  });
}
const filterChains = () => {
  const shown = new Set();
  for (const r of chainRows) {
    r.row.hidden = (ui.theme.value !== '' && r.theme !== ui.theme.value) || (ui.chain.value !== '' && r.key !== ui.chain.value);
    if (!r.row.hidden) shown.add(r.sec);
  }
  for (const r of chainRows) r.sec.hidden = !shown.has(r.sec);
};

// What the controls let through: items of the chosen theme, chain and city whose title or a matched
// firm contains the search text; matches at or above the minimum score (only the searched firm's,
// unless the item itself is found). Sorting by score orders items within their chain by best score.
const visible = () => {
  const q = ui.q.value.trim().toLowerCase();
  const min = Number(ui.min.value) || 0;
  const rows = [];
  D.items.forEach((it, i) => {
    if (ui.theme.value !== '' && String(it.theme) !== ui.theme.value) return;
    if (ui.chain.value !== '' && it.theme + ':' + it.chain !== ui.chain.value) return;
    if (ui.city.value !== '' && it.city !== ui.city.value) return;
    const hit = q === '' || itemKey[i].includes(q);
    const m = it.m.map((x, rank) => ({ ...x, rank: rank + 1 })).filter((x) => x.s >= min && (hit || firmKey[x.f].includes(q)));
    if ((!hit || min > 0) && m.length === 0) return;
    rows.push({ it, m, best: m.length ? m[0].s : -1 });
  });
  if (ui.sort.value === 'score') rows.sort((a, b) => b.best - a.best);
  return rows;
};

const overview = (rows) => {
  const per = D.themes.map(() => ({ items: 0, best: -1, firms: new Map() }));
  for (const r of rows) {
    const t = per[r.it.theme];
    t.items++;
    for (const x of r.m) {
      const s = t.firms.get(x.f) ?? { n: 0, best: -1 };
      s.n++;
      s.best = Math.max(s.best, x.s);
      t.firms.set(x.f, s);
      t.best = Math.max(t.best, x.s);
    }
  }
  const out = [];
  per.forEach((t, ti) => {
    if (t.items === 0) return;
    const card = el('article', 'ov-theme');
    card.dataset.theme = String(ti);
    const head = el('div', 'head');
    const h = el('h3', '', D.themes[ti].name);
    if (D.themes[ti].en) h.append(' ', el('span', 'en', D.themes[ti].en));
    head.append(h);
    if (ui.theme.value === '') {
      const only = el('button', '', '只看本专题');
      only.type = 'button';
      only.addEventListener('click', () => {
        ui.theme.value = String(ti);
        update();
        $('items').scrollIntoView();
      });
      head.append(only);
    }
    card.append(head, el('p', 'muted', t.items + ' 个招商环节 · ' + t.firms.size + ' 家候选企业' + (t.best >= 0 ? ' · 最高得分 ' + fmt(t.best) : '')));
    const firms = [...t.firms].sort((a, b) => b[1].n - a[1].n || b[1].best - a[1].best || a[0] - b[0]);
    const heads = [['n', '#'], ['', '企业'], ['', '所在地'], ['n', '适配环节'], ['n', '最高得分']];
    card.append(...firmTables(heads, firms, ([f, s], n) => {
      const who = el('td');
      who.append(searchButton(D.firms[f].name, FIRM_SEARCH, D.firms[f].name), ' ', el('span', 'id', D.firms[f].id));
      return cells(el('td', 'n', String(n)), who, el('td', 'muted where', [D.firms[f].where + (D.firms[f].listed ? ' · 上市' : ''), D.firms[f].contact].filter(Boolean).join(' · ')), el('td', 'n', String(s.n)), el('td', 'n', fmt(s.best)));
    }));
    out.push(card);
  });
  $('ov').replaceChildren(...(out.length ? out : [el('p', 'empty', '没有符合条件的企业。')]));
};

const matchRow = (x) => {
  const firm = D.firms[x.f];
  const tr = el('tr');
  const ent = el('td', 'ent');
  ent.append(el('b', '', firm.name), el('br'), el('span', 'muted', [firm.where, firm.listed ? '上市' : '', firm.id, firm.contact].filter(Boolean).join(' · ')));
  const score = el('td', 'score');
  // One element per bar: the contributions are stops of a gradient, in feature order.
  const bar = el('div', 'bar');
  const stops = [];
  const parts = [];
  let at = 0;
  D.features.forEach((f, i) => {
    if (!(x.c[i] > 0)) return;
    const to = Math.min(100, Math.round(at * 10 + x.c[i] * 1000) / 10);
    stops.push(f.color + ' ' + at + '% ' + to + '%');
    parts.push(f.label + ' ' + fmt(x.c[i]));
    at = to;
  });
  bar.style.backgroundImage = 'linear-gradient(90deg,' + stops.concat('transparent ' + at + '%').join(',') + ')';
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', '得分 ' + fmt(x.s));
  bar.title = parts.join('，');
  score.append(el('div', 'num', fmt(x.s)), bar);
  if (x.w) score.append(el('div', 'weak', '弱匹配'));
  const reason = el('td', 'reason');
  const more = el('details');
  more.append(el('summary', '', 'English · 得分构成 · 匹配词 ' + x.t.length));
  // Filled when first opened: most are never opened, and the page stays small and quick.
  more.addEventListener('toggle', () => more.append(...detailsOf(x)), { once: true });
  reason.append(el('div', 'zh', x.zh), more);
  tr.append(el('td', 'rank', String(x.rank)), ent, score, reason);
  return tr;
};

const detailsOf = (x) => {
  const parts = el('div', 'parts');
  [...D.features.keys()].filter((i) => x.c[i] > 0).sort((a, b) => x.c[b] - x.c[a]).forEach((i) => {
    const sw = el('i', 'sw');
    sw.style.background = D.features[i].color;
    const p = el('span');
    p.append(sw, D.features[i].label + ' ' + fmt(x.c[i], 2));
    parts.append(p);
  });
  const terms = el('div', 'terms');
  for (const t of x.t) terms.append(el('span', 'term', t));
  return [el('div', 'en', x.en), parts, terms];
};

const itemCard = (r) => {
  const it = r.it;
  const card = el('article', 'item');
  card.dataset.city = it.city;
  const h = el('h5', '', it.title);
  h.append(' ', el('span', 'id', it.id));
  card.append(h);
  if (it.chips.length) {
    const chips = el('p', 'chips');
    for (const c of it.chips) chips.append(el('span', 'chip', c));
    card.append(chips);
  }
  if (it.desc) card.append(el('p', 'desc', it.desc));
  if (r.m.length === 0) card.append(el('p', 'muted', '暂无候选企业。'));
  else {
    const table = el('table', 'matches');
    const body = el('tbody');
    for (const x of r.m) body.append(matchRow(x));
    table.append(body);
    card.append(table);
  }
  if (it.m.length > r.m.length) card.append(el('p', 'muted', '另有 ' + (it.m.length - r.m.length) + ' 家候选企业不符合当前筛选。'));
  if (it.more) card.append(el('p', 'muted', '另有 ' + it.more + ' 家候选企业未列入本报告。'));
  return card;
};

const list = (rows) => {
  const groups = D.themes.map((t) => t.chains.map(() => []));
  for (const r of rows) groups[r.it.theme][r.it.chain].push(r);
  const out = [];
  groups.forEach((chains, ti) => {
    const n = chains.reduce((a, c) => a + c.length, 0);
    if (n === 0) return;
    const t = D.themes[ti];
    const sec = el('section', 'theme');
    sec.dataset.theme = String(ti);
    const h = el('h3', '', t.name);
    if (t.en) h.append(' ', el('span', 'en', t.en));
    h.append(' ', el('span', 'id', n + ' 个环节'));
    sec.append(h);
    if (t.desc) sec.append(el('p', 'desc', t.desc));
    chains.forEach((items, ci) => {
      if (items.length === 0) return;
      const group = el('section', 'chain');
      const h = el('h4', '', t.chains[ci]);
      h.append(' ', el('span', 'id', items.length + ' 个环节'));
      group.append(h, ...items.map(itemCard));
      sec.append(group);
    });
    out.push(sec);
  });
  $('list').replaceChildren(...(out.length ? out : [el('p', 'empty', '没有符合条件的招商环节。')]));
};

const update = () => {
  fillChains();
  const rows = visible();
  overview(rows);
  filterChains();
  list(rows);
  const shown = rows.reduce((a, r) => a + r.m.length, 0);
  $('count').textContent = '显示 ' + rows.length + ' / ' + D.items.length + ' 个招商环节 · ' + shown + ' 条匹配';
  if (ui.theme.value === '') delete document.body.dataset.theme;
  else document.body.dataset.theme = ui.theme.value;
  $('print').disabled = ui.theme.value === '';
};

for (const c of Object.values(ui)) c.addEventListener(c.tagName === 'SELECT' ? 'change' : 'input', update);
$('reset').addEventListener('click', () => {
  ui.q.value = ui.theme.value = ui.chain.value = ui.city.value = ui.sort.value = '';
  ui.min.value = '0';
  update();
});
$('print').addEventListener('click', () => window.print());
update();
})();
`;
