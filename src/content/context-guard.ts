/**
 * Notices when the extension context goes away (extension reloaded, updated,
 * disabled) while the page stays open. Nothing fires an event in the orphaned
 * script, so the check is cheap and periodic, plus on tab focus and whenever a
 * caller's API use failed. On loss it calls `onGone` once.
 */

/** Period of the check, in ms: a torn-down page a couple of seconds late is fine; a busy timer is not. */
const CHECK_EVERY_MS = 2000;

/** Options for {@link watchContext}. */
export interface ContextGuardOptions {
  signal: AbortSignal;
  isAlive(): boolean;
  onGone(): void;
  doc?: Document;
}

/** Starts watching; returns a `check()` to call after an API call failed. */
export function watchContext(options: ContextGuardOptions): () => boolean {
  const { signal, isAlive, onGone } = options;
  let gone = false;
  const check = (): boolean => {
    if (gone || signal.aborted) return !gone;
    if (isAlive()) return true;
    gone = true;
    onGone();
    return false;
  };
  if (signal.aborted) return check;
  const timer = setInterval(check, CHECK_EVERY_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  options.doc?.addEventListener('visibilitychange', check, { signal });
  return check;
}
