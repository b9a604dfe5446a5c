/**
 * A fake of the WebExtension API for the popup and options tests: in-memory
 * `storage.sync` with change events, `i18n.getMessage` over the real
 * `_locales/en/messages.json` (placeholders resolved as Chrome does), and a
 * background / content script that answer with what a test puts in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/analysis/types.ts';
import type { StoredTabState } from '../../src/messaging/index.ts';
import type { PopupBrowser } from '../../src/popup/index.ts';
import { FakeArea } from '../unit/settings-fake-area.ts';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The real English messages. */
export const MESSAGES: Record<string, MessageEntry> = JSON.parse(
  // Resolved from this file (happy-dom replaces the global URL with its own).
  readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
);

/** `i18n.getMessage` as Chrome implements it: named placeholders, `$1`…, `$$`; '' when missing. */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[name];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (all, ph: string | undefined) => {
    if (all === '$$') return '$';
    const p = entry.placeholders?.[String(ph).toLowerCase()];
    return p ? fill(p.content) : '';
  });
}

/** In-memory `storage.sync` with `onChanged`, delivered in a microtask. */
export class FakeStorageArea extends FakeArea {
  constructor() {
    super({ notify: 'microtask' });
  }
}

/** What the fake background and content script do; tests change these as the story goes. */
export interface FakeWorld {
  tab: { id: number; url?: string; title?: string } | null;
  /** What `get-tab-state` answers (the background's stored state), or a function of the call count. */
  state: StoredTabState | null | ((calls: number) => StoredTabState | null);
  /** Whether `ensure-content` manages to inject. */
  injectOk: boolean;
  /** Whether the content script answers `reanalyze` / `scroll-to-claim`. */
  contentAnswers: boolean;
  fileAccess: boolean;
  /** Every message sent, in order, with its destination. */
  sent: { to: 'background' | number; message: unknown }[];
  storage: FakeStorageArea;
  optionsOpened: number;
  /** `chrome-extension://…/` or `moz-extension://…/`. */
  extensionOrigin: string;
}

/** Builds a fake browser over a world the test controls. */
export function fakeBrowser(init: Partial<FakeWorld> = {}): { browser: PopupBrowser; world: FakeWorld } {
  const world: FakeWorld = {
    tab: { id: 7, url: 'https://www.dailymail.co.uk/news/article-1/putin.html', title: 'Putin' },
    state: null,
    injectOk: true,
    contentAnswers: true,
    fileAccess: false,
    sent: [],
    storage: new FakeStorageArea(),
    optionsOpened: 0,
    extensionOrigin: 'chrome-extension://abcdefghijklmnop/',
    ...init,
  };
  let stateCalls = 0;
  const browser: PopupBrowser = {
    runtime: {
      async sendMessage(message: unknown) {
        world.sent.push({ to: 'background', message: structuredClone(message) });
        const m = message as { type: string; tabId: number };
        if (m.type === 'get-tab-state') {
          stateCalls++;
          const s = typeof world.state === 'function' ? world.state(stateCalls) : world.state;
          // Messages cross a structured clone, as in the browser.
          return s === null ? null : structuredClone(s);
        }
        if (m.type === 'ensure-content') return { ok: world.injectOk, injected: world.injectOk };
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      async openOptionsPage() {
        world.optionsOpened++;
      },
      getURL: (path: string) => `${world.extensionOrigin}${path}`,
    },
    tabs: {
      async query() {
        return world.tab ? [{ ...world.tab }] : [];
      },
      async get(tabId: number) {
        if (!world.tab || world.tab.id !== tabId) throw new Error(`No tab with id: ${tabId}.`);
        return { ...world.tab };
      },
      async sendMessage(tabId: number, message: unknown) {
        world.sent.push({ to: tabId, message: structuredClone(message) });
        if (!world.contentAnswers)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true };
      },
    },
    storage: { sync: world.storage },
    i18n: { getMessage },
    extension: { isAllowedFileSchemeAccess: async () => world.fileAccess },
  };
  return { browser, world };
}

/** A stored `ready` state for a report, as the background keeps it. */
export function readyState(report: Report, url: string, title = 'Article'): StoredTabState {
  return { status: 'ready', report, page: { url, title }, updatedAt: 1 };
}

/** A claim for {@link buildReport}: the whole sentence, its category and source index. */
export interface ClaimSpec {
  sentence: string;
  category: Report['claims'][number]['category'];
  source: number | null;
  cue?: string;
  mention?: string;
}

/**
 * A consistent {@link Report} over paragraphs of text, for UI tests that need
 * exact control (hostile names, many sources). Offsets are found in the text;
 * the summary is counted from the claims.
 */
export function buildReport(
  paragraphs: string[],
  sources: { name: string; kind: Report['sources'][number]['kind']; description?: string }[],
  claims: ClaimSpec[],
  headline: string,
): Report {
  const text = paragraphs.join('\n');
  const blocks: Report['blocks'] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ start: at, end: at + p.length });
    at += p.length + 1;
  }
  const find = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`not in text: ${needle}`);
    return { start, end: start + needle.length };
  };
  const built = claims.map((c) => {
    const span = find(c.sentence);
    return {
      ...span,
      block: blocks.findIndex((b) => b.start <= span.start && span.end <= b.end),
      category: c.category,
      source: c.source,
      explicit: true,
      cue: c.cue ? find(c.cue, span.start) : null,
      sourceMention: c.mention ? find(c.mention, span.start) : null,
    };
  });
  built.sort((a, b) => a.start - b.start);
  const counts = { anonymous: 0, 'single-expert': 0, vague: 0, 'on-record': 0 };
  for (const c of built) counts[c.category]++;
  const perSource = sources.map((_, i) => built.filter((c) => c.source === i).length);
  const attributed = built.filter((c) => c.source !== null).length;
  const top = perSource.length > 0 ? perSource.indexOf(Math.max(...perSource)) : -1;
  return {
    text,
    blocks,
    claims: built,
    sources: sources.map((s, i) => ({
      id: i,
      name: s.name,
      kind: s.kind,
      ...(s.description ? { description: s.description } : {}),
      mentions: [],
      claims: perSource[i] ?? 0,
    })),
    summary: {
      counts,
      total: built.length,
      attributed,
      flagged: built.length - counts['on-record'],
      topSource: top >= 0 && attributed > 0 ? { id: top, share: (perSource[top] ?? 0) / attributed } : null,
      headline,
    },
  };
}
