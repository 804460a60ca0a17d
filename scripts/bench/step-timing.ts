import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveStatic, type StaticServer } from '../lib/static-server';
import { median, round, type Figure } from './figure';

/** The longest shipped world (121 steps): 100 steps forward fit in it. */
export const WORLD = 'classroom-two-devices';
export const STEPS = 100;
/** A school laptop, as the issue defines it: Chromium's CPU slowed four times through CDP. */
const CPU_SLOWDOWN = 4;
/** The mark the Simulator sets at the end of a step's commit (STEP_COMMITTED in SimulatorView.tsx). */
export const COMMIT_MARK = 'facteur:step-committed';
/** Event Timing reports no entry shorter than this (the smallest `durationThreshold`). */
const EVENT_THRESHOLD_MS = 16;

export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least `share` of the values at or below it.
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] as number;
}

interface Session {
  browser: Browser;
  server: StaticServer;
  page: Page;
}

/**
 * Opens a world in a throttled Chromium, with recorders installed before the app starts: the
 * key events' `timeStamp`, the time each commit mark is set followed by a forced layout, and the
 * Event Timing entries of the key events. `prepare` runs on the loaded page before the CPU is
 * slowed. Scripts are strings: tsx would wrap named functions in a helper the page lacks.
 */
export async function openThrottled(
  search: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Session> {
  const server = await serveStatic('dist');
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(`(() => {
    const bench = (window.__bench = { keys: [], commits: [], events: [] });
    window.addEventListener('keydown', (event) => bench.keys.push(event.timeStamp), true);
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      if (name === '${COMMIT_MARK}') {
        // The commit is over; the layout of the new step is forced here and timed with it.
        document.documentElement.getBoundingClientRect();
        bench.commits.push({ step: options && options.detail, at: performance.now() });
      }
      return entry;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'keydown') bench.events.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: ${EVENT_THRESHOLD_MS}, buffered: true });
  })()`);
  const page = await context.newPage();
  await page.goto(`${server.url}${search}`);
  await page.waitForSelector('.playback-counter');
  if (prepare !== undefined) await prepare(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { browser, server, page };
}

export async function close(session: Session): Promise<void> {
  await session.browser.close();
  await session.server.close();
}

/** Presses → STEPS times, each once the previous step is committed and painted. */
export async function stepForward(
  page: Page,
): Promise<{ latencies: number[]; durations: number[] }> {
  for (let step = 1; step <= STEPS; step++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      `window.__bench.commits.some((c) => c.step === ${step})`,
      undefined,
      { polling: 'raf' },
    );
    // Two frames: the step is painted and the Event Timing entry of its key is final.
    await page.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))',
    );
  }
  await page.waitForTimeout(500);
  return page.evaluate<{ latencies: number[]; durations: number[] }>(`(() => {
    const { keys, commits, events } = window.__bench;
    const latencies = keys.slice(0, ${STEPS}).map((at, i) => {
      const commit = commits.find((c) => c.step === i + 1);
      return commit === undefined ? Infinity : commit.at - at;
    });
    return { latencies, durations: events };
  })()`);
}

/**
 * step_latency_p95_ms: from the → key event's `timeStamp` to the end of React's commit and the
 * layout of the next step, p95 over 100 steps, Chromium with the CPU slowed 4×.
 * step_event_duration_p95_ms: the Event Timing `duration` of the same key events (key to the
 * next paint); events under 16 ms get no entry and are counted as 16 ms, an upper bound.
 */
export async function stepTimings(): Promise<Figure[]> {
  const session = await openThrottled(`?world=${WORLD}&step=0`);
  try {
    const { latencies, durations } = await stepForward(session.page);
    const unreported = Math.max(0, STEPS - durations.length);
    const allDurations = [...durations, ...Array<number>(unreported).fill(EVENT_THRESHOLD_MS)];
    return [
      { figure: 'step_latency_p95_ms', value: round(percentile(latencies, 0.95)), unit: 'ms' },
      {
        figure: 'step_event_duration_p95_ms',
        value: round(percentile(allDurations, 0.95)),
        unit: 'ms',
      },
    ];
  } finally {
    await close(session);
  }
}

const PLAY_SECONDS = 12;

/**
 * fps_median: frames per second while the classroom world plays at 1×, CPU slowed 4×: the
 * frames drawn (requestAnimationFrame callbacks) counted in each second, median over 12 s.
 */
export async function fpsMedian(): Promise<Figure> {
  const session = await openThrottled(`?world=${WORLD}&step=0`);
  try {
    const { page } = session;
    await page.getByRole('button', { name: 'Play' }).click();
    const perSecond = await page.evaluate<number[]>(`new Promise((resolve) => {
      const counts = [];
      let second = performance.now() + 1000;
      let frames = 0;
      const frame = (now) => {
        if (now >= second) {
          counts.push(frames);
          frames = 0;
          second += 1000;
          if (counts.length === ${PLAY_SECONDS}) return resolve(counts);
        }
        frames += 1;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })`);
    return { figure: 'fps_median', value: round(median(perSecond)), unit: 'fps' };
  } finally {
    await close(session);
  }
}
