/**
 * Checks of what the build produced (run by `npm test` after the build): the manifests ask for the
 * fewest permissions, keep a strict CSP, carry the icons; the bundles contain no eval, no network
 * API and no HTML-parsing assignment; the store zips exist.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_MATCHES } from '../../src/sites/news-sites';
import { GECKO_ID } from '../../scripts/lib/gecko-id';

const OUT = join(import.meta.dirname, '..', '..', '.output');
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') };
type Manifest = Record<string, unknown> & { icons: Record<string, string> };
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe.each(Object.entries(BUILDS))('the %s build', (browser, dir) => {
  const m = manifest(dir);

  it('is named Crosscheck, with a one-line description and icons drawn at 16, 32, 48 and 128 px', () => {
    expect(m.name).toBe('Crosscheck');
    expect(String(m.description)).not.toMatch(/\n/);
    for (const size of ['16', '32', '48', '128']) {
      expect(pngSize(join(dir, m.icons[size] ?? 'missing'))).toEqual([Number(size), Number(size)]);
    }
  });

  it('asks for storage and the news sites only; all sites stay optional', () => {
    const perms = (m.permissions as string[]) ?? [];
    const hosts = browser === 'chrome' ? (m.host_permissions as string[]) : perms.filter((p) => p.includes('://'));
    expect(perms.filter((p) => !p.includes('://'))).toEqual(['storage']);
    expect([...hosts].sort()).toEqual([...NEWS_MATCHES].sort());
    const optional = [...((m.optional_permissions as string[]) ?? []), ...((m.optional_host_permissions as string[]) ?? [])];
    expect(optional).toContain('<all_urls>');
    expect(JSON.stringify(m.content_scripts)).not.toContain('<all_urls>');
  });

  it('exposes nothing to web pages, and the code it runs in them holds nothing of the library', () => {
    // No web-accessible resource: a page can load no file of the extension, nor reach its storage.
    expect(m.web_accessible_resources ?? []).toEqual([]);
    const scripts = (m.content_scripts as { js: string[] }[]).flatMap((c) => c.js);
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/indexedDB|crosscheck-library|library-list|library-export/);
  });

  it('keeps a strict content security policy', () => {
    const csp = browser === 'chrome' ? (m.content_security_policy as { extension_pages: string }).extension_pages : String(m.content_security_policy);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('bundles no eval, no network API and no HTML parsing from strings', () => {
    const files = jsFiles(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\beval\(|new Function\(|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts|EventSource/);
      expect(code, f).not.toMatch(/\.(innerHTML|outerHTML)\s*=[^=]|insertAdjacentHTML|document\.write\(/);
    }
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id, no data collection and a minimum version with the APIs used', () => {
    const gecko = (manifest(BUILDS.firefox).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // 142: data_collection_permissions on Android (desktop 140); storage.session needs 115.
    expect(Number(String(gecko.strict_min_version).split('.')[0])).toBeGreaterThanOrEqual(142);
  });
});

describe('the store zips', () => {
  it('has the Chrome and Firefox extension zips and the sources zip for addons.mozilla.org', () => {
    const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
    for (const suffix of ['-chrome.zip', '-firefox.zip', '-sources.zip']) {
      const zip = zips.find((z) => z.endsWith(suffix));
      expect(zip, suffix).toBeDefined();
      expect(statSync(join(OUT, zip!)).size).toBeGreaterThan(10_000);
    }
  });
});
