/**
 * Popup budgets, measured on the built extension (`npm run build` first):
 * - the gzip size of everything `src/popup/index.html` loads (scripts, preloads,
 *   stylesheets, the page itself), budget 30 KB;
 * - in real Chromium, the time from the report reaching the popup to the first
 *   frame drawn with it (User Timing measure set by `src/popup/paint-timing.ts`),
 *   target under 100 ms.
 *
 * `npx tsx scripts/bench-popup.ts [runs]` prints both (with each file of the bundle);
 * `scripts/bench.ts` prints the same through {@link reportPopup}.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Popup bundle budget, gzip bytes. */
export const POPUP_GZIP_BUDGET = 30 * 1024;

/** One file the popup loads, with its sizes in bytes. */
export interface BundleFile {
  path: string;
  bytes: number;
  gzip: number;
}

/** Everything the popup page loads, following static imports between chunks. */
export function popupBundleSize(
  dist: string,
  page = 'src/popup/index.html',
): { files: BundleFile[]; gzip: number } {
  const seen = new Set<string>();
  const files: BundleFile[] = [];
  const add = (rel: string) => {
    const clean = rel.replace(/^\//, '');
    if (seen.has(clean)) return;
    seen.add(clean);
    const body = readFileSync(join(dist, clean));
    files.push({ path: clean, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    const text = body.toString('utf8');
    if (clean.endsWith('.html')) {
      for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g))
        add(resolveFrom(clean, m[1] as string));
    } else if (clean.endsWith('.js')) {
      // Static imports between chunks: `from"./x.js"` / `import"./x.js"` (minified or not).
      for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g))
        add(resolveFrom(clean, m[1] as string));
    }
  };
  add(page);
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

function resolveFrom(from: string, spec: string): string {
  if (spec.startsWith('/')) return spec.slice(1);
  const parts = join(dirname(from), spec).split('/');
  return parts.filter((p) => p !== '.').join('/');
}

/**
 * Times of the popup's first paint after the report arrived, in ms, one per run. The
 * first run is cold (a fresh browser: nothing compiled or cached yet); the rest are warm.
 */
export async function popupFirstPaint(runs = 10): Promise<number[]> {
  const { launchChromium, startFixtureServer } = await import('../tests/browser/harness/index.ts');
  const server = await startFixtureServer();
  const b = await launchChromium();
  try {
    const article = await b.newPage(server.seedUrl('dailymail-putin-flee'));
    const tabId = await b.tabIdOf(article);
    // Each popup should open on a ready tab: wait until the background has kept the report.
    const ready = (id: number) =>
      b.inExtension(async (t) => {
        const key = `tab:${t}`;
        return (
          ((await chrome.storage.session.get(key))[key] as { status?: string } | undefined)?.status ===
          'ready'
        );
      }, id);
    for (let i = 0; i < 150 && !(await ready(tabId)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await ready(tabId))) throw new Error('The seed page never reported a ready state');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh popup page each run, as each click on the icon opens one.
      const popup = await b.openPopup(tabId);
      await popup.setViewportSize({ width: 380, height: 600 });
      const handle = await popup.waitForFunction(
        () => performance.getEntriesByName('sourcing-lens:report-first-paint')[0]?.duration,
        undefined,
        { timeout: 15_000 },
      );
      times.push(Number(await handle.jsonValue()));
      await popup.close();
    }
    return times;
  } finally {
    await b.close();
    await server.close();
  }
}

/** The median (mean of the two middle values for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
}

/**
 * Prints the popup's figures: its bundle's gzip size against the budget (each file too
 * when `listFiles`), then the first paint after the report arrives over `runs` opens.
 */
export async function reportPopup(dist: string, runs: number, listFiles = false): Promise<void> {
  const bundle = popupBundleSize(dist);
  console.log('Popup bundle (gzip -9):');
  if (listFiles)
    for (const f of bundle.files)
      console.log(
        `  ${f.path.padEnd(48)} ${String(f.bytes).padStart(7)} B  ${String(f.gzip).padStart(6)} B gz`,
      );
  const verdict = bundle.gzip <= POPUP_GZIP_BUDGET ? 'within' : 'OVER';
  console.log(
    `  total ${(bundle.gzip / 1024).toFixed(1)} KB gzip (${verdict} the ${POPUP_GZIP_BUDGET / 1024} KB budget)`,
  );
  const [cold = Number.NaN, ...warm] = await popupFirstPaint(runs);
  console.log(
    `Popup first paint after the report arrives (headless Chromium, Daily Mail seed): cold ${cold.toFixed(1)} ms; warm median ${median(warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms over ${warm.length} opens (target < 100 ms)`,
  );
}

async function main(): Promise<void> {
  const { distDir } = await import('../tests/browser/harness/index.ts');
  await reportPopup(distDir('chrome'), Math.max(2, Number(process.argv[2] ?? 10)), true);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
