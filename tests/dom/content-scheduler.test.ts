// @vitest-environment jsdom
/**
 * The idle scheduler: drives a generator to its result in slices, honours the
 * budget (a slice stops once its budget is spent), and stops on abort.
 */
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/content/scheduler.ts';

let stepsDone = 0;

function* counting(n: number, stepMs: number): Generator<void, number, void> {
  for (let i = 0; i < n; i++) {
    stepsDone++;
    const until = performance.now() + stepMs;
    while (performance.now() < until) {
      // busy: a step of known cost
    }
    yield;
  }
  return n;
}

describe('scheduler', () => {
  it('returns the generator result, spread over several slices within budget', async () => {
    const perSlice: number[] = [];
    let before = 0;
    stepsDone = 0;
    const result = await runSteps(counting(40, 1), {
      signal: new AbortController().signal,
      budgetMs: 5,
      onSlice: () => {
        perSlice.push(stepsDone - before);
        before = stepsDone;
      },
    });
    expect(result).toBe(40);
    // Each step costs at least 1 ms, so a 5 ms slice can hold at most 5 steps plus the last
    // one's return (however slow the machine: slower only means fewer steps per slice).
    expect(perSlice.length).toBeGreaterThanOrEqual(7);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(6);
  });

  it('rejects with the abort reason and stops stepping', async () => {
    const ac = new AbortController();
    let steps = 0;
    function* forever(): Generator<void, void, void> {
      for (;;) {
        steps++;
        yield;
      }
    }
    const p = runSteps(forever(), { signal: ac.signal, budgetMs: 1 });
    setTimeout(() => ac.abort(new Error('stop')), 20);
    await expect(p).rejects.toThrow('stop');
    const after = steps;
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toBe(after);
  });

  it('passes a step error through', async () => {
    function* failing(): Generator<void, void, void> {
      yield;
      throw new Error('bad step');
    }
    await expect(runSteps(failing(), { signal: new AbortController().signal })).rejects.toThrow('bad step');
  });
});
