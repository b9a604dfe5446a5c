/** Drives a stepped generator (the pipeline's `…Steps` functions) to its end in one go. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
