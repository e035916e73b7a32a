import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, isSiteEnabled, loadSettings, migrate, setSiteEnabled, updateSettings, watchSettings,
} from '../../../src/platform/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('gives the defaults when nothing is stored', async () => {
    const { settings, warning } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warning).toBeNull();
  });

  it('upgrades the version-1 shape and keeps what the user set', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: true, showBadges: false, blockedHosts: ['www.BBC.co.uk', 'cnn.com'] } });
    const { settings } = await loadSettings();
    expect(settings).toEqual({ version: SETTINGS_VERSION, enabled: true, badges: false, disabledSites: ['bbc.co.uk', 'cnn.com'], keepLibrary: false, libraryPaused: false, libraryInvited: false });
    // The upgraded shape is written back, so the next read needs no migration.
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(settings);
  });

  it('upgrades version 2 (before the library) with the library off, and keeps the library switches from then on', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, enabled: false, badges: true, disabledSites: ['cnn.com'] } });
    const { settings } = await loadSettings();
    expect(settings).toEqual({ version: 3, enabled: false, badges: true, disabledSites: ['cnn.com'], keepLibrary: false, libraryPaused: false, libraryInvited: false });
    await updateSettings({ keepLibrary: true, libraryInvited: true });
    expect((await loadSettings()).settings).toMatchObject({ enabled: false, disabledSites: ['cnn.com'], keepLibrary: true, libraryPaused: false, libraryInvited: true });
  });

  it('a mistyped library switch falls back to off, and the others are kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: 'yes', libraryPaused: true, libraryInvited: true } });
    const { settings, warning } = await loadSettings();
    expect(settings).toMatchObject({ keepLibrary: false, libraryPaused: true, libraryInvited: true });
    expect(warning).toMatch(/keepLibrary/);
  });

  it('falls back to defaults with a warning when the stored value is corrupt', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'not an object' });
    const { settings, warning } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warning).toMatch(/defaults/);
    expect(warn).toHaveBeenCalled();
  });

  it('resets only the corrupt field and keeps the others', () => {
    const { settings, warning } = migrate({ version: 2, enabled: 'yes', badges: false, disabledSites: ['itv.com'] });
    expect(settings.enabled).toBe(true);
    expect(settings.badges).toBe(false);
    expect(settings.disabledSites).toEqual(['itv.com']);
    expect(warning).toMatch(/enabled/);
  });

  it('turns a site off and on again without touching other settings', async () => {
    await updateSettings({ badges: false });
    await setSiteEnabled('www.reuters.com', false);
    let { settings } = await loadSettings();
    expect(isSiteEnabled(settings, 'www.reuters.com')).toBe(false);
    expect(isSiteEnabled(settings, 'uk.reuters.com')).toBe(false);
    expect(isSiteEnabled(settings, 'apnews.com')).toBe(true);
    expect(settings.badges).toBe(false);
    await setSiteEnabled('reuters.com', true);
    ({ settings } = await loadSettings());
    expect(isSiteEnabled(settings, 'www.reuters.com')).toBe(true);
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.badges));
    await updateSettings({ badges: false });
    await updateSettings({ badges: true });
    stop();
    await updateSettings({ badges: false });
    expect(seen).toEqual([false, true]);
  });
});
