/**
 * Popup budgets, measured on the built extension (`npm run build` first):
 * - the gzip size of everything `src/popup/index.html` loads (scripts, preloads,
 *   stylesheets, the page itself), budget 30 KB;
 * - in real Chromium, the time from the report reaching the popup to the first
 *   frame drawn with it (User Timing measure set by `src/popup/paint-timing.ts`),
 *   target under 100 ms.
 *
 * `npx tsx scripts/bench-popup.ts [runs]` prints both; `scripts/bench.ts` can import
 * {@link popupBundleSize} and {@link popupFirstPaint}.
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
    const url = article.url();
    // Tab URLs are hidden without host permissions: find the tab by the state it reported.
    let tabId: number | undefined;
    for (let i = 0; i < 150 && tabId === undefined; i++) {
      tabId = await b.inExtension(async (u) => {
        const all = await chrome.storage.session.get(null);
        const hit = Object.entries(all).find(
          ([k, v]) =>
            k.startsWith('tab:') &&
            (v as { status?: string; page?: { url?: string } })?.page?.url === u &&
            (v as { status?: string }).status === 'ready',
        );
        return hit ? Number(hit[0].slice(4)) : undefined;
      }, url);
      if (tabId === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    if (tabId === undefined) throw new Error('The seed page never reported a ready state');
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};

async function main(): Promise<void> {
  const { distDir } = await import('../tests/browser/harness/index.ts');
  const dist = distDir('chrome');
  const bundle = popupBundleSize(dist);
  console.log('Popup bundle (gzip -9):');
  for (const f of bundle.files)
    console.log(
      `  ${f.path.padEnd(48)} ${String(f.bytes).padStart(7)} B  ${String(f.gzip).padStart(6)} B gz`,
    );
  const verdict = bundle.gzip <= POPUP_GZIP_BUDGET ? 'within' : 'OVER';
  console.log(
    `  total ${(bundle.gzip / 1024).toFixed(1)} KB gzip (${verdict} the ${POPUP_GZIP_BUDGET / 1024} KB budget)`,
  );
  const runs = Math.max(2, Number(process.argv[2] ?? 10));
  const [cold = Number.NaN, ...warm] = await popupFirstPaint(runs);
  console.log(
    `Popup first paint after the report arrives (headless Chromium, Daily Mail seed): cold ${cold.toFixed(1)} ms; warm median ${median(warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms over ${warm.length} opens (target < 100 ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
