import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { round, type Figure } from './figure';

/**
 * initial_js_gzip_kb: the gzip size of every script Chromium fetches until the default screen
 * is interactive (the `data-ready` mark), measured on the production build, not on file names.
 */
export async function initialJsGzipKb(): Promise<Figure> {
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.set(response.url(), response.body());
    });
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts.values());
    if (bodies.length === 0) throw new Error('no script was fetched: is dist/ a Vite build?');
    const bytes = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    return { figure: 'initial_js_gzip_kb', value: round(bytes / 1024), unit: 'KiB' };
  } finally {
    await browser.close();
    await server.close();
  }
}
