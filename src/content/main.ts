/**
 * Content-script entry point (named in the manifest): wiring only. Starts one
 * {@link ContentController} with the real extraction and analysis, after an
 * orphaned earlier instance (extension reloaded) has left the page. A page
 * restored from the back/forward cache gets a fresh controller, since the old
 * one was torn down on `pagehide`.
 */
import { isProbablyArticle } from '../extract/index.ts';
import { ContentController } from './controller.ts';
import { extensionApi, isContextAlive } from './ext-api.ts';
import { MetricsRecorder } from './metrics.ts';
import { takeOverPage } from './stray-nodes.ts';

const INSTANCE = Symbol.for('sourcing-lens.content');
type Holder = { [INSTANCE]?: ContentController };

async function boot(metrics: MetricsRecorder): Promise<void> {
  const api = extensionApi();
  if (!api || !isContextAlive(api)) return;
  const holder = globalThis as Holder;
  // Injected twice into the same world (the background's injector racing the manifest): the newest wins.
  holder[INSTANCE]?.destroy();
  await takeOverPage(document);
  const controller = new ContentController({
    doc: document,
    api,
    isArticle: isProbablyArticle,
    loadEngine: () => import('./engine.ts'),
    metrics,
  });
  holder[INSTANCE] = controller;
  await controller.start();
}

function run(): void {
  boot(new MetricsRecorder()).catch(() => {
    // Never surface our failures in the page's console as uncaught errors.
  });
}

run();
window.addEventListener('pageshow', (event) => {
  const current = (globalThis as Holder)[INSTANCE];
  if (event.persisted && (!current || current.destroyed)) run();
});
