/**
 * What the content script costs, measured as it runs: time from script start
 * to badges drawn, main-thread time spent by us, and our longest single task.
 * Published as User Timing marks (`sourcing-lens:*`, timing numbers only, no
 * page data) so the real-browser tests and the benchmark can read them from the
 * page's `performance` timeline, which content scripts share with the page.
 */

/** Figures of one content-script instance. */
export interface Metrics {
  /** `performance.now()` when the script started. */
  startedAt: number;
  /** Main-thread milliseconds spent in our code so far. */
  mainThreadMs: number;
  /** Longest single piece of our synchronous work, in ms. */
  longestTaskMs: number;
  /** Milliseconds from script start to the first complete drawing, or null. */
  drawnAfterMs: number | null;
  /** Milliseconds the last extraction took. */
  extractMs: number;
  /** Number of analysis runs. */
  runs: number;
}

/** Collects {@link Metrics}. */
export class MetricsRecorder {
  readonly metrics: Metrics;

  constructor(private readonly perf: Performance | undefined = globalThis.performance) {
    this.metrics = {
      startedAt: this.now(),
      mainThreadMs: 0,
      longestTaskMs: 0,
      drawnAfterMs: null,
      extractMs: 0,
      runs: 0,
    };
    this.mark('start');
  }

  now(): number {
    return this.perf?.now() ?? Date.now();
  }

  /** Adds one synchronous piece of our work. */
  addTask(ms: number): void {
    this.metrics.mainThreadMs += ms;
    if (ms > this.metrics.longestTaskMs) this.metrics.longestTaskMs = ms;
  }

  /** Runs `fn`, counting its time as ours. */
  time<T>(fn: () => T): T {
    const t = this.now();
    try {
      return fn();
    } finally {
      this.addTask(this.now() - t);
    }
  }

  /** Records a complete drawing. */
  drawn(): void {
    this.metrics.drawnAfterMs = this.now() - this.metrics.startedAt;
    this.mark('drawn');
  }

  /** A `sourcing-lens:<name>` mark carrying the current figures. */
  mark(name: string): void {
    try {
      this.perf?.mark(`sourcing-lens:${name}`, { detail: { ...this.metrics } });
    } catch {
      // User Timing unavailable (old engine, test DOM): measurements are optional.
    }
  }
}
