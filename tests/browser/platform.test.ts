/**
 * The extension platform in real Chromium: the built manifests, the service worker, the
 * per-tab state kept in storage.session (and surviving a stopped worker), the toolbar
 * badge count, the message gate, injection where no content script runs, and no network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  distDir,
  type ExtensionBrowser,
  type FixtureServer,
  launchChromium,
  ROOT,
  requireBuilt,
  sampleReport,
  startFixtureServer,
} from './harness/index.ts';

const chromeDir = requireBuilt('chrome');
const firefoxDir = requireBuilt('firefox');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('built manifests', () => {
  const chrome = readJson(join(chromeDir, 'manifest.json'));
  const firefox = readJson(join(firefoxDir, 'manifest.json'));
  const messages = readJson(join(chromeDir, '_locales', 'en', 'messages.json'));

  it('asks for the least permissions: storage, activeTab, scripting, http(s) hosts no wider than the content script', () => {
    for (const m of [chrome, firefox]) {
      expect(m.manifest_version).toBe(3);
      expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
      // Exactly the content script's sites: Chrome needs them to inject into tabs already open at
      // an install or update (background/reinject.ts); they widen nothing.
      expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.content_scripts).toHaveLength(1);
      expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
      expect(m.content_scripts[0].run_at).toBe('document_idle');
      expect(m.content_scripts[0].all_frames).toBeUndefined();
      expect(m.version).toBe(readJson(join(ROOT, 'package.json')).version);
    }
  });

  it('names files that exist in the build', () => {
    for (const [dir, m] of [
      [chromeDir, chrome],
      [firefoxDir, firefox],
    ] as const) {
      const files = [
        m.action.default_popup,
        m.options_ui.page,
        ...m.content_scripts[0].js,
        ...(m.background.scripts ?? [m.background.service_worker]),
      ];
      for (const file of files) expect(readFileSync(join(dir, file)).length).toBeGreaterThan(0);
      for (const [size, file] of Object.entries({ ...m.icons, ...m.action.default_icon })) {
        expect(pngSize(join(dir, file as string))).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('localises every manifest string from _locales/en', () => {
    expect(chrome.default_locale).toBe('en');
    const keys = JSON.stringify(chrome).match(/__MSG_(\w+)__/g) ?? [];
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) expect(messages[key.slice(6, -2)]?.message, key).toBeTruthy();
    expect(messages[chrome.description.slice(6, -2)].message.length).toBeLessThanOrEqual(132);
  });

  it('gives Firefox an event page and its gecko settings', () => {
    expect(chrome.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.minimum_chrome_version).toBeUndefined();
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});

describe('in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let opened = 0;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromium({ extension: distDir('chrome') });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** An extension page in its own tab (distinct URL), to send messages as our own code does. */
  async function extensionTab(): Promise<{ page: Page; tabId: number }> {
    const page = await browser.newPage(`${browser.extensionOrigin}src/options/index.html?t=${++opened}`);
    return { page, tabId: await browser.tabIdOf(page) };
  }

  /** Sends from an extension page; `answer` is null when nobody answered. */
  const send = (page: Page, message: unknown): Promise<{ answer: unknown; error?: string }> =>
    page.evaluate(
      (m) =>
        chrome.runtime.sendMessage(m).then(
          (answer) => ({ answer: answer ?? null }),
          (error) => ({ answer: null, error: String(error) }),
        ),
      message,
    );

  const badge = (tabId: number) =>
    browser.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  it('starts the service worker under a generated id', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(await browser.workerStatus()).toBe('RUNNING');
    expect(manifest.name).toBe('Sourcing Lens');
  });

  it('keeps a reported tab state in storage.session, shows the count, and answers after a worker restart', async () => {
    const { page, tabId } = await extensionTab();
    const page2 = (await extensionTab()).page;
    const report = sampleReport();
    const info = { url: 'https://www.dailymail.co.uk/news/article-1.html', title: 'Putin may flee' };
    expect(await send(page, { type: 'report', status: 'ready', report, page: info })).toEqual({
      answer: { ok: true },
    });
    expect(await badge(tabId)).toBe('2');

    const asked = await send(page2, { type: 'get-tab-state', tabId });
    expect(asked).toMatchObject({ answer: { status: 'ready', report, page: info } });
    const stored = await browser.inExtension((key) => chrome.storage.session.get(key), `tab:${tabId}`);
    expect(stored[`tab:${tabId}`]).toMatchObject({ status: 'ready', report });

    // stopWorker waits until Chromium reports the worker STOPPED; whatever answers next is a
    // fresh worker (any tab event restarts it), so the state came from storage.session.
    await browser.stopWorker();
    const again = await send(page2, { type: 'get-tab-state', tabId });
    expect(again).toEqual(asked);
    expect(await browser.workerStatus()).toBe('RUNNING');
    expect(await badge(tabId)).toBe('2');

    // A later status replaces the report and clears the count.
    expect(await send(page, { type: 'report', status: 'analysing' })).toEqual({ answer: { ok: true } });
    expect(await badge(tabId)).toBe('');
    expect(await browser.inExtension((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      'Sourcing Lens: whose word does this article rest on?',
    );
    expect(await send(page2, { type: 'get-tab-state', tabId })).toMatchObject({
      answer: { status: 'analysing' },
    });
    await page.close();
    await page2.close();
  });

  it('evicts other tabs, oldest first, when storage.session is full', async () => {
    // Three 3.5 MB reports do not fit Chromium's 10 MB session quota together.
    const tabs = [await extensionTab(), await extensionTab(), await extensionTab()];
    const bigReport = (fill: string) => ({
      type: 'report',
      status: 'ready',
      page: { url: 'https://big.example/', title: 'Big' },
      report: {
        text: fill.repeat(3_500_000),
        blocks: [{ start: 0, end: 3_500_000 }],
        claims: [],
        sources: [],
        summary: {
          counts: { anonymous: 0, 'single-expert': 0, vague: 0, 'on-record': 0 },
          total: 0,
          attributed: 0,
          flagged: 0,
          topSource: null,
          headline: '',
        },
      },
    });
    for (const [i, tab] of tabs.entries()) {
      const answer = await tab.page.evaluate(
        (m) => chrome.runtime.sendMessage(m).then((a) => a ?? null),
        bigReport('abc'[i] as string),
      );
      expect(answer).toEqual({ ok: true });
    }
    const states = await Promise.all(
      tabs.map(
        async ({ tabId }) =>
          ((await send(tabs[2]!.page, { type: 'get-tab-state', tabId })).answer as { status: string } | null)
            ?.status ?? null,
      ),
    );
    expect(states).toEqual([null, 'ready', 'ready']);
    for (const tab of tabs) await tab.page.close();
  });

  it('applies quick successive reports from a tab in the order they were sent', async () => {
    const { page, tabId } = await extensionTab();
    const ready = {
      type: 'report',
      status: 'ready',
      report: sampleReport(),
      page: { url: 'https://a.example/', title: 'A' },
    };
    const burst = (messages: unknown[]) =>
      page.evaluate((ms) => Promise.all(ms.map((m) => chrome.runtime.sendMessage(m))), messages);
    for (let round = 0; round < 5; round++) {
      await burst([
        { type: 'report', status: 'analysing' },
        ready,
        { type: 'report', status: 'analysing' },
        ready,
      ]);
      expect(await badge(tabId)).toBe('2');
      await burst([ready, { type: 'report', status: 'analysing' }]);
      expect(await badge(tabId)).toBe('');
      expect((await send(page, { type: 'get-tab-state', tabId })).answer).toMatchObject({
        status: 'analysing',
      });
    }
    await page.close();
  });

  it('answers null for a tab it knows nothing about', async () => {
    const { page } = await extensionTab();
    expect(await send(page, { type: 'get-tab-state', tabId: 987654 })).toEqual({ answer: null });
    await page.close();
  });

  it('drops malformed and foreign messages without an answer or a change', async () => {
    const { page, tabId } = await extensionTab();
    const good = {
      type: 'report',
      status: 'ready',
      report: sampleReport(),
      page: { url: 'https://a.example/', title: 'A' },
    };
    expect(await send(page, good)).toEqual({ answer: { ok: true } });
    const bad = [
      { ...good, report: { ...sampleReport(), claims: [{ start: 0, end: 1e9 }] } },
      { ...good, status: 'done' },
      { type: 'report', status: 'ready', page: good.page },
      { type: 'get-tab-state', tabId: 'all' },
      { type: 'clear-everything' },
      '<img src=x onerror=alert(1)>',
      null,
    ];
    for (const message of bad) {
      const result = await send(page, message);
      expect(result.answer, JSON.stringify(message)?.slice(0, 80)).toBeNull();
    }
    expect(await send(page, { type: 'get-tab-state', tabId })).toMatchObject({ answer: { status: 'ready' } });
    expect(await badge(tabId)).toBe('2');
    await page.close();
  });

  it('clears the tab state and count on navigation and when the tab closes', async () => {
    const { page, tabId } = await extensionTab();
    const asker = await extensionTab();
    const good = {
      type: 'report',
      status: 'ready',
      report: sampleReport(),
      page: { url: 'https://a.example/', title: 'A' },
    };
    await send(page, good);
    expect(await badge(tabId)).toBe('2');
    await page.reload();
    await expect.poll(() => badge(tabId)).toBe('');
    expect(await send(asker.page, { type: 'get-tab-state', tabId })).toEqual({ answer: null });

    await send(page, good);
    expect((await send(asker.page, { type: 'get-tab-state', tabId })).answer).not.toBeNull();
    await page.close();
    await expect
      .poll(
        async () =>
          (await browser.inExtension((key) => chrome.storage.session.get(key), `tab:${tabId}`))[
            `tab:${tabId}`
          ],
      )
      .toBeUndefined();
    await asker.page.close();
  });

  it('finds the live content script on an article (healing a lost state from it), and refuses browser pages', async () => {
    const { page: popup } = await extensionTab();
    const article = await browser.newPage(server.seedUrl(server.seeds[0] as string));
    const tabId = await browser.tabIdOf(article);
    // Once the manifest's content script has reported in, it answers the ping, so nothing is
    // injected. (Injecting where none runs needs the activeTab grant a real toolbar click
    // gives, which test code cannot produce.)
    const stateOf = async () =>
      (await send(popup, { type: 'get-tab-state', tabId })).answer as { status: string } | null;
    await expect.poll(async () => (await stateOf())?.status, { timeout: 20_000 }).toBe('ready');
    const before = await stateOf();
    // A lost state (evicted, or reported while prerendered) is healed from the live content script.
    await browser.inExtension(async (id) => {
      await chrome.storage.session.remove(`tab:${id}`);
      await chrome.action.setBadgeText({ tabId: id, text: '' });
    }, tabId);
    expect(await stateOf()).toBeNull();
    expect(await send(popup, { type: 'ensure-content', tabId })).toEqual({
      answer: { ok: true, injected: false },
    });
    expect(await stateOf()).toMatchObject({
      status: 'ready',
      report: (before as unknown as { report: unknown }).report,
    });
    expect(await badge(tabId)).not.toBe('');
    const internal = await browser.newPage('chrome://version/');
    const internalId = await browser.tabIdOf(internal);
    expect(await send(popup, { type: 'ensure-content', tabId: internalId })).toEqual({
      answer: { ok: false, injected: false },
    });
    await internal.close();
    await article.close();
    await popup.close();
  });

  it('shows the flagged-claim count the content script reports for a real article, per tab', async () => {
    const article = await browser.newPage(server.seedUrl('dailymail-putin-flee'));
    const tabId = await browser.tabIdOf(article);
    const other = await browser.newPage(server.pageUrl('bbc-1'));
    const otherId = await browser.tabIdOf(other);
    const stateOf = (id: number) =>
      browser.inExtension(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab:${id}`);
    await expect
      .poll(async () => ((await stateOf(tabId)) as { status?: string } | null)?.status, { timeout: 20_000 })
      .toBe('ready');
    const state = (await stateOf(tabId)) as {
      report: { summary: { flagged: number } };
      page: { url: string };
    };
    expect(state.page.url).toBe(server.seedUrl('dailymail-putin-flee'));
    expect(state.report.summary.flagged).toBeGreaterThan(10);
    expect(await badge(tabId)).toBe(String(state.report.summary.flagged));
    // The BBC page is all on the record: no count on its tab, whatever the other tab shows.
    await expect
      .poll(async () => ((await stateOf(otherId)) as { status?: string } | null)?.status, { timeout: 20_000 })
      .toBe('ready');
    const otherState = (await stateOf(otherId)) as { report: { summary: { flagged: number } } };
    expect(await badge(otherId)).toBe(
      otherState.report.summary.flagged > 0 ? String(otherState.report.summary.flagged) : '',
    );
    expect(await badge(tabId)).toBe(String(state.report.summary.flagged));
    await browser.screenshot(article, 'platform-dailymail');
    await other.close();
    await article.close();
  });

  it('makes no network request of its own', () => {
    // The worker and our pages reach nothing but the extension's own files.
    const ours = browser.requests.filter(
      (r) => r.origin !== 'page' && !r.url.startsWith(browser.extensionOrigin),
    );
    expect(ours).toEqual([]);
    // The seed pages reference nothing, so any request made from one would be the content script's.
    const seedUrls = server.seeds.map((name) => server.seedUrl(name));
    // (Its own chunks load from the extension's package, which is not the network.)
    const fromSeeds = browser.requests.filter(
      (r) =>
        seedUrls.includes(r.initiator) &&
        !seedUrls.includes(r.url) &&
        !r.url.startsWith(browser.extensionOrigin),
    );
    expect(fromSeeds).toEqual([]);
    expect(browser.requests.some((r) => seedUrls.includes(r.url))).toBe(true);
  });
});
