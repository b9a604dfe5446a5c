/**
 * The heavy half of the content script, loaded with a dynamic import only once
 * a page has passed the cheap article check: article extraction (the analysis
 * itself runs in the background, and is loaded here only as a fallback), and
 * everything that draws on the page (anchoring, badges, popover,
 * highlights). Every other page loads just the small entry (article check,
 * messaging, settings, the page watcher), as the issue asks: on non-articles
 * the extension costs nearly nothing.
 */
import type { analyzeSteps } from '../analysis/index.ts';

/**
 * The analysis, loaded only when the background cannot run it (it normally does:
 * see controller.ts), so an article page does not even evaluate the lexicons.
 */
export async function loadAnalysis(): Promise<typeof analyzeSteps> {
  return (await import('../analysis/index.ts')).analyzeSteps;
}
export { blockKinds, extractArticleFast, extractArticleFastSteps } from '../extract/index.ts';
export { alignmentProblem, anchorSteps } from './anchoring.ts';
export { Drawing } from './drawing.ts';
export { isDarkText } from './page-theme.ts';

/** What the controller gets from the engine: this module, as the dynamic import hands it over. */
export type Engine = typeof import('./engine.ts');
