/**
 * The layering guard, tested: ESLint (the project's own eslint.config.js) is run on small probe
 * files placed in each layer, with imports spelled every way the build accepts (relative, WXT's
 * `@/` `~/` `@@/` `~~/` aliases, `#imports`, `wxt/browser`, `webextension-polyfill`, the `browser`
 * global), and each forbidden arrow must be reported by the expected rule while the allowed ones
 * stay clean, so the guard is neither leaky nor a blanket ban.
 *
 * ESLint runs in a temporary copy of the project (config, tsconfigs, src/, entrypoints/, with
 * node_modules linked), in which a `__target.ts` is added to every layer. That way every arrow can
 * be probed whether or not src/app, src/build, src/base and src/wording exist yet in this
 * checkout, and nothing is written into the real src/. Real files that exist before and after the
 * planned moves (src/platform/settings.ts, src/types.ts, …) are used where the arrow allows.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const PATHS = 'import-x/no-restricted-paths';
const RUNTIME = 'layering/no-restricted-runtime-paths';
const UNRESOLVED = 'import-x/no-unresolved';
const IMPORTS = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';

/** Probe targets, as paths from the project root without extension. `__target` files are made in the copy. */
const T = {
  ui: 'src/ui/badges/badge-element',
  platform: 'src/platform/settings',
  types: 'src/types',
  contract: 'src/analysis/contract',
  corpus: 'src/corpus/match-reports',
  topic: 'src/topic/detect-topic',
  sites: 'src/sites/__target',
  app: 'src/app/__target',
  build: 'src/build/__target',
  base: 'src/base/__target',
  wording: 'src/wording/__target',
  entrypoints: 'entrypoints/__target',
} as const;

const ENGINE_DIRS = ['article', 'topic', 'figures', 'corpus', 'compare', 'analysis', 'sites', 'base', 'wording'];
const LAYERS = [...ENGINE_DIRS, 'ui', 'platform', 'app', 'build'];

let copy = '';
let eslint: ESLint;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'crosscheck-layering-'));
  for (const f of ['eslint.config.js', 'package.json', 'tsconfig.json', '.wxt/tsconfig.json']) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    cpSync(join(ROOT, f), join(copy, f));
  }
  cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
  cpSync(join(ROOT, 'entrypoints'), join(copy, 'entrypoints'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const dir of [...LAYERS.map((l) => `src/${l}`), 'entrypoints']) {
    mkdirSync(join(copy, dir), { recursive: true });
    writeFileSync(join(copy, dir, '__target.ts'), 'export const target = 1;\n');
  }
  writeFileSync(join(copy, 'src/ui/__target.css'), ':host { color: black; }\n');
  writeFileSync(join(copy, 'src/topic/__target.json'), '{ "target": 1 }\n');
  eslint = new ESLint({ cwd: copy });
  await lint('src/corpus/__probe.ts', 'export const warm = 1;\n'); // load the config and resolvers once
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

interface Found { ruleId: string | null; message: string }

async function lint(file: string, code: string): Promise<Found[]> {
  const [result] = await eslint.lintText(code, { filePath: join(copy, file) });
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

/** The five spellings of one project file, as seen from `from` (a path from the root). */
function spellings(from: string, target: string): string[] {
  let rel = relative(dirname(from), target);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return [rel, `@/${target}`, `~/${target}`, `@@/${target}`, `~~/${target}`];
}

const runtimeImport = (spec: string): string => `import * as m from '${spec}';\nexport { m };\n`;
const typeImport = (spec: string): string => `import type * as m from '${spec}';\nexport type { m };\n`;

/** Asserts that `code` in `file` is reported, and only by `rule`. */
async function expectReported(file: string, code: string, rule: string): Promise<void> {
  const found = await lint(file, code);
  expect(found.length, `${file}: ${code}`).toBeGreaterThan(0);
  expect(found.map((f) => f.ruleId), `${file}: ${code}`).toEqual(found.map(() => rule));
}

async function expectClean(file: string, code: string): Promise<void> {
  expect(await lint(file, code), `${file}: ${code}`).toEqual([]);
}

/** A forbidden arrow: from a probe in `layer`, importing `target`, reported by `rule`. */
interface Arrow { name: string; from: string; target: string; rule: string; type?: 'also' | 'allowed' }

const FORBIDDEN: Arrow[] = [
  // The engine never imports ui, platform, app, build or entrypoints, not even their types.
  ...ENGINE_DIRS.flatMap((d): Arrow[] => [
    { name: `engine (${d}) → ui`, from: d, target: T.ui, rule: PATHS, type: 'also' },
    { name: `engine (${d}) → platform`, from: d, target: T.platform, rule: PATHS, type: 'also' },
    { name: `engine (${d}) → app`, from: d, target: T.app, rule: PATHS, type: 'also' },
    { name: `engine (${d}) → build`, from: d, target: T.build, rule: PATHS, type: 'also' },
    { name: `engine (${d}) → entrypoints`, from: d, target: T.entrypoints, rule: PATHS, type: 'also' },
  ]),
  { name: 'platform → ui', from: 'platform', target: T.ui, rule: PATHS, type: 'also' },
  { name: 'platform → app', from: 'platform', target: T.app, rule: PATHS, type: 'also' },
  { name: 'platform → build', from: 'platform', target: T.build, rule: PATHS },
  { name: 'platform → engine (corpus) at run time', from: 'platform', target: T.corpus, rule: RUNTIME, type: 'allowed' },
  { name: 'platform → engine (types.ts) at run time', from: 'platform', target: T.types, rule: RUNTIME, type: 'allowed' },
  { name: 'platform → engine (sites) at run time', from: 'platform', target: T.sites, rule: RUNTIME, type: 'allowed' },
  { name: 'platform → wording at run time', from: 'platform', target: T.wording, rule: RUNTIME, type: 'allowed' },
  { name: 'ui → engine internals (corpus) at run time', from: 'ui', target: T.corpus, rule: RUNTIME, type: 'allowed' },
  { name: 'ui → engine internals (topic) at run time', from: 'ui', target: T.topic, rule: RUNTIME, type: 'allowed' },
  { name: 'ui → app', from: 'ui', target: T.app, rule: PATHS, type: 'also' },
  { name: 'ui → build', from: 'ui', target: T.build, rule: PATHS },
  { name: 'app → build', from: 'app', target: T.build, rule: PATHS },
  { name: 'build → ui', from: 'build', target: T.ui, rule: PATHS },
  { name: 'build → platform', from: 'build', target: T.platform, rule: PATHS },
  ...LAYERS.map((l): Arrow => ({ name: `src/${l} → entrypoints`, from: l, target: T.entrypoints, rule: PATHS, type: 'also' })),
  { name: 'base → types.ts', from: 'base', target: T.types, rule: PATHS, type: 'also' },
  { name: 'base → engine (corpus)', from: 'base', target: T.corpus, rule: PATHS, type: 'also' },
  { name: 'base → wording', from: 'base', target: T.wording, rule: PATHS, type: 'also' },
  { name: 'base → analysis', from: 'base', target: T.contract, rule: PATHS, type: 'also' },
  { name: 'wording → engine (corpus)', from: 'wording', target: T.corpus, rule: PATHS, type: 'also' },
  { name: 'wording → engine (topic)', from: 'wording', target: T.topic, rule: PATHS, type: 'also' },
  { name: 'wording → analysis', from: 'wording', target: T.contract, rule: PATHS, type: 'also' },
];

const ALLOWED: { name: string; from: string; target: string; type?: boolean }[] = [
  { name: 'engine → engine', from: 'corpus', target: T.topic },
  { name: 'engine → types.ts', from: 'topic', target: T.types },
  { name: 'engine → base', from: 'compare', target: T.base },
  { name: 'engine → wording', from: 'analysis', target: T.wording },
  { name: 'base → base', from: 'base', target: T.base },
  { name: 'wording → base', from: 'wording', target: T.base },
  { name: 'wording → types.ts', from: 'wording', target: T.types },
  { name: 'ui → types.ts (import type)', from: 'ui', target: T.types, type: true },
  { name: 'ui → types.ts', from: 'ui', target: T.types },
  { name: 'ui → engine internals (import type)', from: 'ui', target: T.corpus, type: true },
  { name: 'ui → platform', from: 'ui', target: T.platform },
  { name: 'ui → analysis', from: 'ui', target: T.contract },
  { name: 'ui → base', from: 'ui', target: T.base },
  { name: 'ui → wording', from: 'ui', target: T.wording },
  { name: 'platform → types.ts (import type)', from: 'platform', target: T.types, type: true },
  { name: 'platform → engine (import type)', from: 'platform', target: T.corpus, type: true },
  { name: 'platform → platform', from: 'platform', target: 'src/platform/__target' },
  { name: 'platform → base (pure helpers)', from: 'platform', target: T.base },
  ...[T.corpus, T.types, T.contract, T.base, T.wording, T.platform, T.ui, 'src/app/__target'].map((target) => (
    { name: `app → ${target}`, from: 'app', target })),
  ...[T.corpus, T.topic, T.types, T.contract, T.base, T.wording, T.sites, 'src/build/__target'].map((target) => (
    { name: `build → ${target}`, from: 'build', target })),
];

describe('the layering guard reports every forbidden arrow, in every spelling', () => {
  it.each(FORBIDDEN)('$name', async ({ from, target, rule, type }) => {
    const file = `src/${from}/__probe.ts`;
    const all = spellings(file, target);
    for (const spec of all) await expectReported(file, runtimeImport(spec), rule);
    // Re-exports, dynamic imports and type imports resolve the same way: one alias, one relative.
    for (const spec of [all[0]!, all[1]!]) {
      await expectReported(file, `export * from '${spec}';\n`, rule);
      await expectReported(file, `export const load = () => import('${spec}');\n`, rule);
      if (type === 'also') await expectReported(file, typeImport(spec), rule);
      if (type === 'allowed') await expectClean(file, typeImport(spec));
    }
  });

  it('`import { type X }` counts as a run-time import (verbatimModuleSyntax keeps it)', async () => {
    await expectReported('src/platform/__probe.ts', `import { type Settings } from '../corpus/match-reports';\nexport type { Settings };\n`, RUNTIME);
    await expectClean('src/platform/__probe.ts', `import type { Settings } from '../corpus/match-reports';\nexport type { Settings };\n`);
  });

  it('entrypoints/ is wiring: no engine at run time, no src/build', async () => {
    const file = 'entrypoints/__probe.ts';
    for (const spec of spellings(file, T.corpus)) {
      await expectReported(file, runtimeImport(spec), RUNTIME);
      await expectClean(file, typeImport(spec));
    }
    for (const spec of spellings(file, T.build)) await expectReported(file, runtimeImport(spec), PATHS);
    for (const target of [T.app, T.ui, T.platform, T.sites]) {
      for (const spec of spellings(file, target)) await expectClean(file, runtimeImport(spec));
    }
  });
});

describe('the layering guard allows what the layout allows', () => {
  it.each(ALLOWED)('$name', async ({ from, target, type }) => {
    const file = `src/${from}/__probe.ts`;
    for (const spec of spellings(file, target)) {
      await expectClean(file, type ? typeImport(spec) : runtimeImport(spec));
    }
  });
});

describe('only src/platform reaches the browser', () => {
  const outside = ['corpus', 'base', 'wording', 'ui', 'app', 'build'];
  const specs = ['#imports', 'wxt/browser', 'webextension-polyfill', 'wxt/utils/storage'];

  it.each(outside)('src/%s may not import #imports, wxt/browser, webextension-polyfill', async (layer) => {
    const file = `src/${layer}/__probe.ts`;
    for (const spec of specs) {
      await expectReported(file, `import { browser } from '${spec}';\nexport const id = browser.runtime.id;\n`, IMPORTS);
      await expectReported(file, `import type { Browser } from '${spec}';\nexport type B = Browser;\n`, IMPORTS);
    }
    await expectReported(file, `import browser from 'webextension-polyfill/dist/browser-polyfill';\nexport const b = browser;\n`, IMPORTS);
  });

  it.each([...outside, 'entrypoints'])('%s may not use the browser, chrome or storage globals, nor globalThis.browser', async (layer) => {
    const file = layer === 'entrypoints' ? 'entrypoints/__probe.ts' : `src/${layer}/__probe.ts`;
    for (const global of ['browser', 'chrome', 'storage']) {
      await expectReported(file, `export const probe = ${global}.runtime;\n`, GLOBALS);
    }
    for (const object of ['globalThis', 'window', 'self']) {
      await expectReported(file, `export const probe = ${object}.browser.runtime;\n`, 'no-restricted-properties');
    }
  });

  it('entrypoints/ may not import wxt/browser or webextension-polyfill', async () => {
    for (const spec of ['wxt/browser', 'webextension-polyfill']) {
      await expectReported('entrypoints/__probe.ts', `import { browser } from '${spec}';\nexport const b = browser;\n`, IMPORTS);
    }
  });

  it('src/platform may', async () => {
    const file = 'src/platform/__probe.ts';
    for (const spec of ['#imports', 'wxt/browser', 'webextension-polyfill']) {
      await expectClean(file, `import { browser } from '${spec}';\nexport const id = browser.runtime.id;\n`);
    }
    await expectClean(file, 'export const probe = [browser.runtime, chrome.runtime, storage];\n');
  });
});

describe('an import that does not resolve cannot slip past the zones', () => {
  it.each(['../platform/no-such-file', '@/src/platform/no-such-file', '~/src/ui/no-such-file', '@@/src/app/x', '~~/src/build/x', 'no-such-package'])(
    '%s is reported as unresolved', async (spec) => {
      await expectReported('src/corpus/__probe.ts', runtimeImport(spec), UNRESOLVED);
    });

  it('virtual modules, JSON and CSS resolve', async () => {
    await expectClean('src/platform/__probe.ts', `import compiled from 'virtual:crosscheck-corpus';\nexport { compiled };\n`);
    await expectClean('src/topic/__probe.ts', `import data from './__target.json';\nexport { data };\n`);
    await expectClean('src/ui/__probe.ts', `import './__target.css';\nexport const x = 1;\n`);
  });
});
