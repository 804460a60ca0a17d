import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../scripts/lib/chromium';
import { serveStatic } from '../../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Serves the production build from a sub-path once for every browser test file. */
export default async function setup(project: TestProject) {
  // Fails here, once, with the sentence that says how to install a browser.
  findChromium();
  const server = await serveStatic('dist');
  project.provide('appUrl', server.url);
  return () => server.close();
}
