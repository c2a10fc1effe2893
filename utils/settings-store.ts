import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { uiLangFor, type UiLang } from '../lib/languages';
import {
  effectiveUiLang,
  parseSettings,
  settingsDiff,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type StoredSettings,
} from '../lib/settings';

/** `sync:settings`: the user's preferences, only what differs from the defaults (lib/settings). */
export const SETTINGS_KEY = 'sync:settings';

let item: WxtStorageItem<StoredSettings | null, Record<string, unknown>> | null = null;

/**
 * The storage item, defined on first use: defining it runs the migrations, and nothing may run
 * at module top level (WXT imports entrypoints in Node at build time).
 */
function settingsItem() {
  item ??= storage.defineItem<StoredSettings | null>(SETTINGS_KEY, {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  return item;
}

/** The settings now, parsed field by field (a corrupt value falls back alone). */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem().getValue());
}

/** Stores `settings` as its difference from the defaults (nothing at all when it has none). */
export async function saveSettings(settings: Settings): Promise<void> {
  const diff = settingsDiff(settings);
  if (Object.keys(diff).length === 0) await settingsItem().removeValue();
  else await settingsItem().setValue(diff);
}

/** Reads, changes and stores the settings; returns what was stored. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return parseSettings(settingsDiff(next));
}

/** Calls `onChange` with the parsed settings whenever any context (or sync) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((raw) => onChange(parseSettings(raw)));
}

/** The browser's own UI language, narrowed to the ones Entente speaks. */
export function browserUiLang(): UiLang {
  return uiLangFor(browser.i18n.getUILanguage());
}

/** The UI language for an extension page: the user's override, else the browser's. */
export async function loadUiLang(): Promise<UiLang> {
  const settings = await loadSettings().catch(() => parseSettings(undefined));
  return effectiveUiLang(settings, browserUiLang());
}
