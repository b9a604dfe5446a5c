/**
 * First paint after the report arrives, measured with User Timing marks so a
 * benchmark in a real browser can read it (`performance.getEntriesByName`).
 * The paint is taken as the task after the next animation frame, which runs
 * once the browser has drawn that frame.
 */

/** Mark set when the tab's report reaches the popup. */
export const REPORT_RECEIVED = 'sourcing-lens:report-received';
/** Measure from {@link REPORT_RECEIVED} to the first frame drawn with the report. */
export const REPORT_PAINTED = 'sourcing-lens:report-first-paint';

/** Notes that the report has arrived (first time only). */
export function markReportReceived(): void {
  if (typeof performance === 'undefined') return;
  if (performance.getEntriesByName(REPORT_RECEIVED).length === 0) performance.mark(REPORT_RECEIVED);
}

/** Records the measure once the report is on screen; calls `done` with its duration in ms. */
export function measureReportPaint(done?: (ms: number) => void): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  if (performance.getEntriesByName(REPORT_PAINTED).length > 0) return;
  if (performance.getEntriesByName(REPORT_RECEIVED).length === 0) return;
  requestAnimationFrame(() => {
    setTimeout(() => {
      if (performance.getEntriesByName(REPORT_PAINTED).length > 0) return;
      const m = performance.measure(REPORT_PAINTED, REPORT_RECEIVED);
      done?.(m.duration);
    }, 0);
  });
}
