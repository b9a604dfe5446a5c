import type { Category, Claim, Source } from '../types.ts';
import type { RawClaim } from './attribution.ts';
import type { Entity } from './coreference.ts';

/** A source an expert must carry more than this share of the article's expert claims to count as its single expert. */
const SINGLE_EXPERT_SHARE = 0.5;

function displayName(e: Entity): string {
  if (e.personName) return e.personName;
  if (e.orgName) return e.orgName;
  if (e.names.length === 0) return 'unnamed sources';
  let best = e.names[0] ?? '';
  let bestScore = -1;
  for (const name of e.names) {
    const words = name.split(/\s+/);
    const capitals = words.filter((w, i) => i > 0 && /^[A-Z]/.test(w)).length;
    if (capitals > bestScore) {
      best = name;
      bestScore = capitals;
    }
  }
  // "the General SVR channel" reads as a name without its article once it has capitals.
  return bestScore > 0 ? best.replace(/^(?:the|The)\s+/, '') : best;
}

/**
 * Turns raw claims and entities into the report's claims and ranked sources:
 * each source's kind, and each claim's category. An expert is the article's
 * single expert when it is its only expert voice or carries most of its
 * expert claims; other experts are on the record.
 */
export function categorize(
  raw: readonly RawClaim[],
  entities: readonly Entity[],
): { claims: Claim[]; sources: Source[] } {
  const counts = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  raw.forEach((c, i) => {
    if (c.entity === null) return;
    counts.set(c.entity, (counts.get(c.entity) ?? 0) + 1);
    if (!firstSeen.has(c.entity)) firstSeen.set(c.entity, i);
  });
  const ranked = [...counts.keys()].sort(
    (a, b) =>
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );
  const sourceId = new Map(ranked.map((entity, id) => [entity, id]));

  let expertClaims = 0;
  let topExpert: number | null = null;
  for (const entity of ranked) {
    if (entities[entity]?.kind !== 'expert') continue;
    const n = counts.get(entity) ?? 0;
    expertClaims += n;
    if (topExpert === null) topExpert = entity;
  }
  const singleExpert =
    topExpert !== null && (counts.get(topExpert) ?? 0) > expertClaims * SINGLE_EXPERT_SHARE
      ? topExpert
      : null;

  const categoryOf = (c: RawClaim): Category => {
    if (c.entity === null) return 'vague';
    const kind = entities[c.entity]?.kind;
    if (kind === 'anonymous') return 'anonymous';
    if (kind === 'expert' && c.entity === singleExpert) return 'single-expert';
    return 'on-record';
  };

  const claims: Claim[] = raw.map((c) => ({
    start: c.span.start,
    end: c.span.end,
    block: c.block,
    category: categoryOf(c),
    source: c.entity === null ? null : (sourceId.get(c.entity) ?? null),
    explicit: c.explicit,
    cue: c.cue,
    sourceMention: c.mention,
  }));

  const sources: Source[] = ranked.map((entity, id) => {
    const e = entities[entity] as Entity;
    const source: Source = {
      id,
      name: displayName(e),
      kind: e.kind,
      mentions: e.mentions.slice().sort((a, b) => a.start - b.start),
      claims: counts.get(entity) ?? 0,
    };
    const description = e.description ?? e.preName;
    if (description) source.description = description;
    return source;
  });
  return { claims, sources };
}
