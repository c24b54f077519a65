/**
 * Renders the HTML report and photographs it in headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core), then checks the page shows what it should.
 *
 *   npx tsx scripts/screenshot-report.ts                      # small built-in fixture
 *   npx tsx scripts/screenshot-report.ts --themes data/themes.json --items data/items.jsonl \
 *     --enterprises data/enterprises.jsonl --matches out/matches.jsonl [--top 5]
 *   options: --out out/report.png  --html out/report.html
 *
 * Needs `apt-get install -y chromium`; never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readMatches, readRecords, validateFile, writeFileAtomic } from '../src/io/index.js';
import { renderReport } from '../src/report/index.js';
import { type ChainGapItem, type Enterprise, type SectorTheme, SectorThemeSchema } from '../src/schema/domain.js';
import type { Match } from '../src/schema/match.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function load(values: Record<string, string | undefined>): Promise<{ themes: SectorTheme[]; items: ChainGapItem[]; enterprises: Enterprise[]; matches: Match[] }> {
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
  const enterprises = values.enterprises ? (await validateFile<Enterprise>(values.enterprises, 'enterprise')).accepted : [];
  const matches: Match[] = [];
  for await (const r of readMatches(values.matches)) if (r.ok) matches.push(r.value);
  return { themes, items, enterprises, matches };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      themes: { type: 'string' },
      items: { type: 'string' },
      enterprises: { type: 'string' },
      matches: { type: 'string' },
      top: { type: 'string' },
      out: { type: 'string', default: 'out/report.png' },
      html: { type: 'string', default: 'out/report.html' },
    },
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} not found: run \`apt-get install -y chromium\` first`);
    return 1;
  }
  const data = await load(values);
  const t0 = performance.now();
  const html = renderReport({ ...data, topPerItem: values.top ? Number(values.top) : 10, title: '产业链招商对接匹配报告' });
  const renderMs = performance.now() - t0;
  const htmlPath = resolve(values.html!);
  const pngPath = resolve(values.out!);
  await mkdir(dirname(htmlPath), { recursive: true });
  await mkdir(dirname(pngPath), { recursive: true });
  await writeFileAtomic(htmlPath, html);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(`file://${htmlPath}`, { waitUntil: 'load' });
    await page.screenshot({ path: pngPath, fullPage: values.matches === undefined });
    const headings = await page.locator('section.theme h2').allTextContents();
    const heatRows = await page.locator('#heatmap tbody tr').count();
    const cards = await page.locator('article.item').count();
    const firstItem = (await page.locator('article.item h3').first().textContent())?.trim();
    const firstEnterprise = (await page.locator('td.ent b').first().textContent())?.trim();
    const checks: [string, boolean][] = [
      ['theme headings', headings.length === data.themes.length || (data.themes.length === 0 && headings.length > 0)],
      ['heat map rows', heatRows === headings.length],
      ['item cards', cards >= Math.min(1, data.items.length)],
      ['an enterprise name', data.matches.length === 0 || (firstEnterprise !== undefined && firstEnterprise.length > 0)],
      ['no external requests', external.length === 0],
    ];
    console.log(`rendered ${html.length.toLocaleString('en')} bytes in ${renderMs.toFixed(1)} ms → ${htmlPath}`);
    console.log(`screenshot → ${pngPath}`);
    console.log(`themes: ${headings.join(' | ')}`);
    console.log(`first item: ${firstItem ?? '-'}; first enterprise: ${firstEnterprise ?? '-'}; ${cards} item cards; heat map ${heatRows} rows`);
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
