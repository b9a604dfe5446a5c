import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The command line is bundled for Node: analysis and extraction inlined,
// runtime dependencies (jsdom, Readability) and Node built-ins left external.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        'jsdom',
        '@mozilla/readability',
      ],
      output: { entryFileNames: 'main.js', format: 'es' },
    },
  },
});
