import {
  CATEGORIES,
  type Category,
  type Claim,
  FLAGGED_CATEGORIES,
  type Source,
  type Summary,
} from '../types.ts';

const KIND_PHRASE: Record<Source['kind'], string> = {
  anonymous: 'one anonymous source',
  expert: 'one expert',
  official: 'one official source',
  person: 'one person',
  media: 'one media source',
  document: 'one document',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The plain sentence a reader sees first. */
function headlineOf(counts: Record<Category, number>, attributed: number, top: Source | undefined): string {
  const vague = counts.vague;
  const hearsay = vague > 0 ? ` ${plural(vague, 'claim rests', 'claims rest')} on no one at all.` : '';
  if (attributed === 0) {
    return vague > 0
      ? `No claim names a source; ${plural(vague, 'claim rests', 'claims rest')} on no one at all.`
      : 'No attributed claims found.';
  }
  if (!top) return `${plural(attributed, 'attributed claim', 'attributed claims')}.${hearsay}`;
  const who = `${KIND_PHRASE[top.kind]}, ${top.name}`;
  if (top.claims === attributed) {
    return attributed === 1
      ? `The only attributed claim comes from ${who}.${hearsay}`
      : `Every attributed claim comes from ${who}.${hearsay}`;
  }
  return `${top.claims} of ${attributed} attributed claims rest on ${who}.${hearsay}`;
}

/** Counts per category, the top source's share of attributed claims, and the headline sentence. */
export function summarize(claims: readonly Claim[], sources: readonly Source[]): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const c of claims) counts[c.category]++;
  const attributed = claims.length - counts.vague;
  const flagged = FLAGGED_CATEGORIES.reduce((n, c) => n + counts[c], 0);
  const top = sources[0];
  return {
    counts,
    total: claims.length,
    attributed,
    flagged,
    topSource: top && attributed > 0 ? { id: top.id, share: top.claims / attributed } : null,
    headline: headlineOf(counts, attributed, top),
  };
}
