/**
 * The heavy half of the content script — article extraction (with
 * Readability) and the analysis — loaded with a dynamic import only once a
 * page has passed the cheap article check. Every other page loads just the
 * small entry (article check, messaging, settings), as the issue asks: on
 * non-articles the extension costs nearly nothing.
 */
import type { AnalyzeOptions, Report } from '../analysis/index.ts';
import type { ExtractedArticle, ExtractOptions } from '../extract/index.ts';

export { analyzeSteps } from '../analysis/index.ts';
export { extractArticle } from '../extract/index.ts';

/** What the controller needs from the engine. */
export interface Engine {
  extractArticle(doc: Document, options?: ExtractOptions): ExtractedArticle | null;
  analyzeSteps(input: readonly string[], options?: AnalyzeOptions): Generator<void, Report, void>;
}
