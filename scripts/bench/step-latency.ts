import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { median, round, type Figure } from './figure';

const STEPS = 40;

/**
 * step_latency_ms: how long the screen takes to show the next step after → is pressed, from
 * the key event to the next painted frame with the new step, median over many steps of a
 * world computed by the engines (classroom-pop3), with reduced motion so animation is not timed.
 */
export async function stepLatencyMs(): Promise<Figure> {
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}?world=classroom-pop3&step=0`);
    await page.waitForSelector('.playback-counter');
    const samples: number[] = [];
    for (let step = 1; step <= STEPS; step++) {
      // A string, not a function: tsx would wrap named functions in a helper the page lacks.
      const elapsed = await page.evaluate<number>(`new Promise((resolve) => {
        const counter = document.querySelector('.playback-counter');
        const start = performance.now();
        const check = () => {
          if (counter.textContent.startsWith('Step ${step} ')) {
            requestAnimationFrame(() => resolve(performance.now() - start));
          } else requestAnimationFrame(check);
        };
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
        check();
      })`);
      samples.push(elapsed);
    }
    return { figure: 'step_latency_ms', value: round(median(samples)), unit: 'ms' };
  } finally {
    await browser.close();
    await server.close();
  }
}
