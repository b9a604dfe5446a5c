/**
 * The Firefox build in real Firefox ESR (puppeteer-core over WebDriver BiDi): Firefox
 * accepts the built manifest (event-page background, gecko id, data-collection
 * declaration) and installs it under our gecko id; the content script of that build runs
 * on an article and stays quiet on a page that is not one. Firefox refuses extension pages
 * to test code, so the background's message gate is tested through a probe build whose
 * content script writes the background's answers on the page.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest.ts';
import {
  type ExtensionFirefox,
  type FixtureServer,
  launchFirefox,
  startFixtureServer,
} from './harness/index.ts';
import { buildProbe } from './harness/probe-build.ts';

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

  it('answers our content script from the event page and drops what a content script may not ask', async () => {
    const dir = await buildProbe('firefox');
    const probe = await launchFirefox({ extension: dir });
    try {
      const page = await probe.newPage(server.seedUrl('sun-putin-coup'));
      const read = () =>
        page.evaluate(() => ({
          report: document.documentElement.dataset.probeReport,
          forged: document.documentElement.dataset.probeForged,
        }));
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const r = await read();
        if (r.report !== undefined && r.forged !== undefined) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      expect(await read()).toEqual({ report: '{"ok":true}', forged: 'null' });
    } finally {
      await probe.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
