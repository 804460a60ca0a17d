import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium';

export const SCREENSHOTS = 'test-results/screenshots';

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every request whose host is not the app's own. */
  offHost: string[];
  /** Console errors and uncaught page errors, a missing favicon included. */
  errors: string[];
  screenshot(name: string): Promise<string>;
}

let browser: Browser | undefined;

export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Opens the app in a fresh context that records off-host requests and every error. */
export async function openApp(
  appUrl: string,
  options: { search?: string; locale?: string; width?: number; height?: number } = {},
): Promise<WatchedPage> {
  const context = await (
    await getBrowser()
  ).newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
  });
  const page = await context.newPage();
  const host = new URL(appUrl).host;
  const offHost: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.host !== host) offHost.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(appUrl + (options.search ?? ''));
  await page.waitForSelector('html[data-ready="true"]');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    context,
    offHost,
    errors,
    async screenshot(name) {
      const path = `${SCREENSHOTS}/${name}.png`;
      // A step's bubble is pictured where its trip ends, not part way along its link.
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      return path;
    },
  };
}
