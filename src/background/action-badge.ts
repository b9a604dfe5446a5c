import type { StoredTabState } from '../messaging/index.ts';

/** The part of `browser.action` the badge uses. */
export interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string | null }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

/** Dark amber: the highlight colour of the icon, with white text readable on it (contrast 4.9:1). */
export const BADGE_COLOR = '#9a4a00';

/** The number of flagged claims a state shows on the toolbar icon (0 unless a report is ready). */
export function flaggedCount(state: StoredTabState | null): number {
  return state?.status === 'ready' ? state.report.summary.flagged : 0;
}

/** The badge text for a count: empty for 0, "999+" past three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/**
 * Shows the tab's flagged-claim count on its toolbar icon, or clears it, with `title` as the
 * icon's tooltip (Chrome refuses a null title, so the caller always passes one). Per tab,
 * so switching tabs shows each tab's own count.
 */
export async function showCount(
  action: ActionApi,
  tabId: number,
  count: number,
  title: string,
): Promise<void> {
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await action.setBadgeText({ tabId, text: badgeText(count) });
  await action.setTitle({ tabId, title });
}
