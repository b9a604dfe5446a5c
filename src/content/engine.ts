/**
 * The heavy half of the content script, loaded with a dynamic import only once
 * a page has passed the cheap article check: article extraction and the
 * analysis, and everything that draws on the page (anchoring, badges, popover,
 * highlights). Every other page loads just the small entry (article check,
 * messaging, settings, the page watcher), as the issue asks: on non-articles
 * the extension costs nearly nothing.
 */
import type { AnalyzeOptions, Report } from '../analysis/index.ts';
import type { blockKinds, ExtractedArticle, ExtractOptions } from '../extract/index.ts';
import type { alignmentProblem, anchorSteps } from './anchoring.ts';
import type { Drawing } from './drawing.ts';
import type { isDarkText } from './page-theme.ts';

export { analyzeSteps } from '../analysis/index.ts';
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
  analyzeSteps(input: readonly string[], options?: AnalyzeOptions): Generator<void, Report, void>;
  alignmentProblem: typeof alignmentProblem;
  anchorSteps: typeof anchorSteps;
  blockKinds: typeof blockKinds;
  Drawing: typeof Drawing;
  isDarkText: typeof isDarkText;
}
