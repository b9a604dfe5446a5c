// @vitest-environment happy-dom
/**
 * The popup over a fake browser: every state, the toggles (through the real
 * settings module on a fake storage.sync), the source → claim → page flow,
 * and the exports. Messages go through the real messaging module, so every
 * answer is shape-checked as in the extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, toJsonReport } from '../../src/analysis/index.ts';
import { CATEGORIES } from '../../src/analysis/types.ts';
import { SOURCE_KINDS } from '../../src/messaging/index.ts';
import { App, categoryKey, createBrowserEnv, kindKey, toExportedReport } from '../../src/popup/index.ts';
import { loadSettings, RUN_MODES } from '../../src/settings/index.ts';
import { ROOT, readSeed } from '../helpers/corpus.ts';
import {
  buildReport,
  type FakeWorld,
  fakeBrowser,
  getMessage,
  MESSAGES,
  readyState,
} from './popup-fake-browser.ts';

const URL_DM = 'https://www.dailymail.co.uk/news/article-1/putin.html';

const ARTICLE = [
  'Putin is preparing to flee, according to a Telegram channel that claims to come from inside the Kremlin.',
  'The channel said the plan was drawn up last week. It added that aides were packing.',
  'It is thought the president is unwell.',
  'Dr Rod Thornton, a senior lecturer at King’s College London, said the claims were plausible.',
  'The Kremlin said the reports were false.',
];

function sampleReport() {
  return buildReport(
    ARTICLE,
    [
      {
        name: 'a Telegram channel',
        kind: 'anonymous',
        description: 'claims to come from inside the Kremlin',
      },
      { name: 'Dr Rod Thornton', kind: 'expert', description: 'a senior lecturer at King’s College London' },
      { name: 'The Kremlin', kind: 'official' },
    ],
    [
      {
        sentence: ARTICLE[0]!,
        category: 'anonymous',
        source: 0,
        cue: 'according to',
        mention: 'a Telegram channel',
      },
      {
        sentence: 'The channel said the plan was drawn up last week.',
        category: 'anonymous',
        source: 0,
        cue: 'said',
      },
      { sentence: 'It added that aides were packing.', category: 'anonymous', source: 0, cue: 'added' },
      { sentence: ARTICLE[2]!, category: 'vague', source: null, cue: 'It is thought' },
      {
        sentence: ARTICLE[3]!,
        category: 'single-expert',
        source: 1,
        cue: 'said',
        mention: 'Dr Rod Thornton',
      },
      { sentence: ARTICLE[4]!, category: 'on-record', source: 2, cue: 'said', mention: 'The Kremlin' },
    ],
    '3 of 5 attributed claims rest on one anonymous Telegram channel',
  );
}

function mount(init: Partial<FakeWorld> = {}, search = '') {
  const { browser, world } = fakeBrowser(init);
  const clipboard = { text: null as string | null, fail: false };
  const env = createBrowserEnv(browser, {
    search,
    document,
    clipboard: {
      async writeText(text: string) {
        if (clipboard.fail) throw new Error('Document is not focused');
        clipboard.text = text;
      },
    },
  });
  const view = render(<App env={env} />);
  return { world, clipboard, env, view };
}

async function settled(kind: string) {
  await waitFor(() => expect(document.querySelector('.popup')?.getAttribute('data-view')).toBe(kind), {
    timeout: 3000,
  });
}

function noRawKeys() {
  // A missing message shows as its key; none may reach the reader.
  expect(document.body.textContent).not.toMatch(/\b(popup|options)_[a-z_]+/);
  for (const el of document.querySelectorAll('[aria-label]')) {
    expect(el.getAttribute('aria-label')).not.toMatch(/\b(popup|options)_[a-z_]+/);
  }
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('report', () => {
  it('shows the headline, the breakdown with its text equivalent and the ranked sources', async () => {
    const report = sampleReport();
    mount({ state: readyState(report, URL_DM) });
    await settled('report');
    expect(screen.getByTestId('headline').textContent).toBe(report.summary.headline);
    const bar = screen.getByRole('img', { name: /Breakdown of 6 claims/ });
    expect(bar.getAttribute('aria-label')).toBe(
      'Breakdown of 6 claims: Anonymous source 3, Single expert 1, Vague attribution 1, On the record 1',
    );
    const segments = [...bar.querySelectorAll<HTMLElement>('.stack__segment')];
    expect(segments.map((s) => [s.dataset.category, s.style.flexGrow])).toEqual([
      ['anonymous', '3'],
      ['single-expert', '1'],
      ['vague', '1'],
      ['on-record', '1'],
    ]);
    // The text equivalent, visible.
    const legend = [...document.querySelectorAll('.legend__item')].map((li) => li.textContent);
    expect(legend).toEqual(['Anonymous source3', 'Single expert1', 'Vague attribution1', 'On the record1']);

    const sources = [...document.querySelectorAll('.source')];
    expect(sources.map((s) => s.querySelector('.source__name')?.textContent)).toEqual([
      'a Telegram channel',
      'Dr Rod Thornton',
      'The Kremlin',
      'Nobody in particular',
    ]);
    const first = within(sources[0] as HTMLElement);
    expect(first.getByText('3 claims')).toBeTruthy();
    expect(first.getByText('unnamed source · claims to come from inside the Kremlin')).toBeTruthy();
    expect(first.getByRole('img', { name: '60% of claims on a source' })).toBeTruthy();
    expect(within(sources[1] as HTMLElement).getByText('1 claim')).toBeTruthy();
    expect(
      within(sources[1] as HTMLElement).getByRole('img', { name: '20% of claims on a source' }),
    ).toBeTruthy();
    noRawKeys();
  });

  it('opens a source to its claims and scrolls the page to the claim picked', async () => {
    const report = sampleReport();
    const { world } = mount({ state: readyState(report, URL_DM) });
    await settled('report');
    const toggle = screen.getByRole('button', { name: /^Dr Rod Thornton/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: /^a Telegram channel/ }));
    const claims = document.querySelectorAll<HTMLButtonElement>('.claims__button');
    expect([...claims].map((b) => b.querySelector('.claims__text')?.textContent)).toEqual([
      ARTICLE[0],
      'The channel said the plan was drawn up last week.',
      'It added that aides were packing.',
    ]);
    expect(claims[1]?.getAttribute('aria-label')).toBe(
      'Anonymous source: The channel said the plan was drawn up last week.. Show on the page',
    );
    fireEvent.click(claims[2] as HTMLButtonElement);
    await waitFor(() =>
      expect(world.sent.at(-1)).toEqual({ to: 7, message: { type: 'scroll-to-claim', claimIndex: 2 } }),
    );
    // Vague claims have their own entry; the index is the claim's in the report.
    fireEvent.click(screen.getByRole('button', { name: /^Nobody in particular/ }));
    fireEvent.click(screen.getByRole('button', { name: /It is thought the president is unwell/ }));
    await waitFor(() =>
      expect(world.sent.at(-1)).toEqual({ to: 7, message: { type: 'scroll-to-claim', claimIndex: 3 } }),
    );
  });

  it('says so when the page cannot scroll to a claim', async () => {
    mount({ state: readyState(sampleReport(), URL_DM), contentAnswers: false });
    await settled('report');
    fireEvent.click(screen.getByRole('button', { name: /^The Kremlin/ }));
    fireEvent.click(screen.getByRole('button', { name: /The Kremlin said the reports were false/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not show that claim/);
  });

  it('renders hostile page text as text, never as markup', async () => {
    const payload = '<img src=x onerror="globalThis.__pwned=1">';
    const script = '</style><script>globalThis.__pwned=2</script>';
    const text = [`Markets fell, ${payload} said on Monday.`, `${script} told reporters.`];
    const report = buildReport(
      text,
      [
        { name: payload, kind: 'person', description: 'javascript:alert(1)' },
        { name: script, kind: 'anonymous' },
      ],
      [
        { sentence: text[0]!, category: 'on-record', source: 0 },
        { sentence: text[1]!, category: 'anonymous', source: 1 },
      ],
      `Every claim rests on ${payload}`,
    );
    const { clipboard } = mount({ state: readyState(report, URL_DM) });
    await settled('report');
    expect(screen.getByTestId('headline').textContent).toBe(`Every claim rests on ${payload}`);
    expect(screen.getByText(payload, { selector: '.source__name' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${payload.slice(0, 8)}`) }));
    expect(document.querySelector('.claims__text')?.textContent).toBe(text[0]);
    expect(document.querySelectorAll('img, script, iframe').length).toBe(0);
    expect(document.querySelector('[onerror]')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(clipboard.text).not.toBeNull());
    const md = clipboard.text ?? '';
    // No raw tag survives in the Markdown: every < and > is escaped.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('\\<img src=x onerror="globalThis.\\_\\_pwned=1"\\>');
  });
});

describe('states', () => {
  it('says the page is still being analysed, then shows the report when it arrives', async () => {
    const report = sampleReport();
    const { world } = mount({
      state: (n) => (n < 3 ? { status: 'analysing', updatedAt: n } : readyState(report, URL_DM)),
    });
    await settled('analysing');
    expect(screen.getByRole('status').textContent).toMatch(/Reading the article/);
    expect(document.querySelector('p[aria-live="polite"]')?.textContent).toBe('');
    await settled('report');
    expect(world.sent.filter((s) => (s.message as { type: string }).type === 'get-tab-state').length).toBe(3);
    // Screen readers hear the headline when the report replaces "still analysing".
    expect(document.querySelector('p[aria-live="polite"]')?.textContent).toBe(report.summary.headline);
  });

  it('says plainly when the page is not an article, and can check again', async () => {
    const { world } = mount({ state: { status: 'not-article', updatedAt: 1 } });
    await settled('not-article');
    expect(screen.getByText('This page does not look like a news article.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() =>
      expect(world.sent.some((s) => s.to === 7 && (s.message as { type: string }).type === 'reanalyze')).toBe(
        true,
      ),
    );
    noRawKeys();
  });

  it('says when no attributed claims were found', async () => {
    const report = buildReport(
      ['The sun rose. Birds sang.'],
      [],
      [],
      'No claims in this article rest on a source.',
    );
    mount({ state: readyState(report, URL_DM) });
    await settled('no-claims');
    expect(screen.getByText('No attributed claims found on this page.')).toBeTruthy();
    // The toggles stay, so the reader can still change what is marked.
    expect(screen.getByRole('checkbox', { name: 'Anonymous source' })).toBeTruthy();
    noRawKeys();
  });

  it.each([
    ['chrome://extensions/', 'browser-page', /Browsers do not let extensions read their own pages/],
    ['about:blank', 'browser-page', /Browsers do not let extensions/],
    [
      'https://chromewebstore.google.com/detail/x/abc',
      'store',
      /Extension stores do not let any extension run/,
    ],
    ['https://addons.mozilla.org/en-GB/firefox/', 'store', /Extension stores/],
    ['file:///home/me/article.html', 'file', /not allowed to read files/],
    ['ftp://example.com/a.txt', 'unsupported', /only reads web pages/],
  ])('explains a page it may not run on: %s', async (url, reason, text) => {
    const { world } = mount({ tab: { id: 7, url } });
    await settled('restricted');
    expect(document.querySelector('.state')?.textContent).toMatch(text);
    // With what to do about it.
    expect(document.querySelectorAll('.state p').length).toBe(2);
    expect(reason).toBeTruthy();
    // Nothing is asked of a page we may not touch.
    expect(world.sent).toEqual([]);
    noRawKeys();
  });

  it('tells Firefox readers that files stay closed to extensions there', async () => {
    mount({ tab: { id: 7, url: 'file:///home/me/article.html' }, extensionOrigin: 'moz-extension://1234/' });
    await settled('restricted');
    expect(document.querySelector('.state')?.textContent).toMatch(
      /Firefox does not let extensions read files/,
    );
    noRawKeys();
  });

  it('runs on file URLs once the reader allowed file access', async () => {
    const url = 'file:///home/me/article.html';
    mount({ tab: { id: 7, url }, fileAccess: true, state: readyState(sampleReport(), url) });
    await settled('report');
  });

  it('says it is off on this site, and turns it back on', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    world.storage.data.set('version', 1);
    world.storage.data.set('disabledSites', ['dailymail.co.uk']);
    await settled('off-site');
    expect(screen.getByText('Sourcing Lens is off on dailymail.co.uk.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for dailymail.co.uk' }));
    await settled('report');
    expect((await loadSettings(world.storage)).disabledSites).toEqual([]);
  });

  it('says it is switched off everywhere, and turns it back on', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    world.storage.data.set('enabled', false);
    await settled('off-global');
    expect(screen.getByText('Sourcing Lens is switched off on every site.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn Sourcing Lens on' }));
    await settled('report');
    expect((await loadSettings(world.storage)).enabled).toBe(true);
  });

  it('shows an error with a way to retry', async () => {
    let failed = true;
    const report = sampleReport();
    const { world } = mount({
      state: () =>
        failed
          ? { status: 'error', error: 'Extraction failed: no body', updatedAt: 1 }
          : readyState(report, URL_DM),
    });
    await settled('error');
    expect(screen.getByText('Something went wrong while analysing this page.')).toBeTruthy();
    expect(screen.getByText('Extraction failed: no body')).toBeTruthy();
    failed = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settled('report');
    expect(world.sent.some((s) => s.to === 7 && (s.message as { type: string }).type === 'reanalyze')).toBe(
      true,
    );
  });

  it('shows an error when the background answers with a malformed state', async () => {
    mount({ state: { status: 'ready', updatedAt: 1 } as never });
    await settled('error');
    expect(screen.getByText(/Malformed answer/)).toBeTruthy();
  });

  it('injects the content script into a tab that has none, then follows the analysis', async () => {
    const report = sampleReport();
    const { world } = mount({ state: (n) => (n < 2 ? null : readyState(report, URL_DM)) });
    await settled('report');
    expect(world.sent[0]).toEqual({ to: 'background', message: { type: 'get-tab-state', tabId: 7 } });
    expect(world.sent[1]).toEqual({ to: 'background', message: { type: 'ensure-content', tabId: 7 } });
  });

  it('in click mode, opening the popup starts the analysis', async () => {
    const report = sampleReport();
    const { world } = mount({ state: (n) => (n < 3 ? null : readyState(report, URL_DM)) });
    world.storage.data.set('mode', 'click');
    await settled('report');
    const types = world.sent.map((s) => [s.to, (s.message as { type: string }).type]);
    expect(types.slice(0, 3)).toEqual([
      ['background', 'get-tab-state'],
      ['background', 'ensure-content'],
      [7, 'reanalyze'],
    ]);
  });

  it('says the page cannot be read when injection is refused', async () => {
    mount({ state: null, injectOk: false });
    await settled('unreachable');
    expect(screen.getByText('Sourcing Lens cannot read this page.')).toBeTruthy();
    noRawKeys();
  });

  it('says so when there is no tab', async () => {
    mount({ tab: null });
    await settled('no-tab');
    noRawKeys();
  });

  it('takes the tab from ?tabId= when given', async () => {
    const report = sampleReport();
    const { world } = mount({ tab: { id: 42, url: URL_DM }, state: readyState(report, URL_DM) }, '?tabId=42');
    await settled('report');
    expect(world.sent[0]).toEqual({ to: 'background', message: { type: 'get-tab-state', tabId: 42 } });
  });

  it('says there is no tab when ?tabId= names a tab that is gone', async () => {
    mount({ tab: { id: 42, url: URL_DM } }, '?tabId=9');
    await settled('no-tab');
  });
});

describe('toggles', () => {
  it('saves category toggles through the settings module, storing only the change', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    await settled('report');
    const vague = screen.getByRole('checkbox', { name: /Vague attribution/ }) as HTMLInputElement;
    const onRecord = screen.getByRole('checkbox', { name: /On the record/ }) as HTMLInputElement;
    expect(vague.checked).toBe(true);
    expect(onRecord.checked).toBe(false);
    fireEvent.click(vague);
    await waitFor(async () => expect((await loadSettings(world.storage)).categories.vague).toBe(false));
    expect(world.storage.data.get('categories')).toEqual({ vague: false });
    fireEvent.click(onRecord);
    await waitFor(async () => expect((await loadSettings(world.storage)).categories['on-record']).toBe(true));
    await waitFor(() => expect(onRecord.checked).toBe(true));
    // The report stays: a category toggle changes only what the page marks.
    expect(document.querySelector('.popup')?.getAttribute('data-view')).toBe('report');
  });

  it('switches the site off and on with "Off on <site>"', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    await settled('report');
    const site = screen.getByRole('checkbox', { name: 'Off on dailymail.co.uk' }) as HTMLInputElement;
    expect(site.checked).toBe(false);
    fireEvent.click(site);
    await settled('off-site');
    expect((await loadSettings(world.storage)).disabledSites).toEqual(['dailymail.co.uk']);
    expect(
      (screen.getByRole('checkbox', { name: 'Off on dailymail.co.uk' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Off on dailymail.co.uk' }));
    await settled('report');
    expect((await loadSettings(world.storage)).disabledSites).toEqual([]);
  });

  it('offers the site switch when only the page told the URL (popup opened with ?tabId=, no host access)', async () => {
    const { world } = mount({ tab: { id: 7 }, state: readyState(sampleReport(), URL_DM) });
    await settled('report');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Off on dailymail.co.uk' }));
    await settled('off-site');
    expect((await loadSettings(world.storage)).disabledSites).toEqual(['dailymail.co.uk']);
  });

  it('switches everything off with the global switch', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    await settled('report');
    const global = screen.getByRole('switch', { name: 'On for every site' }) as HTMLInputElement;
    expect(global.checked).toBe(true);
    fireEvent.click(global);
    await settled('off-global');
    expect((await loadSettings(world.storage)).enabled).toBe(false);
    // The other controls say they do nothing while everything is off.
    expect(screen.getByRole('checkbox', { name: /Anonymous source/ }).closest('fieldset')?.disabled).toBe(
      true,
    );
  });

  it('follows changes made elsewhere (options page, another device)', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    await settled('report');
    await world.storage.set({ version: 1, categories: { anonymous: false } });
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Anonymous source/ }) as HTMLInputElement).checked).toBe(
        false,
      ),
    );
  });

  it('tells the reader when a setting cannot be saved', async () => {
    const { world } = mount({ state: readyState(sampleReport(), URL_DM) });
    await settled('report');
    world.storage.failWrites = true;
    fireEvent.click(screen.getByRole('checkbox', { name: /Vague attribution/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save that setting.');
  });
});

describe('exports', () => {
  it('copies the breakdown and the flagged claims as Markdown', async () => {
    const report = sampleReport();
    const { clipboard } = mount({ state: readyState(report, URL_DM) });
    await settled('report');
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(clipboard.text).not.toBeNull());
    expect(clipboard.text).toBe(
      [
        '# Sourcing Lens report',
        '',
        'https://www.dailymail.co.uk/news/article\\-1/putin.html',
        '',
        '**3 of 5 attributed claims rest on one anonymous Telegram channel**',
        '',
        '## Breakdown',
        '',
        '- Anonymous source: 3',
        '- Single expert: 1',
        '- Vague attribution: 1',
        '- On the record: 1',
        '',
        'Claims found: 6; on a source: 5.',
        '',
        '## Sources',
        '',
        '1. **a Telegram channel** — unnamed source — claims to come from inside the Kremlin — 3 claims (60% of claims on a source)',
        '2. **Dr Rod Thornton** — expert — a senior lecturer at King’s College London — 1 claim (20% of claims on a source)',
        '3. **The Kremlin** — official — 1 claim (20% of claims on a source)',
        '',
        '## Flagged claims',
        '',
        `- **Anonymous source** · a Telegram channel (cue: “according to”): ${ARTICLE[0]}`,
        '- **Anonymous source** · a Telegram channel (cue: “said”): The channel said the plan was drawn up last week.',
        '- **Anonymous source** · a Telegram channel (cue: “added”): It added that aides were packing.',
        '- **Vague attribution** · Nobody in particular (cue: “It is thought”): It is thought the president is unwell.',
        '- **Single expert** · Dr Rod Thornton (cue: “said”): Dr Rod Thornton, a senior lecturer at King’s College London, said the claims were plausible.',
        '',
      ].join('\n'),
    );
    expect(screen.getByText('Report copied as Markdown.')).toBeTruthy();
  });

  it('says when copying fails', async () => {
    const { clipboard } = mount({ state: readyState(sampleReport(), URL_DM) });
    clipboard.fail = true;
    await settled('report');
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(await screen.findByText('Could not copy the report.')).toBeTruthy();
  });

  it('downloads JSON in the shape of the command line’s --format json, with the page URL as file', async () => {
    const report = sampleReport();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    mount({ state: readyState(report, URL_DM) });
    await settled('report');
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(clicks).toEqual([{ href: 'blob:fake', download: 'sourcing-lens-dailymail.co.uk.json' }]);
    expect(blobs[0]?.type).toBe('application/json');
    const json = JSON.parse(await (blobs[0] as Blob).text());
    expect(Object.keys(json)).toEqual(['file', 'text', 'claims', 'sources', 'summary']);
    expect(json.file).toBe(URL_DM);
    expect(json.text).toBe(report.text);
    expect(Object.keys(json.claims[0])).toEqual([
      'start',
      'end',
      'category',
      'source',
      'explicit',
      'cue',
      'sourceMention',
    ]);
    expect(json.claims).toEqual(report.claims.map(({ block: _block, ...rest }) => rest));
    expect(Object.keys(json.sources[0])).toEqual(['id', 'name', 'kind', 'description', 'mentions', 'claims']);
    expect(Object.keys(json.sources[2])).toEqual(['id', 'name', 'kind', 'mentions', 'claims']);
    expect(json.summary).toEqual(report.summary);
    expect(screen.getByText('JSON download started.')).toBeTruthy();
    // No anchor is left behind in the popup.
    expect(document.querySelectorAll('a[download]').length).toBe(0);
  });
});

describe('strings', () => {
  /** Every message key the popup and options page can ask for: literal keys plus the families built from data. */
  function usedKeys(): Set<string> {
    const files = ['src/popup', 'src/options'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
    );
    const keys = new Set<string>();
    for (const code of files)
      for (const m of code.matchAll(/'((?:popup|options)_[a-z_]+)'/g)) keys.add(m[1] as string);
    for (const base of ['popup_source_claims', 'popup_md_source_claims']) {
      keys.delete(base);
      keys.add(`${base}_one`).add(`${base}_other`);
    }
    for (const c of CATEGORIES) keys.add(categoryKey(c));
    for (const k of SOURCE_KINDS) keys.add(kindKey(k));
    for (const r of ['browser_page', 'store', 'file', 'unsupported']) {
      keys.add(`popup_restricted_${r}`).add(`popup_restricted_${r}_help`);
    }
    keys.add('popup_restricted_file_help_firefox');
    for (const m of RUN_MODES) keys.add(`options_mode_${m}`).add(`options_mode_${m}_help`);
    return keys;
  }

  it('every key the popup and options page use is in messages.json, and no key of theirs is unused', () => {
    const used = usedKeys();
    const defined = Object.keys(MESSAGES).filter((k) => /^(popup|options)_/.test(k));
    expect([...used].filter((k) => !(k in MESSAGES))).toEqual([]);
    expect(defined.filter((k) => !used.has(k))).toEqual([]);
  });

  it('fills placeholders as the browser does', () => {
    expect(getMessage('popup_site_switch', 'dailymail.co.uk')).toBe('Off on dailymail.co.uk');
    expect(getMessage('popup_totals', ['3', '2', '1'])).toBe('Claims found: 3 · on a source: 2 · flagged: 1');
  });
});

describe('JSON export on a real analysis', () => {
  it('is exactly what the command line prints for --format json', () => {
    const text = readSeed('dailymail-putin-flee');
    const report = analyze(text.replace(/^\uFEFF/, ''));
    expect(report.claims.length).toBeGreaterThan(10);
    const ours = toExportedReport(report, URL_DM);
    const cli = toJsonReport(URL_DM, report);
    // Same values and the same key order, so the two serialise to the same bytes.
    expect(JSON.stringify(ours)).toBe(JSON.stringify(cli));
  });
});
