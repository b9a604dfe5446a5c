import type { Report } from './types.ts';

/** One claim as the command line's JSON and the popup's download write it. */
export interface JsonClaim {
  start: number;
  end: number;
  category: Report['claims'][number]['category'];
  source: number | null;
  explicit: boolean;
  cue: { start: number; end: number } | null;
  sourceMention: { start: number; end: number } | null;
}

/** A report as one JSON object: `{file, text, claims, sources, summary}`. */
export interface JsonReport {
  file: string;
  text: string;
  claims: JsonClaim[];
  sources: Report['sources'];
  summary: Report['summary'];
}

/**
 * The report in the shape of the command line's `--format json` (also the
 * popup's "Download JSON"): offsets are JavaScript string indices into `text`.
 */
export function toJsonReport(file: string, report: Report): JsonReport {
  return {
    file,
    text: report.text,
    claims: report.claims.map((c) => ({
      start: c.start,
      end: c.end,
      category: c.category,
      source: c.source,
      explicit: c.explicit,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end } : null,
      sourceMention: c.sourceMention ? { start: c.sourceMention.start, end: c.sourceMention.end } : null,
    })),
    sources: report.sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      ...(s.description ? { description: s.description } : {}),
      mentions: s.mentions.map((m) => ({ start: m.start, end: m.end })),
      claims: s.claims,
    })),
    summary: report.summary,
  };
}
