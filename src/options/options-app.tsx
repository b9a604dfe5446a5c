import { useEffect, useState } from 'preact/hooks';
import { CategoryToggles, type SettingsPort, Switch, type Translate } from '../popup/index.ts';
import { RUN_MODES, type RunMode, type Settings, type SettingsPatch } from '../settings/index.ts';

/** What the options page needs from the browser. */
export interface OptionsEnv {
  t: Translate;
  settings: SettingsPort;
  /**
   * Asks the reader for access to every site (needed to run automatically when
   * host access is optional). Resolves true when granted or not needed.
   */
  requestSiteAccess(): Promise<boolean>;
}

/** The options page: the popup's settings plus when to run and the list of switched-off sites. */
export function OptionsApp({ env }: { env: OptionsEnv }) {
  const { t } = env;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    let alive = true;
    void env.settings.load().then((s) => alive && setSettings(s));
    const stop = env.settings.watch((s) => setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, [env]);

  const change = (patch: SettingsPatch) => {
    env.settings.update(patch).then(
      (next) => {
        setSettings(next);
        setNote(t('options_saved'));
      },
      () => setNote(t('options_save_failed')),
    );
  };
  const chooseMode = async (mode: RunMode) => {
    // The permission prompt must come straight from the reader's gesture, before any await.
    if (mode === 'auto' && !(await env.requestSiteAccess())) {
      setNote(t('options_save_failed'));
      return;
    }
    change({ mode });
  };

  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1 class="options__title">{t('options_title')}</h1>
      <Switch
        name="enabled"
        label={t('options_enabled')}
        checked={settings.enabled}
        onChange={(enabled) => change({ enabled })}
      />

      <fieldset class="group">
        <legend class="section-title">{t('options_mode_title')}</legend>
        {RUN_MODES.map((mode) => (
          <label key={mode} class="radio">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              aria-describedby={`mode-${mode}-help`}
              onChange={() => void chooseMode(mode)}
            />
            <span>
              <span class="radio__label">{t(`options_mode_${mode}`)}</span>
              <span id={`mode-${mode}-help`} class="muted radio__help">
                {t(`options_mode_${mode}_help`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <div class="group">
        <CategoryToggles settings={settings} t={t} onChange={change} />
      </div>

      <section class="group" aria-labelledby="sites-title">
        <h2 id="sites-title" class="section-title">
          {t('options_sites_title')}
        </h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('options_sites_none')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site} class="sites__item">
                <span class="sites__name">{site}</span>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => change({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                >
                  {t('options_site_remove', site)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p class="muted privacy">{t('options_privacy')}</p>
      <p class="note" role="status">
        {note}
      </p>
    </main>
  );
}
