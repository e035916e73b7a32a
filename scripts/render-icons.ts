/**
 * Renders Crosscheck's toolbar icon from SVG to the PNG sizes the extension manifest uses:
 * `public/icon/16.png`, `32.png`, `48.png` and `128.png`, on a transparent background.
 *
 * The 16 px size is drawn from `assets/icon-16.svg` (a simplified, pixel-aligned drawing) when
 * that file exists; every other size is drawn from `assets/icon.svg` (viewBox 0 0 128 128).
 * Rendering uses playwright-core with the system Chromium at `/usr/bin/chromium`, headless.
 *
 * Run from the repository root: `npx tsx scripts/render-icons.ts`
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_SVG = join(ROOT, 'assets', 'icon.svg');
const SMALL_SVG = join(ROOT, 'assets', 'icon-16.svg');
const OUT_DIR = join(ROOT, 'public', 'icon');
const SIZES = [16, 32, 48, 128] as const;

/** Picks the SVG source for one output size. */
function sourceFor(size: number): string {
  return size === 16 && existsSync(SMALL_SVG) ? SMALL_SVG : MAIN_SVG;
}

/** Wraps an SVG in a page that shows it at exactly `size` × `size` CSS pixels. */
function pageFor(svg: string, size: number): string {
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    img { display: block; width: ${size}px; height: ${size}px; }
  </style></head><body><img id="icon" src="${dataUrl}" alt=""></body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const size of SIZES) {
      const source = sourceFor(size);
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      await page.setContent(pageFor(readFileSync(source, 'utf8'), size));
      await page.waitForFunction(() => {
        const img = document.getElementById('icon') as HTMLImageElement | null;
        return img !== null && img.complete && img.naturalWidth > 0;
      });
      const out = join(OUT_DIR, `${size}.png`);
      await page.screenshot({
        path: out,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      process.stdout.write(`${out} (from ${source.slice(ROOT.length + 1)})\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
