// Inside `page.evaluate` / `worker.evaluate` callbacks on extension pages and the service
// worker, Chromium's promise-based `chrome.*` API is the global `chrome`; the polyfill's
// types describe it closely enough for test code.
import type Browser from 'webextension-polyfill';

declare global {
  var chrome: typeof Browser;
}
