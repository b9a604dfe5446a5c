/**
 * The popup's entry: builds the real environment over the WebExtension API and
 * mounts the app. Everything testable lives in `app.tsx` and below.
 */
import './popup.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './app.tsx';
import { createBrowserEnv, type PopupBrowser } from './browser-env.ts';
import { installThemeCss } from './theme-css.ts';

const env = createBrowserEnv(browser as unknown as PopupBrowser, {
  search: location.search,
  document,
  clipboard: navigator.clipboard,
});
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = env.t('popup_title');
installThemeCss(document);
const root = document.getElementById('app');
if (root) render(<App env={env} />, root);
