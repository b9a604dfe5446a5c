/**
 * Category look shared by everything that draws a category: the page
 * highlights and badges (content script) and the popup's bars, swatches and
 * toggles. One table, so a category looks the same wherever a reader meets it.
 *
 * Categories differ by more than colour (WCAG 1.4.1): each has its own
 * underline style on the page and its own fill pattern in bars and swatches.
 * Colours reach 4.5:1 against white (light) and against #1f2023 (dark), so
 * they pass both as text and as graphics (3:1).
 */
import type { Category } from '../analysis/types.ts';

/** How a category's claims are underlined on the page (CSS `text-decoration-style`). */
export type UnderlineStyle = 'wavy' | 'double' | 'dotted' | 'solid';

/** How a category fills a bar segment or swatch, so it reads without colour. */
export type FillPattern = 'diagonal' | 'vertical' | 'dots' | 'solid';

/** The look of one category. */
export interface CategoryTheme {
  /** Foreground colour on light backgrounds. */
  light: string;
  /** Foreground colour on dark backgrounds. */
  dark: string;
  /** Translucent background for highlights, readable under text on light and dark pages. */
  tint: string;
  underline: UnderlineStyle;
  pattern: FillPattern;
}

/** The look of every category, in {@link Category} order. */
export const CATEGORY_THEME: Readonly<Record<Category, CategoryTheme>> = {
  anonymous: {
    light: '#b91c1c',
    dark: '#f87171',
    tint: 'rgba(239, 68, 68, 0.18)',
    underline: 'wavy',
    pattern: 'diagonal',
  },
  'single-expert': {
    light: '#6d28d9',
    dark: '#b69cfb',
    tint: 'rgba(139, 92, 246, 0.18)',
    underline: 'double',
    pattern: 'vertical',
  },
  vague: {
    light: '#a34a06',
    dark: '#fbbf24',
    tint: 'rgba(245, 158, 11, 0.2)',
    underline: 'dotted',
    pattern: 'dots',
  },
  'on-record': {
    light: '#047857',
    dark: '#34d399',
    tint: 'rgba(16, 185, 129, 0.14)',
    underline: 'solid',
    pattern: 'solid',
  },
};

/**
 * A CSS `background-image` that draws a fill pattern in `color` over a
 * transparent background; `none` for a solid fill (set `background-color`).
 */
export function patternImage(pattern: FillPattern, color: string): string {
  switch (pattern) {
    case 'diagonal':
      return `repeating-linear-gradient(135deg, ${color} 0 3px, transparent 3px 5px)`;
    case 'vertical':
      return `repeating-linear-gradient(90deg, ${color} 0 3px, transparent 3px 5px)`;
    case 'dots':
      // One dot per tile: pair with {@link patternSize}.
      return `radial-gradient(circle at 2.5px 2.5px, ${color} 1.5px, transparent 1.8px)`;
    case 'solid':
      return 'none';
  }
}

/** The CSS `background-size` a fill pattern needs (its tile), or `auto`. */
export function patternSize(pattern: FillPattern): string {
  return pattern === 'dots' ? '5px 5px' : 'auto';
}
