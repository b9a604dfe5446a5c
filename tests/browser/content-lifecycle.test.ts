/**
 * The extension goes away while a page is open (reloaded, updated or removed;
 * issue 5, "Settings and lifecycle"), in real Chromium with the built
 * extension: the orphaned content script notices that its context is gone and
 * takes everything of its own off the page — badges, highlights, popover,
 * styles, split text nodes — without a single page error, leaving the page as
 * it was. (Headless Chromium does not bring a command-line-loaded extension back
 * after `runtime.reload()`, so the new instance's take-over is tested in the DOM
 * tests: tests/dom/content-takeover.test.ts, and in real Chromium with the extension
 * installed and updated over the DevTools protocol: tests/browser/content-reinject.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingResource, readBadges, waitForDrawn } from './content-helpers.ts';
import {
  type ExtensionBrowser,
  type FixtureServer,
  launchChromium,
  startFixtureServer,
} from './harness/index.ts';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchChromium();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the extension goes away with a page open', () => {
  it('tears the orphaned content script down without errors and leaves no trace', async () => {
    const page = await ext.newPage(server.seedUrl('dailymail-putin-flee'));
    await waitForDrawn(page);
    expect((await readBadges(page)).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    // Open a popover too, so it has to go as well.
    await page.locator('sourcing-lens-badge button').first().click();
    const textBefore = await page.evaluate(() => document.body.textContent);
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    expect(sheetsBefore).toBe(1);

    await ext.inExtension(() => chrome.runtime.reload(), null).catch(() => undefined);

    // The context check runs every 2 s.
    await expect
      .poll(
        () =>
          page.evaluate(() => document.querySelectorAll('sourcing-lens-badge,sourcing-lens-popover').length),
        {
          timeout: 10_000,
        },
      )
      .toBe(0);
    const after = await page.evaluate(() => ({
      text: document.body.textContent,
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
      styles: document.querySelectorAll('#sourcing-lens-highlight-style').length,
      // Split text nodes joined again: no paragraph holds two text nodes side by side.
      adjacentTexts: [...document.querySelectorAll('article p')].filter((p) =>
        [...p.childNodes].some((n) => n.nodeType === 3 && n.previousSibling?.nodeType === 3),
      ).length,
    }));
    expect(after).toEqual({ text: textBefore, highlights: 0, sheets: 0, styles: 0, adjacentTexts: 0 });
    // A change to the article afterwards wakes nothing (no observer, no error).
    await page.evaluate(() => document.querySelector('article p')!.append(' Updated.'));
    await page.waitForTimeout(600);
    expect(await page.locator('sourcing-lens-badge').count()).toBe(0);
    expect(ext.problems.filter((p) => !missingResource(p))).toEqual([]);
    await page.close();
  });
});
