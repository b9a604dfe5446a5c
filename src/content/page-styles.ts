/**
 * Puts our page-level stylesheet (the `::highlight()` rules, which must live in
 * the document's own styles) into the page. The text is always ours, never page
 * text. A constructed, adopted stylesheet is preferred: page CSP does not apply
 * to it and it adds no node to the page's DOM. Where adopting is unavailable
 * (older engines, or a content-script sandbox that refuses it) a `<style>`
 * element with our text is the fallback.
 */
import { STYLE_TAG_ID } from './dom-names.ts';

/** Installs `css` in `doc`; returns a function that removes it again. */
export function installPageStyles(doc: Document, css: string): () => void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && typeof view.CSSStyleSheet === 'function' && Array.isArray(doc.adoptedStyleSheets)) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          try {
            doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
          } catch {
            // The document is gone (navigation); nothing left to clean.
          }
        };
      }
    }
  } catch {
    // Fall through to a <style> element.
  }
  doc.getElementById(STYLE_TAG_ID)?.remove();
  const style = doc.createElement('style');
  style.id = STYLE_TAG_ID;
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
