/**
 * Finding the browsers on this machine. A missing browser is said loudly; under CI=true it fails
 * the suite instead of skipping it (a green CI must mean the browsers really ran).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
} as const;

const INSTALL = {
  chromium: 'apt-get install -y chromium   (or set CHROMIUM_PATH)',
  firefox: 'apt-get install -y firefox-esr   (or set FIREFOX_PATH)',
} as const;

/** The browser's executable, or null after a loud warning. Throws under CI=true. */
export function findBrowser(name: keyof typeof CANDIDATES): string | null {
  const found = CANDIDATES[name].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  const message = `\n!!! ${name} not found: its end-to-end tests cannot run. Install it: ${INSTALL[name]}\n`;
  if (process.env.CI === 'true') throw new Error(message);
  process.stderr.write(message);
  return null;
}

/** The built extension's folder for a browser, or throws saying how to build it. */
export function builtExtension(dir: string): string {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is not built: run npm run build first`);
  return dir;
}
