import { useEffect, useState } from 'preact/hooks';
import { isSiteSwitchedOff, type SettingsPatch, sitePatch } from '../settings/index.ts';
import { BreakdownBar } from './components/breakdown-bar.tsx';
import { CategoryToggles } from './components/category-toggles.tsx';
import { ReportActions } from './components/report-actions.tsx';
import { SourceList } from './components/source-list.tsx';
import { StatusMessage } from './components/status-message.tsx';
import { Switch } from './components/switch.tsx';
import type { PopupEnv } from './env.ts';
import { useTabView } from './hooks/use-tab-view.ts';
import { hostnameOf } from './page-kind.ts';
import { measureReportPaint } from './paint-timing.ts';

/** Props of {@link App}. */
export interface AppProps {
  env: PopupEnv;
  /** Called with the time from the report's arrival to its first paint, in ms (for the benchmark). */
  onReportPainted?: (ms: number) => void;
}

/**
 * The popup: for the tab it was opened on, whose word the article rests on,
 * and the reader's switches.
 */
export function App({ env, onReportPainted }: AppProps) {
  const { t } = env;
  const { view, tab, site, settings, retry } = useTabView(env);
  const [problem, setProblem] = useState('');

  const change = (patch: SettingsPatch) => {
    setProblem('');
    env.settings.update(patch).catch(() => setProblem(t('popup_settings_failed')));
  };
  const host = hostnameOf(tab?.url);
  const setSite = (enabled: boolean) => {
    if (settings && host) change(sitePatch(settings, host, enabled));
  };
  const pickClaim = (claimIndex: number) => {
    if (!tab) return;
    setProblem('');
    env.scrollToClaim(tab.id, claimIndex).catch(() => setProblem(t('popup_scroll_failed')));
  };

  const report = view.kind === 'report' ? view.report : null;
  useEffect(() => {
    if (report) measureReportPaint(onReportPainted);
  }, [report, onReportPainted]);
  const showControls = settings !== null && view.kind !== 'restricted' && view.kind !== 'no-tab';

  return (
    <div class="popup" data-view={view.kind}>
      <header class="header">
        <h1 class="title">{t('popup_title')}</h1>
        {settings ? (
          <Switch
            name="enabled"
            label={t('popup_global_switch')}
            checked={settings.enabled}
            onChange={(enabled) => change({ enabled })}
          />
        ) : null}
      </header>

      <main class="main">
        {report ? (
          <>
            <p class="headline" data-testid="headline">
              {report.summary.headline}
            </p>
            <p class="totals muted">
              {t('popup_totals', [
                String(report.summary.total),
                String(report.summary.attributed),
                String(report.summary.flagged),
              ])}
            </p>
            <BreakdownBar counts={report.summary.counts} total={report.summary.total} t={t} />
            <SourceList report={report} t={t} onPickClaim={pickClaim} />
          </>
        ) : (
          <StatusMessage
            view={view as Exclude<typeof view, { kind: 'report' }>}
            t={t}
            family={env.family}
            onRetry={retry}
            onEnableSite={() => setSite(true)}
            onEnableGlobal={() => change({ enabled: true })}
          />
        )}
        {problem ? (
          <p class="problem" role="alert">
            {problem}
          </p>
        ) : null}
      </main>

      {showControls && settings ? (
        <section class="controls" aria-label={t('popup_controls_label')}>
          <CategoryToggles settings={settings} t={t} onChange={change} disabled={!settings.enabled} />
          {site && host ? (
            <label class="toggle toggle--site">
              <input
                type="checkbox"
                name="site-off"
                checked={isSiteSwitchedOff(settings, host)}
                disabled={!settings.enabled}
                onChange={(e) => setSite(!e.currentTarget.checked)}
              />
              <span class="toggle__label">{t('popup_site_switch', site)}</span>
            </label>
          ) : null}
        </section>
      ) : null}

      {/* Always present, so the headline is announced when the report replaces "still analysing". */}
      <p class="sr-only" aria-live="polite">
        {report ? report.summary.headline : ''}
      </p>

      <footer class="footer">
        {report && tab ? (
          <ReportActions
            report={report}
            url={tab.url ?? ''}
            site={site}
            t={t}
            copyText={env.copyText}
            download={env.download}
          />
        ) : null}
        <button type="button" class="link-button" onClick={() => env.openOptions()}>
          {t('popup_open_options')}
        </button>
      </footer>
    </div>
  );
}
