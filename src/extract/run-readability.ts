import { Readability } from '@mozilla/readability';
import { NodeMap } from './node-map.ts';

/** Readability's verdict, with the article element living in the clone and a map back to the original. */
export interface ReadabilityResult {
  title: string;
  /** The article element (in the clone). */
  content: Element;
  map: NodeMap;
}

/** A clone of the page and its text-node map, taken together in one task so the page cannot change in between. */
export interface PreparedClone {
  clone: Document;
  map: NodeMap;
}

/**
 * Clone `doc` (Readability mutates the document it reads) and pair the text
 * nodes. The clone is an inert document: no scripts run and no images or styles
 * load in it.
 */
export function prepareClone(doc: Document): PreparedClone {
  const clone = doc.cloneNode(true) as Document;
  return { clone, map: new NodeMap(doc, clone) };
}

/** Run Readability on a prepared clone. Null when it finds no article or fails. */
export function parseClone({ clone, map }: PreparedClone): ReadabilityResult | null {
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
    content: parsed.content,
    map,
  };
}

/** Clone and parse in one go. */
export function runReadability(doc: Document): ReadabilityResult | null {
  return parseClone(prepareClone(doc));
}
