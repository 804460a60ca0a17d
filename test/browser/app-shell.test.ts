import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { closeBrowser, openApp } from './support/page';

const appUrl = inject('appUrl');

afterAll(closeBrowser);

describe('the app shell in Chromium, served from a sub-path', () => {
  it('opens on the Facteur page with no off-host request and no console error', async () => {
    const app = await openApp(appUrl);
    await expect(app.page.title()).resolves.toBe('Facteur');
    await expect(app.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Facteur',
    );
    await expect(app.page.getByRole('region', { name: 'Simulator' }).isVisible()).resolves.toBe(
      true,
    );
    await app.screenshot('app-shell-en-1366');
    expect(app.offHost).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('speaks French to a French browser and switches to English, remembered after a reload', async () => {
    const app = await openApp(appUrl, { locale: 'fr-FR', width: 1920, height: 1080 });
    const { page } = app;
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('fr');
    await expect(page.getByRole('region', { name: 'Simulateur' }).isVisible()).resolves.toBe(true);
    await app.screenshot('app-shell-fr-1920');
    // The header keeps every tool inside its own band: none is covered by the page below it.
    const overflow = await page.evaluate(() => {
      const header = document.querySelector('.app-header')!.getBoundingClientRect();
      const tools = document.querySelector('.header-tools')!.getBoundingClientRect();
      return { below: tools.bottom - header.bottom, right: tools.right - header.right };
    });
    expect(overflow.below).toBeLessThanOrEqual(0);
    expect(overflow.right).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expect(
      page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await expect(page.getByRole('region', { name: 'Simulator' }).isVisible()).resolves.toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps the world and step from the query string', async () => {
    const app = await openApp(appUrl, { search: '?world=classroom&step=12' });
    await expect(app.page.locator('.playback-counter').textContent()).resolves.toMatch(
      /^Step 12 of /,
    );
    await app.context.close();
  });

  it('falls back to defaults when saved preferences are unreadable', async () => {
    const app = await openApp(appUrl, { locale: 'fr-FR' });
    await app.page.evaluate(() => localStorage.setItem('facteur.preferences', '{not json'));
    await app.page.reload();
    await app.page.waitForSelector('html[data-ready="true"]');
    await expect(app.page.getAttribute('html', 'lang')).resolves.toBe('fr');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('has no accessibility violation (axe-core), in both languages', async () => {
    for (const locale of ['en-GB', 'fr-FR']) {
      const app = await openApp(appUrl, { locale });
      // Let the entrance animation finish: axe measures contrast on what is painted.
      await app.page.waitForTimeout(800);
      expect(await axeViolations(app.page)).toEqual([]);
      await app.context.close();
    }
  });
});
