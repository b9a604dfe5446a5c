/**
 * Runs work in the page's idle time, in slices short enough that the page
 * never sees a long task (> 50 ms): each slice stops after its budget
 * (default 8 ms, half a frame) even when the browser offers more idle time.
 * The work is a generator whose every `next()` is a small step: extraction,
 * anchoring and drawing are written that way (and the analysis, `analyzeSteps`,
 * for the rare page whose background cannot run it).
 */

/** Default budget of one slice, in milliseconds. */
export const SLICE_BUDGET_MS = 8;

/** What one idle callback is told (a subset of `IdleDeadline`, so the fallback can fake it). */
interface Deadline {
  didTimeout: boolean;
  timeRemaining(): number;
}

type IdleCallback = (deadline: Deadline) => void;

/** Options for {@link runSteps}. */
export interface RunOptions {
  /** Aborting rejects the promise with the signal's reason and stops the generator. */
  signal: AbortSignal;
  /** Most milliseconds of work per slice. Default {@link SLICE_BUDGET_MS}. */
  budgetMs?: number;
  /** Called with the main-thread milliseconds each slice took (for measurements). */
  onSlice?: (ms: number) => void;
}

/**
 * Schedules `callback` in idle time: `requestIdleCallback` where the browser has it
 * (with a timeout, so a busy page still gets its analysis), else a short timer.
 * Returns a function that cancels it.
 */
export function scheduleIdle(callback: IdleCallback): () => void {
  const w = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: IdleCallback, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
    const id = w.requestIdleCallback.call(globalThis, callback, { timeout: 1000 });
    const cancel = w.cancelIdleCallback;
    return () => cancel.call(globalThis, id);
  }
  const id = setTimeout(() => callback({ didTimeout: true, timeRemaining: () => SLICE_BUDGET_MS }), 1);
  return () => clearTimeout(id);
}

/** Resolves in the next idle period; rejects with the signal's reason when it aborts first. */
export function nextIdle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      cancel();
      reject(signal.reason);
    };
    const cancel = scheduleIdle(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Drives `steps` to completion in idle-time slices and resolves with its return value.
 * A step that throws rejects the promise (the generator is then finished).
 */
export function runSteps<T>(steps: Generator<unknown, T, void>, options: RunOptions): Promise<T> {
  const { signal, onSlice } = options;
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  return new Promise<T>((resolve, reject) => {
    let cancel: (() => void) | null = null;
    const finish = (): void => {
      signal.removeEventListener('abort', onAbort);
      cancel = null;
    };
    const onAbort = (): void => {
      cancel?.();
      finish();
      try {
        steps.return(undefined as T);
      } catch {
        // A generator's cleanup failing must not mask the abort.
      }
      reject(signal.reason);
    };
    const slice = (deadline: Deadline): void => {
      cancel = null;
      const start = performance.now();
      try {
        for (;;) {
          const result = steps.next();
          if (result.done) {
            onSlice?.(performance.now() - start);
            finish();
            resolve(result.value);
            return;
          }
          const spent = performance.now() - start;
          // Stop at our budget, or earlier when the browser says the idle period is over.
          if (spent >= budget || (!deadline.didTimeout && deadline.timeRemaining() <= 1)) break;
        }
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      onSlice?.(performance.now() - start);
      cancel = scheduleIdle(slice);
    };
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    cancel = scheduleIdle(slice);
  });
}
