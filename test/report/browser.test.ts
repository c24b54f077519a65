import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderReport } from '../../src/report/index.js';
import { enterprises, items, matches, themes } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Needs Debian's chromium (apt-get install -y chromium); skipped cleanly without it.
describe.skipIf(!existsSync(CHROMIUM))('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = await mkdtemp(join(tmpdir(), 'chainmatch-report-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent(renderReport({ themes, items, enterprises, matches, title: '产业链招商对接匹配报告（测试）' }), { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the theme headings, items, enterprises and the heat map', async () => {
    const h2 = await page.locator('section.theme h2').allTextContents();
    expect(h2.map((t) => t.split(' ')[0])).toEqual(['先进装备制造', '新材料', '电子信息', '轻工纺织']);
    await expect(page.getByText('新能源汽车动力电池系统集成').isVisible()).resolves.toBe(true);
    await expect(page.getByText('深圳锂想能源科技有限公司').first().isVisible()).resolves.toBe(true);
    const heatRows = await page.locator('#heatmap tbody tr').count();
    expect(heatRows).toBe(4);
    const heatHead = await page.locator('#heatmap thead th').allTextContents();
    expect(heatHead.join(' ')).toContain('粤港澳大湾区');
  });

  it('renders hostile names as text and runs nothing', async () => {
    await expect(page.getByText('<script>alert("x")</script>有限公司').first().isVisible()).resolves.toBe(true);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
  });

  it('draws each score bar split into contribution segments', async () => {
    const row = page.locator('table.matches tr', { hasText: '深圳锂想能源科技有限公司' });
    const bar = await row.locator('.bar').boundingBox();
    const segs = row.locator('.seg');
    expect(await segs.count()).toBe(5);
    let total = 0;
    for (let i = 0; i < 5; i++) total += (await segs.nth(i).boundingBox())!.width;
    // Segments add up to the score (0.67) of the bar's width.
    expect(total / bar!.width).toBeCloseTo(0.67, 1);
  });

  it('takes a screenshot', async () => {
    const file = join(dir, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
}, 60_000);
