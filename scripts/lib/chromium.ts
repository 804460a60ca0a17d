import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a Chromium may be: the env variable first, then Debian's and the usual Chrome paths. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests: install one with `sudo apt-get install chromium` ' +
  '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome or Chromium executable.';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${NO_BROWSER_MESSAGE}`,
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}

/** The flags this workplace needs: no sandbox as root, and no background calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
