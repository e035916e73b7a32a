// Lint: typescript-eslint's recommended rules plus the layering of the house style.
//  - The engine (article, topic, figures, corpus, compare, analysis, sites) never imports src/ui,
//    src/platform or entrypoints/; nothing under src/ imports entrypoints/.
//  - Only src/platform/ reaches the browser: webextension-polyfill, wxt/browser and the `browser` /
//    `chrome` globals are forbidden everywhere else in src/ and entrypoints/.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const ENGINE = ['article', 'topic', 'figures', 'corpus', 'compare', 'analysis', 'sites'].map((d) => `./src/${d}`);

const browserImports = {
  paths: [
    { name: 'webextension-polyfill', message: 'Only src/platform/ may call browser.*.' },
    { name: 'wxt/browser', message: 'Only src/platform/ may call browser.*.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'test-results/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [
          ...ENGINE.map((target) => ({
            target,
            from: ['./src/ui', './src/platform', './entrypoints'],
            message: 'The engine is pure: it must not import UI, platform or entry-point code.',
          })),
          { target: './src', from: './entrypoints', message: 'Nothing in src/ imports entrypoints/.' },
        ],
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', browserImports],
      'no-restricted-globals': ['error',
        { name: 'browser', message: 'Only src/platform/ may call browser.*.' },
        { name: 'chrome', message: 'Only src/platform/ may call chrome.*.' }],
    },
  },
);
