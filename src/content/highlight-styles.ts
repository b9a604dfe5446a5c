/**
 * The `::highlight()` rules for each category. Categories differ by underline
 * style (wavy, double, dotted, solid: from ui-theme) as well as colour, and a
 * translucent tint keeps the text readable on light and dark pages alike.
 */
import type { Category } from '../analysis/types.ts';
import { CATEGORY_THEME } from '../ui-theme/index.ts';
import { FLASH_HIGHLIGHT, HIGHLIGHT_ATTR, highlightName } from './dom-names.ts';

/**
 * The rule's selector for highlight `name`: the marked block and everything in it.
 * Only marked elements can match, so the browser restyles just those blocks when
 * the sheet arrives or a block is marked, never the whole page (see highlighter.ts).
 * The descendant form does not rely on highlight inheritance, which engines differ on.
 */
function scoped(name: string): string {
  return `[${HIGHLIGHT_ATTR}]::highlight(${name}),[${HIGHLIGHT_ATTR}] ::highlight(${name})`;
}

/** CSS text for the page's highlight rules, with the palette for a light or dark page. */
export function highlightCss(dark: boolean): string {
  const rules = (Object.keys(CATEGORY_THEME) as Category[]).map((category) => {
    const theme = CATEGORY_THEME[category];
    const color = dark ? theme.dark : theme.light;
    return (
      `${scoped(highlightName(category))}{` +
      `text-decoration-line:underline;text-decoration-style:${theme.underline};` +
      `text-decoration-color:${color};text-decoration-thickness:2px;background-color:${theme.tint};}`
    );
  });
  // The flash is a strong fill that wins over the category tint; dark text on it reads on any page.
  rules.push(`${scoped(FLASH_HIGHLIGHT)}{background-color:#ffd43b;color:#111;}`);
  return rules.join('\n');
}
