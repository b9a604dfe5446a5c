/**
 * Shared helpers for the real-browser tests: the corpus served on 127.0.0.1, Chromium and
 * Firefox launched with the built extension, artifacts. One browser per test file.
 */
export { type ExtensionBrowser, launchChromium, type PageProblem, type RecordedRequest } from './chromium.ts';
export { launchChromiumUnpacked, type UnpackedChromium } from './chromium-unpacked.ts';
export { type ExtensionFirefox, launchFirefox } from './firefox.ts';
export { type FixtureServer, type Route, type ServedRequest, startFixtureServer } from './fixture-server.ts';
export { ARTIFACTS, artifactPath, CORPUS, distDir, ROOT, requireBuilt } from './paths.ts';
export { type Masthead, mastheadFor, parseSeed, renderSeedPage, type SeedArticle } from './render-seed.ts';
export { sampleReport } from './sample-report.ts';
