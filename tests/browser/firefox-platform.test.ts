/**
 * The Firefox build in real Firefox ESR (puppeteer-core over WebDriver BiDi): Firefox
 * accepts the built manifest (event-page background, gecko id, data-collection
 * declaration) and installs it under our gecko id; the content script of that build runs
 * on an article and stays quiet on a page that is not one. (Firefox refuses extension pages
 * and the toolbar to test code, so the background's answers are tested in Chromium.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest.ts';
import {
  type ExtensionFirefox,
  type FixtureServer,
  launchFirefox,
  startFixtureServer,
} from './harness/index.ts';

let server: FixtureServer;
let fx: ExtensionFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  fx = await launchFirefox();
});

afterAll(async () => {
  await fx?.close();
  await server?.close();
});

describe('Firefox build in Firefox ESR', () => {
  it('installs under the gecko id', () => {
    expect(fx.extensionId).toBe(GECKO_ID);
  });

  it('runs the content script on an article and nothing on a page that is not one', async () => {
    const article = await fx.newPage(server.seedUrl('dailymail-putin-flee'));
    await article.waitForFunction(() => document.querySelectorAll('sourcing-lens-badge').length > 0, {
      timeout: 20_000,
    });
    await fx.screenshot(article, 'firefox-platform-dailymail');

    const index = await fx.newPage(server.url('/'));
    // Give the content script the time it took on the article, then some.
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      await index.evaluate(
        () => document.querySelectorAll('[class^="sourcing-lens"], sourcing-lens-badge').length,
      ),
    ).toBe(0);
    expect(fx.problems).toEqual([]);
    await index.close();
    await article.close();
  });
});
