/**
 * Words news sites use for page furniture, in uk, ru, de, en and pl. The extractor in
 * `parse-page.ts` turns these into line rules; add a phrase here when a new site uses another.
 * All comparisons are case-insensitive and ignore a trailing ":" / "!" / "…".
 */

/** A line equal to one of these opens a list of other articles: the article body ends there. */
export const BLOCK_HEADERS: readonly string[] = [
  // ru
  'еще по теме',
  'ещё по теме',
  'по теме',
  'новости по теме',
  'последнее',
  'последние новости',
  'другие новости',
  'популярное',
  'самое читаемое',
  'не пропустите',
  'предыдущая новость',
  'следующая новость',
  'вам может быть интересно',
  'лента новостей',
  // uk
  'останні новини',
  'останнє',
  'більше по темі',
  'більше новин',
  'новини по темі',
  'інші новини',
  'популярне',
  'найпопулярніше',
  'не пропустіть',
  'попередня новина',
  'наступна новина',
  'вас може зацікавити',
  'схожі новини',
  'стрічка новин',
  // de
  'mehr zum thema',
  'neueste nachrichten',
  'aktuelle nachrichten',
  'weitere nachrichten',
  'weitere artikel',
  'das könnte sie auch interessieren',
  'das könnte sie interessieren',
  'verpassen sie nicht',
  'vorheriger artikel',
  'nächster artikel',
  'meistgelesen',
  'auch interessant',
  // en
  'related',
  'related news',
  'related articles',
  'more on this topic',
  'more news',
  'latest',
  'latest news',
  "don't miss",
  'don’t miss',
  'previous article',
  'next article',
  'previous story',
  'next story',
  'most read',
  'you may also like',
  'top stories',
  // pl
  'najnowsze',
  'najnowsze wiadomości',
  'więcej na ten temat',
  'powiązane',
  'powiązane artykuły',
  'nie przegap',
  'poprzedni artykuł',
  'następny artykuł',
  'najczęściej czytane',
];

/**
 * "Read also" markers. A line starting with one is a teaser (and a bare marker line takes the
 * next line, its headline, with it); inside a paragraph, the marker and everything after it go.
 */
export const TEASER_MARKERS: readonly string[] = [
  'читайте також',
  'читайте також:',
  'дивіться також',
  'читати також',
  'читайте также',
  'смотрите также',
  'см. также',
  'lesen sie auch',
  'lesen sie mehr',
  'siehe auch',
  'read also',
  'read more',
  'see also',
  'czytaj także',
  'czytaj też',
  'zobacz także',
  'zobacz też',
];

/** Whole-line advertising labels. */
export const AD_LABELS: readonly string[] = [
  'реклама',
  'advertisement',
  'advertising',
  'sponsored',
  'anzeige',
  'werbung',
  'reklama',
];

/** Whole-line "back to top" links. */
export const BACK_TO_TOP: readonly string[] = [
  'напочаток',
  'на початок',
  'вгору',
  'нагору',
  'наверх',
  'в начало',
  'к началу',
  'back to top',
  'to top',
  'nach oben',
  'zurück nach oben',
  'na górę',
  'do góry',
];

/** Whole-line share buttons. */
export const SHARE_LABELS: readonly string[] = ['поділитися', 'поделиться', 'teilen', 'share', 'udostępnij'];

/** Prefixes of photo / image credit lines ("Фото: ...", "Foto: dpa"). */
export const PHOTO_CREDIT_PREFIXES: readonly string[] = [
  'фото',
  'фото ілюстративне',
  'ілюстративне фото',
  'иллюстративное фото',
  'джерело фото',
  'источник фото',
  'foto',
  'fotos',
  'bild',
  'bildquelle',
  'photo',
  'image',
  'credit',
  'zdjęcie',
  'źródło zdjęcia',
];

/** Words for "minute(s)" in reading-time lines ("2 мин читать", "1 хв читання", "3 Min. Lesezeit"). */
export const READING_MINUTE_WORDS: readonly string[] = [
  'мин',
  'минута',
  'минуты',
  'минут',
  'хв',
  'хвилина',
  'хвилини',
  'хвилин',
  'min',
  'mins',
  'minute',
  'minutes',
  'minuten',
  'minuta',
  'minuty',
];

/** Words for "read" / "reading time" in reading-time lines. */
export const READING_WORDS: readonly string[] = [
  'читать',
  'чтения',
  'на чтение',
  'время чтения',
  'читання',
  'на читання',
  'час читання',
  'read',
  'reading',
  'reading time',
  'lesezeit',
  'lesedauer',
  'zum lesen',
  'lesen',
  'czytania',
  'czas czytania',
];

/** Labels of a site's "today is ..." line: a calendar, not the article's date. */
export const TODAY_LABELS: readonly string[] = ['сьогодні', 'сегодня', 'heute', 'today', 'dzisiaj', 'dziś'];

/** Labels that may precede the article's own date ("Опубліковано: 10.06.2025"). */
export const DATE_LABELS: readonly string[] = [
  'опубліковано',
  'оновлено',
  'опубликовано',
  'обновлено',
  'дата',
  'veröffentlicht',
  'veröffentlicht am',
  'aktualisiert',
  'aktualisiert am',
  'stand',
  'published',
  'updated',
  'posted',
  'opublikowano',
  'aktualizacja',
];

/** Month names (nominative, genitive, short) in uk, ru, de, en, pl, to month number. */
export const MONTH_NAMES: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['січня', 'січень', 'января', 'январь', 'januar', 'jänner', 'january', 'jan', 'stycznia', 'styczeń'],
      ['лютого', 'лютий', 'февраля', 'февраль', 'februar', 'february', 'feb', 'lutego', 'luty'],
      ['березня', 'березень', 'марта', 'март', 'märz', 'march', 'mar', 'marca', 'marzec'],
      ['квітня', 'квітень', 'апреля', 'апрель', 'april', 'apr', 'kwietnia', 'kwiecień'],
      ['травня', 'травень', 'мая', 'май', 'mai', 'may', 'maja', 'maj'],
      ['червня', 'червень', 'июня', 'июнь', 'juni', 'june', 'jun', 'czerwca', 'czerwiec'],
      ['липня', 'липень', 'июля', 'июль', 'juli', 'july', 'jul', 'lipca', 'lipiec'],
      ['серпня', 'серпень', 'августа', 'август', 'august', 'aug', 'sierpnia', 'sierpień'],
      ['вересня', 'вересень', 'сентября', 'сентябрь', 'september', 'sep', 'sept', 'września', 'wrzesień'],
      ['жовтня', 'жовтень', 'октября', 'октябрь', 'oktober', 'october', 'oct', 'okt', 'października', 'październik'],
      ['листопада', 'листопад', 'ноября', 'ноябрь', 'november', 'nov', 'listopada', 'listopad'],
      ['грудня', 'грудень', 'декабря', 'декабрь', 'dezember', 'december', 'dec', 'dez', 'grudnia', 'grudzień'],
    ] as const
  ).flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Verbs and phrases that introduce a cited outlet ("пише Панорама Українських Подій"). */
export const CITE_PHRASES: readonly string[] = [
  // uk
  'пише',
  'повідомляє',
  'повідомило',
  'передає',
  'інформує',
  'з посиланням на',
  'в інтерв’ю',
  "в інтерв'ю",
  'в інтерв’ю виданню',
  "в інтерв'ю виданню",
  'виданню',
  'за даними',
  // ru
  'пишет',
  'сообщает',
  'сообщило',
  'передает',
  'передаёт',
  'со ссылкой на',
  'в интервью',
  'в интервью изданию',
  'изданию',
  'по данным',
  // de
  'berichtet',
  'berichtete',
  'meldet',
  'meldete',
  'im interview mit',
  'im gespräch mit',
  'laut',
  'zitiert von',
  // en
  'reports',
  'reported',
  'told',
  'in an interview with',
  'according to',
  // pl
  'podaje',
  'informuje',
  'w rozmowie z',
  'w wywiadzie dla',
  'według',
];
