import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { corpusPlugin } from './scripts/lib/corpus-plugin';
import { noInnerHtmlPlugin } from './scripts/lib/no-inner-html-plugin';
import { quickKeysPlugin } from './scripts/lib/quick-keys-plugin';
import { referencePlugin } from './scripts/lib/reference-plugin';
import { NEWS_MATCHES } from './src/sites/news-sites';
import { GECKO_ID } from './scripts/lib/gecko-id';
import { validateDataPlugin } from './src/build/data/validate-plugin';


// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact(), validateDataPlugin(), corpusPlugin(), referencePlugin(), noInnerHtmlPlugin(), quickKeysPlugin()],
    // No module-preload polyfill: it is the only network call (fetch) Vite would add to the bundle.
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.ci/**', 'tests/e2e/artifacts/**', 'test-results/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and toolbar title in the browser's language, from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extActionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    permissions: ['storage'],
    // Extension pages run only the extension's own scripts: no eval, no remote code, no plugins.
    content_security_policy: manifestVersion === 3
      ? { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" }
      : "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    host_permissions: [...NEWS_MATCHES],
    // Access to every site is optional, granted by the user from the options page (MV2 spells it optional_permissions).
    ...(manifestVersion === 3
      ? { optional_permissions: ['scripting'], optional_host_permissions: ['<all_urls>'] }
      : { optional_permissions: ['scripting', '<all_urls>'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
