#!/usr/bin/env node
// The command line runs from the bundle built by `npm run build:cli` (npm ci builds it via `prepare`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('sourcing-lens: the command line is not built yet; run `npm run build:cli` first\n');
  process.exit(2);
}
await import(bundle.href);
