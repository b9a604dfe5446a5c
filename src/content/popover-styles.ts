/**
 * Styles of the popover's shadow root; the same `:host` armour as the badges
 * (see badge-styles.ts). The panel is `position: fixed` and, where the browser
 * has the Popover API, shown in the top layer, so page overlays with huge
 * z-indexes cannot cover it.
 */
import type { Category } from '../analysis/types.ts';
import { CATEGORY_THEME } from '../ui-theme/index.ts';
import { categoryShape } from './badge-styles.ts';

/** The swatch before the title: the category's colour and the same shape as its badge. */
function swatchRules(): string {
  return (Object.keys(CATEGORY_THEME) as Category[])
    .map(
      (c) =>
        `.panel[data-category="${c}"] .cat{${categoryShape(c, '2px')}border-color:${CATEGORY_THEME[c].light};background:${CATEGORY_THEME[c].tint};}` +
        `.panel.dark[data-category="${c}"] .cat{border-color:${CATEGORY_THEME[c].dark};}`,
    )
    .join('\n');
}

/** CSS text of the popover's shadow root. */
export const POPOVER_CSS = `
:host{all:initial !important;display:block !important;position:static !important;visibility:visible !important;
  opacity:1 !important;width:0 !important;height:0 !important;overflow:visible !important;font-size:16px !important;
  pointer-events:auto !important;transform:none !important;filter:none !important;contain:none !important;}
.panel{all:initial;box-sizing:border-box;position:fixed;inset:auto;margin:0;z-index:2147483647;display:block;
  width:min(22rem,calc(100vw - 16px));max-height:calc(100vh - 16px);overflow:auto;padding:12px 14px;
  border:1px solid #868e96;border-radius:8px;background:#fff;color:#1f2023;
  box-shadow:0 6px 24px rgba(0,0,0,.28);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}
.panel[hidden]{display:none;}
.panel.dark{background:#1f2023;color:#f1f3f5;border-color:#5c5f66;}
.panel:focus{outline:none;}
.panel:focus-visible{outline:3px solid #1c7ed6;}
h2{all:initial;display:block;margin:0 1.8em .3em 0;font:bold 15px/1.3 inherit;font-family:inherit;color:inherit;}
.cat{display:inline-block;box-sizing:border-box;width:14px;height:14px;margin-right:.45em;border:2px solid currentColor;vertical-align:-1px;}
p{margin:.35em 0;}
dl{margin:.5em 0;display:grid;grid-template-columns:max-content 1fr;gap:.15em .7em;}
dt{font-weight:bold;}
dd{margin:0;overflow-wrap:anywhere;}
.nav{display:flex;align-items:center;gap:.5em;margin-top:.6em;flex-wrap:wrap;}
button{all:initial;box-sizing:border-box;cursor:pointer;font:inherit;color:inherit;padding:.2em .7em;
  border:1px solid currentColor;border-radius:5px;}
button:focus-visible{outline:3px solid #1c7ed6;outline-offset:1px;}
button[disabled]{opacity:.5;cursor:default;}
.close{position:absolute;top:6px;right:8px;padding:0 .35em;border-color:transparent;font-size:18px;line-height:1.2;}
.status{font-size:13px;opacity:.85;}
${swatchRules()}
`;
