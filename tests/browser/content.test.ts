/**
 * The content script in real Chromium with the BUILT extension (dist/chrome),
 * on every fixture page served from 127.0.0.1 (the four saved real pages and
 * the two seed articles rendered as news pages):
 * - badges stand right after their claim's sentence, and at the gold claims'
 *   sentences (agreement measured against gold.json, thresholds below);
 * - a badge opens a popover with the right source and count (click and keys);
 * - toggling a category in storage removes exactly its highlights and badges,
 *   at once; the per-site switch clears the page and brings it back;
 * - a page that replaces its article body gets fresh badges;
 * - hostile page CSS does not hide or restyle our UI;
 * - no page errors, no network request of ours; figures to artifacts/.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/types.ts';
import type { TabState } from '../../src/messaging/index.ts';
import {
  type Agreement,
  agreement,
  missingResource,
  normal,
  readBadges,
  readGold,
  waitForDrawn,
} from './content-helpers.ts';
import {
  artifactPath,
  type ExtensionBrowser,
  type FixtureServer,
  launchChromium,
  startFixtureServer,
} from './harness/index.ts';

const FIXTURES = [
  'page:bbc-1',
  'page:nytimes-1',
  'page:telegraph',
  'page:webmd-1',
  'seed:dailymail-putin-flee',
  'seed:sun-putin-coup',
] as const;

/**
 * Agreement floors over all six fixtures, set from what the analysis achieves
 * today with room below (`npm run eval`: flagged precision and recall 1.00 on the
 * gold texts; on the live pages, measured here: recall 1.00, precision 0.99 —
 * the live page's extraction keeps a photo caption that Readability drops);
 * they are floors, so they keep holding as the analysis improves. Badge placement itself is exact: every
 * badge must stand right after its own claim's sentence.
 */
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.9;
const MIN_CATEGORY_AGREEMENT = 0.95;

let server: FixtureServer;
let ext: ExtensionBrowser;
const figures: Record<string, unknown> = {};

function urlOf(fixture: string): string {
  const [kind, name] = fixture.split(':') as [string, string];
  return kind === 'page' ? server.pageUrl(name) : server.seedUrl(name);
}

/**
 * The report the page's content script holds, asked from an extension page. Tab URLs are
 * hidden from us without the "tabs" permission, so every tab is asked and the one whose
 * state names this page's URL answers.
 */
async function reportOf(page: Page): Promise<Report> {
  const states = await ext.inExtension(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(
      tabs.map((t) =>
        (chrome.tabs.sendMessage(t.id!, { type: 'get-report' }) as Promise<TabState>).catch(() => null),
      ),
    );
  }, null);
  const state = states.find((s) => s?.page?.url === page.url());
  if (!state) throw new Error(`No content script answered for ${page.url()}`);
  if (state.status !== 'ready') throw new Error(`content script state: ${state.status}`);
  return state.report;
}

async function setSettings(items: Record<string, unknown>): Promise<void> {
  await ext.inExtension(async (it) => {
    await chrome.storage.sync.clear();
    if (Object.keys(it).length > 0) await chrome.storage.sync.set({ version: 1, ...it });
  }, items);
}

/** Names registered in the page's CSS.highlights (the registry is the document's, shared with the page). */
function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].sort());
}

const renderedBadges = async (page: Page) => (await readBadges(page)).filter((b) => b.rendered);

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchChromium();
});

afterAll(async () => {
  writeFileSync(artifactPath('content-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await ext?.close();
  await server?.close();
});

describe('content script on the fixture pages (Chromium, built extension)', () => {
  const scores = new Map<string, Agreement>();

  for (const fixture of FIXTURES) {
    it(`draws badges right after their sentences on ${fixture}`, async () => {
      const page = await ext.newPage(urlOf(fixture));
      const drawn = await waitForDrawn(page);
      const badges = await readBadges(page);
      const report = await reportOf(page);
      const score = agreement(badges, report, readGold(fixture));
      scores.set(fixture, score);
      figures[fixture] = {
        ...score,
        drawnAfterMs: Math.round(drawn.drawnAfterMs ?? -1),
        mainThreadMs: Math.round((drawn.mainThreadMs ?? 0) * 10) / 10,
        longestTaskMs: Math.round((drawn.longestTaskMs ?? 0) * 10) / 10,
        extractMs: Math.round((drawn.extractMs ?? 0) * 10) / 10,
        longestTask: drawn.longestTask,
        phases: drawn.phases,
      };
      // One badge per flagged claim the report has on the page, each right after its sentence.
      const flagged = report.claims.filter((c) => c.category !== 'on-record').length;
      expect(badges.length).toBe(flagged);
      expect(score.inPlace).toBe(badges.length);
      expect(badges.every((b) => b.rendered && !b.hidden)).toBe(true);
      for (const b of badges)
        expect(b.label).toMatch(/^(Anonymous source|Single expert|Vague attribution): /);
      // A viewport shot at the first badge (full-page shots of the long real pages are huge).
      if (badges.length > 0) await page.locator('sourcing-lens-badge').first().scrollIntoViewIfNeeded();
      await ext.screenshot(page, `content-${fixture.replace(':', '-')}`);
      await page.close();
    });
  }

  it('agrees with the gold labels overall', () => {
    expect(scores.size).toBe(FIXTURES.length);
    let gold = 0;
    let found = 0;
    let same = 0;
    let tp = 0;
    let fp = 0;
    for (const s of scores.values()) {
      gold += s.goldFlagged;
      found += s.found;
      same += s.sameCategory;
      tp += s.truePositives;
      fp += s.falsePositives;
    }
    const recall = found / gold;
    const precision = tp / Math.max(1, tp + fp);
    const categoryAgreement = same / Math.max(1, found);
    figures.overall = { recall, precision, categoryAgreement, gold, found, same, tp, fp };
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(categoryAgreement).toBeGreaterThanOrEqual(MIN_CATEGORY_AGREEMENT);
    // The negative control (all on the record) gets almost no badge.
    expect(scores.get('page:bbc-1')!.falsePositives).toBeLessThanOrEqual(3);
  });
});

describe('badges, popover and settings on a seed page', () => {
  let page: Page;
  let report: Report;

  beforeAll(async () => {
    await setSettings({});
    page = await ext.newPage(server.seedUrl('dailymail-putin-flee'));
    await waitForDrawn(page);
    report = await reportOf(page);
  });
  afterAll(async () => {
    await setSettings({});
    await page?.close();
  });

  it('opens the right source and count from a badge, by click and by keyboard', async () => {
    const top = report.sources[0]!;
    const index = report.claims.findIndex((c) => c.source === top.id && c.category !== 'on-record');
    expect(index).toBeGreaterThanOrEqual(0);
    const button = page.locator(`sourcing-lens-badge[data-claim="${index}"] button`);
    const dialog = page.locator('sourcing-lens-popover [role="dialog"]');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = normal((await dialog.textContent()) ?? '');
    expect(text).toContain(top.name);
    expect(text).toContain(
      `${top.claims} claim${top.claims === 1 ? '' : 's'} in this article rest on this source`,
    );
    await ext.screenshot(page, 'content-popover-light');
    // Esc closes and gives focus back to the badge.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.shadowRoot?.activeElement?.tagName ?? '',
    );
    expect(focused).toBe('BUTTON');
    // Enter opens, Space closes (the badge toggles), a click outside closes.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await button.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.mouse.click(5, 5);
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('steps through a source’s claims with "show all"', async () => {
    const top = report.sources[0]!;
    const indices = report.claims.flatMap((c, i) =>
      c.source === top.id && c.category !== 'on-record' ? [i] : [],
    );
    if (indices.length < 2) return;
    await page.locator(`sourcing-lens-badge[data-claim="${indices[0]}"] button`).click();
    const dialog = page.locator('sourcing-lens-popover [role="dialog"]');
    await dialog.locator('button.next').click();
    await expect
      .poll(async () => normal((await dialog.textContent()) ?? ''))
      .toContain(`Claim 2 of ${indices.length}`);
    const expanded = await page
      .locator(`sourcing-lens-badge[data-claim="${indices[1]}"] button`)
      .getAttribute('aria-expanded');
    expect(expanded).toBe('true');
    await page.keyboard.press('Escape');
  });

  it('leaves nothing of its own in the page head (no preload links, no style element)', async () => {
    const own = await page.evaluate(
      (origin) =>
        [...document.head.querySelectorAll('link,style,script')].filter(
          (el) =>
            (el.getAttribute('href') ?? el.getAttribute('src') ?? '').startsWith(origin) ||
            el.id.startsWith('sourcing-lens'),
        ).length,
      ext.extensionOrigin,
    );
    expect(own).toBe(0);
  });

  it('answers scroll-to-claim (scroll and flash) and reanalyze from an extension page', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = report.claims.length - 1;
    const send = (message: unknown) =>
      ext.inExtension(
        async ({ message, url }) => {
          const tabs = await chrome.tabs.query({});
          const answers = await Promise.all(
            tabs.map((t) =>
              chrome.tabs
                .sendMessage(t.id!, { type: 'get-report' })
                .then((s) =>
                  (s as { page?: { url: string } } | undefined)?.page?.url === url ? t.id! : null,
                )
                .catch(() => null),
            ),
          );
          const tabId = answers.find((id) => id !== null)!;
          return chrome.tabs.sendMessage(tabId, message);
        },
        { message, url: page.url() },
      );
    expect(await send({ type: 'scroll-to-claim', claimIndex: last })).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(200);
    expect(await page.evaluate(() => CSS.highlights.has('sourcing-lens-flash'))).toBe(true);
    expect(await send({ type: 'scroll-to-claim', claimIndex: 100_000 })).toEqual({ ok: false });
    // Malformed requests get no answer.
    expect(await send({ type: 'scroll-to-claim', claimIndex: -1 }).catch(() => 'no answer')).not.toEqual({
      ok: true,
    });
    const marks = () => page.evaluate(() => performance.getEntriesByName('sourcing-lens:redrawn').length);
    const before = await marks();
    expect(await send({ type: 'reanalyze' })).toEqual({ ok: true });
    await expect.poll(marks, { timeout: 5000 }).toBe(before + 1);
  });

  it('ignores forged messages and events from the page', async () => {
    const count = (await renderedBadges(page)).length;
    await page.evaluate(() => {
      for (const message of [
        { type: 'reanalyze' },
        { type: 'scroll-to-claim', claimIndex: 0 },
        { type: 'report', status: 'off' },
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('sourcing-lens', { detail: message }));
      }
      // A forged pagehide must not tear us down.
      window.dispatchEvent(new Event('pagehide'));
    });
    await page.waitForTimeout(500);
    expect((await renderedBadges(page)).length).toBe(count);
    expect(await page.evaluate(() => performance.getEntriesByName('sourcing-lens:redrawn').length)).toBe(1);
  });

  it('removes exactly one category’s highlights and badges at once when it is switched off in storage', async () => {
    const before = await renderedBadges(page);
    const categories = [...new Set(before.map((b) => b.category))];
    expect(categories.length).toBeGreaterThan(0);
    const off = categories[0]!;
    const names = await highlightNames(page);
    expect(names).toContain(`sourcing-lens-${off}`);
    await setSettings({ categories: { [off]: false } });
    await expect
      .poll(async () => (await renderedBadges(page)).filter((b) => b.category === off).length, {
        timeout: 2000,
      })
      .toBe(0);
    const after = await renderedBadges(page);
    expect(after.length).toBe(before.filter((b) => b.category !== off).length);
    expect(await highlightNames(page)).toEqual(names.filter((n) => n !== `sourcing-lens-${off}`));
    await setSettings({});
    await expect.poll(async () => (await renderedBadges(page)).length, { timeout: 5000 }).toBe(before.length);
    expect(await highlightNames(page)).toEqual(names);
  });

  it('clears the page with the per-site switch and comes back without a reload', async () => {
    const textBefore = await page.evaluate(() => document.body.textContent);
    const count = (await renderedBadges(page)).length;
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(() => page.locator('sourcing-lens-badge').count(), { timeout: 5000 }).toBe(0);
    expect(await highlightNames(page)).toEqual([]);
    expect(await page.locator('sourcing-lens-popover').count()).toBe(0);
    // The page's own text is exactly as it was, and so is its node structure (splits joined).
    expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);
    const adjacentTexts = await page.evaluate(
      () =>
        [...document.querySelectorAll('article p')].filter((p) =>
          [...p.childNodes].some((n) => n.nodeType === 3 && n.previousSibling?.nodeType === 3),
        ).length,
    );
    expect(adjacentTexts).toBe(0);
    await setSettings({});
    await expect.poll(async () => (await renderedBadges(page)).length, { timeout: 5000 }).toBe(count);
  });

  it('clears the page with the global switch', async () => {
    await setSettings({ enabled: false });
    await expect.poll(() => page.locator('sourcing-lens-badge').count(), { timeout: 5000 }).toBe(0);
    await setSettings({});
    await expect
      .poll(() => page.locator('sourcing-lens-badge').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
  });
});

describe('pages that change', () => {
  it('gives a page that replaces its article body (React-style) fresh badges', async () => {
    const first = await (await fetch(server.seedUrl('dailymail-putin-flee'))).text();
    const second = await (await fetch(server.seedUrl('sun-putin-coup'))).text();
    const nextArticle = /<article[\s\S]*<\/article>/.exec(second)![0];
    // The page's own script swaps in the other article from a <template> after a moment.
    const html = first.replace(
      '</body>',
      `<template id="next">${nextArticle}</template><script>
        setTimeout(() => {
          const next = document.getElementById('next').content.cloneNode(true);
          document.querySelector('article').replaceWith(next);
          history.pushState({}, '', '/spa/replaced.html');
        }, 1500);
      </script></body>`,
    );
    server.route('/spa/replace.html', html);
    const page = await ext.newPage(server.url('/spa/replace.html'));
    await waitForDrawn(page);
    const firstLabels = (await readBadges(page)).map((b) => b.label);
    expect(firstLabels.some((l) => l.includes('SVR'))).toBe(true);
    await expect
      .poll(
        async () => {
          const badges = await readBadges(page);
          return (
            badges.length > 0 && badges.every((b) => b.label.includes('Thornton') || b.category === 'vague')
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const report = await reportOf(page);
    expect(report.text).toContain('Dr Rod Thornton');
    expect(report.text).not.toContain('General SVR');
    const badges = await readBadges(page);
    const score = agreement(badges, report, readGold('seed:sun-putin-coup'));
    expect(score.inPlace).toBe(badges.length);
    await ext.screenshot(page, 'content-replaced-article');
    await page.close();
  });
});

describe('hostile page CSS and a dark page', () => {
  it('keeps badges and the popover visible and usable, and readable on a dark page', async () => {
    const seed = await (await fetch(server.seedUrl('sun-putin-coup'))).text();
    const hostile = seed.replace(
      '</head>',
      `<style>
        body { background: #15171a !important; color: #e8e8e8 !important; }
        * { all: unset !important; }
        html, body, article, p, h1 { display: block !important; }
        body { background: #15171a !important; color: #e8e8e8 !important; font: 18px/1.6 serif !important; padding: 24px !important; }
        sourcing-lens-badge, sourcing-lens-popover, [popover] { display: none !important; font-size: 0 !important; }
        :host { display: none !important; }
        body::after { content: ''; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; }
      </style></head>`,
    );
    // Markup and script payloads in the article text, in a claim and in a source's name.
    const payload = '&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;';
    const withPayload = hostile.replace(
      '</article>',
      `<p>It is thought that the Kremlin is preparing a ${payload} evacuation to javascript:alert(3).</p></article>`,
    );
    server.route('/hostile/dark.html', withPayload);
    const page = await ext.newPage(server.url('/hostile/dark.html'));
    await waitForDrawn(page);
    const badges = await readBadges(page);
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => b.rendered)).toBe(true);
    const first = page.locator('sourcing-lens-badge button').first();
    await first.scrollIntoViewIfNeeded();
    const size = await first.boundingBox();
    expect(size!.height).toBeGreaterThan(8);
    await first.click();
    const dialog = page.locator('sourcing-lens-popover [role="dialog"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The popover is on top: the element at its centre is our popover host.
    const onTop = await page.evaluate(() => {
      const host = document.querySelector('sourcing-lens-popover')!;
      const panel = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return document.elementFromPoint(panel.left + panel.width / 2, panel.top + panel.height / 2) === host;
    });
    expect(onTop).toBe(true);
    await ext.screenshot(page, 'content-popover-dark-hostile');
    await page.keyboard.press('Escape');

    // The claim holding the payload gets its badge and popover like any other (a source name
    // holding markup is tested in the DOM tests); the payload stays text, and nothing runs.
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const evil = page.locator('article > p:last-of-type sourcing-lens-badge button');
    await expect.poll(() => evil.count()).toBe(1);
    expect(await evil.getAttribute('aria-label')).toMatch(/^Vague attribution: /);
    await evil.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.locator('article > p:last-of-type').textContent()).toContain(
      '<img src=x onerror=alert(1)>',
    );
    const injected = await page.evaluate(() => {
      const root = document.querySelector('sourcing-lens-popover')!.shadowRoot!;
      const badges = [...document.querySelectorAll('sourcing-lens-badge')].map((b) => b.shadowRoot!);
      return [root, ...badges].reduce((n, r) => n + r.querySelectorAll('img,script').length, 0);
    });
    expect(injected).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('the content script stays quiet', () => {
  // The saved real pages run their own scripts without the resources those expect, so they
  // log errors of their own; our pages (seeds, SPA, hostile) must log none at all.
  const isRealPage = (url: string) => url.includes('/pages/');

  it('logs no page errors and makes no network request of its own', () => {
    const ours = ext.problems.filter((p) => /chrome-extension:|sourcing-lens/i.test(p.text));
    expect(ours).toEqual([]);
    // A missing resource (Chromium asks every page for /favicon.ico) is logged as a console
    // error by the page itself; anything else on our pages would be an error we caused.
    expect(ext.problems.filter((p) => !isRealPage(p.url) && !missingResource(p))).toEqual([]);
    // Requests outside the fixture server: only the real pages' own (their ads and trackers, all refused).
    const outside = ext.requestsOutside([server.origin]);
    // (A subframe's own document request has no initiator frame yet: the real pages' ad iframes.)
    const pagesOwn = (r: { origin: string; initiator: string; resourceType: string }) =>
      r.origin === 'page' &&
      (isRealPage(r.initiator) || (r.initiator === '' && r.resourceType === 'document'));
    expect(outside.filter((r) => !pagesOwn(r))).toEqual([]);
    // Nothing of ours went anywhere at all: no request from the service worker or our pages.
    expect(ext.requests.filter((r) => r.origin !== 'page' && !r.url.startsWith(ext.extensionOrigin))).toEqual(
      [],
    );
  });
});
