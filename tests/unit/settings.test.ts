import { describe, expect, it, vi } from 'vitest';
import {
  applyPatch,
  DEFAULT_SETTINGS,
  diffFromDefaults,
  fitsBudget,
  isSiteEnabled,
  loadSettings,
  MAX_DISABLED_SITES,
  migrate,
  repairSettings,
  SETTINGS_VERSION,
  type Settings,
  saveSettings,
  siteKey,
  sitePatch,
  watchSettings,
} from '../../src/settings/index.ts';
import { FakeArea } from './settings-fake-area.ts';

describe('repairSettings', () => {
  it('gives the defaults for nothing stored or for garbage', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1, 2], {}, true]) {
      expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('has on-record off and everything else on by default, in auto mode', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabled: true,
      mode: 'auto',
      disabledSites: [],
      categories: { anonymous: true, 'single-expert': true, vague: true, 'on-record': false },
    });
  });

  it('keeps valid user choices', () => {
    const s = repairSettings({
      version: 1,
      enabled: false,
      mode: 'click',
      categories: { vague: false, 'on-record': true },
      disabledSites: ['example.com'],
    });
    expect(s).toEqual({
      version: SETTINGS_VERSION,
      enabled: false,
      mode: 'click',
      categories: { anonymous: true, 'single-expert': true, vague: false, 'on-record': true },
      disabledSites: ['example.com'],
    });
  });

  it('repairs key by key: a wrong-typed key falls back, the others survive', () => {
    const s = repairSettings({
      enabled: 'yes',
      mode: 'click',
      categories: { anonymous: false },
      disabledSites: 7,
    });
    expect(s.enabled).toBe(true);
    expect(s.mode).toBe('click');
    expect(s.categories.anonymous).toBe(false);
    expect(s.disabledSites).toEqual([]);
  });

  it('repairs categories per category and drops unknown ones', () => {
    const s = repairSettings({
      categories: { anonymous: 0, vague: false, bogus: true, 'on-record': 'true' },
    });
    expect(s.categories).toEqual({
      anonymous: true,
      'single-expert': true,
      vague: false,
      'on-record': false,
    });
    expect(Object.keys(s.categories)).not.toContain('bogus');
  });

  it('drops unknown keys and wrong mode values', () => {
    const s = repairSettings({ mode: 'always', evil: '<script>', __proto__: { enabled: false } });
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(s).sort()).toEqual(['categories', 'disabledSites', 'enabled', 'mode', 'version']);
  });

  it('rejects a huge value but keeps the other keys', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `site${i}.example.com`);
    const s = repairSettings({ disabledSites: huge, enabled: false });
    expect(s.disabledSites).toEqual([]);
    expect(s.enabled).toBe(false);
    const hugeString = repairSettings({ mode: 'x'.repeat(1_000_000), enabled: false });
    expect(hugeString.mode).toBe('auto');
    expect(hugeString.enabled).toBe(false);
  });

  it('normalises, de-duplicates and filters disabled sites', () => {
    const s = repairSettings({
      disabledSites: ['WWW.Example.COM.', 'example.com', 42, '', 'bad host', 'a/b', 'xn--bcher-kva.de'],
    });
    expect(s.disabledSites).toEqual(['example.com', 'xn--bcher-kva.de']);
  });

  it('survives a cyclic object without throwing', () => {
    const cyclic: Record<string, unknown> = { enabled: false };
    cyclic.categories = cyclic;
    const s = repairSettings(cyclic);
    expect(s.enabled).toBe(false);
    expect(s.categories).toEqual(DEFAULT_SETTINGS.categories);
  });

  it('reads settings stored by a newer version key by key', () => {
    const s = repairSettings({ version: 99, enabled: false, newThing: { a: 1 } });
    expect(s.enabled).toBe(false);
    expect(s.version).toBe(SETTINGS_VERSION);
  });
});

describe('migrate', () => {
  // A made-up history: v1 stored `disabledCategories: string[]`, v2 `categories` flags, v3 renamed `on` to `enabled`.
  const steps = {
    1: ({ disabledCategories, ...rest }: Record<string, unknown>) => ({
      ...rest,
      version: 2,
      categories: Object.fromEntries(((disabledCategories as string[]) ?? []).map((c) => [c, false])),
    }),
    2: ({ on, ...rest }: Record<string, unknown>) => ({
      ...rest,
      version: 3,
      ...(on === undefined ? {} : { enabled: on }),
    }),
  };

  it('runs every step from the stored version up to the target, in order', () => {
    expect(migrate({ version: 1, disabledCategories: ['vague'], on: false }, steps, 3)).toEqual({
      version: 3,
      categories: { vague: false },
      enabled: false,
    });
    expect(migrate({ version: 2, on: true }, steps, 3)).toEqual({ version: 3, enabled: true });
  });

  it('leaves current, newer and unversioned records alone', () => {
    expect(migrate({ version: 3, on: false }, steps, 3)).toEqual({ version: 3, on: false });
    expect(migrate({ version: 9, on: false }, steps, 3)).toEqual({ version: 9, on: false });
    expect(migrate({ on: false }, steps, 3)).toEqual({ on: false });
    expect(migrate({ version: '1', on: false }, steps, 3)).toEqual({ version: '1', on: false });
  });

  it('has no step yet for the current schema, so stored v1 settings pass through', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(migrate({ version: 1, enabled: false })).toEqual({ version: 1, enabled: false });
  });
});

describe('fitsBudget', () => {
  it('measures JSON size with a bound', () => {
    expect(fitsBudget('abc', 10)).toBe(true);
    expect(fitsBudget('x'.repeat(20), 10)).toBe(false);
    expect(fitsBudget({ a: [1, 2, 3] }, 100)).toBe(true);
    expect(fitsBudget(new Array(1_000_000).fill(0), 8192)).toBe(false);
  });
});

describe('diffFromDefaults and applyPatch', () => {
  it('stores nothing for the defaults', () => {
    expect(diffFromDefaults(DEFAULT_SETTINGS)).toEqual({});
  });

  it('stores only changed keys, and only changed categories', () => {
    const s = applyPatch(DEFAULT_SETTINGS, { categories: { vague: false }, mode: 'click' });
    expect(diffFromDefaults(s)).toEqual({ categories: { vague: false }, mode: 'click' });
  });

  it('round-trips through repair', () => {
    const s = applyPatch(DEFAULT_SETTINGS, {
      enabled: false,
      disabledSites: ['www.bbc.co.uk'],
      categories: { 'on-record': true },
    });
    expect(repairSettings({ version: SETTINGS_VERSION, ...diffFromDefaults(s) })).toEqual(s);
    expect(s.disabledSites).toEqual(['bbc.co.uk']);
  });

  it('throws a clear TypeError for a bad patch', () => {
    expect(() => applyPatch(DEFAULT_SETTINGS, { enabled: 'no' } as never)).toThrow(
      /"enabled" must be a boolean/,
    );
    expect(() => applyPatch(DEFAULT_SETTINGS, { mode: 'sometimes' } as never)).toThrow(/"mode"/);
    expect(() => applyPatch(DEFAULT_SETTINGS, { categories: { nope: true } } as never)).toThrow(
      /unknown category/,
    );
    expect(() => applyPatch(DEFAULT_SETTINGS, { disabledSites: ['a b'] })).toThrow(/not a hostname/);
    expect(() => applyPatch(DEFAULT_SETTINGS, { colour: 'red' } as never)).toThrow(/unknown key "colour"/);
    expect(() => applyPatch(DEFAULT_SETTINGS, null as never)).toThrow(TypeError);
    const many = Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.com`);
    expect(() => applyPatch(DEFAULT_SETTINGS, { disabledSites: many })).toThrow(/at most/);
  });
});

describe('sites', () => {
  it('normalises hostnames', () => {
    expect(siteKey('WWW.DailyMail.co.uk')).toBe('dailymail.co.uk');
    expect(siteKey('127.0.0.1')).toBe('127.0.0.1');
    expect(siteKey('[::1]')).toBe('[::1]');
    expect(siteKey('')).toBeNull();
    expect(siteKey('javascript:alert(1)')).toBeNull();
    expect(siteKey(undefined)).toBeNull();
    expect(siteKey('a'.repeat(300))).toBeNull();
  });

  it('decides per site, with subdomains and the global switch', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['bbc.co.uk'] };
    expect(isSiteEnabled(s, 'www.bbc.co.uk')).toBe(false);
    expect(isSiteEnabled(s, 'news.bbc.co.uk')).toBe(false);
    expect(isSiteEnabled(s, 'notbbc.co.uk')).toBe(true);
    expect(isSiteEnabled(s, 'dailymail.co.uk')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'dailymail.co.uk')).toBe(false);
  });

  it('builds the per-site patch both ways', () => {
    const off = applyPatch(DEFAULT_SETTINGS, sitePatch(DEFAULT_SETTINGS, 'www.dailymail.co.uk', false));
    expect(off.disabledSites).toEqual(['dailymail.co.uk']);
    expect(isSiteEnabled(off, 'www.dailymail.co.uk')).toBe(false);
    const parent: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['bbc.co.uk', 'x.com'] };
    const on = applyPatch(parent, sitePatch(parent, 'news.bbc.co.uk', true));
    expect(isSiteEnabled(on, 'news.bbc.co.uk')).toBe(true);
    expect(on.disabledSites).toEqual(['x.com']);
    expect(() => sitePatch(DEFAULT_SETTINGS, 'not a host', false)).toThrow(TypeError);
  });
});

describe('storage', () => {
  it('loads defaults from an empty area and repairs corrupt stored values', async () => {
    const area = new FakeArea();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    area.data.set('enabled', 'nope');
    area.data.set('mode', 'click');
    area.data.set('categories', { vague: false, anonymous: 'x' });
    area.data.set('foreign', { lots: 1 });
    const s = await loadSettings(area);
    expect(s.enabled).toBe(true);
    expect(s.mode).toBe('click');
    expect(s.categories).toMatchObject({ vague: false, anonymous: true });
  });

  it('never throws when storage fails', async () => {
    const area = new FakeArea();
    area.get = async () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores only the diff and removes keys back at default', async () => {
    const area = new FakeArea();
    await saveSettings(area, { categories: { vague: false } });
    expect(Object.fromEntries(area.data)).toEqual({
      version: SETTINGS_VERSION,
      categories: { vague: false },
    });
    await saveSettings(area, { mode: 'click', enabled: false });
    expect(Object.fromEntries(area.data)).toEqual({
      version: SETTINGS_VERSION,
      categories: { vague: false },
      mode: 'click',
      enabled: false,
    });
    await saveSettings(area, { categories: { vague: true }, mode: 'auto', enabled: true });
    expect(Object.fromEntries(area.data)).toEqual({});
  });

  it('keeps two quick saves from overwriting each other', async () => {
    const area = new FakeArea();
    await Promise.all([
      saveSettings(area, { categories: { anonymous: false } }),
      saveSettings(area, { categories: { vague: false } }),
    ]);
    expect((await loadSettings(area)).categories).toMatchObject({ anonymous: false, vague: false });
  });

  it('rejects a bad patch without writing, and reports a storage error', async () => {
    const area = new FakeArea();
    await expect(saveSettings(area, { enabled: 1 } as never)).rejects.toThrow(TypeError);
    expect(area.writes).toEqual([]);
    area.failNextSet = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    await expect(saveSettings(area, { enabled: false })).rejects.toThrow(/quota/);
    // The queue keeps working after a failure.
    expect((await saveSettings(area, { enabled: false })).enabled).toBe(false);
  });

  it('watches changes until the signal aborts', async () => {
    const area = new FakeArea();
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings(area, (s) => seen.push(s), controller.signal);
    await saveSettings(area, { enabled: false });
    await saveSettings(area, { categories: { anonymous: false } });
    await vi.waitUntil(() => seen.length === 2, { timeout: 1000, interval: 5 });
    expect(seen[0]?.enabled).toBe(false);
    expect(seen[1]?.categories.anonymous).toBe(false);
    // Foreign keys do not trigger a callback.
    await area.set({ somethingElse: 1 });
    controller.abort();
    expect(area.listenerCount).toBe(0);
    await saveSettings(area, { enabled: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });

  it('does nothing with an already aborted signal', () => {
    const area = new FakeArea();
    watchSettings(area, () => undefined, AbortSignal.abort());
    expect(area.listenerCount).toBe(0);
  });
});
