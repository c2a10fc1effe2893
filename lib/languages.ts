/** Languages the gazetteer names entities in (BCP 47 primary subtags). */
export const GAZETTEER_LANGS = ['en', 'uk', 'ru', 'de', 'fr', 'pl', 'ja'] as const;
export type GazetteerLang = (typeof GAZETTEER_LANGS)[number];

/** Languages of the bundled corpus articles. */
export const ARTICLE_LANGS = ['uk', 'ru', 'de', 'en'] as const;
export type ArticleLang = (typeof ARTICLE_LANGS)[number];

/** Languages the user interface is translated into. */
export const UI_LANGS = ['en', 'uk', 'ru', 'de'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The UI language for a browser locale ("uk-UA" -> "uk"); English when we have no translation. */
export function uiLangFor(locale: string | undefined): UiLang {
  const primary = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return (UI_LANGS as readonly string[]).includes(primary ?? '') ? (primary as UiLang) : 'en';
}
