/**
 * "The new one takes over" (issue 5, "Settings and lifecycle") in real Chromium with the
 * BUILT extension. Chrome runs declared content scripts only in pages loaded after the
 * extension was installed or updated; the background's `onInstalled` reinjection
 * (src/background/reinject.ts) brings the new content script to the pages already open.
 *
 * Chromium starts with no extension; the test installs and updates it over the DevTools
 * protocol (`Extensions.loadUnpacked`, see harness/chromium-unpacked.ts) while an article
 * stays open, never reloading it:
 * - install: the open article, which had nothing, gets its badges;
 * - update: the orphaned old script tears down, the new one draws, and the page ends with
 *   exactly one set of badges, the same as a freshly loaded page, and no page error;
 * - the host permissions the reinjection needs add no install warning: Chrome's own
 *   `management.getPermissionWarningsByManifest` gives the same warning with or without them;
 * - in 'click' mode an update leaves the open page alone (the reader wants nothing to run
 *   before they click). This last one only shows an absence; the update test above is what
 *   shows that, in 'auto' mode, the same update does inject.
 * Without the `onInstalled` listener, or without `host_permissions`, the install and update
 * tests fail (checked against built copies patched that way).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingResource, readBadges, waitForDrawn } from './content-helpers.ts';
import {
  type FixtureServer,
  launchChromiumUnpacked,
  startFixtureServer,
  type UnpackedChromium,
} from './harness/index.ts';

const ARTICLE = 'dailymail-putin-flee';

let server: FixtureServer;
let cr: UnpackedChromium;
let extensionId = '';
/** The open article that lives through every install and update. */
let open: Page;
/** Badges on a page freshly loaded with the extension installed (the declared script's work). */
let expectedBadges = 0;

beforeAll(async () => {
  server = await startFixtureServer();
  cr = await launchChromiumUnpacked();
});

afterAll(async () => {
  await cr?.close();
  await server?.close();
});

/** Performance marks the content script leaves each time it has drawn a page. */
const drawnMarks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('sourcing-lens:drawn').length);

/** A token in the page's own world: it survives only if the page is never reloaded. */
const pageToken = (page: Page) => page.evaluate(() => (window as unknown as { token?: string }).token);

/** Our elements on the page, and whether any claim got two badges. */
async function badgeSummary(page: Page) {
  const badges = await readBadges(page);
  const claims = badges.map((b) => b.claim);
  return { count: badges.length, duplicates: claims.length - new Set(claims).size };
}

/** Page errors, leaving out a resource the orphaned script can no longer load (as in content-lifecycle). */
const pageProblems = () => cr.problems.filter((p) => !missingResource(p));

describe('the new content script takes over pages already open (Chromium)', () => {
  it('install: an article open before the install gets its badges without a reload', async () => {
    open = await cr.newPage(server.seedUrl(ARTICLE));
    await open.evaluate(() => {
      (window as unknown as { token: string }).token = 'before-install';
    });
    // Pages the browser refuses or that are not web pages sit beside it: they must not matter.
    const blank = await cr.newPage('about:blank');
    const internal = await cr.newPage('chrome://version/');
    expect(await drawnMarks(open)).toBe(0);
    expect((await badgeSummary(open)).count).toBe(0);

    const started = Date.now();
    extensionId = await cr.loadUnpacked();
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    await waitForDrawn(open);
    const installToDrawnMs = Date.now() - started;

    expect(await pageToken(open)).toBe('before-install');
    expect(await drawnMarks(open)).toBe(1);
    const seen = await badgeSummary(open);
    expect(seen.count).toBeGreaterThan(0);
    expect(seen.duplicates).toBe(0);

    // The same article loaded now gets the declared content script: the same badges.
    const fresh = await cr.newPage(server.seedUrl(ARTICLE));
    await waitForDrawn(fresh);
    expectedBadges = (await badgeSummary(fresh)).count;
    expect(seen.count).toBe(expectedBadges);
    await Promise.all([fresh.close(), blank.close(), internal.close()]);
    expect(pageProblems()).toEqual([]);
    console.info(`install → badges on the open article: ${installToDrawnMs} ms, ${seen.count} badges`);
  });

  it('update: the old script tears down, the new one draws exactly one set of badges', async () => {
    expect(extensionId).not.toBe('');
    // A second article, drawn by the declared script rather than by the reinjection.
    const second = await cr.newPage(server.seedUrl(ARTICLE));
    await waitForDrawn(second);
    for (const page of [open, second]) {
      await page.evaluate(() => {
        (window as unknown as { oldBadges: Element[] }).oldBadges = [
          ...document.querySelectorAll('sourcing-lens-badge'),
        ];
      });
    }
    const marksBefore = await Promise.all([drawnMarks(open), drawnMarks(second)]);

    const started = Date.now();
    expect(await cr.loadUnpacked()).toBe(extensionId);
    for (const [i, page] of [open, second].entries()) {
      // Old badges gone (the orphan noticed, or the newcomer cleared them), and a new drawing done.
      await expect
        .poll(
          () =>
            page.evaluate(
              (marks) =>
                (window as unknown as { oldBadges: Element[] }).oldBadges.every((b) => !b.isConnected) &&
                performance.getEntriesByName('sourcing-lens:drawn').length > marks,
              marksBefore[i] as number,
            ),
          { timeout: 20_000, interval: 100 },
        )
        .toBe(true);
    }
    const updateToDrawnMs = Date.now() - started;

    for (const page of [open, second]) {
      expect(await badgeSummary(page)).toEqual({ count: expectedBadges, duplicates: 0 });
      // One drawing per instance: the reinjection ran once per page, not twice.
      expect(await drawnMarks(page)).toBe((marksBefore[[open, second].indexOf(page)] as number) + 1);
      // One style sheet and one set of highlights: the old instance's are gone, not doubled.
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
      expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    }
    expect(await pageToken(open)).toBe('before-install');
    expect(pageProblems()).toEqual([]);
    await second.close();
    console.info(`update → old badges gone and new ones drawn on both pages: ${updateToDrawnMs} ms`);
  });

  it('host_permissions add no install warning: Chrome warns the same with or without them', async () => {
    const built = JSON.parse(readFileSync(join(cr.extensionDir, 'manifest.json'), 'utf8'));
    expect(built.host_permissions).toEqual(built.content_scripts[0].matches);
    const { host_permissions: _hosts, ...withoutHosts } = built;
    // The warnings Chrome shows at install, computed by Chrome itself from a manifest.
    const warnings = (manifest: unknown) =>
      cr.inExtension(
        extensionId,
        (text: string) =>
          // Not in the polyfill's types; any extension may call it, no "management" permission needed.
          (
            chrome.management as unknown as {
              getPermissionWarningsByManifest(manifest: string): Promise<string[]>;
            }
          ).getPermissionWarningsByManifest(text),
        JSON.stringify(manifest),
      );
    const withHosts = await warnings(built);
    expect(withHosts).toEqual(['Read and change all your data on all websites']);
    expect(await warnings(withoutHosts)).toEqual(withHosts);
  });

  it("update in 'click' mode: the old script leaves and nothing new runs on the open page", async () => {
    await cr.inExtension(extensionId, () => chrome.storage.sync.set({ version: 1, mode: 'click' }), null);
    const marksBefore = await drawnMarks(open);
    expect((await badgeSummary(open)).count).toBe(expectedBadges);

    await cr.loadUnpacked();
    // The orphan checks its context every 2 s.
    await expect.poll(() => badgeSummary(open).then((s) => s.count), { timeout: 10_000 }).toBe(0);
    // Long enough for a reinjected script to have drawn (it took well under this above).
    await open.waitForTimeout(3000);
    expect(await drawnMarks(open)).toBe(marksBefore);
    expect((await badgeSummary(open)).count).toBe(0);
    expect(pageProblems()).toEqual([]);
  });
});
