import { CATEGORIES, type Category } from '../../analysis/types.ts';
import { categoryKey, type Translate } from '../i18n.ts';
import { Swatch } from './swatch.tsx';

/** Props of {@link BreakdownBar}. */
export interface BreakdownBarProps {
  counts: Record<Category, number>;
  total: number;
  t: Translate;
}

/**
 * The claims by category as one stacked bar of plain elements, followed by
 * its text equivalent (a list with the counts). The bar itself is an image
 * whose accessible name says the same numbers.
 */
export function BreakdownBar({ counts, total, t }: BreakdownBarProps) {
  const parts = CATEGORIES.map((c) => t('popup_breakdown_part', [t(categoryKey(c)), String(counts[c])]));
  const label = t('popup_breakdown_label', [String(total), parts.join(', ')]);
  return (
    <section class="breakdown" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title" class="section-title">
        {t('popup_breakdown_title')}
      </h2>
      <div class="stack" role="img" aria-label={label} data-testid="breakdown-bar">
        {CATEGORIES.filter((c) => counts[c] > 0).map((c) => (
          <span
            key={c}
            class={`stack__segment fill-${c}`}
            style={{ flexGrow: counts[c] }}
            data-category={c}
            data-count={counts[c]}
          />
        ))}
      </div>
      <ul class="legend">
        {CATEGORIES.map((c) => (
          <li key={c} class="legend__item" data-category={c}>
            <Swatch category={c} />
            <span class="legend__label">{t(categoryKey(c))}</span>
            <span class="legend__count">{counts[c]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
