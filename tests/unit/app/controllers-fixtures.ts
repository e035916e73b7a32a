/** The seeds compiled as the build compiles them, and a page of our own for the controller tests. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/app/background/service';
import { installFakePorts } from '../support/fake-ports';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import type { CompiledCorpus } from '../../../src/corpus/format';
import { loadReportsFromDir } from '../../../scripts/lib/read-seeds';
import { compileReferenceFromDir } from '../../../src/build/reference/compile-reference';
import type { CompiledReference } from '../../../src/reference/format';

let compiled: CompiledCorpus | null = null;
/** The bundled corpus, compiled once per test file. */
export function seedBundle(): CompiledCorpus {
  compiled ??= compileCorpus(loadReportsFromDir(resolve(import.meta.dirname, '../../../seeds')));
  return compiled;
}

let reference: CompiledReference | null = null;
/** The official series, compiled once per test file as the build compiles them. */
export function referenceBundle(): CompiledReference {
  reference ??= compileReferenceFromDir();
  return reference;
}

/**
 * A Gaza-war page of our own (January 2024, Khan Younis), whose toll and 24-hour count are a day
 * older than the seeds' (25,490 and 195 against 25,700 and 210), inside an `<article>` with a
 * navigation bar before it.
 */
export const ARTICLE_HTML = `<!doctype html><html><head><title>Tanks close in on Khan Younis as truce talks gather pace</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-23T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Tanks close in on Khan Younis as truce talks gather pace</h1>
<p>Israeli tanks tightened their grip on Khan Younis on Tuesday, cutting the coastal road used by families fleeing toward Rafah, where more than half of Gaza's 2.3 million people now shelter.</p>
<p>Negotiators from Qatar and Egypt were working on a 30-day ceasefire that would see Israeli hostages freed in exchange for Palestinian prisoners held by Israel.</p>
<p>The Gaza health ministry said at least 25,490 Palestinians had been killed in Israeli strikes since October 7, with 195 deaths recorded in the previous 24 hours.</p>
<p>Rear Admiral Daniel Hagari said troops had killed dozens of Hamas gunmen in western Khan Younis, and the military said its forces were encircling the city.</p>
</article><footer>© Test Gazette</footer></body></html>`;

/** A page about something else entirely. */
export const RECIPE_HTML = `<!doctype html><html><head><title>Five ways with winter squash</title></head>
<body><article><h1>Five ways with winter squash</h1><p>Roast 2 kilograms of squash at 200 degrees for 40 minutes.</p></article></body></html>`;

/**
 * fakeBrowser leaves the permissions API unmocked; the background asks it whether all sites are
 * granted. Here: they are not, and nothing changes.
 */
export function noAllSitesGrant(): void {
  const never = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { contains: async () => false, onAdded: never, onRemoved: never });
}

/** The part of WXT's ContentScriptContext the content scheduler uses, with a switch to invalidate it. */
export function fakeContentContext(): ContentScriptContext & { invalidate(): void } {
  const onInvalid: (() => void)[] = [];
  const ctx = {
    isValid: true,
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => target.addEventListener(type, fn),
    onInvalidated: (fn: () => void) => void onInvalid.push(fn),
    invalidate() {
      ctx.isValid = false;
      for (const fn of onInvalid) fn();
    },
  };
  return ctx as unknown as ContentScriptContext & { invalidate(): void };
}

/** Waits on real work (a pass, the background's analysis), which a loaded machine slows: generous, never a timing assertion. */
export const WAIT = { timeout: 15_000, interval: 20 } as const;

/**
 * A fresh background for a controller test: storage and events reset, no all-sites grant, fake
 * ports for a content script in `tab`, warnings muted, then the background started on the seeds.
 */
export function freshBackground(tab: { id: number; url: string }): ReturnType<typeof installFakePorts> {
  fakeBrowser.reset();
  noAllSitesGrant();
  const ports = installFakePorts(tab);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  startBackground(seedBundle(), referenceBundle());
  return ports;
}
