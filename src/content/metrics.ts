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
  /** Milliseconds from asking the background for the analysis to its checked answer (not main-thread time). */
  backgroundMs: number;
  /** Number of analysis runs. */
  runs: number;
  /** What the longest task was doing. */
  longestTask: string;
  /** Main-thread ms per phase (article check, extract, analyse, anchor, draw, …). */
  phases: Record<string, number>;
  /** Longest single task per phase, in ms. */
  phaseMax: Record<string, number>;
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
      backgroundMs: 0,
      runs: 0,
      longestTask: '',
      phases: {},
      phaseMax: {},
    };
    this.mark('start');
  }

  now(): number {
    return this.perf?.now() ?? Date.now();
  }

  /** Adds one synchronous piece of our work, done in `phase`. */
  addTask(ms: number, phase = 'other'): void {
    const m = this.metrics;
    m.mainThreadMs += ms;
    m.phases[phase] = (m.phases[phase] ?? 0) + ms;
    m.phaseMax[phase] = Math.max(m.phaseMax[phase] ?? 0, ms);
    if (ms > m.longestTaskMs) {
      m.longestTaskMs = ms;
      m.longestTask = phase;
    }
  }

  /** Runs `fn`, counting its time as ours, in `phase`. */
  time<T>(fn: () => T, phase = 'other'): T {
    const t = this.now();
    try {
      return fn();
    } finally {
      this.addTask(this.now() - t, phase);
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
      this.perf?.mark(`sourcing-lens:${name}`, {
        detail: {
          ...this.metrics,
          phases: { ...this.metrics.phases },
          phaseMax: { ...this.metrics.phaseMax },
        },
      });
    } catch {
      // User Timing unavailable (old engine, test DOM): measurements are optional.
    }
  }
}
