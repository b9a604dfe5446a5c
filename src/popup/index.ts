/**
 * The popup's public surface: the app and its environment, plus the pieces
 * the options page shares (settings port, category toggles, strings, theme).
 */
export { App, type AppProps } from './app.tsx';
export { createBrowserEnv, type PopupBrowser, type PopupHost, tabIdFromSearch } from './browser-env.ts';
export { CategoryToggles } from './components/category-toggles.tsx';
export { Switch } from './components/switch.tsx';
export type { PopupEnv, SettingsPort, TabInfo, TabSnapshot, TabStatus } from './env.ts';
export { categoryKey, createTranslate, type I18nApi, kindKey, type Translate } from './i18n.ts';
export { restrictedReason, siteOf } from './page-kind.ts';
export { REPORT_PAINTED, REPORT_RECEIVED } from './paint-timing.ts';
export { exportFileName, toExportedReport } from './report-json.ts';
export { escapeMarkdown, reportToMarkdown } from './report-markdown.ts';
export { createSettingsPort } from './settings-port.ts';
export { installThemeCss, themeCss } from './theme-css.ts';
