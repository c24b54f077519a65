/**
 * Renders the HTML report, opens it in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core), measures it, uses it like a person would and photographs each step:
 *
 *   <dir>/report-overview.png  the page as it opens (overview per theme)
 *   <dir>/report-search.png    after typing a firm's name into the search box
 *   <dir>/report-filter.png    one theme, a host city, minimum score 0.5, sorted by score; one match's
 *                              English reason, contributions and matched terms opened
 *   <dir>/report-print.png     print media with one theme selected
 *   <dir>/report-chains.png    the 产业链 view with a link opened (a 链主 link with items, else the first
 *                              covered one), at 1280 px; report-chains-800.png the same at 800 px
 *
 * Prints the size, the time from navigation to the first rendered item list (the median of --runs
 * loads), the A4 pages printed for the selected theme, and a line per check; exits 1 if a check fails.
 *
 *   npx tsx scripts/screenshot-report.ts                      # small built-in fixture
 *   npx tsx scripts/screenshot-report.ts --themes data/themes.json --items data/items.jsonl \
 *     --enterprises data/enterprises.jsonl --matches out/matches.jsonl [--top 5] --dir docs
 *   options: --dir out  --html out/report.html  --runs 5  --chains F (default: the bundled chain maps)
 *            --no-chains  --min-score 0.4 (a firm qualifies in the 产业链 view)
 *
 * Needs `apt-get install -y chromium`; never downloads a browser.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { readMatches, readRecords, validateFile, writeFileAtomic } from '../src/io/index.js';
import { renderReport } from '../src/report/index.js';
import { type ChainGapItem, type Enterprise, type SectorTheme, SectorThemeSchema } from '../src/schema/domain.js';
import type { Match } from '../src/schema/match.js';
import { CHROMIUM, hasChromium, launchChromium, openReport } from '../test/report/page.js';
import { loadChainMaps } from '../src/data/chains.js';

async function load(
  values: Partial<Record<'themes' | 'items' | 'enterprises' | 'matches', string>>,
): Promise<{ themes: SectorTheme[]; items: ChainGapItem[]; enterprises: Enterprise[]; matches: Match[] }> {
  if (!values.matches) {
    const f = await import('../test/report/fixture.js');
    return { themes: f.themes, items: f.items, enterprises: f.enterprises, matches: f.matches };
  }
  const themes: SectorTheme[] = [];
  if (values.themes) {
    for await (const row of readRecords(values.themes, { kind: 'raw' })) {
      const r = SectorThemeSchema.safeParse({ ...row.record });
      if (r.success) themes.push(r.data);
    }
  }
  const items = values.items ? (await validateFile<ChainGapItem>(values.items, 'item')).accepted : [];
  const enterprises = values.enterprises
    ? (await validateFile<Enterprise>(values.enterprises, 'enterprise')).accepted
    : [];
  const matches: Match[] = [];
  for await (const r of readMatches(values.matches)) if (r.ok) matches.push(r.value);
  return { themes, items, enterprises, matches };
}

const visibleText = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).filter({ visible: true }).allTextContents();

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      themes: { type: 'string' },
      items: { type: 'string' },
      enterprises: { type: 'string' },
      matches: { type: 'string' },
      top: { type: 'string' },
      dir: { type: 'string', default: 'out' },
      html: { type: 'string', default: 'out/report.html' },
      runs: { type: 'string', default: '5' },
      chains: { type: 'string' },
      'no-chains': { type: 'boolean' },
      'min-score': { type: 'string', default: '0.4' },
    },
  });
  if (!hasChromium()) {
    console.error(`${CHROMIUM} not found: run \`apt-get install -y chromium\` first`);
    return 1;
  }
  const data = await load(values);
  const t0 = performance.now();
  const html = renderReport({
    ...data,
    topPerItem: values.top ? Number(values.top) : 10,
    title: '产业链招商对接匹配报告',
    ...(values['no-chains'] ? {} : { chains: await loadChainMaps(values.chains) }),
    chainMinScore: Number(values['min-score']),
  });
  const renderMs = performance.now() - t0;
  const htmlPath = resolve(values.html!);
  const dir = resolve(values.dir!);
  await mkdir(dirname(htmlPath), { recursive: true });
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(htmlPath, html);

  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < Math.max(1, Number(values.runs)); i++) {
      const { page, ttl } = await openReport(browser, htmlPath);
      times.push(ttl);
      await page.close();
    }
    times.sort((a, b) => a - b);
    const { page, problems } = await openReport(browser, htmlPath);
    const shot = (name: string) => page.screenshot({ path: join(dir, name) });
    const count = async () => (await page.locator('#count').textContent()) ?? '';

    const overviewThemes = await visibleText(page, '.ov-theme h3');
    const firstCards = await page.locator('article.item').count();
    await shot('report-overview.png');

    // 产业链 view: open a 链主 link that has items (else the first covered link); its panel lists the firms.
    let chainFirms = -1;
    let chainBox = '';
    if (await page.locator('#chains').count()) {
      const lead = page.locator('.ch-link:not(.st-n)').filter({ has: page.locator('.tag') });
      const box = (await lead.count()) ? lead.first() : page.locator('.ch-link.st-c').first();
      chainBox = (await box.textContent()) ?? '';
      await box.click();
      const panel = page.locator('.ch-panel:not([hidden])');
      chainFirms = await panel.locator('table.firms tbody tr').count();
      await box.evaluate((b) => b.closest('.ch-row')!.scrollIntoView());
      await shot('report-chains.png');
      await page.setViewportSize({ width: 800, height: 1000 });
      await box.evaluate((b) => b.closest('.ch-row')!.scrollIntoView());
      await page.screenshot({ path: join(dir, 'report-chains-800.png') });
      await page.setViewportSize({ width: 1280, height: 1000 });
      await box.click();
    }
    const chainCount = Number(/企业 (\d+)/u.exec(chainBox)?.[1] ?? -1);

    // Search: the first shown firm's name; every visible match row must name it.
    const firm = (await page.locator('table.firms .firm').first().textContent()) ?? '';
    await page.locator('#q').fill(firm);
    await page.locator('#items').scrollIntoViewIfNeeded();
    const searchRows = await visibleText(page, 'table.matches td.ent b');
    const searchCount = await count();
    await shot('report-search.png');

    // Filters: the second theme (or the first), its first host city, minimum score 0.5, by score.
    await page.locator('#reset').click();
    const themeValue =
      (await page.locator('#f-theme option').nth(Math.min(2, data.themes.length)).getAttribute('value')) ?? '';
    await page.locator('#f-theme').selectOption(themeValue);
    const city = await page.locator('article.item').first().getAttribute('data-city');
    if (city) await page.locator('#f-city').selectOption(city);
    await page.locator('#f-min').fill('0.5');
    await page.locator('#f-sort').selectOption('score');
    // Each chain's items by their best shown score, all at least 0.5.
    const groups = await page
      .locator('section.chain')
      .evaluateAll((els) =>
        els.map((g) => [...g.querySelectorAll('table.matches tr:first-child .num')].map((n) => Number(n.textContent))),
      );
    const filterCount = await count();
    await page.locator('table.matches summary').first().click();
    await page.locator('#items').scrollIntoViewIfNeeded();
    await shot('report-filter.png');

    // Print: only the selected theme, no controls.
    await page.locator('#f-city').selectOption('');
    await page.locator('#f-min').fill('0');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/gu) ?? []).length;
    await page.emulateMedia({ media: 'print' });
    await page.locator('h1').scrollIntoViewIfNeeded();
    const printControls = await page.locator('.controls').isVisible();
    const printThemes = await visibleText(page, 'section.theme > h3');
    await shot('report-print.png');

    const checks: [string, boolean][] = [
      ['overview lists themes', overviewThemes.length > 0],
      ['item cards on opening', firstCards >= Math.min(1, data.items.length)],
      [
        'search shows only the firm',
        data.matches.length === 0 || (searchRows.length > 0 && searchRows.every((n) => n === firm)),
      ],
      [
        'filter by score sorts best first',
        groups.length > 0 && groups.every((g) => g.every((s, i) => s >= 0.5 && (i === 0 || s <= g[i - 1]!))),
      ],
      ['print hides controls, shows one theme', !printControls && printThemes.length <= 1],
      ['a 产业链 link opens with its firms', chainFirms === -1 || chainFirms === Math.min(10, chainCount)],
      ['no console errors, CSP violations or requests', problems.length === 0],
    ];
    const median = times[times.length >> 1]!;
    console.log(
      `rendered ${Buffer.byteLength(html).toLocaleString('en')} bytes in ${renderMs.toFixed(1)} ms → ${htmlPath}`,
    );
    console.log(
      `first item list rendered ${median.toFixed(0)} ms after navigation (median of ${times.length}: ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    console.log(`overview: ${overviewThemes.join(' | ')}; ${firstCards} item cards`);
    console.log(
      `search "${firm}": ${searchCount}; filter: ${filterCount}; print: ${pages} A4 pages for ${printThemes.join('')}`,
    );
    if (chainFirms >= 0) console.log(`产业链: opened ${chainBox}: ${chainFirms} firm rows`);
    console.log(`screenshots → ${dir}/report-{overview,search,filter,print,chains,chains-800}.png`);
    for (const p of problems) console.log(`  ${p}`);
    let ok = true;
    for (const [name, pass] of checks) {
      console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}`);
      ok &&= pass;
    }
    return ok ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
