import { CATEGORIES, type Category, FLAGGED_CATEGORIES, type Report } from '../analysis/index.ts';

const LABEL: Record<Category, string> = {
  anonymous: 'anonymous',
  'single-expert': 'single expert',
  vague: 'vague',
  'on-record': 'on record',
};

const MAX_CLAIM_CHARS = 200;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CLAIM_CHARS ? `${flat.slice(0, MAX_CLAIM_CHARS - 1)}…` : flat;
}

/**
 * The readable report of one article: the headline sentence, the breakdown,
 * the sources with their claims, and each flagged claim with its cue.
 */
export function formatText(file: string, r: Report): string {
  const s = r.summary;
  const lines: string[] = [`== ${file}`, s.headline, ''];
  const parts = CATEGORIES.map((c) => `${LABEL[c]} ${s.counts[c]}`);
  lines.push(`Breakdown: ${parts.join(' · ')}  (${s.total} claims, ${s.flagged} flagged)`);
  if (r.sources.length > 0) {
    lines.push('', 'Sources');
    for (const src of r.sources) {
      const share = s.attributed > 0 ? Math.round((100 * src.claims) / s.attributed) : 0;
      lines.push(
        `  ${src.id + 1}. ${src.name} — ${src.kind}, ${src.claims} claim${src.claims === 1 ? '' : 's'} (${share}%)`,
      );
      if (src.description) lines.push(`     ${excerpt(src.description)}`);
    }
  }
  const flagged = r.claims.filter((c) => FLAGGED_CATEGORIES.includes(c.category));
  if (flagged.length > 0) {
    lines.push('', 'Flagged claims');
    for (const c of flagged) {
      const who = c.source === null ? 'no source' : (r.sources[c.source]?.name ?? '?');
      const cue = c.cue ? `, cue "${r.text.slice(c.cue.start, c.cue.end)}"` : ', attributed by context';
      lines.push(`  [${LABEL[c.category]}] ${who}${cue}`);
      lines.push(`     ${excerpt(r.text.slice(c.start, c.end))}`);
    }
  }
  return lines.join('\n');
}
