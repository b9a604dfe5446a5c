/**
 * The "Copy report" text: the breakdown, the sources and every flagged claim
 * as Markdown for a journalist's notes. Page text is hostile: it is folded
 * onto one line and every character Markdown or HTML could act on is escaped,
 * so a source named `<img src=x onerror=…>` stays text wherever it is pasted.
 */
import { CATEGORIES, FLAGGED_CATEGORIES, type Report } from '../analysis/types.ts';
import { categoryKey, kindKey, percent, plural, type Translate } from './i18n.ts';

/** Characters that start Markdown or HTML syntax inline. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#+\-!|~&]/g;

/**
 * Escapes page text for inline Markdown: white space (line breaks included)
 * folded to single spaces, control characters dropped, specials backslashed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** The claim's sentence, shortened for a list. */
export function claimText(report: Report, index: number, max = 400): string {
  const claim = report.claims[index];
  if (!claim) return '';
  const text = report.text.slice(claim.start, claim.end).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Renders the report as Markdown, every label through `t`. */
export function reportToMarkdown(report: Report, url: string, t: Translate): string {
  const { summary } = report;
  const lines: string[] = [];
  lines.push(`# ${t('popup_md_title')}`, '', escapeMarkdown(url), '');
  lines.push(`**${escapeMarkdown(summary.headline)}**`, '');

  lines.push(`## ${t('popup_md_breakdown')}`, '');
  for (const c of CATEGORIES) {
    lines.push(`- ${t(categoryKey(c))}: ${summary.counts[c]}`);
  }
  lines.push('', t('popup_md_totals', [String(summary.total), String(summary.attributed)]), '');

  if (report.sources.length > 0) {
    lines.push(`## ${t('popup_md_sources')}`, '');
    report.sources.forEach((s, i) => {
      const share = summary.attributed > 0 ? s.claims / summary.attributed : 0;
      const parts = [`**${escapeMarkdown(s.name)}**`, t(kindKey(s.kind))];
      if (s.description) parts.push(escapeMarkdown(s.description));
      parts.push(plural(t, 'popup_md_source_claims', s.claims, [percent(share)]));
      lines.push(`${i + 1}. ${parts.join(' — ')}`);
    });
    lines.push('');
  }

  const flagged = report.claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => FLAGGED_CATEGORIES.includes(claim.category));
  lines.push(`## ${t('popup_md_flagged')}`, '');
  if (flagged.length === 0) lines.push(t('popup_md_none_flagged'));
  for (const { claim, index } of flagged) {
    const source = claim.source === null ? null : report.sources[claim.source];
    const who = source ? escapeMarkdown(source.name) : t('popup_no_source');
    const cue = claim.cue
      ? ` (${t('popup_md_cue', escapeMarkdown(report.text.slice(claim.cue.start, claim.cue.end)))})`
      : '';
    lines.push(
      `- **${t(categoryKey(claim.category))}** · ${who}${cue}: ${escapeMarkdown(claimText(report, index, 1000))}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
