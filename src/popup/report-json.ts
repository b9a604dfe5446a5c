/**
 * The "Download JSON" export: the same object the command line prints for
 * `--format json` (`toJsonReport` in the analysis module), with `file` set to
 * the page's URL, so one tool reads both. Written out here rather than
 * imported because importing the analysis surface pulls the whole engine
 * (+14.6 KB gzip) into the popup; a test holds the two to the same output.
 */
import type { Category, Report, SourceKind, Span, Summary } from '../analysis/types.ts';

/** One claim as the command line's JSON lists it (no block index). */
export interface ExportedClaim {
  start: number;
  end: number;
  category: Category;
  source: number | null;
  explicit: boolean;
  cue: Span | null;
  sourceMention: Span | null;
}

/** One source as the command line's JSON lists it. */
export interface ExportedSource {
  id: number;
  name: string;
  kind: SourceKind;
  description?: string;
  mentions: Span[];
  claims: number;
}

/** The command line's `--format json` object for one input. */
export interface ExportedReport {
  file: string;
  text: string;
  claims: ExportedClaim[];
  sources: ExportedSource[];
  summary: Summary;
}

const span = (s: Span | null): Span | null => (s ? { start: s.start, end: s.end } : null);

/** Builds the export object; keys in the command line's order, nothing else copied. */
export function toExportedReport(report: Report, file: string): ExportedReport {
  return {
    file,
    text: report.text,
    claims: report.claims.map((c) => ({
      start: c.start,
      end: c.end,
      category: c.category,
      source: c.source,
      explicit: c.explicit,
      cue: span(c.cue),
      sourceMention: span(c.sourceMention),
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

/** The file name offered for the download: `sourcing-lens-<site>.json`. */
export function exportFileName(site: string | null): string {
  const safe = (site ?? 'page').replace(/[^a-z0-9.-]+/gi, '-').slice(0, 80) || 'page';
  return `sourcing-lens-${safe}.json`;
}
