/**
 * Article extraction: DOM → the text blocks a reader sees, each with an exact
 * map back to the original document's text nodes. Shared by the content script
 * (the live page) and the command line (a jsdom document).
 */
export { blockKind, blockKinds } from './block-kinds.ts';
export {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_ELEMENTS,
  extractArticle,
  extractArticleSteps,
} from './extract-article.ts';
export { isProbablyArticle } from './is-article.ts';
export { rangeForSpan, rangesForSpan } from './range.ts';
export type { ExtractedArticle, ExtractedBlock, ExtractOptions, TextSegment } from './types.ts';
