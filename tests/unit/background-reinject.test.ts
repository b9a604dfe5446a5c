/**
 * The reinjector (src/background/reinject.ts) in Node, with a fake browser: after an install or
 * update it gives the content script to the open http(s) tabs that lack one, skips what it must
 * (discarded, non-web, already live), swallows the browser's refusals, honours the reader's
 * off switch and 'click' mode, stays within its concurrency bound, and never rejects.
 */
import { describe, expect, it } from 'vitest';
import {
  REINJECT_CONCURRENCY,
  type ReinjectApi,
  type ReinjectTab,
  reasonNeedsReinject,
  reinjectOpenTabs,
} from '../../src/background/reinject.ts';
import { FakeArea } from './settings-fake-area.ts';

interface FakeOptions {
  tabs: ReinjectTab[];
  /** Tabs whose content script is live and answers. */
  live?: number[];
  /** Tabs where executeScript is refused. */
  refuse?: number[];
  settings?: Record<string, unknown>;
  firefox?: boolean;
  queryFails?: boolean;
  /** executeScript takes this long, so parallel calls overlap. */
  delayMs?: number;
  files?: string[];
}

function fakeBrowser(options: FakeOptions) {
  const injected: { tabId: number; files: string[] }[] = [];
  const queried: unknown[] = [];
  let running = 0;
  let maxRunning = 0;
  const sync = new FakeArea();
  for (const [key, value] of Object.entries(options.settings ?? {})) sync.data.set(key, value);
  const api: ReinjectApi = {
    tabs: {
      async query(info) {
        queried.push(info);
        if (options.queryFails) throw new Error('tabs.query failed');
        return structuredClone(options.tabs);
      },
      async sendMessage(tabId) {
        if (options.live?.includes(tabId)) return { status: 'not-article' };
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    scripting: {
      async executeScript({ target, files }) {
        running++;
        maxRunning = Math.max(maxRunning, running);
        try {
          await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
          if (options.refuse?.includes(target.tabId)) throw new Error('Cannot access contents of the page.');
          injected.push({ tabId: target.tabId, files });
          return [];
        } finally {
          running--;
        }
      },
    },
    runtime: {
      getManifest: () => ({ content_scripts: [{ js: options.files ?? ['assets/main.ts-loader.js'] }] }),
      ...(options.firefox ? { getBrowserInfo: async () => ({ name: 'Firefox' }) } : {}),
    },
    storage: { sync },
  };
  return { api, injected, queried, maxRunning: () => maxRunning };
}

const web = (
  id: number,
  url = `https://news.example/${id}`,
  extra: Partial<ReinjectTab> = {},
): ReinjectTab => ({
  id,
  url,
  ...extra,
});

describe('reasonNeedsReinject', () => {
  it('is true for an install and an update (also an unpacked reload), false otherwise', () => {
    expect(reasonNeedsReinject('install')).toBe(true);
    expect(reasonNeedsReinject('update')).toBe(true);
    expect(reasonNeedsReinject('chrome_update')).toBe(false);
    expect(reasonNeedsReinject('browser_update')).toBe(false);
    expect(reasonNeedsReinject('shared_module_update')).toBe(false);
    expect(reasonNeedsReinject('')).toBe(false);
  });
});

describe('reinjectOpenTabs', () => {
  it('injects the manifest content script into every open http(s) tab, top frame only', async () => {
    const { api, injected } = fakeBrowser({
      tabs: [web(1), web(2, 'http://plain.example/a'), web(3, 'HTTPS://upper.example/')],
      files: ['assets/a.js', 'assets/b.js'],
    });
    const result = await reinjectOpenTabs(api, 'install');
    expect(result).toEqual({ injected: [1, 2, 3], live: [], refused: [] });
    expect(injected.sort((a, b) => a.tabId - b.tabId)).toEqual([
      { tabId: 1, files: ['assets/a.js', 'assets/b.js'] },
      { tabId: 2, files: ['assets/a.js', 'assets/b.js'] },
      { tabId: 3, files: ['assets/a.js', 'assets/b.js'] },
    ]);
  });

  it('skips discarded tabs, non-web pages, tabs without an id or a readable url', async () => {
    const { api, injected } = fakeBrowser({
      tabs: [
        web(1, 'https://news.example/live'),
        web(2, 'https://news.example/sleeping', { discarded: true }),
        web(3, 'chrome://settings/'),
        web(4, 'chrome-extension://abc/src/options/index.html'),
        web(5, 'file:///home/reader/a.html'),
        web(6, 'about:blank'),
        { url: 'https://news.example/no-id' },
        { id: 8 },
        web(9, 'view-source:https://news.example/'),
        web(10, 'https://news.example/not-discarded', { discarded: false }),
      ],
    });
    const result = await reinjectOpenTabs(api, 'update');
    expect(result.injected.sort((a, b) => a - b)).toEqual([1, 10]);
    expect(injected.map((i) => i.tabId).sort((a, b) => a - b)).toEqual([1, 10]);
  });

  it('leaves a tab whose content script already answers alone', async () => {
    const { api, injected } = fakeBrowser({ tabs: [web(1), web(2)], live: [2] });
    expect(await reinjectOpenTabs(api, 'install')).toEqual({ injected: [1], live: [2], refused: [] });
    expect(injected.map((i) => i.tabId)).toEqual([1]);
  });

  it('swallows the browser refusing a tab and carries on with the others', async () => {
    const { api, injected } = fakeBrowser({ tabs: [web(1), web(2), web(3)], refuse: [2] });
    const result = await reinjectOpenTabs(api, 'install');
    expect(result.refused).toEqual([2]);
    expect(result.injected.sort((a, b) => a - b)).toEqual([1, 3]);
    expect(injected).toHaveLength(2);
  });

  it("does nothing in 'click' mode or when switched off, and honours valid settings only", async () => {
    for (const [settings, skipped] of [
      [{ mode: 'click' }, 'click'],
      [{ enabled: false }, 'off'],
      [{ enabled: false, mode: 'click' }, 'off'],
    ] as const) {
      const { api, injected, queried } = fakeBrowser({ tabs: [web(1)], settings });
      expect(await reinjectOpenTabs(api, 'install')).toEqual({
        skipped,
        injected: [],
        live: [],
        refused: [],
      });
      expect(injected).toEqual([]);
      expect(queried).toEqual([]);
    }
    // A corrupt stored value is repaired to the default ('auto', on): the tabs do get the script.
    const { api, injected } = fakeBrowser({
      tabs: [web(1)],
      settings: { mode: 'sometimes', enabled: 'yes' },
    });
    expect((await reinjectOpenTabs(api, 'update')).injected).toEqual([1]);
    expect(injected).toHaveLength(1);
  });

  it('does nothing for other reasons, or in Firefox, which injects into open tabs itself', async () => {
    for (const reason of ['chrome_update', 'shared_module_update', 'browser_update']) {
      const { api, injected } = fakeBrowser({ tabs: [web(1)] });
      expect((await reinjectOpenTabs(api, reason)).skipped).toBe('reason');
      expect(injected).toEqual([]);
    }
    const { api, injected } = fakeBrowser({ tabs: [web(1)], firefox: true });
    expect((await reinjectOpenTabs(api, 'install')).skipped).toBe('browser');
    expect(injected).toEqual([]);
  });

  it(`injects at most ${REINJECT_CONCURRENCY} tabs at a time, yet reaches them all`, async () => {
    const tabs = Array.from({ length: 23 }, (_, i) => web(i + 1));
    const fake = fakeBrowser({ tabs, delayMs: 2 });
    const result = await reinjectOpenTabs(fake.api, 'install');
    expect(result.injected.sort((a, b) => a - b)).toEqual(tabs.map((t) => t.id));
    expect(fake.maxRunning()).toBe(REINJECT_CONCURRENCY);
  });

  it('never rejects: a failing tab listing, a throwing manifest, storage that fails', async () => {
    const failing = fakeBrowser({ tabs: [web(1)], queryFails: true });
    expect(await reinjectOpenTabs(failing.api, 'install')).toEqual({ injected: [], live: [], refused: [] });

    const noManifest = fakeBrowser({ tabs: [web(1), web(2)] });
    noManifest.api.runtime.getManifest = () => {
      throw new Error('Extension context invalidated.');
    };
    const result = await reinjectOpenTabs(noManifest.api, 'install');
    expect(result.injected).toEqual([]);
    expect(noManifest.injected).toEqual([]);

    const badStorage = fakeBrowser({ tabs: [web(1)] });
    badStorage.api.storage.sync.get = async () => {
      throw new Error('storage gone');
    };
    // Unreadable settings fall back to the defaults ('auto', on), as everywhere else.
    expect((await reinjectOpenTabs(badStorage.api, 'install')).injected).toEqual([1]);
  });

  it('injects nothing when the manifest declares no content script file', async () => {
    const { api, injected } = fakeBrowser({ tabs: [web(1)], files: [] });
    expect(await reinjectOpenTabs(api, 'install')).toEqual({ injected: [], live: [], refused: [1] });
    expect(injected).toEqual([]);
  });
});
