import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { tlsPortMismatchScenario } from '../../src/content/scenarios/tls-port-mismatch';
import { wrongPasswordScenario } from '../../src/content/scenarios/wrong-password';
import { SCENARIO_COSTS, SCENARIO_MAX_SCORE } from '../../src/state/progress';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

/** The accessible name of the focused element: its label for a form field, else its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null) return '';
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab (and only Tab) until the focused element's name matches. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 600; presses += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const rightChoice = (scenario: typeof wrongPasswordScenario | typeof tlsPortMismatchScenario) =>
  scenario.diagnosis.find((choice) => choice.correct)!;
const wrongChoice = (scenario: typeof wrongPasswordScenario | typeof tlsPortMismatchScenario) =>
  scenario.diagnosis.find((choice) => !choice.correct)!;

describe('troubleshooting in Chromium', () => {
  it('solves the wrong TLS mode with the evidence, a hint, a wrong then a right diagnosis, and a repair', async () => {
    const app = await openApp(appUrl, { search: '?page=scenarios' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Sending: Alice’s client and her server' }).waitFor();
    await app.screenshot('troubleshoot-list-en-1366');
    await page.getByRole('link', { name: 'Wrong TLS mode' }).click();
    await page.getByRole('heading', { name: 'The evidence' }).waitFor();
    await page.getByText(tlsPortMismatchScenario.symptom.en).waitFor();
    // The user's screen: Alice's error dialog.
    await page
      .getByRole('region', { name: 'What the user sees' })
      .getByText('The message could not be sent')
      .waitFor();

    // The technician's tools: client settings, dig, the logs.
    const tools = page.getByRole('region', { name: 'The technician’s tools' });
    await tools.scrollIntoViewIfNeeded();
    await tools.getByRole('tab', { name: 'Client settings' }).click();
    await tools.getByText('SSL/TLS (implicit)').first().waitFor();
    await tools.getByRole('tab', { name: 'DNS (dig)' }).click();
    await tools.getByLabel('Name (or an IP address for PTR)').fill('192.0.2.10');
    await tools.getByLabel('Type').selectOption('PTR');
    await tools.getByRole('button', { name: 'Ask' }).click();
    await expect(tools.locator('pre').first().textContent()).resolves.toContain(
      'dig -x 192.0.2.10',
    );
    await expect(tools.locator('pre').first().textContent()).resolves.toContain(
      'smtp.lycee.example.',
    );
    await tools.getByRole('tab', { name: 'Log search' }).click();
    await tools.getByLabel('Words (all must appear)').fill('disconnect commands=0');
    await expect(tools.locator('.tool-lines li').count()).resolves.toBe(1);

    // A hint, a wrong diagnosis explained, then the right one.
    await page.getByRole('button', { name: /^Show a hint/ }).click();
    await page.getByText(tlsPortMismatchScenario.hints[0]!.en).waitFor();
    await page.getByLabel(wrongChoice(tlsPortMismatchScenario).text.en).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText(wrongChoice(tlsPortMismatchScenario).explanation.en).first().waitFor();
    await page.getByLabel(rightChoice(tlsPortMismatchScenario).text.en).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText(rightChoice(tlsPortMismatchScenario).explanation.en).waitFor();

    // The repair: STARTTLS on 587, then re-run.
    const sending = page.getByRole('group', { name: 'Sending — Alice Martin’s client' });
    await sending.getByLabel('Encryption (TLS)').selectOption('starttls');
    await page.getByRole('button', { name: 'Re-run' }).click();
    const score = SCENARIO_MAX_SCORE - SCENARIO_COSTS.hint - SCENARIO_COSTS.wrongDiagnosis;
    await page.getByText(`Solved! Score: ${score}/100.`).waitFor();
    // The repaired run is the one shown now, and Bob's inbox gets the message in it.
    await expect(
      page.getByRole('button', { name: 'Your repaired run' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('troubleshoot-solved-en-1366');

    await page.getByRole('link', { name: 'All scenarios' }).first().click();
    await page.getByText(`Solved · best score ${score}/100`).waitFor();
    expect(app.errors).toEqual([]);
    expect(app.offHost).toEqual([]);
    await app.context.close();
  });

  it('solves the wrong password by keyboard only, and keeps the score after a reload', async () => {
    const app = await openApp(appUrl, { search: '?page=scenarios' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Troubleshooting' }).first().waitFor();
    await tabTo(page, /^Wrong password on submission$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'The evidence' }).waitFor();

    await tabTo(page, /^Show a hint/);
    await page.keyboard.press('Enter');
    await page.getByText(wrongPasswordScenario.hints[0]!.en).waitFor();

    // The radio group: Tab reaches it, the arrows choose.
    const right = rightChoice(wrongPasswordScenario).text.en;
    const choices = wrongPasswordScenario.diagnosis.map((choice) => choice.text.en);
    await tabTo(
      page,
      new RegExp(`^(${choices.map((c) => c.replace(/[.?*+^$()[\]\\|{}]/g, '\\$&')).join('|')})$`),
    );
    for (
      let presses = 0;
      presses < choices.length && (await focusedName(page)) !== right;
      presses += 1
    )
      await page.keyboard.press('ArrowDown');
    await expect(focusedName(page)).resolves.toBe(right);
    await page.keyboard.press('Space');
    await tabTo(page, /^Check$/);
    await page.keyboard.press('Enter');
    await page.getByText(rightChoice(wrongPasswordScenario).explanation.en).waitFor();

    // The first Password field after the diagnosis is the one of Alice's sending client.
    await tabTo(page, /^Password/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('merveilles');
    await page.keyboard.press('Enter');
    const score = SCENARIO_MAX_SCORE - SCENARIO_COSTS.hint;
    await page.getByText(`Solved! Score: ${score}/100.`).waitFor();
    // The result takes the focus, above the long form.
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('repair-result-box')),
    ).resolves.toBe(true);

    await page.reload();
    await page.getByText(`You solved this scenario. Best score: ${score}/100.`).waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('refuses a repair that opens the relay, in French, and an invalid value in the editor', async () => {
    const app = await openApp(appUrl, { search: '?scenario=wrong-password', locale: 'fr-FR' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Les indices' }).waitFor();
    await page.getByLabel(rightChoice(wrongPasswordScenario).text.fr).check();
    await page.getByRole('button', { name: 'Vérifier' }).click();

    // An invalid value: the editor refuses it, and nothing runs.
    const sending = page.getByRole('group', { name: 'Envoi — client d’Alice Martin' });
    await sending.getByLabel('Port', { exact: true }).fill('70000');
    await page.getByRole('button', { name: 'Relancer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Port' }).first().waitFor();
    await expect(page.locator('.repair-result').count()).resolves.toBe(0);
    await sending.getByLabel('Port', { exact: true }).fill('587');

    // The password fixed, and the MX opened to the whole Internet: refused, with the reason.
    await sending.getByLabel('Mot de passe').fill('merveilles');
    const mx = page.getByRole('group', { name: 'mx.ecole.example — SMTP port 25 (réception)' });
    await mx.getByLabel('Réseaux de confiance (mynetworks)').fill('127.0.0.0/8\n0.0.0.0/0');
    await page.getByRole('button', { name: 'Relancer' }).click();
    await page
      .getByText(
        'Réparation refusée. Elle enfreint une règle que toute réparation doit respecter\u00a0:',
      )
      .waitFor();
    await page
      .getByText(/^Pas de relais ouvert\. Un inconnu a demandé à mx\.ecole\.example:25/)
      .waitFor();
    await app.screenshot('troubleshoot-refused-fr-1366');
    await page
      .locator('.repair-result')
      .screenshot({ path: 'test-results/screenshots/troubleshoot-refused-fr-reason.png' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows the queue as mailq printed it and the bounce, for Bob’s MX unreachable', async () => {
    const app = await openApp(appUrl, { search: '?scenario=mx-down', locale: 'fr-FR' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Les indices' }).waitFor();
    const tools = page.getByRole('region', { name: 'Les outils du technicien' });
    await tools.scrollIntoViewIfNeeded();
    await tools.getByRole('tab', { name: 'Rebond' }).click();
    await tools.getByText('Renvoyé à alice@lycee.example').waitFor();
    await tools.getByRole('tab', { name: 'Recherche dans les journaux' }).click();
    await tools.getByLabel('Mots (tous doivent y être)').fill('status=deferred');
    // A deferred line leads to its step: the queue at that step holds Alice's message.
    await tools
      .getByRole('button', { name: /^Voir l’étape/ })
      .first()
      .click();
    await tools.getByRole('tab', { name: 'File d’attente (mailq)' }).click();
    const queue = tools.locator('pre');
    await expect(queue.textContent()).resolves.toContain('Connection timed out');
    await expect(queue.textContent()).resolves.toContain('bob@ecole.example');
    await app.screenshot('troubleshoot-mailq-fr-1366');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('lets a teacher break the classroom world and shows the staged run', async () => {
    const app = await openApp(appUrl, { search: '?page=break' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Break it yourself' }).waitFor();
    await page
      .getByText('Change a setting below, then apply it: the class sees the run here.')
      .waitFor();
    const sending = page.getByRole('group', { name: 'Sending — Alice Martin’s client' });
    await sending.getByLabel('Password').fill('wonderland');
    await page.getByRole('button', { name: 'Apply and run' }).click();
    const staged = page.getByRole('region', { name: 'The staged run' });
    await staged.getByRole('region', { name: 'Transcript' }).waitFor();
    // The class sees the fault: Alice's client is refused at AUTH.
    await page.getByRole('button', { name: 'Last step' }).first().click();
    await staged
      .getByText('535 5.7.8 Error: authentication failed: (reason unavailable)')
      .first()
      .waitFor();
    await app.screenshot('troubleshoot-break-en-1366');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('names an unknown scenario and links back to the list', async () => {
    const app = await openApp(appUrl, { search: '?scenario=no-such-fault' });
    const { page } = app;
    await page.getByText('There is no scenario named “no-such-fault”.').waitFor();
    await page.getByRole('link', { name: 'All scenarios' }).click();
    await page.getByRole('heading', { name: 'Troubleshooting' }).first().waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
