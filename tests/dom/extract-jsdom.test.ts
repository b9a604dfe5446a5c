// @vitest-environment node
import { JSDOM, VirtualConsole } from 'jsdom';
import { describeRealPages } from './extract-helpers.ts';

/**
 * Parsed exactly as the command line does: `new JSDOM(html)` runs no script and
 * loads no resource by default. A silent console: the pages' CSS is beyond jsdom's parser.
 */
function load(html: string) {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  return { doc, serialize: () => dom.serialize(), close: () => dom.window.close() };
}

describeRealPages('jsdom', load);
