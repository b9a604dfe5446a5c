import { CATEGORIES, type Category } from '../../analysis/types.ts';
import type { Settings, SettingsPatch } from '../../settings/index.ts';
import { categoryKey, type Translate } from '../i18n.ts';
import { Swatch } from './swatch.tsx';

/** Props of {@link CategoryToggles}. */
export interface CategoryTogglesProps {
  settings: Settings;
  t: Translate;
  onChange(patch: SettingsPatch): void;
  /** Claims per category on this page, shown beside each toggle when known. */
  counts?: Record<Category, number>;
  disabled?: boolean;
}

/** One checkbox per category, with its swatch: what the page marks. */
export function CategoryToggles({ settings, t, onChange, counts, disabled }: CategoryTogglesProps) {
  return (
    <fieldset class="toggles" disabled={disabled}>
      <legend class="section-title">{t('popup_toggles_title')}</legend>
      {CATEGORIES.map((c) => (
        <label key={c} class="toggle">
          <input
            type="checkbox"
            name={`category-${c}`}
            checked={settings.categories[c]}
            onChange={(e) => onChange({ categories: { [c]: e.currentTarget.checked } })}
          />
          <Swatch category={c} />
          <span class="toggle__label">{t(categoryKey(c))}</span>
          {counts ? (
            <span class="toggle__count" aria-hidden="true">
              {counts[c]}
            </span>
          ) : null}
        </label>
      ))}
    </fieldset>
  );
}
