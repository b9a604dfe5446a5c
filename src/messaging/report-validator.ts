import {
  CATEGORIES,
  type Category,
  type Claim,
  type Report,
  type Source,
  type SourceKind,
  type Span,
} from '../analysis/types.ts';
import { hasOnlyKeys, isBoundedString, isInt, isRecord } from './guards.ts';

/**
 * Bounds on a report that crosses a message boundary. A 200 000-word article is about
 * 1.3 M characters; anything beyond these is not a page we analysed and is refused.
 */
export const REPORT_LIMITS = Object.freeze({
  textLength: 4_000_000,
  blocks: 100_000,
  claims: 100_000,
  sources: 20_000,
  mentions: 200_000,
  nameLength: 500,
  descriptionLength: 2_000,
  headlineLength: 1_000,
});

/** Every source kind, for run-time checks (mirrors `SourceKind` in the analysis types). */
export const SOURCE_KINDS = [
  'anonymous',
  'expert',
  'official',
  'person',
  'media',
  'document',
] as const satisfies readonly SourceKind[];

function parseSpan(value: unknown, textLength: number): Span | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ['start', 'end'])) return null;
  const { start, end } = value;
  if (!isInt(start, 0, textLength) || !isInt(end, start, textLength)) return null;
  return { start, end };
}

function parseOptionalSpan(value: unknown, textLength: number): Span | null | undefined {
  if (value === null) return null;
  return parseSpan(value, textLength) ?? undefined;
}

function parseClaim(
  value: unknown,
  report: { textLength: number; blocks: number; sources: number },
): Claim | null {
  if (!isRecord(value)) return null;
  if (
    !hasOnlyKeys(value, ['start', 'end', 'block', 'category', 'source', 'explicit', 'cue', 'sourceMention'])
  )
    return null;
  const span = parseSpan({ start: value.start, end: value.end }, report.textLength);
  if (!span) return null;
  if (!isInt(value.block, 0, report.blocks - 1)) return null;
  if (!CATEGORIES.includes(value.category as Category)) return null;
  if (value.source !== null && !isInt(value.source, 0, report.sources - 1)) return null;
  if (typeof value.explicit !== 'boolean') return null;
  const cue = parseOptionalSpan(value.cue, report.textLength);
  const sourceMention = parseOptionalSpan(value.sourceMention, report.textLength);
  if (cue === undefined || sourceMention === undefined) return null;
  return {
    ...span,
    block: value.block,
    category: value.category as Category,
    source: value.source as number | null,
    explicit: value.explicit,
    cue,
    sourceMention,
  };
}

function parseSource(
  value: unknown,
  index: number,
  textLength: number,
  budget: { mentions: number },
): Source | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ['id', 'name', 'kind', 'mentions', 'claims'], ['description']))
    return null;
  if (value.id !== index) return null;
  if (!isBoundedString(value.name, REPORT_LIMITS.nameLength)) return null;
  if (!SOURCE_KINDS.includes(value.kind as SourceKind)) return null;
  if (value.description !== undefined && !isBoundedString(value.description, REPORT_LIMITS.descriptionLength))
    return null;
  if (!isInt(value.claims)) return null;
  if (!Array.isArray(value.mentions)) return null;
  budget.mentions -= value.mentions.length;
  if (budget.mentions < 0) return null;
  const mentions: Span[] = [];
  for (const m of value.mentions) {
    const span = parseSpan(m, textLength);
    if (!span) return null;
    mentions.push(span);
  }
  const source: Source = {
    id: index,
    name: value.name,
    kind: value.kind as SourceKind,
    mentions,
    claims: value.claims,
  };
  if (typeof value.description === 'string') source.description = value.description;
  return source;
}

function parseSummary(value: unknown, claims: number, sources: number): Report['summary'] | null {
  if (
    !isRecord(value) ||
    !hasOnlyKeys(value, ['counts', 'total', 'attributed', 'flagged', 'topSource', 'headline'])
  )
    return null;
  const { counts, total, attributed, flagged, topSource, headline } = value;
  if (!isRecord(counts) || !hasOnlyKeys(counts, CATEGORIES)) return null;
  const parsedCounts = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    const n = counts[c];
    if (!isInt(n, 0, claims)) return null;
    parsedCounts[c] = n;
  }
  if (!isInt(total, 0, claims) || !isInt(attributed, 0, total) || !isInt(flagged, 0, total)) return null;
  if (!isBoundedString(headline, REPORT_LIMITS.headlineLength)) return null;
  let parsedTop: Report['summary']['topSource'] = null;
  if (topSource !== null) {
    if (!isRecord(topSource) || !hasOnlyKeys(topSource, ['id', 'share'])) return null;
    const { id, share } = topSource;
    if (!isInt(id, 0, sources - 1) || typeof share !== 'number' || !(share >= 0 && share <= 1)) return null;
    parsedTop = { id, share };
  }
  return { counts: parsedCounts, total, attributed, flagged, topSource: parsedTop, headline };
}

/**
 * Checks that `value` is a well-formed analysis {@link Report} within {@link REPORT_LIMITS}:
 * every offset inside the text, blocks and claims in order and not overlapping, claim
 * sources and the top source pointing at real sources, source ids equal to their index.
 * Returns a fresh copy holding only the known fields, or null. Never throws.
 */
export function parseReport(value: unknown): Report | null {
  try {
    return parseReportUnsafe(value);
  } catch {
    // A getter or proxy on a hostile object: refuse it.
    return null;
  }
}

function parseReportUnsafe(value: unknown): Report | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ['text', 'blocks', 'claims', 'sources', 'summary']))
    return null;
  const { text, blocks, claims, sources, summary } = value;
  if (!isBoundedString(text, REPORT_LIMITS.textLength)) return null;
  if (!Array.isArray(blocks) || blocks.length > REPORT_LIMITS.blocks) return null;
  if (!Array.isArray(claims) || claims.length > REPORT_LIMITS.claims) return null;
  if (!Array.isArray(sources) || sources.length > REPORT_LIMITS.sources) return null;

  const parsedBlocks: Span[] = [];
  let previousEnd = 0;
  for (const b of blocks) {
    const span = parseSpan(b, text.length);
    if (!span || span.start < previousEnd) return null;
    previousEnd = span.end;
    parsedBlocks.push(span);
  }

  const budget = { mentions: REPORT_LIMITS.mentions };
  const parsedSources: Source[] = [];
  for (let i = 0; i < sources.length; i++) {
    const source = parseSource(sources[i], i, text.length, budget);
    if (!source) return null;
    parsedSources.push(source);
  }

  const context = { textLength: text.length, blocks: parsedBlocks.length, sources: parsedSources.length };
  const parsedClaims: Claim[] = [];
  previousEnd = 0;
  for (const c of claims) {
    const claim = parseClaim(c, context);
    if (!claim || claim.start < previousEnd) return null;
    const block = parsedBlocks[claim.block];
    if (!block || claim.start < block.start || claim.end > block.end) return null;
    previousEnd = claim.end;
    parsedClaims.push(claim);
  }

  const parsedSummary = parseSummary(summary, parsedClaims.length, parsedSources.length);
  if (!parsedSummary) return null;
  return { text, blocks: parsedBlocks, claims: parsedClaims, sources: parsedSources, summary: parsedSummary };
}
