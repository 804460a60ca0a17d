import { describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER_MESSAGE } from '../../scripts/lib/chromium';

describe('findChromium', () => {
  it('says in one sentence how to install a browser when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      NO_BROWSER_MESSAGE,
    );
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/);
  });

  it('takes CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
