import type { UiLang } from './languages';
import { UI_LANGS } from './languages';

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
  tagline: 'Countries and officials in the news, with Ukraine’s defence-cooperation articles.',
  corpusSize: '{n} articles in the bundled corpus. Nothing leaves your browser.',
  reader: 'Reader',
  notFound: 'This article is not in the corpus.',
  source: 'Source',
  removedFurniture: 'Removed as page furniture',
  cites: 'Cites',
};
export type UiStringKey = keyof typeof en;

const STRINGS: Record<UiLang, Record<UiStringKey, string>> = {
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
    tagline: 'Країни й посадовці в новинах — і статті про оборонну співпрацю України.',
    corpusSize: 'У вбудованому корпусі {n} статей. Нічого не залишає ваш браузер.',
    reader: 'Читанка',
    notFound: 'Цієї статті немає в корпусі.',
    source: 'Джерело',
    removedFurniture: 'Вилучено як службовий текст сторінки',
    cites: 'Посилається на',
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
    tagline: 'Страны и официальные лица в новостях — и статьи об оборонном сотрудничестве Украины.',
    corpusSize: 'Во встроенном корпусе {n} статей. Ничто не покидает ваш браузер.',
    reader: 'Читалка',
    notFound: 'Этой статьи нет в корпусе.',
    source: 'Источник',
    removedFurniture: 'Удалено как служебный текст страницы',
    cites: 'Ссылается на',
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
    tagline: 'Länder und Amtsträger in den Nachrichten — mit Artikeln zur Verteidigungskooperation der Ukraine.',
    corpusSize: '{n} Artikel im mitgelieferten Korpus. Nichts verlässt Ihren Browser.',
    reader: 'Leser',
    notFound: 'Dieser Artikel ist nicht im Korpus.',
    source: 'Quelle',
    removedFurniture: 'Als Seitenbeiwerk entfernt',
    cites: 'Zitiert',
  },
};

/** The UI language for a browser locale ("uk-UA" -> "uk"); English when we have no translation. */
export function uiLangFor(locale: string | undefined): UiLang {
  const primary = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return (UI_LANGS as readonly string[]).includes(primary ?? '') ? (primary as UiLang) : 'en';
}

/** A UI string with `{name}` placeholders filled in. */
export function uiString(lang: UiLang, key: UiStringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function langLabel(lang: UiLang, articleLang: string): string {
  const key = `lang${articleLang.charAt(0).toUpperCase()}${articleLang.slice(1)}` as UiStringKey;
  return key in en ? uiString(lang, key) : articleLang;
}
