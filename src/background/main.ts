/**
 * The background (Chrome: service worker; Firefox: event page). Wiring only: it runs the
 * analysis for the content scripts (off the pages' main threads), keeps each
 * tab's latest status and report in `storage.session`, shows the tab's flagged-claim count
 * on the toolbar icon, answers the popup, and injects the content script where it is
 * missing. Every listener is registered synchronously at start, as MV3 requires for a
 * worker woken by an event. It holds no state of its own: a stopped worker loses nothing.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze } from '../analysis/index.ts';
import {
  acceptBackgroundRequest,
  type Self,
  type StoredTabState,
  type TabState,
} from '../messaging/index.ts';
import { flaggedCount, showCount } from './action-badge.ts';
import { ensureContent } from './inject.ts';
import { reinjectOpenTabs } from './reinject.ts';
import { TabStore } from './tab-store.ts';

const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
const store = new TabStore(browser.storage.session);

// Updates to one tab run one after another, so a quick 'analysing' → 'ready' never ends with
// the older state stored or painted last. (Lost with the worker, which only loses ordering.)
const queues = new Map<number, Promise<unknown>>();
function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

/** Puts the state's count on the tab's icon; a tab closed meanwhile is not an error. */
async function paint(tabId: number, state: StoredTabState | null): Promise<void> {
  const count = flaggedCount(state);
  const title =
    count > 0
      ? browser.i18n.getMessage('ext_badge_title', [String(count)])
      : browser.i18n.getMessage('ext_action_title');
  try {
    await showCount(browser.action, tabId, count, title);
  } catch {
    // The tab is gone.
  }
}

/** Stores the tab's state and paints its count, in the tab's order. */
function keep(tabId: number, state: TabState): Promise<void> {
  return inTabOrder(tabId, async () => paint(tabId, await store.set(tabId, state)));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const accepted = acceptBackgroundRequest(message, sender, self);
  // Not ours or malformed: dropped without an answer.
  if (!accepted) return undefined;
  const { request } = accepted;
  switch (request.type) {
    case 'report': {
      const { type: _type, ...state } = request;
      const tabId = accepted.tabId as number;
      return keep(tabId, state).then(() => ({ ok: true }) as const);
    }
    case 'analyse': {
      // The page's main thread never runs the analysis: it runs here, in the extension's own
      // process, and the tab's state is kept straight away for the popup.
      const tabId = accepted.tabId as number;
      const { blocks, bodyStart, blockKinds, page } = request;
      const report = analyze(blocks, { bodyStart, blockKinds });
      // Kept in tab order (after the 'analysing' the script sent first); the page need not wait.
      void keep(tabId, { status: 'ready', report, page }).catch(() => undefined);
      return Promise.resolve({ report });
    }
    case 'get-tab-state':
      return store.get(request.tabId);
    case 'ensure-content': {
      const tabId = request.tabId;
      return ensureContent(browser, tabId).then(async ({ ok, injected, state }) => {
        // A live content script's own state heals a lost one (a report sent while the page was
        // prerendered, evicted under quota, or cleared by a late navigation event).
        if (state) await keep(tabId, state);
        return { ok, injected };
      });
    }
  }
});

// A navigation or a reload starts the tab afresh; the new page's content script reports anew.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void inTabOrder(tabId, async () => {
    await store.clear(tabId);
    await paint(tabId, null);
  });
});

browser.tabs.onRemoved.addListener((tabId) => void inTabOrder(tabId, () => store.clear(tabId)));
browser.tabs.onReplaced.addListener((_added, removed) => void store.clear(removed));

// Installed or updated with pages already open: Chrome gives them no content script until they
// reload, so the new one is injected into them here (see reinject.ts).
browser.runtime.onInstalled.addListener(({ reason }) => void reinjectOpenTabs(browser, reason));
