/**
 * The popup's public surface: the app and its environment, plus the pieces
 * the options page shares (settings port, category toggles, strings, theme)
 * and the JSON export the tests hold to the command line's.
 */
export { App, type AppProps } from './app.tsx';
export { createBrowserEnv, type PopupBrowser, type PopupHost } from './browser-env.ts';
export { CategoryToggles } from './components/category-toggles.tsx';
export { Switch } from './components/switch.tsx';
export type { PopupEnv, SettingsPort } from './env.ts';
export { categoryKey, createTranslate, type I18nApi, kindKey, type Translate } from './i18n.ts';
export { toExportedReport } from './report-json.ts';
export { createSettingsPort } from './settings-port.ts';
export { installThemeCss } from './theme-css.ts';
