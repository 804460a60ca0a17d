import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { mythsLesson } from '../../src/content/lessons/12-myths';
import { matchOne } from '../../src/world/timeline/query';
import type { Step } from '../../src/world/timeline/step';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

/** Where each claim's proof is, read from the shipped timeline (never a typed step number). */
const steps = (
  JSON.parse(readFileSync(`src/content/timelines/${mythsLesson.world}.json`, 'utf8')) as {
    steps: Step[];
  }
).steps;
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
});
