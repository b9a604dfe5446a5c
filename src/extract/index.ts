/**
 * Article extraction: DOM → the text blocks a reader sees, each with an exact
 * map back to the original document's text nodes. Shared by the content script
 * (the live page) and the command line (a jsdom document).
 */

export { blockKinds } from './block-kinds.ts';
// With Readability (the command line): Readability is imported only through this module.
export { extractArticle, extractArticleSteps } from './extract-article.ts';
// Without Readability (the content script on live pages): a bundle importing only these stays without it.
export { extractArticleFast, extractArticleFastSteps } from './extract-fast.ts';
export { isProbablyArticle } from './is-article.ts';
export { rangeForSpan, rangesForSpan, spanPoints, type TextPoint } from './range.ts';
export type { ExtractedArticle, ExtractedBlock, ExtractOptions, TextSegment } from './types.ts';
