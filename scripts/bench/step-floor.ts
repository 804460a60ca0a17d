import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { DOM_REPLAY_SCRIPT } from './dom-replay';
import { round, type Figure } from './figure';
import {
  COMMIT_MARK,
  STEPS,
  WORLD,
  close,
  openThrottled,
  percentile,
  stepForward,
} from './step-timing';

/** The page's markup at each step: at its commit, and once its after-paint work is done. */
interface Recording {
  committed: string[];
  settled: string[];
}

const ROOT_HTML = `document.getElementById('root').innerHTML`;

/** Steps through the app at full speed and keeps its markup (index 0: the page before step 1). */
async function record(): Promise<Recording> {
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(`(() => {
      const committed = (window.__committed = []);
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        const entry = mark(name, options);
        if (name === '${COMMIT_MARK}') committed[options.detail] = ${ROOT_HTML};
        return entry;
      };
    })()`);
    const page = await context.newPage();
    await page.goto(`${server.url}?world=${WORLD}&step=0`);
    await page.waitForSelector('.playback-counter');
    await page.waitForTimeout(300);
    const settled = [await page.evaluate<string>(ROOT_HTML)];
    for (let step = 1; step <= STEPS; step++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(`window.__committed[${step}] !== undefined`, undefined, {
        polling: 'raf',
      });
      // The rows that left the window and the live region's sentence change after the paint.
      await page.evaluate(
        'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))',
      );
      settled.push(await page.evaluate<string>(ROOT_HTML));
    }
    return { committed: await page.evaluate<string[]>('window.__committed'), settled };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Makes the page replay the recording: at each → key, the app hears nothing; the step's
 * recorded changes are made, then the bench's commit mark is set, as the app sets it. The
 * changes made after the paint follow after the paint.
 */
async function installReplay(page: Page, recording: Recording): Promise<void> {
  await page.evaluate(DOM_REPLAY_SCRIPT);
  await page.evaluate(`((recording) => {
    const { plan, resolve, run } = window.__domReplay;
    const root = document.getElementById('root');
    if (root.innerHTML !== recording.settled[0]) throw new Error('step 0 is not the recorded page');
    // Markup read back joins neighbouring text nodes, which React may keep apart.
    root.normalize();
    const steps = recording.settled.slice(1).map((settled, i) => ({
      now: plan(recording.settled[i], recording.committed[i + 1]),
      later: plan(recording.committed[i + 1], settled),
    }));
    let step = 0;
    window.addEventListener('keydown', (event) => {
      event.stopImmediatePropagation();
      event.preventDefault();
      const { now, later } = steps[step];
      step += 1;
      run(resolve(now, root));
      performance.mark('${COMMIT_MARK}', { detail: step });
      requestAnimationFrame(() => setTimeout(() => run(resolve(later, root)), 0));
    }, true);
  })(${JSON.stringify(recording)})`);
}

/**
 * step_dom_floor_p95_ms: the browser's share of a step. The DOM changes the app made at each of
 * the same 100 steps are replayed with no script of the app running (no React, no store, no
 * view), their nodes built beforehand, and timed as step_latency_p95_ms is: same world, same
 * throttled Chromium, from the key's `timeStamp` to the layout. No renderer of this screen can
 * take a step in less; what step_latency_p95_ms adds to it is the app's script.
 */
export async function stepDomFloor(): Promise<Figure> {
  const recording = await record();
  const session = await openThrottled(`?world=${WORLD}&step=0`, (page) =>
    installReplay(page, recording),
  );
  try {
    const { latencies } = await stepForward(session.page);
    const replayed = await session.page.evaluate<string>(ROOT_HTML);
    if (replayed !== recording.settled[STEPS])
      throw new Error(`the replay did not end on the recorded page of step ${STEPS}`);
    return {
      figure: 'step_dom_floor_p95_ms',
      value: round(percentile(latencies, 0.95)),
      unit: 'ms',
    };
  } finally {
    await close(session);
  }
}
