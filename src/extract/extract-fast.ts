import { articleSteps, runToEnd } from './article-steps.ts';
import type { ExtractedArticle, ExtractOptions } from './types.ts';

/**
 * The cheap path of {@link extractArticle}: the page's own article markup, never
 * Readability. Gives exactly what `extractArticle(doc, { skipReadability: true })`
 * gives, but does not import Readability, so the content script's bundle (which
 * runs only this path on live pages) stays without it.
 */
export function extractArticleFast(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  return runToEnd(extractArticleFastSteps(doc, options));
}

/** {@link extractArticleFast} in resumable slices (see `extractArticleSteps`). */
export function extractArticleFastSteps(
  doc: Document,
  options: ExtractOptions = {},
): Generator<void, ExtractedArticle | null, void> {
  return articleSteps(doc, options, null);
}
