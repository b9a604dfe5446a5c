// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describeRealPages } from './extract-helpers.ts';

/** A happy-dom window that runs no script and loads nothing (the network is closed anyway). */
function load(html: string) {
  const win = new Window({
    url: 'https://example.test/article',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return { doc, serialize: () => doc.documentElement.outerHTML, close: () => win.happyDOM.close() };
}

describeRealPages('happy-dom', load);
