import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

const input = (page: Page, id: number) => page.getByLabel(`Line for terminal ${id}`);
const screen = (page: Page, id: number) =>
  page.getByRole('log', { name: `Screen of terminal ${id}` });

/** Types a line and presses Enter, as a student at the keyboard. */
async function typeLine(page: Page, id: number, line: string): Promise<void> {
  await input(page, id).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Waits until the terminal's screen shows a line containing `text`. */
async function waitForLine(terminal: Locator, text: string): Promise<void> {
  await terminal.locator('.term-row', { hasText: text }).first().waitFor({ timeout: 20_000 });
}

/** Presses a button with the keyboard: focus it, then Enter. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

describe('the sandbox: the student is the client', () => {
  it('sends a mail by hand to the MX on 25, then reads it with POP3 in a second terminal', async () => {
    const app = await openApp(appUrl, { search: '?page=sandbox', height: 1400 });
    const { page } = app;
    const first = screen(page, 1);
    await typeLine(page, 1, 'telnet mx.ecole.example 25');
    await waitForLine(first, '220 mx.ecole.example ESMTP Postfix');
    // Tab completes the verb from the commands the session takes in its state.
    await input(page, 1).focus();
    await page.keyboard.type('EH');
    await page.keyboard.press('Tab');
    await expect(input(page, 1).inputValue()).resolves.toBe('EHLO ');
    await page.keyboard.type('mail.pirate.example');
    await page.keyboard.press('Enter');
    await waitForLine(first, '250 CHUNKING');
    for (const line of [
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
      'Subject: typed by hand',
      '',
      'Hello Bob, this one was typed in the sandbox.',
      '.',
    ]) {
      await typeLine(page, 1, line);
    }
    await waitForLine(first, '250 2.0.0 Ok: queued as');
    // ↑ brings back the last line typed.
    await input(page, 1).focus();
    await page.keyboard.press('ArrowUp');
    await expect(input(page, 1).inputValue()).resolves.toBe('.');
    await page.keyboard.press('ArrowDown');
    await expect(input(page, 1).inputValue()).resolves.toBe('');
    await typeLine(page, 1, 'QUIT');
    await waitForLine(first, 'Connection closed by foreign host.');

    await press(page.getByRole('button', { name: 'Open another terminal' }));
    const second = screen(page, 2);
    await typeLine(page, 2, 'openssl s_client -connect mail.ecole.example:995');
    await waitForLine(second, 'TLS handshake: TLSv1.3');
    await waitForLine(second, '+OK Dovecot (Debian) ready.');
    for (const line of ['USER bob@ecole.example', 'PASS bricoleur', 'RETR 1']) {
      await typeLine(page, 2, line);
    }
    await waitForLine(second, 'Subject: typed by hand');
    // "What can I type now?" reads the POP3 machine's transaction state.
    await press(page.getByRole('button', { name: 'What can I type now?' }).nth(1));
    await expect(
      page.getByText('State transaction (mailbox open): the server acts on').isVisible(),
    ).resolves.toBe(true);
    // The simulator's views follow the live timeline: the cursor is on the newest step.
    const counter = await page.locator('.playback-counter').textContent();
    const [, at, of] = /Step (\d+) of (\d+)/.exec(counter ?? '') ?? [];
    expect(at).toBe(of);
    await app.screenshot('sandbox-smtp-then-pop3');
    // The POP3 session's state chart has its state lit, like in a guided run.
    await press(page.getByRole('tab', { name: 'Protocol states' }));
    await app.screenshot('sandbox-pop3-state-chart');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('authenticates with AUTH PLAIN from the base64 helper on 587 after STARTTLS', async () => {
    const app = await openApp(appUrl, { search: '?page=sandbox', height: 1400 });
    const { page } = app;
    const term = screen(page, 1);
    await typeLine(page, 1, 'telnet smtp.lycee.example 587');
    await waitForLine(term, '220 smtp.lycee.example ESMTP Postfix');
    await typeLine(page, 1, 'EHLO laptop.lycee.example');
    await waitForLine(term, '250-STARTTLS');
    await typeLine(page, 1, 'STARTTLS');
    await waitForLine(term, 'TLS handshake: TLSv1.3');
    await typeLine(page, 1, 'EHLO laptop.lycee.example');
    await waitForLine(term, '250-AUTH PLAIN LOGIN');
    await press(page.getByRole('button', { name: 'base64 helper for AUTH' }));
    await press(page.getByRole('button', { name: 'Put it in the input line' }));
    await expect(input(page, 1).inputValue()).resolves.toMatch(/^AUTH PLAIN [A-Za-z0-9+/=]+$/);
    await input(page, 1).press('Enter');
    await waitForLine(term, '235 2.7.0 Authentication successful');
    await app.screenshot('sandbox-auth-plain');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('takes a 10,000-line paste into DATA and stays usable', async () => {
    const app = await openApp(appUrl, { search: '?page=sandbox', height: 1400 });
    const { page } = app;
    const term = screen(page, 1);
    await typeLine(page, 1, 'telnet mx.ecole.example 25');
    await waitForLine(term, '220 mx.ecole.example');
    for (const line of [
      'EHLO mail.pirate.example',
      'MAIL FROM:<eve@pirate.example>',
      'RCPT TO:<bob@ecole.example>',
      'DATA',
    ]) {
      await typeLine(page, 1, line);
    }
    await waitForLine(term, '354 End data with');
    const lines = ['Subject: a long paste', ''];
    for (let n = 1; n <= 10_000; n += 1) lines.push(`line ${n} of the pasted text, with é and 📬`);
    lines.push('.', '');
    await input(page, 1).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const field = document.activeElement as HTMLInputElement;
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, lines.join('\n'));
    await waitForLine(term, '250 2.0.0 Ok: queued as');
    // Only the rows near the viewport are in the DOM.
    const rows = await term.locator('.term-row').count();
    expect(rows).toBeLessThan(200);
    await typeLine(page, 1, 'QUIT');
    await waitForLine(term, '221 2.0.0 Bye');
    await app.screenshot('sandbox-paste-10000');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('saves a session as a file and replays it into a fresh world, in French', async () => {
    const app = await openApp(appUrl, { search: '?page=sandbox', locale: 'fr-FR', height: 1400 });
    const { page } = app;
    const line = (id: number) => page.getByLabel(`Ligne pour le terminal ${id}`);
    const terminal = page.getByRole('log', { name: 'Écran du terminal 1' });
    for (const text of ['telnet mx.ecole.example 25', 'EHLO mail.pirate.example', 'QUIT']) {
      await line(1).focus();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await waitForLine(terminal, 'Connection closed by foreign host.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page.getByRole('button', { name: 'Enregistrer la session' })),
    ]);
    const saved = await download.path();
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await expect(terminal.locator('.term-row').count()).resolves.toBe(0);
    await page.getByLabel('Rejouer une session enregistrée').setInputFiles(saved);
    await waitForLine(terminal, '221 2.0.0 Bye');
    await waitForLine(terminal, 'Connection closed by foreign host.');
    await app.screenshot('sandbox-replay-fr');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
