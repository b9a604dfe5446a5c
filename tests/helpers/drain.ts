/** Runs resumable work (a generator of slices, as `analyzeSteps` or `drawSteps` give) to its end. */

/** What `drain` gives: the generator's return value and how many slices it yielded before it. */
export interface Drained<T> {
  value: T;
  slices: number;
}

/** Resumes `steps` until it is done, all at once, counting the slices. */
export function drain<T>(steps: Iterator<unknown, T, undefined>): Drained<T> {
  let slices = 0;
  let step = steps.next();
  while (!step.done) {
    slices++;
    step = steps.next();
  }
  return { value: step.value, slices };
}
