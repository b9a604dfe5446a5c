import { articleSteps, type ReadabilityParser, runToEnd } from './article-steps.ts';
import { parseClone, prepareClone } from './run-readability.ts';
import type { ExtractedArticle, ExtractOptions } from './types.ts';

const readability: ReadabilityParser = { prepare: prepareClone, parse: parseClone };

/**
 * Extract the article a reader sees from `doc`: the headline, any standfirst,
 * then the body paragraphs, each mapped exactly to the ORIGINAL document's text
 * nodes. The document is never modified (Readability runs on a clone). Returns
 * null when no article text is found (an empty page, a list of links).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  return runToEnd(extractArticleSteps(doc, options));
}

/**
 * The same work as {@link extractArticle}, cut where it can be: a caller can
 * drive it with `.next()` and yield to the page between slices (e.g. one slice
 * per idle callback), so no single task holds the clone, Readability's parse and
 * the block building together. Slices: measure and clone the page (the clone and
 * its node map are taken in one task, so the page cannot change between them);
 * Readability's parse (one slice: Readability cannot be interrupted); the blocks
 * (a few hundred nodes per slice); the headline. If the page changes while the
 * steps run, text nodes that left the document are dropped; re-extract on mutation.
 */
export function extractArticleSteps(
  doc: Document,
  options: ExtractOptions = {},
): Generator<void, ExtractedArticle | null, void> {
  return articleSteps(doc, options, readability);
}
