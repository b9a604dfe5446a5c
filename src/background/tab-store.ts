import { parseStoredTabState, type StoredTabState, type TabState } from '../messaging/index.ts';

/** The part of `storage.session` the tab store uses (structural, so tests can pass a fake). */
export interface SessionArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';

/**
 * When a stored entry was written, for eviction order: read straight off the entry, as
 * parsing a whole report per tab just for its time would be wasted work. Entries without
 * a numeric time (never written by `set`) count as oldest.
 */
function updatedAtOf(entry: unknown): number {
  const at =
    typeof entry === 'object' && entry !== null ? (entry as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}

/** The session-storage key of a tab's state. */
export function tabKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/**
 * Each tab's latest state, kept in `storage.session` so it outlives a stopped service
 * worker (a reopened popup answers at once) but never the browser session: nothing about
 * the pages read is written to disk.
 */
export class TabStore {
  constructor(
    private readonly area: SessionArea,
    private readonly now: () => number = Date.now,
  ) {}

  /** The tab's state, or null when none is stored or what is stored is malformed. */
  async get(tabId: number): Promise<StoredTabState | null> {
    const key = tabKey(tabId);
    const stored = await this.area.get(key);
    return parseStoredTabState(stored[key]);
  }

  /**
   * Stores the tab's state. If the session quota is full, other tabs' states are evicted,
   * oldest first, until it fits; if the report alone is too big, an error state saying so
   * is stored instead.
   */
  async set(tabId: number, state: TabState): Promise<StoredTabState> {
    const entry: StoredTabState = { ...state, updatedAt: this.now() };
    const key = tabKey(tabId);
    if (await this.trySet(key, entry)) return entry;
    for (const victim of await this.othersOldestFirst(key)) {
      await this.area.remove(victim);
      if (await this.trySet(key, entry)) return entry;
    }
    const fallback: StoredTabState = {
      status: 'error',
      error: 'The report for this page is too large to keep.',
      updatedAt: entry.updatedAt,
      ...(state.page ? { page: state.page } : {}),
    };
    await this.area.set({ [key]: fallback });
    return fallback;
  }

  /** Forgets the tab (closed, or navigated away). */
  async clear(tabId: number): Promise<void> {
    await this.area.remove(tabKey(tabId));
  }

  /** Ids of every tab with a stored state. */
  async tabIds(): Promise<number[]> {
    const all = await this.area.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => Number(k.slice(PREFIX.length)))
      .filter((id) => Number.isInteger(id));
  }

  private async trySet(key: string, entry: StoredTabState): Promise<boolean> {
    try {
      await this.area.set({ [key]: entry });
      return true;
    } catch {
      // Quota exceeded (the only way a session write fails while the extension lives).
      return false;
    }
  }

  private async othersOldestFirst(key: string): Promise<string[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(PREFIX) && k !== key)
      .map(([k, v]) => ({ k, at: updatedAtOf(v) }))
      .sort((a, b) => a.at - b.at)
      .map((o) => o.k);
  }
}
