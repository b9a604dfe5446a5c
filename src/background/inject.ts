import { requestContent, type TabState } from '../messaging/index.ts';

/** The browser APIs the injector uses. */
export interface InjectApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: { getManifest(): { content_scripts?: { js?: string[] }[] } };
}

/** What {@link ensureContent} found: `state` is the live content script's own state, if it answered. */
export interface EnsureResult {
  ok: boolean;
  injected: boolean;
  state?: TabState;
}

/**
 * Makes sure the tab has a live content script: asks it for its report, and if nobody
 * answers (a tab opened before the extension was installed or updated, or in 'click'
 * mode on a page outside the content-script matches), injects the built content script
 * files named in the manifest. Chrome allows that through `activeTab` once the reader has
 * opened the popup on the tab (content-script match patterns do not grant it); Firefox also
 * through the content-script host permission. Resolves `{ ok: false }` where the browser forbids it.
 */
export async function ensureContent(api: InjectApi, tabId: number): Promise<EnsureResult> {
  try {
    const state = await requestContent((m) => api.tabs.sendMessage(tabId, m), { type: 'get-report' });
    return { ok: true, injected: false, state };
  } catch {
    // No live content script: inject one below.
  }
  const files = api.runtime.getManifest().content_scripts?.flatMap((cs) => cs.js ?? []) ?? [];
  if (files.length === 0) return { ok: false, injected: false };
  try {
    await api.scripting.executeScript({ target: { tabId }, files });
    return { ok: true, injected: true };
  } catch {
    return { ok: false, injected: false };
  }
}
