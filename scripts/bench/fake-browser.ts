/**
 * `webextension-polyfill` for the bench in plain Node: WXT's in-memory fake browser (the unit tests'
 * `fakeBrowser`), so the background's own handlers (src/app/background/service.ts) run here as
 * they do under vitest. library.ts redirects the polyfill's imports to this module.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
