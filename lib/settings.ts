import * as z from 'zod/mini';
import { UI_LANGS, type UiLang } from './languages';
import { lazily } from './lazily';

/**
 * The user's preferences: schema, defaults, per-field parsing, the diff that is stored, and the
 * migrations from older stored shapes. Pure (no browser globals): utils/settings-store.ts wires
 * it to `sync:settings`. Written with zod/mini because the content script reads settings too.
 */

/** The kinds of mention that can be highlighted (the three highlight names in highlights.css). */
export const HIGHLIGHT_KINDS = ['country', 'person', 'adjective'] as const;
export type HighlightKindSetting = (typeof HIGHLIGHT_KINDS)[number];

/** How mentions are painted: a tinted background (with an underline), or an underline only. */
export const HIGHLIGHT_STYLES = ['background', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** "Always", or only while this key is held (KeyboardEvent.key names). */
export const ACTIVATION_KEYS = ['none', 'Alt', 'Shift', 'Control', 'Meta'] as const;
export type ActivationKey = (typeof ACTIVATION_KEYS)[number];

export const UI_LANGUAGE_CHOICES = ['auto', ...UI_LANGS] as const;
export type UiLanguageChoice = (typeof UI_LANGUAGE_CHOICES)[number];

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
export const CARD_ARTICLES_RANGE = { min: 1, max: 10 } as const;
/** Enough for any real list, small enough for storage.sync's 8 KB per item. */
export const MAX_DISABLED_SITES = 200;

export type Settings = {
  /** Entente highlights pages at all. */
  enabled: boolean;
  /** Sites (host names, without "www.") where Entente is off; a site covers its subdomains. */
  disabledSites: string[];
  kinds: Record<HighlightKindSetting, boolean>;
  style: HighlightStyle;
  /** How long the pointer rests on a mention before its card opens, in ms. */
  hoverDelayMs: number;
  activationKey: ActivationKey;
  /** How many related articles a hover card lists. */
  cardArticles: number;
  uiLanguage: UiLanguageChoice;
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  kinds: { country: true, person: true, adjective: true },
  style: 'background',
  hoverDelayMs: 150,
  activationKey: 'none',
  cardArticles: 3,
  uiLanguage: 'auto',
});

/** The version of the stored shape; bump it with a new entry in SETTINGS_MIGRATIONS. */
export const SETTINGS_VERSION = 2;

// The field schemas are built on first use: storage holds only what differs from the defaults,
// and the content script reads the settings in every frame of every page.
const siteSchema = lazily(() => z.string().check(z.minLength(1), z.maxLength(253)));
const booleanSchema = lazily(() => z.boolean());
const styleSchema = lazily(() => z.enum(HIGHLIGHT_STYLES));
const activationKeySchema = lazily(() => z.enum(ACTIVATION_KEYS));
const uiLanguageSchema = lazily(() => z.enum(UI_LANGUAGE_CHOICES));
const intIn = (range: { min: number; max: number }) =>
  lazily(() => z.int().check(z.minimum(range.min), z.maximum(range.max)));
const hoverDelaySchema = intIn(HOVER_DELAY_RANGE);
const cardArticlesSchema = intIn(CARD_ARTICLES_RANGE);

/**
 * One schema per field, each with its own fallback: a corrupt value falls back alone.
 * Sites are parsed one by one too, so a bad entry drops out and the rest survive.
 */
const FIELD_PARSERS: { [K in keyof Settings]: (raw: unknown) => Settings[K] } = {
  enabled: (raw) => parseOr(booleanSchema, raw, DEFAULT_SETTINGS.enabled),
  disabledSites: (raw) => {
    if (!Array.isArray(raw)) return [];
    const sites: string[] = [];
    for (const entry of raw) {
      const site = typeof entry === 'string' ? siteKey(entry) : null;
      if (site && siteSchema().safeParse(site).success && !sites.includes(site)) sites.push(site);
      if (sites.length >= MAX_DISABLED_SITES) break;
    }
    return sites;
  },
  kinds: (raw) => {
    const record = ownFields(raw);
    const kinds = { ...DEFAULT_SETTINGS.kinds };
    for (const kind of HIGHLIGHT_KINDS) kinds[kind] = parseOr(booleanSchema, record[kind], kinds[kind]);
    return kinds;
  },
  style: (raw) => parseOr(styleSchema, raw, DEFAULT_SETTINGS.style),
  hoverDelayMs: (raw) => parseOr(hoverDelaySchema, raw, DEFAULT_SETTINGS.hoverDelayMs),
  activationKey: (raw) => parseOr(activationKeySchema, raw, DEFAULT_SETTINGS.activationKey),
  cardArticles: (raw) => parseOr(cardArticlesSchema, raw, DEFAULT_SETTINGS.cardArticles),
  uiLanguage: (raw) => parseOr(uiLanguageSchema, raw, DEFAULT_SETTINGS.uiLanguage),
};

/**
 * Full settings from whatever storage holds (the stored diff, or garbage): every field is
 * parsed alone and falls back to its default, so one corrupt value never loses the others.
 */
export function parseSettings(raw: unknown): Settings {
  const record = ownFields(raw);
  return {
    enabled: FIELD_PARSERS.enabled(record.enabled),
    disabledSites: FIELD_PARSERS.disabledSites(record.disabledSites),
    kinds: FIELD_PARSERS.kinds(record.kinds),
    style: FIELD_PARSERS.style(record.style),
    hoverDelayMs: FIELD_PARSERS.hoverDelayMs(record.hoverDelayMs),
    activationKey: FIELD_PARSERS.activationKey(record.activationKey),
    cardArticles: FIELD_PARSERS.cardArticles(record.cardArticles),
    uiLanguage: FIELD_PARSERS.uiLanguage(record.uiLanguage),
  };
}

/** What is stored: only the fields (and kinds) that differ from the defaults. */
export type StoredSettings = Partial<Omit<Settings, 'kinds'>> & { kinds?: Partial<Settings['kinds']> };

/** The part of `settings` that differs from the defaults: what goes into storage. */
export function settingsDiff(settings: Settings): StoredSettings {
  const diff: StoredSettings = {};
  const defaults = DEFAULT_SETTINGS;
  if (settings.enabled !== defaults.enabled) diff.enabled = settings.enabled;
  if (settings.disabledSites.length > 0) diff.disabledSites = [...settings.disabledSites];
  const kinds: Partial<Settings['kinds']> = {};
  for (const kind of HIGHLIGHT_KINDS) {
    if (settings.kinds[kind] !== defaults.kinds[kind]) kinds[kind] = settings.kinds[kind];
  }
  if (Object.keys(kinds).length > 0) diff.kinds = kinds;
  if (settings.style !== defaults.style) diff.style = settings.style;
  if (settings.hoverDelayMs !== defaults.hoverDelayMs) diff.hoverDelayMs = settings.hoverDelayMs;
  if (settings.activationKey !== defaults.activationKey) diff.activationKey = settings.activationKey;
  if (settings.cardArticles !== defaults.cardArticles) diff.cardArticles = settings.cardArticles;
  if (settings.uiLanguage !== defaults.uiLanguage) diff.uiLanguage = settings.uiLanguage;
  return diff;
}

/**
 * The site key of a URL or host: its host name, lower-case, without "www." and a trailing dot;
 * null when there is none (about:blank, a file, garbage).
 */
export function siteKey(urlOrHost: string): string | null {
  const text = urlOrHost.trim();
  if (!text) return null;
  let host: string;
  try {
    // The URL parser lower-cases and punycodes the host, as `location.hostname` gives it.
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  // Browsers differ on what a host may hold ("a b" is percent-encoded by some): DNS names, IPs.
  return /^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*)$/.test(host) ? host : null;
}

/** The disabled-site entry that covers a host (the site itself or a parent domain), if any. */
export function disabledSiteFor(settings: Settings, host: string): string | null {
  const key = siteKey(host);
  if (!key) return null;
  return settings.disabledSites.find((site) => key === site || key.endsWith(`.${site}`)) ?? null;
}

/** Whether Entente annotates pages of these hosts (a frame's own and its top page's). */
export function isActiveOn(settings: Settings, hosts: readonly string[]): boolean {
  return settings.enabled && hosts.every((host) => disabledSiteFor(settings, host) === null);
}

/** Settings with a site turned off (true) or back on (false); a parent entry is removed too. */
export function withSiteDisabled(settings: Settings, host: string, disabled: boolean): Settings {
  const key = siteKey(host);
  if (!key) return settings;
  const others = settings.disabledSites.filter((site) => site !== key && !key.endsWith(`.${site}`));
  const disabledSites = disabled ? [...others, key].slice(-MAX_DISABLED_SITES) : others;
  return { ...settings, disabledSites };
}

/** The language the UI speaks: the override, or the browser's language when it is "auto". */
export function effectiveUiLang(settings: Settings, browserLang: UiLang): UiLang {
  return settings.uiLanguage === 'auto' ? browserLang : settings.uiLanguage;
}

/**
 * Version 1 was the first draft's shape, kept by installs that have it:
 * `{ enabled, blockedSites: origins ("https://www.bbc.com"), highlightCountries,
 * highlightPeople, underlineOnly, hoverDelay (seconds), maxArticles, language }`.
 */
export function migrateV1ToV2(old: unknown): StoredSettings {
  const v1 = ownFields(old);
  // A value already in the current shape (stored without WXT's version record) keeps its fields.
  const next: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) if (key in v1) next[key] = v1[key];
  if (typeof v1.enabled === 'boolean') next.enabled = v1.enabled;
  if (Array.isArray(v1.blockedSites)) {
    next.disabledSites = v1.blockedSites.flatMap((origin) => {
      const key = typeof origin === 'string' ? siteKey(origin) : null;
      return key ? [key] : [];
    });
  }
  const kinds: Record<string, unknown> = {};
  if (typeof v1.highlightCountries === 'boolean') {
    // v1 had no separate switch for adjectives: they followed the countries.
    kinds.country = v1.highlightCountries;
    kinds.adjective = v1.highlightCountries;
  }
  if (typeof v1.highlightPeople === 'boolean') kinds.person = v1.highlightPeople;
  if (Object.keys(kinds).length > 0) next.kinds = kinds;
  if (typeof v1.underlineOnly === 'boolean') next.style = v1.underlineOnly ? 'underline' : 'background';
  if (typeof v1.hoverDelay === 'number' && Number.isFinite(v1.hoverDelay)) {
    next.hoverDelayMs = Math.round(
      Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, v1.hoverDelay * 1000)),
    );
  }
  if (v1.maxArticles !== undefined) next.cardArticles = v1.maxArticles;
  if (v1.language !== undefined) next.uiLanguage = v1.language === 'browser' ? 'auto' : v1.language;
  // Whatever survives the move is parsed like any stored value, and only the changes are kept.
  return settingsDiff(parseSettings(next));
}

/** Migrations by the version they produce, as WXT's `storage.defineItem` expects them. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/** Runs a value stored at `fromVersion` through every migration up to SETTINGS_VERSION. */
export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (migrate) value = migrate(value);
  }
  return value;
}

/** `raw` if `schema` accepts it, else the fallback; a field that is not stored is its fallback. */
function parseOr<T>(schema: () => z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  if (raw === undefined) return fallback;
  const parsed = schema().safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

/** A plain object's own fields (never inherited ones); empty for anything else. */
function ownFields(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) fields[key] = field;
  return fields;
}
