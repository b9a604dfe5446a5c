/**
 * The content script's side of the message protocol: it answers `get-report`,
 * `scroll-to-claim` and `reanalyze` from our own popup or background only.
 * Every message passes messaging's shape and sender check first; anything else
 * (including a page's forged messages, which cannot reach `runtime.onMessage`
 * anyway) gets no answer at all.
 */
import { acceptContentRequest, type TabState } from '../messaging/index.ts';
import type { ExtensionApi, MessageListener } from './ext-api.ts';

/** What the requests do; the controller provides them. */
export interface RequestHandlers {
  /** False once the extension context is gone (then nothing is answered). */
  alive(): boolean;
  /** The tab's current state (also how the background learns we are alive). */
  state(): TabState;
  /** Scrolls to claim `index` and flashes it; false when it is not on the page. */
  scrollToClaim(index: number): boolean;
  /** Analyses the page again (in 'click' mode: for the first time); false when it cannot. */
  reanalyze(): boolean;
}

/** Listens for requests until `signal` aborts. */
export function listenForRequests(api: ExtensionApi, handlers: RequestHandlers, signal: AbortSignal): void {
  let self: { id: string; origin: string };
  try {
    self = { id: api.runtime.id ?? '', origin: api.runtime.getURL('') };
  } catch {
    return;
  }
  const listener: MessageListener = (message, sender, sendResponse) => {
    if (!handlers.alive()) return false;
    const request = acceptContentRequest(message, sender, self);
    if (!request) return false;
    switch (request.type) {
      case 'get-report':
        sendResponse(handlers.state());
        break;
      case 'scroll-to-claim':
        sendResponse({ ok: handlers.scrollToClaim(request.claimIndex) });
        break;
      case 'reanalyze':
        sendResponse({ ok: handlers.reanalyze() });
        break;
    }
    // Every answer is synchronous: no channel is kept open.
    return false;
  };
  try {
    api.runtime.onMessage.addListener(listener);
  } catch {
    return;
  }
  signal.addEventListener(
    'abort',
    () => {
      try {
        api.runtime.onMessage.removeListener(listener);
      } catch {
        // The context is gone; so is the listener.
      }
    },
    { once: true },
  );
}
