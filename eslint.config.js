// Lint: typescript-eslint's recommended rules plus the layering of the house style, enforced on
// resolved files (WXT's @/ ~/ @@/ ~~/ aliases are read from tsconfig), so no spelling slips past.
//  - The engine (src/article, topic, figures, corpus, reference, compare, analysis, sites, base, wording and
//    src/types.ts) is pure: it never imports src/ui, src/platform, src/app, src/build or entrypoints/.
//    src/base imports nothing else in src/; src/wording imports only src/base and src/types.ts.
//  - src/platform/ is the only code that reaches the browser (browser.*, #imports, wxt/browser,
//    webextension-polyfill); it takes only `import type` from the engine, plus the pure helpers of
//    src/base (host names for the settings), never src/ui or src/app.
//  - src/ui/ may import src/platform, src/wording, src/base, src/analysis and src/types.ts; the rest
//    of the engine by `import type` only; never src/app.
//  - src/app/ (the controllers) may import the engine, src/platform and src/ui.
//  - src/build/ runs in Node at build time: it imports the engine; only src/build, scripts/ and
//    tests/ import it. Nothing in src/ imports entrypoints/.
//  - entrypoints/ is wiring: src/app, src/ui, src/platform, src/sites (the rest by `import type`).
//  - An import in src/ or entrypoints/ that does not resolve is an error, so it cannot dodge a zone.
// Folders that do not exist yet are fine: a zone over a missing folder just never matches.
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const ROOT = import.meta.dirname;
const src = (...names) => names.map((n) => `./src/${n}`);

/** The engine, minus src/base and src/wording, which have stricter zones of their own. */
const CORE_ENGINE = [...src('article', 'topic', 'figures', 'language', 'corpus', 'reference', 'compare', 'analysis', 'sites'), './src/types.ts'];
const ENGINE = [...CORE_ENGINE, ...src('base', 'wording')];

const PLATFORM_ONLY = 'Only src/platform/ reaches the browser: call its functions instead.';

/**
 * import-x/no-restricted-paths has no option to let `import type` through (4.18.1), so the zones
 * that allow types are checked by this copy of the rule, which drops reports on `import type …`
 * and `export type … from`. (`import { type X }` still loads the module under
 * verbatimModuleSyntax, so it counts as a run-time import.)
 */
const restrictedPaths = importX.rules['no-restricted-paths'];
const isTypeOnly = (source) => {
  const decl = source.parent;
  return (decl?.type === 'ImportDeclaration' && decl.importKind === 'type')
    || ((decl?.type === 'ExportNamedDeclaration' || decl?.type === 'ExportAllDeclaration') && decl.exportKind === 'type');
};
const layering = {
  meta: { name: 'layering' },
  rules: {
    'no-restricted-runtime-paths': {
      ...restrictedPaths,
      meta: { ...restrictedPaths.meta, docs: { description: 'no-restricted-paths, but `import type` is allowed.' } },
      create(context) {
        const filtered = Object.create(context, {
          report: { value: (descriptor) => { if (!isTypeOnly(descriptor.node)) context.report(descriptor); } },
        });
        return restrictedPaths.create(filtered);
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'test-results/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, layering },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${ROOT}/tsconfig.json`, alwaysTryTypes: true }),
        createNodeResolver(),
      ],
    },
    rules: {
      // virtual: modules come from Vite plugins; #imports is WXT's virtual module (banned below
      // outside src/platform).
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '^#imports$'] }],
      'import-x/no-restricted-paths': ['error', {
        basePath: ROOT,
        zones: [
          {
            target: CORE_ENGINE,
            from: ['./src/ui', './src/platform', './src/app'],
            message: 'The engine is pure: it never imports src/ui, src/platform, src/app, src/build or entrypoints/.',
          },
          {
            target: './src/base',
            from: './src',
            except: ['./base'],
            message: 'src/base is the foundation: it imports nothing else in src/.',
          },
          {
            target: './src/wording',
            from: './src',
            except: ['./wording', './base', './types.ts'],
            message: 'src/wording imports only src/base and src/types.ts.',
          },
          {
            target: './src/platform',
            from: ['./src/ui', './src/app'],
            message: 'src/platform is the browser shim: it never imports src/ui or src/app (the controllers in src/app import it).',
          },
          {
            target: './src/ui',
            from: './src/app',
            message: 'src/ui never imports src/app: the controllers in src/app import the UI, not the other way round.',
          },
          {
            target: './src/build',
            from: ['./src/ui', './src/platform', './src/app'],
            message: 'src/build runs in Node at build time: it imports the engine only.',
          },
          {
            // Every file in src/ except those in src/build (a glob, so a new folder is covered too).
            target: ['./src/*', './src/!(build)/**'],
            from: './src/build',
            message: 'Only src/build (and scripts/, tests/) imports src/build: it is build-time Node code.',
          },
          {
            target: ['./entrypoints'],
            from: './src/build',
            message: 'entrypoints/ is wiring: it never imports src/build, which is build-time Node code.',
          },
          {
            target: './src',
            from: './entrypoints',
            message: 'Nothing in src/ imports entrypoints/.',
          },
        ],
      }],
      'layering/no-restricted-runtime-paths': ['error', {
        basePath: ROOT,
        zones: [
          {
            target: './src/platform',
            from: [...CORE_ENGINE, './src/wording'],
            message: 'src/platform takes only types from the engine (`import type`), and src/base; the controllers in src/app join the two.',
          },
          {
            target: './src/ui',
            from: src('article', 'topic', 'figures', 'language', 'corpus', 'compare', 'sites'),
            message: 'src/ui imports at run time only src/platform, src/wording, src/base, src/analysis and src/types.ts; the rest of the engine by `import type` only.',
          },
          {
            target: './entrypoints',
            from: ENGINE.filter((p) => p !== './src/sites'),
            message: 'entrypoints/ is wiring: it imports src/app, src/ui, src/platform and src/sites; the engine by `import type` only.',
          },
        ],
      }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: '#imports', message: `#imports re-exports WXT's browser and storage. ${PLATFORM_ONLY}` },
          { name: 'wxt/browser', message: PLATFORM_ONLY },
          { name: 'wxt/utils/storage', message: PLATFORM_ONLY },
          { name: 'webextension-polyfill', message: PLATFORM_ONLY },
        ],
        patterns: [{ group: ['wxt/browser/*', 'webextension-polyfill/*'], message: PLATFORM_ONLY }],
      }],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'wxt/browser', message: PLATFORM_ONLY },
          { name: 'wxt/utils/storage', message: PLATFORM_ONLY },
          { name: 'webextension-polyfill', message: PLATFORM_ONLY },
        ],
        patterns: [{ group: ['wxt/browser/*', 'webextension-polyfill/*'], message: PLATFORM_ONLY }],
      }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      // WXT auto-imports `browser` and `storage` as globals, so they need no import to be used.
      'no-restricted-globals': ['error',
        { name: 'browser', message: 'Only src/platform/ may call browser.*.' },
        { name: 'chrome', message: 'Only src/platform/ may call chrome.*.' },
        { name: 'storage', message: "Only src/platform/ may use WXT's storage." }],
      'no-restricted-properties': ['error',
        ...['globalThis', 'window', 'self'].flatMap((object) => ['browser', 'chrome'].map((property) => (
          { object, property, message: `Only src/platform/ may call ${property}.*.` }))),
      ],
    },
  },
);
