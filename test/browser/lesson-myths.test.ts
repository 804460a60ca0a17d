import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { spfDkimDmarcLesson } from '../../src/content/lessons/10-spf-dkim-dmarc';
import { rawMessageLesson } from '../../src/content/lessons/11-raw-message';
import { mythsLesson } from '../../src/content/lessons/12-myths';
import type { Lesson } from '../../src/content/lessons/types';
import { matchOne } from '../../src/world/timeline/query';
import type { Step } from '../../src/world/timeline/step';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

const timelineOf = (lesson: Lesson) =>
  (
    JSON.parse(readFileSync(`src/content/timelines/${lesson.world}.json`, 'utf8')) as {
      steps: Step[];
    }
  ).steps;

/** Where each claim's proof is, read from the shipped timeline (never a typed step number). */
const steps = timelineOf(mythsLesson);
const claimSeq = (id: string) => {
  const claim = mythsLesson.claims?.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no claim ${id}`);
  return matchOne(steps, claim.anchor).seq;
};

describe('lesson 12 in Chromium', () => {
  it('follows a claim to the step that disproves it, once the question before it is answered', async () => {
    const app = await openApp(appUrl, { search: '?lesson=myths' });
    const { page } = app;
    await page.waitForSelector('.playback-counter');
    await page.getByRole('heading', { name: 'Myths and facts' }).waitFor();
    await page.locator('.lesson-claims summary').click();
    const ports = page.locator('.claim', { hasText: 'Mail uses ports 25 and 465, that is all.' });
    const show = ports.getByRole('button', { name: /^Show the step that disproves it/ });
    // The port question comes first: its proof waits for an answer.
    await expect(show.isDisabled()).resolves.toBe(true);
    await expect(ports.locator('.claim-fact').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Next text →' }).click();
    await page.locator('.checkpoint').getByRole('button', { name: '587' }).click();
    await page.locator('.checkpoint-feedback').getByText('Right!').waitFor();
    await expect(show.isDisabled()).resolves.toBe(false);

    await show.click();
    const seq = claimSeq('ports-25-465');
    await expect(page.locator('.playback-counter').textContent()).resolves.toMatch(
      new RegExp(`^Step ${seq} of`),
    );
    const current = page.getByRole('region', { name: 'Transcript' }).locator('.line-current');
    await expect(current.textContent()).resolves.toContain(
      'opens a connection to smtp.lycee.example, port 587',
    );
    await expect(ports.locator('.claim-fact').textContent()).resolves.toContain(
      'Alice’s client submits on port 587',
    );
    await expect(ports.getAttribute('data-current')).resolves.toBe('true');
    await expect(page.locator('.lesson-text').textContent()).resolves.toContain(
      'Her client connects to port 587',
    );
    await app.screenshot('lesson-myths-claim-en-1366');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.offHost).toEqual([]);
    await app.context.close();
  });

  it('shows the claims in French', async () => {
    const app = await openApp(appUrl, { search: '?lesson=myths', locale: 'fr-FR' });
    const { page } = app;
    await page.waitForSelector('.playback-counter');
    await page.locator('.lesson-claims summary').click();
    await page
      .getByText('Le serveur source s’authentifie auprès du serveur de destination.')
      .waitFor();
    await app.screenshot('lesson-myths-claims-fr-1366');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it.each([
    ['spf-dkim-dmarc', spfDkimDmarcLesson, 'what-spf-checks', 'Authentication-Results:'],
    ['raw-message', rawMessageLesson, 'why-equals-signs', 'Content-Transfer-Encoding: base64'],
  ] as const)(
    'opens lesson %s, asks its first question at its step, and shows the raw message',
    async (_, lesson, checkpointId, rawText) => {
      const lessonSteps = timelineOf(lesson);
      const checkpoint = lesson.checkpoints.find((c) => c.id === checkpointId);
      if (checkpoint === undefined) throw new Error(`no checkpoint ${checkpointId}`);
      const app = await openApp(appUrl, { search: `?lesson=${lesson.id}` });
      const { page } = app;
      await page.waitForSelector('.playback-counter');
      await page.getByRole('heading', { name: lesson.title.en }).waitFor();
      for (let presses = 0; presses < 20; presses += 1) {
        if ((await page.locator('.lesson-panel .checkpoint').count()) > 0) break;
        await page.getByRole('button', { name: 'Next text →' }).click();
      }
      await page
        .locator('.checkpoint')
        .getByText(checkpoint.prompt.en.replaceAll('`', ''))
        .waitFor();
      await expect(page.locator('.playback-counter').textContent()).resolves.toMatch(
        new RegExp(`^Step ${matchOne(lessonSteps, checkpoint.anchor).seq} of`),
      );
      await app.screenshot(`lesson-${lesson.id}-question-en-1366`);

      // The message the lesson reads, in the inspector's raw view, at the step it arrives.
      const last = lessonSteps.filter((s) => s.kind === 'data' && s.text.includes(rawText)).at(0);
      await page.goto(`${appUrl}?world=${lesson.world}&step=${last?.seq ?? 0}`);
      await page.waitForSelector('.playback-counter');
      await page.getByRole('tab', { name: 'The message, hop by hop' }).click();
      await page.getByRole('button', { name: 'Raw' }).click();
      await expect(page.locator('.inspector pre.raw').textContent()).resolves.toContain(rawText);
      await app.screenshot(`lesson-${lesson.id}-raw-en-1366`);
      expect(app.errors).toEqual([]);
      await app.context.close();
    },
  );
});
