import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { queuesBouncesLesson } from '../../src/content/lessons/07-queues-bounces';
import { pop3Lesson } from '../../src/content/lessons/08-pop3';
import type { Lesson } from '../../src/content/lessons/types';
import { matchOne } from '../../src/world/timeline/query';
import type { Step } from '../../src/world/timeline/step';
import { SCREENSHOTS, closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

const stepsOf = (lesson: Lesson): Step[] =>
  (
    JSON.parse(readFileSync(`src/content/timelines/${lesson.world}.json`, 'utf8')) as {
      steps: Step[];
    }
  ).steps;

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });

/** Opens the next question (pressing "next text"), and returns its checkpoint id. */
async function nextQuestion(page: Page): Promise<string> {
  const pending = page.locator('.lesson-panel .checkpoint:not(:has(.checkpoint-feedback))');
  for (let presses = 0; presses < 40; presses += 1) {
    if ((await pending.count()) > 0)
      return ((await pending.getAttribute('aria-labelledby')) ?? '').replace(/^checkpoint-/, '');
    await page.locator('.lesson-steps button.primary').click();
  }
  throw new Error('no question came');
}

/**
 * Walks a lesson to its end, answering each question right: a prediction with the code the
 * engine sent (from the shipped timeline), a choice with the option the lesson marks right, a
 * line by clicking the anchored step in the transcript. `after` looks at the page once a
 * question is answered.
 */
async function complete(
  page: Page,
  lesson: Lesson,
  after: Record<string, (page: Page) => Promise<unknown>>,
) {
  const steps = stepsOf(lesson);
  for (let asked = 0; asked < lesson.checkpoints.length; asked += 1) {
    const id = await nextQuestion(page);
    const checkpoint = lesson.checkpoints.find((c) => c.id === id);
    if (checkpoint === undefined) throw new Error(`unknown checkpoint ${id}`);
    const card = page.locator(`.lesson-panel .checkpoint[aria-labelledby="checkpoint-${id}"]`);
    if (checkpoint.kind === 'predictReply') {
      const code = matchOne(steps, checkpoint.anchor).reply?.code ?? '';
      await card.getByRole('button', { name: code, exact: true }).click();
    } else if (checkpoint.kind === 'multipleChoice') {
      await card
        .locator('.checkpoint-options button')
        .nth(checkpoint.options.findIndex((option) => option.correct))
        .click();
    } else if (checkpoint.kind === 'selectLine') {
      const seq = matchOne(steps, checkpoint.anchor).seq;
      await page.locator(`.transcript li[data-seq="${seq}"] button`).click();
    } else throw new Error(`no answer written for a ${checkpoint.kind} question`);
    await card.locator('.feedback-right').waitFor();
    await after[id]?.(page);
  }
  // The narrative goes on after the last question, to the lesson's goal.
  const next = page.locator('.lesson-steps button.primary');
  while ((await page.locator('.lesson-recap').count()) === 0 && (await next.isEnabled()))
    await next.click();
  const total = lesson.checkpoints.length;
  await page.getByText(`Lesson done. Your score: ${total} of ${total}.`).waitFor();
}

describe('lessons 7 and 8 in Chromium', () => {
  it('completes lesson 7: the 450 and the 550, the bounce from <>, the retry five minutes on', async () => {
    const app = await openApp(appUrl, { search: `?lesson=${queuesBouncesLesson.id}` });
    const { page } = app;
    await page.waitForSelector('.playback-counter');
    await complete(page, queuesBouncesLesson, {
      'null-sender': () => shot(page, 'lesson-seven-null-sender-en-1366'),
      'retry-accepted': async () => {
        // The clock has jumped to the retry, five minutes after the first try at 09:00.
        await expect(page.locator('.clock-time').textContent()).resolves.toContain('09:05');
        await shot(page, 'lesson-seven-retry-en-1366');
      },
    });
    expect(app.errors).toEqual([]);
    expect(app.offHost).toEqual([]);
    await app.context.close();
  });

  it('completes lesson 8: the phone drops before QUIT, the laptop deletes', async () => {
    const app = await openApp(appUrl, { search: `?lesson=${pop3Lesson.id}` });
    const { page } = app;
    await page.waitForSelector('.playback-counter');
    await complete(page, pop3Lesson, {
      'still-there': () => shot(page, 'lesson-eight-still-there-en-1366'),
      'deleted-at-quit': () => shot(page, 'lesson-eight-deleted-en-1366'),
    });
    expect(app.errors).toEqual([]);
    expect(app.offHost).toEqual([]);
    await app.context.close();
  });
});
