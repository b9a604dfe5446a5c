import { JSDOM, VirtualConsole } from 'jsdom';
import type { AnalyzeOptions } from '../analysis/index.ts';
import { blockKinds, extractArticle } from '../extract/index.ts';

/** An article's text blocks as the analysis takes them. */
export interface LoadedArticle {
  title: string;
  blocks: string[];
  options: AnalyzeOptions;
}

/**
 * Extracts the article a reader sees from an HTML page, with the same
 * extraction code the content script runs on a live page. jsdom parses the
 * page with scripts off and no resource loading, so nothing runs and nothing
 * is fetched. Returns null when the page holds no article.
 */
export function articleFromHtml(html: string): LoadedArticle | null {
  // jsdom's CSS parser complains about real-world stylesheets; those complaints are noise here.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { virtualConsole });
  try {
    const article = extractArticle(dom.window.document);
    if (!article) return null;
    return {
      title: article.title,
      blocks: article.blocks.map((b) => b.text),
      options: {
        bodyStart: article.bodyStart,
        blockKinds: blockKinds(article.blocks),
      },
    };
  } finally {
    dom.window.close();
  }
}
