import type { Report } from '../../analysis/types.ts';
import { categoryKey, type Translate } from '../i18n.ts';
import { claimText } from '../report-markdown.ts';
import { Swatch } from './swatch.tsx';

/** Props of {@link ClaimList}. */
export interface ClaimListProps {
  report: Report;
  /** Indices into `report.claims`, in text order. */
  indices: readonly number[];
  t: Translate;
  /** Called with the claim's index when the reader picks it. */
  onPick(claimIndex: number): void;
  id?: string;
}

/**
 * A source's claims. Each is a button: picking it scrolls the page to the
 * sentence and flashes its highlight. The sentence is page text, rendered as
 * a text node (never markup).
 */
export function ClaimList({ report, indices, t, onPick, id }: ClaimListProps) {
  return (
    <ol class="claims" id={id}>
      {indices.map((i) => {
        const claim = report.claims[i];
        if (!claim) return null;
        const text = claimText(report, i, 220);
        return (
          <li key={i} class="claims__item">
            <button
              type="button"
              class="claims__button"
              data-claim-index={i}
              aria-label={t('popup_claim_go', [t(categoryKey(claim.category)), text])}
              onClick={() => onPick(i)}
            >
              <Swatch category={claim.category} />
              <span class="claims__text">{text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
