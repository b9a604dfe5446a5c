/** The options page's entry: settings over `storage.sync`, strings over `i18n`. */
import '../popup/popup.css';
import './options.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { installThemeCss } from '../popup/index.ts';
import { OptionsApp } from './options-app.tsx';
import { createOptionsEnv, type OptionsBrowser } from './options-env.ts';

const env = createOptionsEnv(browser as unknown as OptionsBrowser);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = env.t('options_title');
installThemeCss(document);
const root = document.getElementById('app');
if (root) render(<OptionsApp env={env} />, root);
