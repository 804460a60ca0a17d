import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

const counter = (page: Page) => page.locator('.playback-counter').textContent();

/** The accessible name of the focused element, as a person using Tab would hear it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab (and only Tab) until the focused element's name matches. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Presses "Next text" by keyboard until a question appears. */
async function nextUntilQuestion(page: Page): Promise<void> {
  for (let presses = 0; presses < 30; presses += 1) {
    if ((await page.locator('.lesson-panel .checkpoint').count()) > 0) {
      const pending = await page
        .locator('.lesson-panel .checkpoint:not(:has(.checkpoint-feedback))')
        .count();
      if (pending > 0) return;
    }
    await tabTo(page, /^Next text/);
    await page.keyboard.press('Enter');
  }
  throw new Error('no question came');
}

describe('the lessons in Chromium', () => {
  it('lets a new student complete lesson 1 by keyboard only, explains a wrong answer, and keeps the progress after a reload', async () => {
    const app = await openApp(appUrl, { search: '?page=lessons' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Guided lessons' }).waitFor();
    await expect(page.locator('.lesson-card').first().textContent()).resolves.toContain(
      'Not started',
    );
    await tabTo(page, /^The journey of an e-mail$/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.playback-counter');
    await page.getByRole('heading', { name: 'The journey of an e-mail' }).waitFor();

    // Predict the greeting: answer 250, which is wrong, and read why.
    await nextUntilQuestion(page);
    await expect(counter(page)).resolves.toMatch(/^Step 2 of/);
    await expect(page.getByRole('button', { name: 'Next text →' }).isDisabled()).resolves.toBe(
      true,
    );
    await tabTo(page, /^250$/);
    await page.keyboard.press('Enter');
    const feedback = page.locator('.checkpoint-feedback');
    await feedback.getByText('Not quite.').waitFor();
    await expect(feedback.locator('.feedback-why').textContent()).resolves.toContain(
      'the client has not asked for anything yet',
    );
    // The engine's reply is now shown in the transcript.
    await expect(counter(page)).resolves.toMatch(/^Step 3 of/);
    await app.screenshot('lesson-wrong-answer-en-1366');

    // Who relays: Alice's server.
    await nextUntilQuestion(page);
    await tabTo(page, /^Alice’s server, as a mail transfer agent/);
    await page.keyboard.press('Enter');
    await feedback.getByText('Right!').waitFor();

    // Select the line that proves the delivery.
    await nextUntilQuestion(page);
    await tabTo(page, /saved mail to INBOX/);
    await page.keyboard.press('Enter');
    await feedback.getByText('Right!').waitFor();

    // Which protocol reads the mail: IMAP.
    await nextUntilQuestion(page);
    await tabTo(page, /^IMAP$/);
    await page.keyboard.press('Enter');
    await feedback.getByText('Right!').waitFor();

    // Order the hops, moving each machine up with the keyboard until the order is the journey's.
    await nextUntilQuestion(page);
    const journey = [
      'laptop.lycee.example',
      'smtp.lycee.example',
      'mx.ecole.example',
      'mail.ecole.example',
      'laptop.ecole.example',
    ];
    const order = () => page.locator('.checkpoint-order .hop-name').allTextContents();
    for (const [index, host] of journey.entries()) {
      while ((await order()).indexOf(host) > index) {
        await tabTo(page, new RegExp(`^Move ${host.replaceAll('.', '\\.')} up$`));
        await page.keyboard.press('Enter');
      }
    }
    await expect(order()).resolves.toEqual(journey);
    await tabTo(page, /^Check$/);
    await page.keyboard.press('Enter');
    await feedback.getByText('Right!').waitFor();
    await page.getByText('Lesson done. Your score: 4 of 5.').waitFor();
    await app.screenshot('lesson-recap-en-1366');

    await page.reload();
    await page.waitForSelector('.playback-counter');
    await page.getByText('Lesson done. Your score: 4 of 5.').waitFor();
    await page.goto(`${appUrl}?page=lessons`);
    const card = page.locator('.lesson-card').first();
    await card.getByText('Done · Score: 4 of 5').waitFor();
    expect(app.errors).toEqual([]);
    expect(app.offHost).toEqual([]);
    await app.context.close();
  });

  it('decodes AUTH PLAIN in lesson 6', async () => {
    const app = await openApp(appUrl, { search: '?lesson=auth' });
    const { page } = app;
    await page.waitForSelector('.playback-counter');
    await nextUntilQuestion(page);
    const decode = page.getByLabel('What the base64 string holds');
    await decode.fill('alice@lycee.example merveilles');
    await page.getByRole('button', { name: 'Check' }).click();
    const feedback = page.locator('.checkpoint-decodeBase64 .checkpoint-feedback');
    await feedback.getByText('Right!').waitFor();
    await expect(feedback.locator('.checkpoint-decoded').textContent()).resolves.toContain(
      'NULalice@lycee.exampleNULmerveilles',
    );
    await app.screenshot('lesson-auth-decode-en-1366');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('hides a prediction in class mode until the teacher reveals it, PageDown stepping', async () => {
    const app = await openApp(appUrl, {
      search: '?lesson=journey&class=1',
      width: 1920,
      height: 1080,
    });
    const { page } = app;
    await page.waitForSelector('.playback-counter');
    await expect(page.getAttribute('html', 'data-class-mode')).resolves.toBe('true');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    // Held just before the greeting: the reply is not on screen yet.
    await expect(counter(page)).resolves.toMatch(/^Step 2 of/);
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await expect(transcript.getByText(/^220 /).count()).resolves.toBe(0);
    await expect(page.locator('.checkpoint-codes').textContent()).resolves.toBe(
      '220 · 250 · 354 · 550',
    );
    await expect(page.locator('.checkpoint-feedback').count()).resolves.toBe(0);
    await app.screenshot('lesson-class-hidden-en-1920');

    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await page.locator('.checkpoint-feedback').getByText('The server answered 220').waitFor();
    await expect(counter(page)).resolves.toMatch(/^Step 3 of/);
    await expect(transcript.getByText(/^220 /).count()).resolves.toBe(1);
    await page.keyboard.press('PageDown');
    await expect(counter(page)).resolves.toMatch(/^Step 4 of/);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).resolves.toMatch(/^Step 3 of/);
    await app.screenshot('lesson-class-revealed-en-1920');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('says clearly when saved progress or an imported file cannot be read, and keeps the rest', async () => {
    const app = await openApp(appUrl, { search: '?page=lessons' });
    const { page } = app;
    // The list (and the progress store with it) loads after the first paint: wait for it, so the
    // store has read the storage before the test spoils it.
    await page.locator('.lesson-list').waitFor();
    await page.evaluate(() => localStorage.setItem('facteur.progress', '{"state": {"lessons"'));
    await page.reload();
    await page.getByRole('alert').getByText('Your saved progress could not be read.').waitFor();
    await expect(
      page.evaluate(() => localStorage.getItem('facteur.progress.unreadable')),
    ).resolves.toBe('{"state": {"lessons"');

    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await page.getByText('This file is not a Facteur progress file.').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          kind: 'facteur-progress',
          version: 1,
          lessons: { journey: { done: true, checkpoints: { greeting: { outcome: 'right' } } } },
        }),
      ),
    });
    await page.getByText('Progress loaded from the file.').waitFor();
    await page.locator('.lesson-card').first().getByText('Done · Score: 1 of 1').waitFor();

    // A teacher collects the file: it holds what was just loaded.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('facteur-progress.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    expect(saved).toEqual({
      kind: 'facteur-progress',
      version: 2,
      lessons: { journey: { done: true, checkpoints: { greeting: { outcome: 'right' } } } },
      scenarios: {},
    });
    expect(await axeViolations(page)).toEqual([]);
    await app.context.close();
  });

  it('has no axe violation on the lesson page, the list and the glossary', async () => {
    for (const search of ['?lesson=journey&step=2', '?page=lessons', '?page=glossary']) {
      const app = await openApp(appUrl, { search });
      await app.page.waitForSelector('.lesson-panel, .lesson-list, .glossary');
      if (search.startsWith('?lesson')) await app.page.waitForSelector('.checkpoint');
      expect({ search, violations: await axeViolations(app.page) }).toEqual({
        search,
        violations: [],
      });
      await app.context.close();
    }
  });

  it('takes screenshots in French and English at 1366×768 and 1920×1080', async () => {
    for (const [locale, lang] of [
      ['fr-FR', 'fr'],
      ['en-GB', 'en'],
    ] as const) {
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        const app = await openApp(appUrl, {
          search: '?lesson=journey&step=2',
          locale,
          width,
          height,
        });
        await app.page.waitForSelector('.checkpoint');
        await app.page.locator('.checkpoint-choices button').nth(1).click();
        await app.page.waitForSelector('.checkpoint-feedback');
        await expect(app.page.getAttribute('html', 'lang')).resolves.toBe(lang);
        await app.screenshot(`lesson-${lang}-${width}`);
        await app.page.goto(`${appUrl}?page=lessons`);
        await app.page.waitForSelector('.lesson-list');
        await app.screenshot(`lessons-list-${lang}-${width}`);
        await app.page.goto(`${appUrl}?page=glossary`);
        await app.page.waitForSelector('.glossary');
        await app.screenshot(`glossary-${lang}-${width}`);
        expect(app.errors).toEqual([]);
        await app.context.close();
      }
    }
  });
});
