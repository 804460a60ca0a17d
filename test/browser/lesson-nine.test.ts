import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { imapLesson } from '../../src/content/lessons/09-imap';
import type { Checkpoint } from '../../src/content/lessons/types';
import { matchOne } from '../../src/world/timeline/query';
import type { Step } from '../../src/world/timeline/step';
import { SCREENSHOTS, closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

/** Lesson 9's shipped timeline: where each question stops, and what a prediction is right for. */
const timeline = (
  JSON.parse(readFileSync(`src/content/timelines/${imapLesson.world}.json`, 'utf8')) as {
    steps: Step[];
  }
).steps;

const checkpoint = (id: string): Checkpoint => {
  const found = imapLesson.checkpoints.find((c) => c.id === id);
  if (found === undefined) throw new Error(`lesson 9 has no checkpoint ${id}`);
  return found;
};

/** What the window shows (a full-page capture would lay the one-screen layout out again). */
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });

const pending = (page: Page) =>
  page.locator('.lesson-panel .checkpoint:not(:has(.checkpoint-feedback))');

/** Presses the lesson's "next text" button until a question is open, and returns its card. */
async function nextQuestion(page: Page): Promise<Locator> {
  for (let presses = 0; presses < 40; presses += 1) {
    if ((await pending(page).count()) > 0) {
      const id = await pending(page).getAttribute('aria-labelledby');
      return page.locator(`.lesson-panel .checkpoint[aria-labelledby="${id}"]`);
    }
    await page.locator('.lesson-steps button.primary').click();
  }
  throw new Error('no question came');
}

/**
 * The two devices of Bob's inbox, beside each other on one row, and (once his devices are in
 * use, the screens then following them) whole on screen.
 */
async function expectDevicesSideBySide(page: Page, onScreen = true): Promise<Locator> {
  const devices = page.locator('.screen-recipient .device');
  await expect(devices.count()).resolves.toBe(2);
  const phone = await devices.nth(0).boundingBox();
  const laptop = await devices.nth(1).boundingBox();
  if (phone === null || laptop === null) throw new Error('a device is not shown');
  expect(Math.abs(phone.y - laptop.y)).toBeLessThan(2);
  expect(laptop.x).toBeGreaterThanOrEqual(phone.x + phone.width);
  if (!onScreen) return devices;
  // Whole on screen: inside the screens panel's scrolling area and inside the window.
  const area = await page.locator('.panel-screens > :not(.panel-head)').boundingBox();
  if (area === null) throw new Error('no screens panel');
  const viewport = page.viewportSize();
  if (viewport === null) throw new Error('no viewport');
  for (const box of [phone, laptop]) {
    expect(box.y).toBeGreaterThanOrEqual(Math.max(area.y, 0) - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(
      Math.min(area.y + area.height, viewport.height) + 1,
    );
  }
  return devices;
}

/** The flags a device shows: its marks' protocol names, and \Seen when it shows the message read. */
async function shownFlags(device: Locator, readWord: string): Promise<string[]> {
  const marks = await device.locator('.inbox-flag code').allTextContents();
  const state = (await device.locator('.inbox-state').textContent()) ?? '';
  const read = state.replace(/^\W+/, '').trim() === readWord;
  return [...marks, ...(read ? ['\\Seen'] : [])].sort();
}

/** The protocol flags (`\Seen`, `\Flagged`…) an option names, in its rendered text. */
const flagsNamed = (text: string) => (text.match(/\\[A-Za-z]+/g) ?? []).sort();

async function answer(card: Locator, text: RegExp | string): Promise<void> {
  await card.getByRole('button', { name: text, exact: typeof text === 'string' }).click();
  await card.locator('.feedback-right').waitFor();
}

const LANGUAGES = [
  { locale: 'en-GB', lang: 'en', read: 'read', done: 'Lesson done. Your score: 6 of 6.' },
  {
    locale: 'fr-FR',
    lang: 'fr',
    read: 'lu',
    done: 'Leçon terminée. Votre score\u00a0: 6 sur 6.',
  },
] as const;

describe('lesson 9 in Chromium', () => {
  it.each(LANGUAGES)(
    'is completed in $lang with both of Bob’s devices shown side by side',
    async ({ locale, lang, read, done }) => {
      const app = await openApp(appUrl, { search: '?lesson=imap', locale });
      const { page } = app;
      await page.waitForSelector('.playback-counter');
      await expect(page.getAttribute('html', 'lang')).resolves.toBe(lang);
      await expectDevicesSideBySide(page, false);

      // 1. The tagged answer to LOGIN: the code the engine sent, read from the shipped timeline.
      let card = await nextQuestion(page);
      const login = checkpoint('login-ok');
      await answer(card, matchOne(timeline, login.anchor).reply?.code ?? '');
      await expectDevicesSideBySide(page);

      // 2. Which line ends SELECT: the one whose tag the transcript shows on SELECT's command.
      card = await nextQuestion(page);
      const select = await page
        .locator('.transcript .line-C .line-text')
        .filter({ hasText: /SELECT "INBOX"/ })
        .textContent();
      const tag = (select ?? '').trim().split(' ')[0] ?? '';
      expect(tag).toMatch(/^a\d+$/);
      await answer(card, new RegExp(`\`?${tag}\`?`));
      await expectDevicesSideBySide(page);

      // 3. What the laptop will see: the flags the phone's inbox shows now.
      card = await nextQuestion(page);
      const phone = page.locator('.screen-recipient .device').first();
      const phoneFlags = await shownFlags(phone, read);
      expect(phoneFlags).toEqual(['\\Flagged', '\\Seen']);
      const options = await card.locator('.checkpoint-options button').allTextContents();
      const right = options.findIndex(
        (option) => JSON.stringify(flagsNamed(option)) === JSON.stringify(phoneFlags),
      );
      expect(right).toBeGreaterThanOrEqual(0);
      await card.locator('.checkpoint-options button').nth(right).click();
      await card.locator('.feedback-right').waitFor();
      await shot(page, `lesson-nine-flags-${lang}-1366`);

      // 4. After \Deleted: the laptop still lists the message, so it has not left the server.
      card = await nextQuestion(page);
      const devices = await expectDevicesSideBySide(page);
      const laptop = devices.nth(1);
      await expect(laptop.locator('.inbox-flag code').allTextContents()).resolves.toContain(
        '\\Deleted',
      );
      await expect(laptop.locator('.inbox li').count()).resolves.toBe(1);
      // Still there: the option that names the command which has not been sent yet.
      await answer(card, /EXPUNGE/);

      // 5. Click the line where the server says the message left the inbox.
      card = await nextQuestion(page);
      await page
        .locator('.transcript .line-S')
        .filter({ hasText: /^\S*\s*S:\s*\* \d+ EXPUNGE/ })
        .or(page.locator('.transcript .line-S').filter({ hasText: '* 1 EXPUNGE' }))
        .first()
        .locator('button')
        .click();
      await card.locator('.feedback-right').waitFor();
      await expect(laptop.locator('.inbox-expunged').isVisible()).resolves.toBe(true);
      await expect(devices.first().locator('.inbox li').count()).resolves.toBe(1);

      // 6. POP3 or IMAP: the protocol the transcript names for Bob's two devices.
      card = await nextQuestion(page);
      const headings = await page.locator('.transcript h4').allTextContents();
      const protocols = new Set(
        headings
          .filter((h) => /^c\d+\s?: (phone|laptop)\.ecole\.example → /.test(h))
          .map((h) => h.split(', ').at(-1)),
      );
      expect([...protocols]).toEqual(['IMAP']);
      await answer(card, /^IMAP/);

      await page.getByText(done).waitFor();
      await expectDevicesSideBySide(page);
      await shot(page, `lesson-nine-done-${lang}-1366`);
      expect(app.errors).toEqual([]);
      expect(app.offHost).toEqual([]);
      await app.context.close();
    },
  );
});
