/**
 * The background's pure parts in Node, with fakes for the browser: the per-tab store in
 * storage.session (quota and eviction), the toolbar badge text, and the injector.
 */
import { describe, expect, it } from 'vitest';
import { badgeText, flaggedCount } from '../../src/background/action-badge.ts';
import { ensureContent, type InjectApi } from '../../src/background/inject.ts';
import { type SessionArea, TabStore, tabKey } from '../../src/background/tab-store.ts';
import type { StoredTabState, TabState } from '../../src/messaging/index.ts';

/** An in-memory storage area with a byte quota on the JSON of everything stored, like storage.session. */
class QuotaArea implements SessionArea {
  readonly data = new Map<string, unknown>();
  constructor(private readonly quota: number) {}
  private size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + JSON.stringify(v).length;
    return n;
  }
  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(
      wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]),
    );
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const before = new Map(this.data);
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
    if (this.size() > this.quota) {
      this.data.clear();
      for (const [k, v] of before) this.data.set(k, v);
      throw new Error('Session storage quota bytes exceeded.');
    }
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

const page = { url: 'https://example.org/a', title: 'A' };
const bigReady = (fill: string, length: number): TabState => ({
  status: 'ready',
  page,
  report: {
    text: fill.repeat(length),
    blocks: [{ start: 0, end: length }],
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

describe('TabStore', () => {
  it('stores, reads and clears a tab state with its time', async () => {
    let now = 1000;
    const store = new TabStore(new QuotaArea(1e6), () => now);
    expect(await store.get(1)).toBeNull();
    await store.set(1, { status: 'analysing', page });
    now = 2000;
    await store.set(2, { status: 'off' });
    expect(await store.get(1)).toEqual({ status: 'analysing', page, updatedAt: 1000 });
    expect((await store.tabIds()).sort()).toEqual([1, 2]);
    await store.clear(1);
    expect(await store.get(1)).toBeNull();
  });

  it('reads a malformed stored value as nothing', async () => {
    const area = new QuotaArea(1e6);
    area.data.set(tabKey(3), { status: 'ready', updatedAt: 1 });
    expect(await new TabStore(area).get(3)).toBeNull();
  });

  it('evicts other tabs oldest first, only as many as needed', async () => {
    let now = 0;
    const area = new QuotaArea(3500);
    const store = new TabStore(area, () => ++now);
    await store.set(1, bigReady('a', 1000));
    await store.set(2, bigReady('b', 1000));
    await store.set(3, bigReady('c', 1000));
    // Tab 1 was the oldest: it goes; tab 2 stays.
    expect(await store.get(1)).toBeNull();
    expect((await store.get(2))?.status).toBe('ready');
    expect((await store.get(3))?.status).toBe('ready');
  });

  it('stores an error state when the report alone does not fit', async () => {
    const store = new TabStore(new QuotaArea(2000), () => 5);
    const stored: StoredTabState = await store.set(7, bigReady('x', 5000));
    expect(stored).toEqual({
      status: 'error',
      error: 'The report for this page is too large to keep.',
      page,
      updatedAt: 5,
    });
    expect(await store.get(7)).toEqual(stored);
  });
});

describe('toolbar badge', () => {
  it('counts flagged claims of a ready report only', () => {
    expect(flaggedCount(null)).toBe(0);
    expect(flaggedCount({ status: 'analysing', updatedAt: 1 })).toBe(0);
    const ready = { ...bigReady('a', 1), updatedAt: 1 } as StoredTabState & { status: 'ready' };
    ready.report.summary.flagged = 12;
    expect(flaggedCount(ready)).toBe(12);
  });

  it('shows nothing for zero and caps long counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-3)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('ensureContent', () => {
  function fakeApi(options: { answers: unknown; injectFails?: boolean; files?: string[] }) {
    const injected: string[][] = [];
    const api: InjectApi = {
      tabs: {
        sendMessage: async () => {
          if (options.answers instanceof Error) throw options.answers;
          return options.answers;
        },
      },
      scripting: {
        executeScript: async ({ files }) => {
          if (options.injectFails) throw new Error('Cannot access contents of the page.');
          injected.push(files);
        },
      },
      runtime: { getManifest: () => ({ content_scripts: [{ js: options.files ?? ['assets/loader.js'] }] }) },
    };
    return { api, injected };
  }

  it('injects nothing when the content script answers, and hands back its state', async () => {
    const { api, injected } = fakeApi({ answers: { status: 'not-article' } });
    expect(await ensureContent(api, 4)).toEqual({
      ok: true,
      injected: false,
      state: { status: 'not-article' },
    });
    expect(injected).toEqual([]);
  });

  it('injects the manifest content script files when nobody answers', async () => {
    const { api, injected } = fakeApi({ answers: new Error('Receiving end does not exist.') });
    expect(await ensureContent(api, 4)).toEqual({ ok: true, injected: true });
    expect(injected).toEqual([['assets/loader.js']]);
  });

  it('treats a malformed answer as no content script', async () => {
    const { api, injected } = fakeApi({ answers: { status: 'pwned' } });
    expect(await ensureContent(api, 4)).toEqual({ ok: true, injected: true });
    expect(injected).toHaveLength(1);
  });

  it('says not ok where the browser forbids injection or there is nothing to inject', async () => {
    expect(await ensureContent(fakeApi({ answers: new Error('x'), injectFails: true }).api, 4)).toEqual({
      ok: false,
      injected: false,
    });
    expect(await ensureContent(fakeApi({ answers: new Error('x'), files: [] }).api, 4)).toEqual({
      ok: false,
      injected: false,
    });
  });
});
