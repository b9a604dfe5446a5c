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
import type { blockKinds, ExtractedArticle, ExtractOptions } from '../extract/index.ts';
import type { alignmentProblem, anchorSteps } from './anchoring.ts';
import type { Drawing } from './drawing.ts';
import type { isDarkText } from './page-theme.ts';

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

/** What the controller needs from the engine. */
export interface Engine {
  /** Extraction without Readability (the live page never runs it; the bundle does not carry it). */
  extractArticleFast(doc: Document, options?: ExtractOptions): ExtractedArticle | null;
  /** The same, cut into slices the scheduler runs in idle time. */
  extractArticleFastSteps(
    doc: Document,
    options?: ExtractOptions,
  ): Generator<void, ExtractedArticle | null, void>;
  /** The analysis in slices, for when the background cannot run it. */
  loadAnalysis(): Promise<typeof analyzeSteps>;
  alignmentProblem: typeof alignmentProblem;
  anchorSteps: typeof anchorSteps;
  blockKinds: typeof blockKinds;
  Drawing: typeof Drawing;
  isDarkText: typeof isDarkText;
}
