/**
 * CSS custom properties and pattern classes for the categories, generated from
 * the shared `ui-theme` table so the popup's swatches and bars match the page
 * highlights. Built only from our constants, never from page text.
 */
import { CATEGORIES } from '../analysis/types.ts';
import { CATEGORY_THEME, patternImage, patternSize } from '../ui-theme/index.ts';

/** The stylesheet text: `--cat-<category>` colours (light, then dark) and `.fill-<category>` patterns. */
export function themeCss(): string {
  const light = CATEGORIES.map((c) => `--cat-${c}:${CATEGORY_THEME[c].light};`).join('');
  const dark = CATEGORIES.map((c) => `--cat-${c}:${CATEGORY_THEME[c].dark};`).join('');
  const fills = CATEGORIES.map((c) => {
    const { pattern, underline } = CATEGORY_THEME[c];
    const image = patternImage(pattern, `var(--cat-${c})`);
    // Patterned fills keep a light wash of the colour under the pattern so thin segments still show.
    const base =
      image === 'none'
        ? `background-color:var(--cat-${c});`
        : `background-color:color-mix(in srgb, var(--cat-${c}) 22%, transparent);background-image:${image};background-size:${patternSize(pattern)};`;
    return `.fill-${c}{${base}}.underline-${c}{text-decoration:underline ${underline} var(--cat-${c});text-decoration-thickness:2px;text-underline-offset:3px;}`;
  }).join('');
  return `:root{${light}}@media (prefers-color-scheme: dark){:root{${dark}}}${fills}`;
}

/** Adds the theme stylesheet to a document once. */
export function installThemeCss(doc: Document): void {
  if (doc.getElementById('sl-theme')) return;
  const style = doc.createElement('style');
  style.id = 'sl-theme';
  style.textContent = themeCss();
  doc.head.append(style);
}
