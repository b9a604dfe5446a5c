/**
 * The popup in real Chromium with the built extension: a seed article served on
 * 127.0.0.1, the popup opened against its tab (`?tabId=`). Its numbers must be
 * the page's own analysis; its toggles must change the page at once; a claim
 * picked in it must scroll the page. Screenshots in light and dark mode go to
 * artifacts/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/types.ts';
import { readSeed } from '../helpers/corpus.ts';
import {
  type ExtensionBrowser,
  type FixtureServer,
  launchChromium,
  renderSeedPage,
  startFixtureServer,
} from './harness/index.ts';

const CATEGORIES = ['anonymous', 'single-expert', 'vague', 'on-record'] as const;

let b: ExtensionBrowser;
let server: FixtureServer;
let article: Page;
let popup: Page;
let tabId: number;
let report: Report;

/**
 * The tab showing `url`, found through the state its content script reported to the
 * background (`storage.session`, keyed `tab:<id>`): without host permissions the
 * extension cannot read tab URLs, so `tabs.query({ url })` finds nothing.
 */
async function tabIdByReport(url: string): Promise<number> {
  for (let i = 0; i < 150; i++) {
    const ids = await b.inExtension(async (u) => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all)
        .filter(([k, v]) => k.startsWith('tab:') && (v as { page?: { url?: string } })?.page?.url === u)
        .map(([k]) => Number(k.slice(4)));
    }, url);
    if (ids.length === 1 && ids[0] !== undefined) return ids[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab reported a state for ${url}`);
}

/** The report the page's content script holds, once it is ready. */
async function pageReport(id: number): Promise<Report> {
  for (let i = 0; i < 100; i++) {
    const state = await b.inExtension(
      async (t) => chrome.tabs.sendMessage(t, { type: 'get-report' }).catch(() => null),
      id,
    );
    if (state && (state as { status: string }).status === 'ready')
      return (state as { report: Report }).report;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The page never finished its analysis');
}

/** Visible badges on the article per category, and the size of each category's highlight. */
async function pageMarks(page: Page) {
  return page.evaluate(
    (cats) => {
      const out: Record<string, { badges: number; highlight: number }> = {};
      for (const c of cats) {
        out[c] = {
          badges: document.querySelectorAll(`sourcing-lens-badge[data-category="${c}"]:not([hidden])`).length,
          highlight: CSS.highlights.get(`sourcing-lens-${c}`)?.size ?? 0,
        };
      }
      return out;
    },
    CATEGORIES as unknown as string[],
  );
}

beforeAll(async () => {
  server = await startFixtureServer();
  b = await launchChromium();
  article = await b.newPage();
  // Instant scrolls: the test reads the position right after the popup asks.
  await article.emulateMedia({ reducedMotion: 'reduce' });
  await article.goto(server.seedUrl('dailymail-putin-flee'));
  tabId = await tabIdByReport(article.url());
  report = await pageReport(tabId);
  popup = await b.openPopup(tabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForSelector('.popup[data-view="report"]', { timeout: 15_000 });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('popup in Chromium', () => {
  it('shows the numbers of the page’s own analysis', async () => {
    expect(report.claims.length).toBeGreaterThan(10);
    expect(await popup.locator('[data-testid="headline"]').textContent()).toBe(report.summary.headline);
    const legend = await popup
      .locator('.legend__item')
      .evaluateAll((items) =>
        items.map((li) => [
          li.getAttribute('data-category'),
          Number(li.querySelector('.legend__count')?.textContent),
        ]),
      );
    expect(Object.fromEntries(legend)).toEqual(report.summary.counts);
    const bar = await popup.getByRole('img', { name: /^Breakdown of/ }).getAttribute('aria-label');
    expect(bar).toContain(`Breakdown of ${report.summary.total} claims`);
    const names = await popup.locator('.source__name').allTextContents();
    expect(names.slice(0, Math.min(8, report.sources.length))).toEqual(
      report.sources.slice(0, 8).map((s) => s.name),
    );
    const counts = await popup.locator('.source__count').allTextContents();
    expect(counts[0]).toBe(`${report.sources[0]?.claims} claim${report.sources[0]?.claims === 1 ? '' : 's'}`);
    // The page shows the same numbers: one badge per flagged claim of each category the reader sees.
    const marks = await pageMarks(article);
    for (const c of ['anonymous', 'single-expert', 'vague'] as const) {
      expect(marks[c]?.badges, c).toBe(report.summary.counts[c]);
    }
  });

  it('turns a category off and on, and the page follows at once', async () => {
    const before = await pageMarks(article);
    expect(before.anonymous?.badges).toBeGreaterThan(0);
    expect(before.anonymous?.highlight).toBeGreaterThan(0);
    const toggle = popup.getByRole('checkbox', { name: 'Anonymous source' });
    await toggle.uncheck();
    await expect
      .poll(async () => (await pageMarks(article)).anonymous, { timeout: 5000 })
      .toEqual({
        badges: 0,
        highlight: 0,
      });
    // Only that category went.
    expect((await pageMarks(article)).vague).toEqual(before.vague);
    await toggle.check();
    await expect
      .poll(async () => (await pageMarks(article)).anonymous, { timeout: 5000 })
      .toEqual(before.anonymous);
  });

  it('switches the site off and back on', async () => {
    const site = popup.getByRole('checkbox', { name: 'Off on 127.0.0.1' });
    await site.check();
    await popup.waitForSelector('.popup[data-view="off-site"]');
    await expect
      .poll(
        async () => Object.values(await pageMarks(article)).reduce((n, m) => n + m.badges + m.highlight, 0),
        {
          timeout: 5000,
        },
      )
      .toBe(0);
    await popup.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
    await popup.waitForSelector('.popup[data-view="report"]', { timeout: 15_000 });
    await expect
      .poll(async () => (await pageMarks(article)).anonymous?.badges, { timeout: 15_000 })
      .toBe(report.summary.counts.anonymous);
  });

  it('scrolls the page to a claim picked in the popup and flashes it', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const top = report.sources[0];
    expect(top).toBeDefined();
    const source = popup.locator('.source__toggle').first();
    await source.click();
    expect(await source.getAttribute('aria-expanded')).toBe('true');
    const last = popup.locator('.claims__button').last();
    const index = Number(await last.getAttribute('data-claim-index'));
    expect(report.claims[index]?.source).toBe(top?.id);
    await last.click();
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(200);
    const inView = await article.evaluate((i) => {
      const badge = document.querySelector(`sourcing-lens-badge[data-claim="${i}"]`);
      const r = badge?.getBoundingClientRect();
      return r ? r.top >= 0 && r.bottom <= window.innerHeight : null;
    }, index);
    expect(inView).toBe(true);
    expect(await article.evaluate(() => CSS.highlights.has('sourcing-lens-flash'))).toBe(true);
  });

  it('is operable from the keyboard with a visible focus ring', async () => {
    await popup.reload();
    await popup.waitForSelector('.popup[data-view="report"]', { timeout: 15_000 });
    await popup.keyboard.press('Tab');
    const first = await popup.evaluate(() => document.activeElement?.getAttribute('role'));
    expect(first).toBe('switch');
    // Tab to the first source, open it with Enter.
    for (let i = 0; i < 30; i++) {
      if (await popup.evaluate(() => document.activeElement?.classList.contains('source__toggle'))) break;
      await popup.keyboard.press('Tab');
    }
    const outline = await popup.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await popup.keyboard.press('Enter');
    expect(await popup.locator('.source__toggle').first().getAttribute('aria-expanded')).toBe('true');
  });

  it('looks right in light and dark mode (screenshots in artifacts/)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(31, 32, 35)' : 'rgb(255, 255, 255)');
      await b.screenshot(popup, `popup-${scheme}`, { fullPage: true });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('copies the report as Markdown to the clipboard', async () => {
    // Reading the clipboard back needs a permission extension origins cannot be granted here;
    // record what the popup writes, and let the real write go through.
    await popup.evaluate(() => {
      const clip = navigator.clipboard;
      const write = clip.writeText.bind(clip);
      clip.writeText = async (text: string) => {
        (window as { __copied?: string }).__copied = text;
        return write(text);
      };
    });
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy report' }).click();
    await popup.getByText('Report copied as Markdown.').waitFor();
    const md = String(await popup.evaluate(() => (window as { __copied?: string }).__copied));
    expect(md.startsWith('# Sourcing Lens report\n')).toBe(true);
    expect(md).toContain(`- Anonymous source: ${report.summary.counts.anonymous}\n`);
    const flagged = report.claims.filter((c) => c.category !== 'on-record').length;
    expect(md.split('\n').filter((l) => l.startsWith('- **')).length).toBe(flagged);
  });

  it('downloads the report as JSON in the command line’s shape', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sourcing-lens-127.0.0.1.json');
    const path = await download.path();
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(Object.keys(json)).toEqual(['file', 'text', 'claims', 'sources', 'summary']);
    expect(json.file).toBe(article.url());
    expect(json.text).toBe(report.text);
    expect(json.claims).toEqual(report.claims.map(({ block: _block, ...rest }) => rest));
    expect(json.summary).toEqual(report.summary);
  });

  it('shows hostile page text as text: in names, descriptions, claims and the headline', async () => {
    const seed = readSeed('dailymail-putin-flee').trimEnd();
    const hostile = [
      seed,
      '"He is very ill," said Jones, a professor at <img src=x onerror="window.__pwned=1"> Oxford.',
      'Putin will resign next week, according to a senior source </style><script>window.__pwned=2</script> in Moscow.',
      'The source added that <a href="javascript:window.__pwned=3">doctors</a> were on standby.',
    ].join('\n');
    server.route('/hostile.html', renderSeedPage('hostile', hostile));
    const page = await b.newPage(server.url('/hostile.html'));
    const id = await tabIdByReport(page.url());
    const hostileReport = await pageReport(id);
    const jones = hostileReport.sources.find((s) => s.description?.includes('<img'));
    expect(jones, 'the analysis kept the payload in a description').toBeDefined();
    const view = await b.openPopup(id);
    await view.waitForSelector('.popup[data-view="report"]', { timeout: 15_000 });
    // Show every source, then open each in turn (one is open at a time) and collect what is drawn.
    const showAll = view.getByRole('button', { name: /^Show all/ });
    if (await showAll.count()) await showAll.click();
    const texts: string[] = [];
    for (const t of await view.locator('.source__toggle').all()) {
      await t.click();
      texts.push(...(await view.locator('.source__detail, .claims__text').allTextContents()));
    }
    expect(texts.some((t) => t.includes('<img src=x onerror="window.__pwned=1">'))).toBe(true);
    expect(texts.some((t) => t.includes('</style><script>window.__pwned=2</script>'))).toBe(true);
    expect(await view.locator('img, script:not([src]), a[href^="javascript:"]').count()).toBe(0);
    expect(await view.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await view.close();
    await page.close();
  });

  it('in "only when I click the icon" mode, the page waits until the popup opens', async () => {
    const options = await b.newPage(`${b.extensionOrigin}src/options/index.html`);
    await options.getByRole('radio', { name: /Only when I click the icon/ }).check();
    await expect
      .poll(() => b.inExtension(async () => (await chrome.storage.sync.get('mode')).mode, null))
      .toBe('click');
    const page = await b.newPage(server.seedUrl('sun-putin-coup'));
    // No state is reported in click mode, so find the tab as the harness does (the active one).
    const id = await b.tabIdOf(page);
    await page.waitForTimeout(1500);
    expect(await page.locator('sourcing-lens-badge').count()).toBe(0);
    const view = await b.openPopup(id);
    await view.waitForSelector('.popup[data-view="report"]', { timeout: 15_000 });
    await expect
      .poll(() => page.locator('sourcing-lens-badge').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    // Back to running automatically, through the options page again.
    await options.getByRole('radio', { name: /Run automatically/ }).check();
    await expect
      .poll(() => b.inExtension(async () => (await chrome.storage.sync.get('mode')).mode ?? 'auto', null))
      .toBe('auto');
    await b.screenshot(options, 'options-light', { fullPage: true });
    await Promise.all([view.close(), page.close(), options.close()]);
  });

  it('answers at once when reopened after the service worker was stopped', async () => {
    await b.stopWorker();
    const reopened = await b.openPopup(tabId);
    await reopened.waitForSelector('.popup[data-view="report"]', { timeout: 15_000 });
    expect(await reopened.locator('[data-testid="headline"]').textContent()).toBe(report.summary.headline);
    await reopened.close();
  });

  it('logs no errors and makes no network request of its own', () => {
    expect(b.problems.filter((p) => p.url.startsWith(b.extensionOrigin))).toEqual([]);
    expect(b.requestsOutside([server.origin]).filter((r) => r.origin === 'extension-page')).toEqual([]);
  });
});
