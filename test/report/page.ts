/**
 * Opening an HTML report in headless Chromium (Debian's /usr/bin/chromium via playwright-core), shared
 * by test/report/browser.test.ts and scripts/screenshot-report.ts. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Runs in the page before its own script (init scripts are not subject to the page's CSP; a string, as
 * this project has no DOM types): logs CSP violations as console errors, and sets `ttl` to the time
 * since navigation at which the item list (`#list`) has got its first child and a frame has been painted.
 */
const WATCH = String.raw`
document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
new MutationObserver((_, observer) => {
  if (!document.querySelector('#list > *')) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => { window.ttl = performance.now(); }));
}).observe(document, { subtree: true, childList: true });
`;

export interface OpenedReport {
  page: Page;
  /** Console errors and warnings (CSP violations among them), page errors, dialogs, requests beyond the file. */
  problems: string[];
  /** Milliseconds from navigation to the first rendered item list. */
  ttl: number;
}

/** Opens `file` (an absolute path) at 1280 × 1000 and waits until the item list is painted. */
export async function openReport(browser: Browser, file: string): Promise<OpenedReport> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== `file://${file}` && !r.url().startsWith('data:')) problems.push(`request ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript({ content: WATCH });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const ttl = (await (await page.waitForFunction(() => (globalThis as { ttl?: number }).ttl)).jsonValue()) as number;
  return { page, problems, ttl };
}
