/**
 * Styles inside a badge's shadow root. `:host` resets everything with
 * `all: initial !important`: page rules that reach the host (`* { all: unset
 * !important }`, rules aimed at our tag, `font-size: 0`) lose to important
 * declarations of the shadow tree's own context, and nothing inside the shadow
 * root can be reached by page CSS at all. Our rules in turn stay inside the
 * shadow root. Each category has its own shape as well as colour.
 */
import type { Category } from '../analysis/types.ts';
import { CATEGORY_THEME } from '../ui-theme/index.ts';

/**
 * A category's shape as CSS declarations: round or square (`squareRadius`), and its
 * border style. Shared by the badge and the popover's swatch, which must match it.
 */
export function categoryShape(category: Category, squareRadius: string): string {
  const shapes: Record<Category, string> = {
    anonymous: 'border-radius:50%;border-style:solid;',
    'single-expert': `border-radius:${squareRadius};border-style:double;border-width:4px;`,
    vague: 'border-radius:50%;border-style:dotted;',
    'on-record': `border-radius:${squareRadius};border-style:solid;`,
  };
  return shapes[category];
}

function categoryRules(): string {
  return (Object.keys(CATEGORY_THEME) as Category[])
    .map((c) => {
      const t = CATEGORY_THEME[c];
      return (
        `button[data-category="${c}"]{${categoryShape(c, '3px')}color:${t.light};border-color:${t.light};background:#fff;}` +
        `button[data-category="${c}"].dark{color:${t.dark};border-color:${t.dark};background:#1f2023;}`
      );
    })
    .join('\n');
}

/** CSS text of every badge's shadow root. */
export const BADGE_CSS = `
:host{all:initial !important;display:inline-block !important;visibility:visible !important;
  position:static !important;width:auto !important;height:auto !important;opacity:1 !important;
  margin:0 0 0 .2em !important;padding:0 !important;vertical-align:baseline !important;
  font-size:16px !important;line-height:1 !important;pointer-events:auto !important;
  transform:none !important;filter:none !important;clip-path:none !important;}
:host([hidden]){display:none !important;}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;
  min-width:18px;height:18px;padding:0 3px;border-width:2px;cursor:pointer;
  font:bold 12px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;vertical-align:2px;
  user-select:none;-webkit-user-select:none;box-shadow:0 1px 2px rgba(0,0,0,.25);}
button:focus-visible{outline:3px solid #1c7ed6;outline-offset:2px;}
button:hover{filter:brightness(1.15);}
button.flash{box-shadow:0 0 0 4px #ffd43b;}
${categoryRules()}
`;
