import { browser } from 'wxt/browser';
import type { Mention } from '../../lib/gazetteer-schema';
import { uiLangFor, type UiLang } from '../../lib/languages';
import { effectiveUiLang, isActiveOn, parseSettings, type Settings } from '../../lib/settings';
import { highlightName } from '../../lib/settings-style';
import type { Annotator, FindMentions } from './annotator';
import type { HighlightKind, Highlighter } from './highlighter';

/**
 * The user's settings as the content script lives by them, applied to an open tab at once:
 * storage is watched, and a change turns the annotator off or on, filters the kinds, swaps the
 * highlight names (never the page's DOM), and changes the hover dwell, key and card size.
 */
export type LiveSettings = {
  current(): Settings;
  /** Entente is on, and on for this page's site (and its top page's). */
  isActive(): boolean;
  uiLang: () => UiLang;
  /**
   * A batch finder that finds nothing while off (and then sends no text anywhere) and only the
   * kinds the user wants.
   */
  filterMentions(findMentions: FindMentions, kindOf: (mention: Mention) => HighlightKind): FindMentions;
  /** The registry name for a kind in the current style; null while the kind is not shown. */
  highlightName: (kind: HighlightKind) => string | null;
  /** Whether a pointer or key event holds the activation key (always true without one). */
  isActivated: (event: { altKey: boolean; ctrlKey: boolean; shiftKey: boolean; metaKey: boolean }) => boolean;
  /** Starts applying changes to the page's annotator, highlighter and card. */
  connect(page: LivePage): void;
  dispose(): void;
};

/** What a settings change acts on. */
export type LivePage = {
  annotator: Annotator;
  highlighter: Highlighter;
  root: Element;
  /** Closes the card (the page was turned off, or its language changed). */
  closeCard(): void;
  /** Repaints an open card (its language changed). */
  onLanguageChange?(): void;
};

/** The hosts a frame answers to: its own and its top page's (an ad frame on a site turned off). */
export function pageHosts(loc: Location = location): string[] {
  const hosts = [loc.hostname];
  const origins = loc.ancestorOrigins;
  const top = origins && origins.length > 0 ? origins[origins.length - 1] : undefined;
  if (top) {
    try {
      hosts.push(new URL(top).hostname);
    } catch {
      // An opaque origin ("null") has no host.
    }
  } else if (window.top !== window) {
    try {
      hosts.push(window.top!.location.hostname);
    } catch {
      // A cross-origin top page without ancestorOrigins (Firefox): only the frame's own host.
    }
  }
  return hosts.filter((host) => host !== '');
}

/**
 * The key utils/settings-store.ts keeps settings under in storage.sync. The content script reads
 * it with the plain storage API, not WXT's storage module, to stay within its size budget; the
 * background migrates older shapes when it starts, and a value it has not reached yet is still
 * read field by field.
 */
const SYNC_KEY = 'settings';

async function readSettings(): Promise<Settings> {
  try {
    const items = await browser.storage.sync.get(SYNC_KEY);
    return parseSettings(items[SYNC_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Loads the settings and starts watching them; the page is connected once it is built. */
export async function loadLiveSettings(hosts: readonly string[]): Promise<LiveSettings> {
  let settings = await readSettings();
  let page: LivePage | null = null;
  /** The annotator's initial scan ran (start), so later turns on rescan instead. */
  let started = false;
  const browserLang = uiLangFor(browser.i18n.getUILanguage());

  const isActive = () => isActiveOn(settings, hosts);
  const shows = (kind: HighlightKind) => settings.kinds[kind];

  const apply = (next: Settings, previous: Settings) => {
    if (!page) return;
    const { annotator, highlighter, root } = page;
    const wasActive = isActiveOn(previous, hosts);
    const nowActive = isActiveOn(next, hosts);
    const kindsChanged = (['country', 'person', 'adjective'] as const).some((k) => next.kinds[k] !== previous.kinds[k]);
    if (next.style !== previous.style || kindsChanged) highlighter.ensureRegistered();
    if (wasActive && !nowActive) page.closeCard();
    if (nowActive && !started) {
      started = true;
      void annotator.start();
    } else if (wasActive !== nowActive || (nowActive && kindsChanged)) {
      // The matcher runs again over the page, through the filter, which now finds what it should.
      annotator.rescan([root]);
    }
    if (effectiveUiLang(next, browserLang) !== effectiveUiLang(previous, browserLang)) page.onLanguageChange?.();
  };
  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SYNC_KEY in changes)) return;
    const previous = settings;
    settings = parseSettings(changes[SYNC_KEY]?.newValue);
    apply(settings, previous);
  };
  browser.storage.onChanged.addListener(onStorageChange);
  const unwatch = () => browser.storage.onChanged.removeListener(onStorageChange);

  return {
    current: () => settings,
    isActive,
    uiLang: () => effectiveUiLang(settings, browserLang),
    filterMentions: (findMentions, kindOf) => async (texts) => {
      if (!isActive()) return texts.map(() => []);
      const found = await findMentions(texts);
      // Settings may have changed while the background was matching.
      if (!isActive()) return texts.map(() => []);
      const { country, person, adjective } = settings.kinds;
      return country && person && adjective ? found : found.map((list) => list.filter((m) => shows(kindOf(m))));
    },
    highlightName: (kind) => (shows(kind) ? highlightName(settings.style, kind) : null),
    isActivated: (event) => {
      switch (settings.activationKey) {
        case 'none':
          return true;
        case 'Alt':
          return event.altKey;
        case 'Shift':
          return event.shiftKey;
        case 'Control':
          return event.ctrlKey;
        case 'Meta':
          return event.metaKey;
      }
    },
    connect(connected) {
      page = connected;
      if (isActive()) {
        started = true;
        void connected.annotator.start();
      }
    },
    dispose() {
      unwatch();
      page = null;
    },
  };
}
