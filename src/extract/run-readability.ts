import { Readability } from '@mozilla/readability';
import { NodeMap } from './node-map.ts';

/** Readability's verdict, with the article element living in the clone and a map back to the original. */
export interface ReadabilityResult {
  title: string;
  excerpt: string;
  /** The article element (in the clone). */
  content: Element;
  map: NodeMap;
}

/**
 * Run Readability on a clone of `doc` (Readability mutates the document it reads).
 * The clone is an inert document: no scripts run and no images or styles load in it.
 * Returns null when Readability finds no article or fails.
 */
export function runReadability(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  const map = new NodeMap(doc, clone);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch {
    // Readability throws on some malformed trees (and past maxElemsToParse); the fallback takes over.
    return null;
  }
  if (!parsed?.content) return null;
  return {
    title: parsed.title?.trim() ?? '',
    excerpt: parsed.excerpt?.trim() ?? '',
    content: parsed.content,
    map,
  };
}
