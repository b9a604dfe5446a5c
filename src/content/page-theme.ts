/**
 * Light or dark page? Our highlights and badges use the light or dark palette
 * of `ui-theme` so they stay readable on the page they sit on. Decided once per
 * drawing from the article text's computed colour (light text means a dark
 * page), which works even when the background is an image.
 */

/** Relative luminance (0..1) of a CSS `rgb()`/`rgba()` colour, or null if it cannot be read. */
function luminance(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,/\s]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when the text of `el` is drawn light on dark. */
export function isDarkText(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const textLum = luminance(view.getComputedStyle(el).color);
  if (textLum !== null) return textLum > 0.5;
  return false;
}
