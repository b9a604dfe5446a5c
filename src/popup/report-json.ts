/**
 * The "Download JSON" export: the same object the command line prints for
 * `--format json`, with `file` set to the page's URL, so one tool reads both.
 * It comes straight from `analysis/serialize.ts` (types only, no engine):
 * the analysis surface (`analysis/index.ts`) would pull the whole engine
 * (+14.6 KB gzip) into the popup.
 */
import { type JsonReport, toJsonReport } from '../analysis/serialize.ts';
import type { Report } from '../analysis/types.ts';

/** Builds the export object for the page at `file` (the page's URL). */
export function toExportedReport(report: Report, file: string): JsonReport {
  return toJsonReport(file, report);
}

/** The file name offered for the download: `sourcing-lens-<site>.json`. */
export function exportFileName(site: string | null): string {
  const safe = (site ?? 'page').replace(/[^a-z0-9.-]+/gi, '-').slice(0, 80) || 'page';
  return `sourcing-lens-${safe}.json`;
}
