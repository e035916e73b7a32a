/**
 * The user's settings: what they are, where they live (storage.local), how older stored shapes are
 * upgraded, and how a corrupt stored value falls back to defaults without losing what can be kept.
 */
import browser from 'webextension-polyfill';
import { normaliseHost } from '../base/urls';

/** The current schema version. Bump it and add a step to {@link migrate} when the shape changes. */
export const SETTINGS_VERSION = 3;
export const SETTINGS_KEY = 'settings';

export interface Settings {
  version: number;
  /** Master switch. */
  enabled: boolean;
  /** Inline badges beside figures on pages. */
  badges: boolean;
  /** Hostnames (without www.) where the user turned Crosscheck off. */
  disabledSites: string[];
  /** The reader's library is on (opt-in): Gaza-war articles read are kept, on this machine. */
  keepLibrary: boolean;
  /** Keeping is paused: the library stays and is still used, but nothing new enters it automatically. */
  libraryPaused: boolean;
  /** The user answered (or dismissed) the popup's invitation to turn the library on: it is not shown again. */
  libraryInvited: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  badges: true,
  disabledSites: [],
  keepLibrary: false,
  libraryPaused: false,
  libraryInvited: false,
});

/** The outcome of reading stored settings: the settings, and a warning when something was dropped. */
export interface LoadedSettings {
  settings: Settings;
  warning: string | null;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Upgrades any stored shape to the current one. Version 1 (no `version` field) kept the off-sites
 * as `blockedHosts` and had `showBadges`; both carry over. Version 3 added the library's three
 * switches, off for a user upgrading from version 2 (the library is opt-in). Unknown or mistyped fields fall back to
 * their defaults one by one, so one bad field never costs the user the others.
 */
export function migrate(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, warning: null };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, warning: 'Stored settings were unreadable; defaults restored.' };
  }
  const s = stored as Record<string, unknown>;
  const bad: string[] = [];
  const pickBool = (key: string, ...alts: string[]): boolean | undefined => {
    for (const k of [key, ...alts]) {
      if (s[k] === undefined) continue;
      if (typeof s[k] === 'boolean') return s[k];
      bad.push(k);
    }
    return undefined;
  };
  const sites = s.disabledSites ?? s.blockedHosts;
  if (sites !== undefined && !isStringArray(sites)) bad.push('disabledSites');
  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabled: pickBool('enabled') ?? DEFAULT_SETTINGS.enabled,
    badges: pickBool('badges', 'showBadges') ?? DEFAULT_SETTINGS.badges,
    disabledSites: isStringArray(sites) ? [...new Set(sites.map(normaliseHost))] : [],
    keepLibrary: pickBool('keepLibrary') ?? DEFAULT_SETTINGS.keepLibrary,
    libraryPaused: pickBool('libraryPaused') ?? DEFAULT_SETTINGS.libraryPaused,
    libraryInvited: pickBool('libraryInvited') ?? DEFAULT_SETTINGS.libraryInvited,
  };
  return { settings, warning: bad.length ? `Stored settings had unreadable fields (${bad.join(', ')}); they were reset.` : null };
}

/** True when Crosscheck should run on `host` under `settings`. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const h = normaliseHost(host);
  return settings.enabled && !settings.disabledSites.some((d) => h === d || h.endsWith(`.${d}`));
}

/** Reads the settings, upgrading and repairing as needed (and writing the repaired shape back). */
export async function loadSettings(): Promise<LoadedSettings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const loaded = migrate(stored);
  if (loaded.warning) console.warn(`Crosscheck: ${loaded.warning}`);
  if (stored !== undefined && JSON.stringify(stored) !== JSON.stringify(loaded.settings)) {
    await browser.storage.local.set({ [SETTINGS_KEY]: loaded.settings });
  }
  return loaded;
}

/** Saves a change to the settings, keeping every other field. */
export async function updateSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next: Settings = { ...settings, ...change, version: SETTINGS_VERSION };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Turns Crosscheck on or off for one site. */
export async function setSiteEnabled(host: string, on: boolean): Promise<Settings> {
  const { settings } = await loadSettings();
  const h = normaliseHost(host);
  const rest = settings.disabledSites.filter((d) => d !== h);
  return updateSettings({ disabledSites: on ? rest : [...rest, h] });
}

/** Calls `fn` with the new settings whenever they change in storage. Returns a function that stops. */
export function watchSettings(fn: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) fn(migrate(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
