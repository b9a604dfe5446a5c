import { useState } from 'preact/hooks';
import type { Report } from '../../analysis/types.ts';
import { kindKey, percent, plural, type Translate } from '../i18n.ts';
import { ClaimList } from './claim-list.tsx';

/** Props of {@link SourceList}. */
export interface SourceListProps {
  report: Report;
  t: Translate;
  onPickClaim(claimIndex: number): void;
}

/** How many sources show before "Show all". */
const FIRST_SOURCES = 8;

interface Row {
  key: string;
  name: string;
  detail: string;
  claims: number[];
  /** Claims the row carries, as the analysis counts them. */
  count: number;
  share: number | null;
}

/**
 * The sources ranked by claims carried (as the analysis ranks them): name,
 * kind, description, number of claims and share of attributed claims. A
 * source opens to its claims. Vague claims, which rest on nobody, come last
 * as their own entry so a reader can step through them too.
 */
export function SourceList({ report, t, onPickClaim }: SourceListProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const attributed = report.summary.attributed;

  const bySource = new Map<number, number[]>();
  const vague: number[] = [];
  report.claims.forEach((c, i) => {
    if (c.source === null) vague.push(i);
    else {
      const list = bySource.get(c.source);
      if (list) list.push(i);
      else bySource.set(c.source, [i]);
    }
  });

  const rows: Row[] = report.sources.map((s) => ({
    key: `s${s.id}`,
    name: s.name,
    detail: [t(kindKey(s.kind)), s.description].filter(Boolean).join(' · '),
    claims: bySource.get(s.id) ?? [],
    count: s.claims,
    share: attributed > 0 ? s.claims / attributed : 0,
  }));
  const visible = showAll ? rows : rows.slice(0, FIRST_SOURCES);
  if (vague.length > 0 && (showAll || rows.length <= FIRST_SOURCES)) {
    visible.push({
      key: 'vague',
      name: t('popup_no_source'),
      detail: t('popup_no_source_detail'),
      claims: vague,
      count: vague.length,
      share: null,
    });
  }

  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title" class="section-title">
        {t('popup_sources_title')}
      </h2>
      {rows.length === 0 ? <p class="muted">{t('popup_sources_none')}</p> : null}
      <ol class="sources__list">
        {visible.map((row) => {
          const expanded = open === row.key;
          const listId = `claims-${row.key}`;
          return (
            <li key={row.key} class="source" data-source={row.key}>
              <button
                type="button"
                class="source__toggle"
                aria-expanded={expanded}
                aria-controls={listId}
                onClick={() => setOpen(expanded ? null : row.key)}
              >
                <span class="source__head">
                  <span class="source__name">{row.name}</span>
                  <span class="source__count">{plural(t, 'popup_source_claims', row.count)}</span>
                </span>
                {row.detail ? <span class="source__detail">{row.detail}</span> : null}
                {row.share !== null ? (
                  <span class="share">
                    <span
                      class="share__bar"
                      role="img"
                      aria-label={t('popup_source_share', percent(row.share))}
                    >
                      <span class="share__fill" style={{ width: percent(row.share) }} />
                    </span>
                    <span class="share__text" aria-hidden="true">
                      {percent(row.share)}
                    </span>
                  </span>
                ) : null}
              </button>
              {expanded ? (
                row.claims.length > 0 ? (
                  <ClaimList id={listId} report={report} indices={row.claims} t={t} onPick={onPickClaim} />
                ) : (
                  <p id={listId} class="muted">
                    {t('popup_source_no_claims')}
                  </p>
                )
              ) : null}
            </li>
          );
        })}
      </ol>
      {!showAll && rows.length > FIRST_SOURCES ? (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          {t('popup_sources_show_all', String(rows.length + (vague.length > 0 ? 1 : 0)))}
        </button>
      ) : null}
    </section>
  );
}
