import { browser } from 'wxt/browser';
import type { UiLang } from '../../lib/languages';
import { disabledSiteFor, effectiveUiLang, parseSettings, siteKey, withSiteDisabled } from '../../lib/settings';
import { settingsString } from '../../lib/settings-strings';
import { browserUiLang, loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

/** The context-menu entry that turns Entente off (or back on) for the page's site. */
export const SITE_MENU_ID = 'entente-toggle-site';

/**
 * Registers the page context menu's "Turn Entente off or on for this site" and keeps the
 * background's UI language in step with Settings. Returns the UI language now (for the
 * message handler, which names entities in it) and the menu's maker, called once the other menus
 * are made at each start. Call once, synchronously, from the background.
 */
export function registerSiteMenu(): { uiLang: () => UiLang; createMenu: () => void } {
  let lang = browserUiLang();
  const title = () => settingsString(lang, 'menuToggleSite');

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SITE_MENU_ID) return;
    const host = siteKey(info.pageUrl ?? tab?.url ?? '');
    if (!host) return;
    void updateSettings((settings) => withSiteDisabled(settings, host, disabledSiteFor(settings, host) === null));
  });

  const follow = (settings = parseSettings(undefined)) => {
    const next = effectiveUiLang(settings, browserUiLang());
    if (next === lang) return;
    lang = next;
    browser.contextMenus.update(SITE_MENU_ID, { title: title() }).catch(() => undefined);
  };
  void loadSettings().then(follow, () => undefined);
  watchSettings(follow);
  return {
    uiLang: () => lang,
    // Made at each start, after the other menus are (re)made: see registerArticleMenus.
    createMenu: () =>
      browser.contextMenus.create(
        { id: SITE_MENU_ID, title: title(), contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] },
        () => void browser.runtime.lastError,
      ),
  };
}
