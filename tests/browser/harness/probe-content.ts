/**
 * A stand-in content script for probe builds (see `probe-build.ts`): it asks the background
 * as our content script would, and writes the answers on the page for the test to read. A
 * `report` must be answered; a `get-tab-state` (allowed only from extension pages) must be
 * dropped.
 */
type Runtime = { sendMessage(message: unknown): Promise<unknown> };
const g = globalThis as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
const runtime = (g.browser ?? g.chrome)?.runtime;

function record(name: string, message: unknown): void {
  if (!runtime) return;
  runtime.sendMessage(message).then(
    (answer) => {
      document.documentElement.dataset[name] = JSON.stringify(answer ?? null);
    },
    (error) => {
      document.documentElement.dataset[name] = `error: ${error}`;
    },
  );
}

record('probeReport', {
  type: 'report',
  status: 'not-article',
  page: { url: location.href, title: document.title },
});
record('probeForged', { type: 'get-tab-state', tabId: 1 });
