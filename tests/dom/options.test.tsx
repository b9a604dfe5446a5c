// @vitest-environment happy-dom
/**
 * The options page over a fake browser: the same settings as the popup, the
 * run mode (with the site-access prompt when host access is optional) and the
 * list of switched-off sites, all through the real settings module.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../src/options/options-app.tsx';
import { createOptionsEnv, type OptionsBrowser } from '../../src/options/options-env.ts';
import { loadSettings } from '../../src/settings/index.ts';
import { FakeStorageArea, getMessage } from './popup-fake-browser.ts';

function mount(opts: { optional?: string[]; grant?: boolean } = {}) {
  const storage = new FakeStorageArea();
  const prompts: string[][] = [];
  const browser: OptionsBrowser = {
    storage: { sync: storage },
    i18n: { getMessage },
    runtime: { getManifest: () => (opts.optional ? { optional_host_permissions: opts.optional } : {}) },
    permissions: {
      async request({ origins }) {
        prompts.push(origins);
        return opts.grant ?? true;
      },
    },
  };
  render(<OptionsApp env={createOptionsEnv(browser)} />);
  return { storage, prompts };
}

afterEach(cleanup);

describe('options page', () => {
  it('shows the settings with the defaults and no raw message keys', async () => {
    mount();
    await screen.findByRole('heading', { name: 'Sourcing Lens options' });
    expect((screen.getByRole('switch', { name: 'Sourcing Lens is on' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (screen.getByRole('radio', { name: /Run automatically on every article/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(
      (screen.getByRole('radio', { name: /Only when I click the icon/ }) as HTMLInputElement).checked,
    ).toBe(false);
    expect((screen.getByRole('checkbox', { name: /On the record/ }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('None. Switch a site off from the popup.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\b(popup|options)_[a-z_]+/);
  });

  it('switches to "only when I click the icon" and back', async () => {
    const { storage, prompts } = mount();
    fireEvent.click(await screen.findByRole('radio', { name: /Only when I click the icon/ }));
    await waitFor(async () => expect((await loadSettings(storage)).mode).toBe('click'));
    expect(storage.data.get('mode')).toBe('click');
    expect(await screen.findByText('Saved.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Run automatically/ }));
    await waitFor(async () => expect((await loadSettings(storage)).mode).toBe('auto'));
    // Back at the default, nothing is stored for it.
    expect(storage.data.has('mode')).toBe(false);
    // Site access is not optional in this manifest: no prompt.
    expect(prompts).toEqual([]);
  });

  it('asks for site access before running automatically when the manifest keeps it optional', async () => {
    const { storage, prompts } = mount({ optional: ['http://*/*', 'https://*/*'], grant: false });
    await storage.set({ version: 1, mode: 'click' });
    fireEvent.click(await screen.findByRole('radio', { name: /Run automatically/ }));
    await waitFor(() => expect(prompts).toEqual([['http://*/*', 'https://*/*']]));
    expect(await screen.findByText('Could not save that setting.')).toBeTruthy();
    expect((await loadSettings(storage)).mode).toBe('click');
  });

  it('saves category toggles and the global switch', async () => {
    const { storage } = mount();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Anonymous source/ }));
    await waitFor(async () => expect((await loadSettings(storage)).categories.anonymous).toBe(false));
    fireEvent.click(screen.getByRole('switch', { name: 'Sourcing Lens is on' }));
    await waitFor(async () => expect((await loadSettings(storage)).enabled).toBe(false));
  });

  it('lists the switched-off sites and turns one back on', async () => {
    const { storage } = mount();
    await storage.set({ version: 1, disabledSites: ['dailymail.co.uk', 'thesun.co.uk'] });
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on for dailymail.co.uk' }));
    await waitFor(async () => expect((await loadSettings(storage)).disabledSites).toEqual(['thesun.co.uk']));
    await waitFor(() => expect(screen.queryByText('dailymail.co.uk')).toBeNull());
    expect(screen.getByText('thesun.co.uk')).toBeTruthy();
  });

  it('shows a hostile stored site name as text (repaired away if it is not a hostname)', async () => {
    const { storage } = mount();
    await storage.set({ version: 1, disabledSites: ['<img src=x onerror=alert(1)>', 'ok.example'] });
    await screen.findByText('ok.example');
    expect(document.querySelectorAll('img').length).toBe(0);
  });
});
