import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor, type Target } from './scripts/manifest.ts';

const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Marks every chunk with V8's compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+; a
 * plain comment elsewhere): its functions are compiled while the file loads, off the main
 * thread, instead of lazily on first call. An article page calls nearly all of the content
 * script's code once, in a fresh world each time, so first-call compilation was most of its
 * main-thread time: on the seed articles, 23-40 ms became 15-29 ms.
 */
function compileHints(): Plugin {
  return {
    name: 'sourcing-lens-compile-hints',
    enforce: 'post',
    // After minification, which would drop a comment added earlier.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
      }
    },
  };
}

// One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
export default defineConfig(({ mode }) => {
  if (!['chrome', 'firefox', 'production', 'development'].includes(mode)) {
    throw new Error(`Unknown build mode "${mode}": use --mode chrome or --mode firefox`);
  }
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(base, target, version) as never, browser: target }),
      compileHints(),
    ],
    // The extension never runs Readability (the live page takes extract's cheap path): keep it
    // out of the content script's bundle (see readability-absent.ts). The command line runs it.
    resolve: {
      alias: [
        {
          find: /^@mozilla\/readability$/,
          replacement: fileURLToPath(new URL('./src/extract/readability-absent.ts', import.meta.url)),
        },
      ],
    },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Chrome 116 / Firefox 142 both run ES2022; no down-levelling needed.
      target: 'es2022',
      sourcemap: false,
      // Nothing is fetched at run time; keep every asset a file, never an inline data: URL.
      assetsInlineLimit: 0,
      // No <link rel="modulepreload"> put into the page for the content script's lazy chunk:
      // writing them cost ~5 ms of the page's main thread per article, and they were a trace
      // of us in the page's DOM. Our files load from the extension itself. (Vite still wraps
      // the dynamic import in its preload helper, now with nothing to preload: vitejs/vite#18551.)
      modulePreload: false,
    },
    // The dev server is only for `vite dev` with crxjs; never reach beyond loopback.
    server: { host: '127.0.0.1', strictPort: true, port: 5173, hmr: { host: '127.0.0.1' } },
  };
});
