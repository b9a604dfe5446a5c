/**
 * The popup's state machine: which tab, may we run there, is the extension on
 * for it, and what its content script says. Everything a reader can meet is
 * one {@link PopupView}; the components only draw it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../analysis/types.ts';
import { isSiteSwitchedOff, type Settings } from '../../settings/index.ts';
import type { PopupEnv, TabInfo, TabSnapshot } from '../env.ts';
import { hostnameOf, type RestrictedReason, restrictedReason, siteOf } from '../page-kind.ts';
import { markReportReceived } from '../paint-timing.ts';

/** Every state the popup can be in. */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'off-global' }
  | { kind: 'off-site'; site: string }
  | { kind: 'analysing' }
  | { kind: 'not-article' }
  | { kind: 'unreachable' }
  | { kind: 'error'; message?: string }
  | { kind: 'no-claims'; report: Report }
  | { kind: 'report'; report: Report };

/** What {@link useTabView} gives the components. */
export interface TabViewState {
  view: PopupView;
  tab: TabInfo | null;
  site: string | null;
  settings: Settings | null;
  /** Asks the page to analyse again (or injects the content script) and follows it. */
  retry(): void;
}

/** How long to wait between asks while the page is still analysing. */
const POLL_MS = 250;
/** How long a freshly injected content script may stay silent before we say it cannot run. */
const SILENT_LIMIT_MS = 5000;

/** The view for a tab snapshot, once the tab is known to be allowed and switched on. */
export function viewOfSnapshot(snapshot: TabSnapshot): PopupView {
  switch (snapshot.status) {
    case 'ready':
      return snapshot.report.claims.length === 0
        ? { kind: 'no-claims', report: snapshot.report }
        : { kind: 'report', report: snapshot.report };
    case 'analysing':
    case 'none':
      return { kind: 'analysing' };
    case 'not-article':
      return { kind: 'not-article' };
    case 'off':
      return { kind: 'analysing' };
    case 'error':
      return snapshot.error ? { kind: 'error', message: snapshot.error } : { kind: 'error' };
  }
}

/** Off switches first: they hold whatever the page last said. */
function offView(settings: Settings, url: string | undefined): PopupView | null {
  if (!settings.enabled) return { kind: 'off-global' };
  const host = hostnameOf(url);
  const site = siteOf(url);
  if (host && site && isSiteSwitchedOff(settings, host)) return { kind: 'off-site', site };
  return null;
}

/** Follows the popup's tab from opening to report, re-asking while the page works. */
export function useTabView(env: PopupEnv, pollMs = POLL_MS): TabViewState {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const live = useRef({
    alive: true,
    timer: 0 as ReturnType<typeof setTimeout> | 0,
    injected: false,
    kicked: false,
    silentSince: 0,
    generation: 0,
    tab: null as TabInfo | null,
    settings: null as Settings | null,
    restricted: false,
  });

  const site = siteOf(tab?.url);

  const follow = useCallback(async () => {
    const s = live.current;
    const generation = ++s.generation;
    if (s.timer) clearTimeout(s.timer);
    s.timer = 0;
    const current = s.tab;
    if (!s.alive || !current || !s.settings || s.restricted) return;
    const off = offView(s.settings, current.url);
    if (off) {
      setView(off);
      return;
    }
    let snapshot: TabSnapshot;
    try {
      snapshot = await env.getTabState(current.id);
    } catch (err) {
      if (s.alive && generation === s.generation) setView({ kind: 'error', message: errorText(err) });
      return;
    }
    if (!s.alive || generation !== s.generation) return;
    if (!current.url && snapshot.page?.url) {
      // The browser hid the tab's URL from us (no permission yet); the page told us instead.
      s.tab = { ...current, url: snapshot.page.url };
      setTab(s.tab);
    }
    if (snapshot.status === 'none') {
      if (!s.injected) {
        // Nothing runs in the tab: click mode, or a page opened before the extension was installed.
        s.injected = true;
        s.silentSince = Date.now();
        try {
          await env.inject(current.id);
        } catch {
          if (s.alive && generation === s.generation) setView({ kind: 'unreachable' });
          return;
        }
      } else if (Date.now() - s.silentSince > SILENT_LIMIT_MS) {
        setView({ kind: 'unreachable' });
        return;
      }
    }
    if (!s.alive || generation !== s.generation) return;
    if (
      (snapshot.status === 'none' || snapshot.status === 'off') &&
      s.settings.mode === 'click' &&
      !s.kicked
    ) {
      // In click mode, opening the popup is the reader's click: start the analysis.
      s.kicked = true;
      try {
        await env.reanalyze(current.id);
      } catch {
        // The freshly injected script may not listen yet; it reports its state itself once it does.
      }
    }
    if (!s.alive || generation !== s.generation) return;
    const next = viewOfSnapshot(snapshot);
    if (next.kind === 'report') markReportReceived();
    setView(next);
    if (next.kind === 'analysing') s.timer = setTimeout(() => void follow(), pollMs);
  }, [env, pollMs]);

  useEffect(() => {
    const s = live.current;
    s.alive = true;
    let unwatch: (() => void) | null = null;
    void (async () => {
      try {
        const found = await env.getTab();
        if (!s.alive) return;
        if (!found) {
          setView({ kind: 'no-tab' });
          return;
        }
        const [fileAccess, loaded] = await Promise.all([env.fileAccessAllowed(), env.settings.load()]);
        if (!s.alive) return;
        s.tab = found;
        s.settings = loaded;
        setTab(found);
        setSettings(loaded);
        const reason = restrictedReason(found.url, fileAccess);
        if (reason) {
          s.restricted = true;
          setView({ kind: 'restricted', reason });
          return;
        }
        unwatch = env.settings.watch((next) => {
          const before = s.settings;
          s.settings = next;
          setSettings(next);
          // Only switching the extension on or off for this page changes what to ask the page;
          // category toggles are applied by the content script without a new analysis.
          // The URL may have come from the page since (see follow), so read it from the live ref.
          const url = s.tab?.url;
          if (!before || offView(before, url)?.kind !== offView(next, url)?.kind) void follow();
        });
        await follow();
      } catch (err) {
        if (s.alive) setView({ kind: 'error', message: errorText(err) });
      }
    })();
    return () => {
      s.alive = false;
      if (s.timer) clearTimeout(s.timer);
      unwatch?.();
    };
  }, [env, follow]);

  const retry = useCallback(() => {
    const s = live.current;
    const current = s.tab;
    if (!current) return;
    setView({ kind: 'analysing' });
    void (async () => {
      try {
        await env.reanalyze(current.id);
      } catch {
        // No content script answered: let the next ask inject one.
        s.injected = false;
      }
      await follow();
    })();
  }, [env, follow]);

  return { view, tab, site, settings, retry };
}

function errorText(err: unknown): string | undefined {
  if (err instanceof Error && err.message) return err.message;
  return typeof err === 'string' && err ? err : undefined;
}
