import type { PopupView } from '../hooks/use-tab-view.ts';
import type { Translate } from '../i18n.ts';
import type { RestrictedReason } from '../page-kind.ts';

/** Props of {@link StatusMessage}. */
export interface StatusMessageProps {
  view: Exclude<PopupView, { kind: 'report' }>;
  t: Translate;
  family: 'chrome' | 'firefox';
  onRetry(): void;
  onEnableSite(): void;
  onEnableGlobal(): void;
}

/**
 * Every state that is not a report, said plainly, with what the reader can do
 * about it. One live region, so a screen reader hears the state change.
 */
export function StatusMessage({
  view,
  t,
  family,
  onRetry,
  onEnableSite,
  onEnableGlobal,
}: StatusMessageProps) {
  const body = (() => {
    switch (view.kind) {
      case 'loading':
        return <p>{t('popup_state_loading')}</p>;
      case 'no-tab':
        return <p>{t('popup_state_no_tab')}</p>;
      case 'analysing':
        return (
          <p class="busy">
            <span class="busy__dot" aria-hidden="true" />
            {t('popup_state_analysing')}
          </p>
        );
      case 'not-article':
        return (
          <>
            <p class="state__title">{t('popup_state_not_article')}</p>
            <p class="muted">{t('popup_state_not_article_help')}</p>
            <button type="button" class="button" onClick={onRetry}>
              {t('popup_action_check_again')}
            </button>
          </>
        );
      case 'no-claims':
        return (
          <>
            <p class="state__title">{t('popup_state_no_claims')}</p>
            <p class="muted">{t('popup_state_no_claims_help')}</p>
          </>
        );
      case 'restricted':
        return (
          <>
            <p class="state__title">{t(restrictedKey(view.reason))}</p>
            <p class="muted">{t(restrictedHelpKey(view.reason, family))}</p>
          </>
        );
      case 'unreachable':
        return (
          <>
            <p class="state__title">{t('popup_state_unreachable')}</p>
            <p class="muted">{t('popup_state_unreachable_help')}</p>
            <button type="button" class="button" onClick={onRetry}>
              {t('popup_action_retry')}
            </button>
          </>
        );
      case 'off-site':
        return (
          <>
            <p class="state__title">{t('popup_state_off_site', view.site)}</p>
            <button type="button" class="button" onClick={onEnableSite}>
              {t('popup_action_enable_site', view.site)}
            </button>
          </>
        );
      case 'off-global':
        return (
          <>
            <p class="state__title">{t('popup_state_off_global')}</p>
            <button type="button" class="button" onClick={onEnableGlobal}>
              {t('popup_action_enable_global')}
            </button>
          </>
        );
      case 'error':
        return (
          <>
            <p class="state__title">{t('popup_state_error')}</p>
            {view.message ? <p class="muted error-detail">{view.message}</p> : null}
            <button type="button" class="button" onClick={onRetry}>
              {t('popup_action_retry')}
            </button>
          </>
        );
    }
  })();
  return (
    <div class={`state state--${view.kind}`} role="status" data-state={view.kind}>
      {body}
    </div>
  );
}

/** The message key that names a restricted page's reason. */
function restrictedKey(reason: RestrictedReason): string {
  return `popup_restricted_${reason.replace('-', '_')}`;
}

/** What to do on a page we may not run on; Firefox never lets extensions read file URLs. */
function restrictedHelpKey(reason: RestrictedReason, family: 'chrome' | 'firefox'): string {
  const key = `${restrictedKey(reason)}_help`;
  return reason === 'file' && family === 'firefox' ? `${key}_firefox` : key;
}
