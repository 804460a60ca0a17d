import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { median, round, type Figure } from './figure';

/** The paste of issue 13: ten thousand lines of a message, into DATA. */
const PASTED_LINES = 10_000;
const KEYS = 30;
/** A school laptop, as the step timing bench: Chromium's CPU slowed four times through CDP. */
const CPU_SLOWDOWN = 4;

/**
 * sandbox_paste_key_ms: after a 10,000-line paste into a sandbox terminal has been answered,
 * the time from a key press in the terminal's input (its event `timeStamp`) to the next painted
 * frame (a task queued from the next animation frame runs once that frame is painted), median
 * of 30 keys, Chromium with the CPU slowed 4×.
 */
export async function sandboxPasteKeyMs(): Promise<Figure> {
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(`(() => {
      const bench = (window.__bench = { armed: false, delays: [] });
      window.addEventListener('keydown', (event) => {
        if (!bench.armed) return;
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => bench.delays.push(performance.now() - start)));
      }, true);
    })()`);
    const page = await context.newPage();
    await page.goto(`${server.url}?page=sandbox`);
    const input = page.getByLabel('Line for terminal 1');
    await input.waitFor();
    const screen = page.getByRole('log', { name: 'Screen of terminal 1' });
    const waitFor = (text: string) =>
      screen.locator('.term-row', { hasText: text }).first().waitFor({ timeout: 120_000 });
    for (const line of [
      'telnet mx.ecole.example 25',
      'EHLO mail.pirate.example',
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
    ]) {
      await input.fill(line);
      await input.press('Enter');
    }
    await waitFor('354 End data with');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const lines = ['Subject: a long paste', ''];
    for (let n = 1; n <= PASTED_LINES; n += 1) lines.push(`line ${n} of the pasted text`);
    lines.push('.', '');
    await input.focus();
    await page.evaluate(
      `(() => {
        const data = new DataTransfer();
        data.setData('text/plain', ${JSON.stringify(lines.join('\n'))});
        document.activeElement.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
        );
      })()`,
    );
    await waitFor('250 2.0.0 Ok: queued as');
    await page.evaluate('window.__bench.armed = true');
    for (let key = 0; key < KEYS; key += 1) {
      await page.keyboard.press(key % 2 === 0 ? 'n' : 'Backspace');
      await page.waitForFunction(`window.__bench.delays.length > ${key}`, undefined, {
        polling: 'raf',
      });
    }
    const delays = await page.evaluate<number[]>('window.__bench.delays');
    return { figure: 'sandbox_paste_key_ms', value: round(median(delays)), unit: 'ms' };
  } finally {
    await browser.close();
    await server.close();
  }
}
