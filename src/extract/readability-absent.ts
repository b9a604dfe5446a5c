/**
 * Stands in for `@mozilla/readability` in the extension build (an alias in
 * vite.config.ts). The live page never runs Readability itself: the content
 * script takes extract's cheap path (`extractArticleFast`), but the bundler
 * keeps a CommonJS package wherever an importer is reachable, used or not, so
 * importing the package would ship all of Readability with every page. Here
 * only the small article check (`isProbablyReaderable`, run on every page) is
 * the real one. The command line is built and run without this alias.
 */
import readerable from '@mozilla/readability/Readability-readerable.js';

export const isProbablyReaderable = readerable;

/** Called anyway, it throws, and extraction falls back to the page's own markup. */
export class Readability {
  constructor(..._args: unknown[]) {
    throw new Error('Readability is not part of the extension build; use extractArticleFast');
  }

  /** Never reached (the constructor throws); here for the shape of the real class. */
  parse(): null {
    return null;
  }
}
