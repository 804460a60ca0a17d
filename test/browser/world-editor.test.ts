import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { axeViolations } from './support/axe';
import { closeBrowser, getBrowser, SCREENSHOTS } from './support/page';

/**
 * The world editor in Chromium before any page of the app uses it: a throw-away harness (written
 * here, built into test-results/) renders it on the classroom world; the troubleshooting pages
 * have their own end-to-end tests.
 */
const HARNESS = resolve('test-results/editor-harness');
const src = (path: string) => JSON.stringify(resolve('src', path));

const harnessMain = `
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import ${src('ui/styles.css')};
import { initI18n } from ${src('ui/i18n')};
import { WorldEditor } from ${src('ui/editor/WorldEditor')};
import { classroomWorld } from ${src('content/worlds/classroom')};
import { validateWorld } from ${src('world/config/validate')};

const params = new URLSearchParams(location.search);
initI18n(params.get('lang') === 'fr' ? 'fr' : 'en');
if (params.has('projector')) document.documentElement.dataset.projector = 'true';
const checked = validateWorld(classroomWorld);
if (!checked.ok) throw new Error('invalid classroom world');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>Facteur</h1>
      <WorldEditor
        world={checked.world}
        applyLabel={params.get('lang') === 'fr' ? 'Relancer' : 'Run again'}
        onApply={(_, patch) => { document.body.dataset.patch = JSON.stringify(patch); }}
      />
    </main>
  </StrictMode>,
);
`;

let server: StaticServer;

beforeAll(async () => {
  rmSync(HARNESS, { recursive: true, force: true });
  mkdirSync(HARNESS, { recursive: true });
  writeFileSync(`${HARNESS}/main.tsx`, harnessMain);
  writeFileSync(
    `${HARNESS}/index.html`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World editor</title><link rel="icon" href="data:,"></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  await build({
    configFile: false,
    root: HARNESS,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: `${HARNESS}/dist`, emptyOutDir: true },
  });
  server = await serveStatic(`${HARNESS}/dist`);
}, 120_000);

afterAll(async () => {
  await closeBrowser();
  await server.close();
});

async function open(search: string, width = 1366, height = 768) {
  const context = await (await getBrowser()).newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(server.url + search);
  await page.waitForSelector('form.world-editor');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { page, context, errors };
}

describe('the world editor in Chromium', () => {
  it('refuses port 70000 and applies 465, by keyboard only, with no axe violation', async () => {
    const { page, context, errors } = await open('');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/editor-en-1366.png` });
    await page
      .getByRole('group', { name: 'DNS', exact: true })
      .screenshot({ path: `${SCREENSHOTS}/editor-en-dns.png` });

    const sending = page.getByRole('group', { name: 'Sending — Alice Martin’s client' });
    const port = sending.getByLabel('Port', { exact: true });
    await port.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('70000');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('Values to correct: 1');
    // The summary takes the focus; its link sends the focus back to the field.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(port.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/editor-en-1366-refused.png` });
    expect(await page.evaluate(() => document.body.dataset.patch)).toBeUndefined();

    await page.keyboard.press('Control+A');
    await page.keyboard.type('465');
    await page.keyboard.press('Enter');
    const patch = await page.evaluate(() => document.body.dataset.patch);
    expect(JSON.parse(patch ?? 'null')).toEqual([
      { op: 'set', path: ['clients', { id: 'alice-mua' }, 'submit', 'port'], value: 465 },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a refused value and the changes in French, on a projector', async () => {
    const { page, context, errors } = await open('?lang=fr&projector', 1280, 800);
    const envoi = page.getByRole('group', { name: 'Envoi — client d’Alice Martin' });
    await envoi.getByLabel('Mot de passe').fill('');
    await envoi.getByLabel('Chiffrement (TLS)').selectOption('implicit');
    await page.getByRole('button', { name: 'Relancer' }).click();
    await expect(page.getByRole('alert').getByRole('link').first().textContent()).resolves.toBe(
      'Envoi — client d’Alice Martin — Mot de passe est absent.',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/editor-fr-projector.png` });
    await page
      .getByRole('region', { name: 'Vos modifications' })
      .screenshot({ path: `${SCREENSHOTS}/editor-fr-changes.png` });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
