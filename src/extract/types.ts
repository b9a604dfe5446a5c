/**
 * The extraction data model. Every node referenced here belongs to the ORIGINAL
 * document the caller passed in, never to the working clone.
 */

/**
 * One linear run of a block's text: block text `[start, end)` equals
 * `node.data.slice(nodeStart, nodeStart + (end - start))` exactly.
 *
 * A character of the block text that no segment covers is always a single
 * space standing for collapsed white space that holds no plain space (a newline,
 * a tab) or lies in a node that was left out; such a space is not verbatim in
 * the DOM. A collapsed run that holds a plain space maps onto that space.
 */
export interface TextSegment {
  node: Text;
  nodeStart: number;
  start: number;
  end: number;
}

/** One paragraph as a reader sees it: white space collapsed and trimmed, never empty. */
export interface ExtractedBlock {
  text: string;
  /** The nearest block-level element of the original document holding the text. */
  element: Element;
  /** Ordered by `start`, non-overlapping. */
  segments: TextSegment[];
}

/** The article a reader sees. */
export interface ExtractedArticle {
  /** The article's title (Readability's title, or the headline's text). */
  title: string;
  blocks: ExtractedBlock[];
  /** Index of the first body block, after the headline and standfirst (0 when there are none). */
  bodyStart: number;
  /** How the body was found: Readability, or the cheap fallback (see {@link ExtractOptions}). */
  method: 'readability' | 'fallback';
}

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /**
   * Above this many elements in the document, skip Readability and use the cheap
   * fallback (the page's `<article>` / `<main>` / densest paragraph container).
   * Readability's cost grows with the page; a caller that must keep its tasks
   * short can lower this (the content script never runs Readability). Default 6000.
   */
  maxElements?: number;
  /**
   * Above this element nesting depth, skip Readability and use the cheap fallback.
   * Readability's time grows much faster than linearly with depth (a chain of 100
   * nested divs takes it seconds; 400 takes half a minute), so a hostile or
   * pathological page could otherwise stall the tab. Real article pages nest about
   * 20 deep (the four fixture pages: 17–22). Default 60.
   */
  maxDepth?: number;
  /** Never run Readability; use the cheap fallback only. Default false. */
  skipReadability?: boolean;
  /**
   * Use the engine's computed visibility (`Element.checkVisibility`) on top of the
   * attribute, inline-style and screen-reader-class checks. `'auto'` (default)
   * uses it only where the page has been laid out (a real browser); jsdom lacks
   * it, and happy-dom's (no layout, slow) is used only when this is `true`.
   */
  computedVisibility?: boolean | 'auto';
}
