import type { UiLang } from './languages';

/**
 * The hover card's strings, kept apart from the rest of the UI's (./ui-strings.ts takes them in):
 * the content script bundles these few, not the translations of every extension page, which were
 * 40% of its size.
 */
const en = {
  relatedArticles: 'Related cooperation articles',
  noRelated: 'No article in the corpus mentions this yet.',
  loading: 'Looking for related articles…',
  failed: 'Entente could not load related articles.',
  moreArticles: '{n} more',
  country: 'Country',
  close: 'Close',
  langUk: 'Ukrainian',
  langRu: 'Russian',
  langDe: 'German',
  langEn: 'English',
  ownArticle: 'Your article',
};

export type CardStringKey = keyof typeof en;

export const CARD_STRINGS: Record<UiLang, Record<CardStringKey, string>> = {
  en,
  uk: {
    relatedArticles: 'Статті про співпрацю',
    noRelated: 'У корпусі ще немає статей про це.',
    loading: 'Шукаємо пов’язані статті…',
    failed: 'Entente не змогла завантажити статті.',
    moreArticles: 'Ще {n}',
    country: 'Країна',
    close: 'Закрити',
    langUk: 'Українська',
    langRu: 'Російська',
    langDe: 'Німецька',
    langEn: 'Англійська',
    ownArticle: 'Ваша стаття',
  },
  ru: {
    relatedArticles: 'Статьи о сотрудничестве',
    noRelated: 'В корпусе пока нет статей об этом.',
    loading: 'Ищем связанные статьи…',
    failed: 'Entente не удалось загрузить статьи.',
    moreArticles: 'Ещё {n}',
    country: 'Страна',
    close: 'Закрыть',
    langUk: 'Украинский',
    langRu: 'Русский',
    langDe: 'Немецкий',
    langEn: 'Английский',
    ownArticle: 'Ваша статья',
  },
  de: {
    relatedArticles: 'Artikel zur Zusammenarbeit',
    noRelated: 'Im Korpus erwähnt noch kein Artikel dies.',
    loading: 'Suche verwandte Artikel…',
    failed: 'Entente konnte die Artikel nicht laden.',
    moreArticles: '{n} weitere',
    country: 'Land',
    close: 'Schließen',
    langUk: 'Ukrainisch',
    langRu: 'Russisch',
    langDe: 'Deutsch',
    langEn: 'Englisch',
    ownArticle: 'Ihr Artikel',
  },
};

/** `template` with its `{name}` placeholders filled in (a missing one is left as it is). */
export function fillIn(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function cardString(lang: UiLang, key: CardStringKey, vars: Record<string, string | number> = {}): string {
  return fillIn(CARD_STRINGS[lang][key], vars);
}

/** An article language's name in the UI language ("uk" -> "Ukrainian"); the code itself when unknown. */
export function langLabel(lang: UiLang, articleLang: string): string {
  const key = `lang${articleLang.charAt(0).toUpperCase()}${articleLang.slice(1)}`;
  return key in en ? CARD_STRINGS[lang][key as CardStringKey] : articleLang;
}
