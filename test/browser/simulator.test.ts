import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp, type WatchedPage } from './support/page';
import { classroomPop3Timeline as pop3Timeline, classroomTimeline } from '../ui/shipped';

const appUrl = inject('appUrl');
const REAL = '?world=classroom-pop3';
/** Step numbers come from the shipped timelines, so a change in the world moves them all. */
const pop3 = pop3Timeline;
const LAST = pop3.length - 1;
const CLASSROOM_LAST = classroomTimeline.length - 1;
const seqOf = (verb: string, conn: string) =>
  pop3.find((s) => s.conn === conn && s.command?.verb === verb)!.seq;
const MAIL_C1 = seqOf('MAIL', 'c1');
const MAIL_C2 = seqOf('MAIL', 'c2');
const RETR = seqOf('RETR', 'c4');
const AFTER_WAIT = pop3.findIndex((s, i) => i > 0 && s.time - pop3[i - 1]!.time >= 30_000);

afterAll(closeBrowser);

const counter = (app: WatchedPage) => app.page.locator('.playback-counter').textContent();
/** The world's timeline arrives in its own chunk, just after the first paint. */
async function openWorld(search: string, options: Parameters<typeof openApp>[1] = {}) {
  const app = await openApp(appUrl, { ...options, search });
  await app.page.waitForSelector('.playback-counter');
  return app;
}

const stepInUrl = (app: WatchedPage) => new URL(app.page.url()).searchParams.get('step');
/** The address follows the step once stepping pauses. */
const urlStep = (app: WatchedPage, step: number) =>
  app.page.waitForFunction(
    (wanted) => new URL(location.href).searchParams.get('step') === wanted,
    String(step),
  );

describe('the simulator screen in Chromium', () => {
  it('plays to the end and stops there', async () => {
    const app = await openWorld(`${REAL}&step=${LAST - 7}`);
    const { page } = app;
    await page.getByLabel('Speed').selectOption('4');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      (last) =>
        document
          .querySelector('.playback-counter')
          ?.textContent?.startsWith(`Step ${last} of ${last}`),
      LAST,
    );
    await expect(page.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(true);
    await urlStep(app, LAST);
    expect(stepInUrl(app)).toBe(String(LAST));
    expect(app.errors).toEqual([]);
    expect(app.offHost).toEqual([]);
    await app.context.close();
  });

  it('steps back and forth by keyboard only, and a reload keeps the step', async () => {
    const app = await openWorld(`${REAL}&step=0`);
    const { page } = app;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(app)).resolves.toBe(`Step 2 of ${LAST}`);
    await page.keyboard.press('End');
    await expect(counter(app)).resolves.toBe(`Step ${LAST} of ${LAST}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await urlStep(app, 1);
    await page.reload();
    await page.waitForSelector('.playback-counter');
    await expect(counter(app)).resolves.toBe(`Step 1 of ${LAST}`);
    // Tab reaches the playback buttons, each with a visible focus ring.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('opens the explanation of a line, then shows it in French after switching language', async () => {
    const app = await openWorld(`${REAL}&step=${MAIL_C2 + 2}`, { width: 1920, height: 1080 });
    const { page } = app;
    const transcript = page.getByRole('region', { name: 'Transcript' });
    const mail = pop3[MAIL_C2]!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await transcript.getByRole('button', { name: new RegExp(mail) }).click();
    const explanation = page.getByRole('region', { name: 'Explanation' });
    await explanation.getByRole('heading', { name: /MAIL FROM/ }).waitFor();
    await expect(counter(app)).resolves.toBe(`Step ${MAIL_C2} of ${LAST}`);
    await app.screenshot('simulator-explanation-en-1920');

    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('fr');
    const explication = page.getByRole('region', { name: 'Explication' });
    await explication.getByText('Ce que cela signifie').waitFor();
    await app.screenshot('simulator-explanation-fr-1920');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('follows the system’s reduced motion, and can force it', async () => {
    const app = await openWorld(REAL);
    await expect(app.page.getAttribute('html', 'data-motion')).resolves.toBe('full');
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.page.waitForSelector('html[data-motion="reduce"]');
    await app.page.getByLabel('Motion').selectOption('full');
    await expect(app.page.getAttribute('html', 'data-motion')).resolves.toBe('full');
    await app.context.close();

    const forced = await openWorld(REAL);
    await expect(forced.page.getAttribute('html', 'data-motion')).resolves.toBe('full');
    await forced.page.getByLabel('Motion').selectOption('reduce');
    await expect(forced.page.getAttribute('html', 'data-motion')).resolves.toBe('reduce');
    await forced.context.close();
  });

  it('switches projector mode: larger type on <html data-projector>', async () => {
    const app = await openWorld(`${REAL}&step=${MAIL_C2 + 2}`);
    const size = () => app.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await expect(size()).resolves.toBe('16px');
    await app.page.getByRole('button', { name: 'Projector mode' }).click();
    await expect(app.page.getAttribute('html', 'data-projector')).resolves.toBe('true');
    await expect(size()).resolves.toBe('20px');
    await app.screenshot('simulator-projector-en-1366');
    await app.context.close();
  });

  it('keeps the playback bar on one row on a wide projector, in both languages', async () => {
    for (const locale of ['en-GB', 'fr-FR'] as const) {
      const app = await openWorld(`${REAL}&step=${MAIL_C2 + 2}`, {
        locale,
        width: 1920,
        height: 1080,
      });
      const name = locale === 'fr-FR' ? 'Mode projecteur' : 'Projector mode';
      await app.page.getByRole('button', { name }).click();
      await app.page.waitForSelector('html[data-projector="true"]');
      const bar = await app.page.evaluate(() => {
        const box = document.querySelector('.playback')!.getBoundingClientRect();
        const controls = [...document.querySelectorAll('.playback button, .playback select')].map(
          (control) => control.getBoundingClientRect(),
        );
        return {
          // The room left above and below the tallest control: its padding, not a second row.
          slack: box.height - Math.max(...controls.map((control) => control.height)),
          // Every control's middle on the bar's middle: one row.
          spread: Math.max(
            ...controls.map((control) =>
              Math.abs((control.top + control.bottom) / 2 - (box.top + box.bottom) / 2),
            ),
          ),
        };
      });
      expect(bar.spread).toBeLessThan(4);
      expect(bar.slack).toBeLessThan(30);
      if (locale === 'fr-FR') await app.screenshot('simulator-projector-fr-1920');
      await app.context.close();
    }
  });

  it('shows the eavesdropper plain text before STARTTLS and ciphertext after it', async () => {
    const app = await openWorld(`${REAL}&step=${MAIL_C1}`);
    const { page } = app;
    await page.getByRole('button', { name: 'Eavesdropper view' }).click();
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await expect(transcript.getByText('STARTTLS', { exact: true }).count()).resolves.toBe(1);
    await expect(transcript.getByText(/MAIL FROM:/).count()).resolves.toBe(0);
    await expect(transcript.getByText(/^17 03 03/).count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('.map-caption').textContent()).resolves.toMatch(/— 17 03 03/);
    await app.screenshot('simulator-eavesdropper-en-1366');
    await app.context.close();
  });

  it('says so for an unknown world and an out-of-range step, with a way back', async () => {
    const app = await openApp(appUrl, { search: '?world=nowhere' });
    await app.page.getByRole('link', { name: 'Open the classroom world' }).click();
    await app.page.waitForSelector('.playback-counter');
    await app.context.close();

    const late = await openWorld(`${REAL}&step=900`);
    await late.page.getByRole('button', { name: 'Go to the first step' }).click();
    await expect(counter(late)).resolves.toBe(`Step 0 of ${LAST}`);
    expect(late.errors).toEqual([]);
    await late.context.close();
  });

  it('has no accessibility violation (axe-core) with every panel filled, in both languages', async () => {
    for (const locale of ['en-GB', 'fr-FR']) {
      const app = await openWorld(`${REAL}&step=${LAST - 5}`, { locale });
      await app.page.locator('.line-current button').click();
      await app.page.waitForTimeout(800);
      expect(await axeViolations(app.page)).toEqual([]);
      expect(app.offHost).toEqual([]);
      expect(app.errors).toEqual([]);
      await app.context.close();
    }
  });

  it('fits 1366×768 and 1920×1080 in both languages (screenshots to look at)', async () => {
    for (const [locale, lang] of [
      ['en-GB', 'en'],
      ['fr-FR', 'fr'],
    ] as const) {
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        const app = await openWorld(`${REAL}&step=${MAIL_C2 + 6}`, { locale, width, height });
        await app.page.waitForTimeout(800);
        const overflow = await app.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        // The essential panels fit the first screen; the tabs (message, states, logs) follow.
        const bottoms = await app.page.evaluate(() =>
          [
            '.playback',
            '.panel-map',
            '.panel-transcript',
            '.panel-explanation',
            '.panel-screens',
          ].map((selector) =>
            Math.round(document.querySelector(selector)!.getBoundingClientRect().bottom),
          ),
        );
        expect(bottoms.filter((bottom) => bottom > height)).toEqual([]);
        await app.screenshot(`simulator-${lang}-${width}`);
        await app.context.close();
      }
    }
  });

  it('keeps every header control on screen on a 1024×768 projector, in both languages', async () => {
    for (const locale of ['en-GB', 'fr-FR'] as const) {
      const app = await openWorld(`${REAL}&step=${MAIL_C2 + 6}`, {
        locale,
        width: 1024,
        height: 768,
      });
      const outside = await app.page.evaluate(() =>
        [...document.querySelectorAll('.app-header a, .app-header button, .app-header select')]
          .filter((control) => {
            const box = control.getBoundingClientRect();
            return box.left < 0 || box.right > document.documentElement.clientWidth;
          })
          .map((control) => control.textContent),
      );
      expect(outside).toEqual([]);
      const overflow = await app.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await app.context.close();
    }
  });

  it('keeps the current line in view while stepping, with only the lines near it in the DOM', async () => {
    const app = await openWorld(`${REAL}&step=0`);
    const { page } = app;
    const inView = () =>
      page.evaluate(() => {
        const box = document.querySelector('.transcript')!.getBoundingClientRect();
        const line = document.querySelector('.line-current')!.getBoundingClientRect();
        return line.top >= box.top - 1 && line.bottom <= box.bottom + 1;
      });
    for (let step = 1; step <= LAST; step++) await page.keyboard.press('ArrowRight');
    await expect(counter(app)).resolves.toBe(`Step ${LAST} of ${LAST}`);
    await expect(inView()).resolves.toBe(true);
    const shown = await page.locator('.transcript .line').count();
    const lines = pop3.filter((s) => s.kind !== 'log').length;
    expect(shown).toBeLessThan(lines);
    // Scrolled back to the start, the first lines are drawn; the next step brings the view back.
    await page.locator('.transcript').evaluate((box) => box.scrollBy(0, -100_000));
    await page.getByRole('region', { name: 'Transcript' }).getByText(/^220 /).first().waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('.transcript')!.scrollTop > -1);
    await expect(inView()).resolves.toBe(true);
    await app.screenshot('simulator-transcript-end-en-1366');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('opens another world from the picker, and Back returns to the first one', async () => {
    const app = await openWorld('?world=classroom&step=10');
    const { page } = app;
    await page.getByLabel('World').selectOption('classroom-pop3');
    await page.waitForFunction(
      (last) =>
        document.querySelector('.playback-counter')?.textContent?.startsWith(`Step 0 of ${last}`),
      LAST,
    );
    expect(new URL(page.url()).searchParams.get('world')).toBe('classroom-pop3');
    await page.goBack();
    await page.waitForFunction(
      (last) =>
        document.querySelector('.playback-counter')?.textContent?.startsWith(`Step 10 of ${last}`),
      CLASSROOM_LAST,
    );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('skips the wait before Bob checks his mail, and the clock jumps a minute', async () => {
    const app = await openWorld(`${REAL}&step=${AFTER_WAIT - 5}`);
    const { page } = app;
    await expect(page.getByRole('timer').textContent()).resolves.toMatch(/D\+0 09:00/);
    await page.getByRole('button', { name: 'Skip the wait (1 min)' }).click();
    await expect(page.getByRole('timer').textContent()).resolves.toMatch(/D\+0 09:01/);
    // Bob's client looks up its server first, then connects.
    await expect(counter(app)).resolves.toBe(`Step ${AFTER_WAIT} of ${LAST}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(
      page
        .getByRole('region', { name: 'Transcript' })
        .getByText(/opens a connection to/)
        .last()
        .textContent(),
    ).resolves.toBe('laptop.ecole.example opens a connection to mail.ecole.example, port 995.');
    await app.context.close();
  });

  it('shows the protocol states and server logs in tabs below the first screen (screenshots)', async () => {
    for (const [locale, lang, tab] of [
      ['en-GB', 'en', 'Protocol states'],
      ['fr-FR', 'fr', 'États des protocoles'],
    ] as const) {
      const app = await openWorld(`${REAL}&step=${RETR}`, { locale });
      const { page } = app;
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').locator('.chart-state-current').first().waitFor();
      await expect(
        page.locator('.chart-state-current .chart-state-id').first().textContent(),
      ).resolves.toBe('● transaction');
      await app.screenshot(`simulator-states-${lang}-1366`);
      await page.keyboard.press('ArrowRight');
      // Bob's login is in Dovecot's log by the time his client asks for the message.
      await expect(
        page.getByRole('tabpanel').locator('.logs-lines li').last().textContent(),
      ).resolves.toMatch(/dovecot: pop3-login: Login: user=<bob@ecole\.example>/);
      await expect(counter(app)).resolves.toMatch(new RegExp(`^(Step|Étape) ${RETR} `));
      expect(await axeViolations(page)).toEqual([]);
      await app.context.close();
    }
  });
});
