/**
 * Benchmark texts for the matcher (scripts/bench-matcher.ts): `newsText` builds news-page-like text
 * (page chrome, menus, sidebars of unrelated headlines, articles on many topics) in seven languages
 * with a realistic mention density; `denseText` is the seed and evaluation paragraphs back to back
 * (a mention every ~45 characters), kept as a worst case. Both are deterministic (fixed seeds).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRandom as random } from '../lib/seeded-random';

const repo = fileURLToPath(new URL('../', import.meta.url));

export const BENCH_LANGS = ['uk', 'ru', 'de', 'en', 'fr', 'pl', 'ja'] as const;
type Lang = (typeof BENCH_LANGS)[number];

/** Paragraphs of the seed articles and the evaluation sentences, by language. */
export function mentionParagraphs(): Map<Lang, string[]> {
  const byLang = new Map<Lang, string[]>(BENCH_LANGS.map((l) => [l, []]));
  const corpus = JSON.parse(readFileSync(`${repo}data/corpus.json`, 'utf8')) as {
    articles: Array<{ lang: string; source?: { file?: string } }>;
  };
  const langOfFile = new Map(corpus.articles.map((a) => [a.source?.file ?? '', a.lang]));
  for (const name of readdirSync(`${repo}data/raw`).sort()) {
    const list = byLang.get((langOfFile.get(name) ?? 'uk') as Lang);
    for (const p of readFileSync(`${repo}data/raw/${name}`, 'utf8').split(/\n+/)) if (p.trim()) list?.push(p.trim());
  }
  for (const line of readFileSync(`${repo}test/fixtures/mentions/rules.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { lang: string; text: string };
    byLang.get(row.lang as Lang)?.push(row.text);
  }
  return byLang;
}

/** Every mention paragraph, one after another at random: the old, dense benchmark text. */
export function denseText(bytes: number): string {
  const paragraphs = [...mentionParagraphs().values()].flat();
  const next = random(20251122);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}

/** Everyday news vocabulary per language (sport, weather, prices, culture, local news). */
const WORDS: Record<Lang, string> = {
  uk: `місто район рада мешканці вулиця ремонт дорога школа лікарня погода дощ сніг температура
    градусів тиждень понеділок вівторок середа четвер пʼятниця субота неділя ціни продукти хліб
    молоко магазин гривні зарплата пенсія податок бюджет проєкт програма розвиток кошти гроші
    футбол матч команда гравець тренер гол перемога поразка чемпіонат сезон турнір стадіон вболівальники
    концерт театр вистава фестиваль виставка музей книга автор фільм премʼєра глядачі сцена
    студенти університет навчання екзамен вчителі батьки діти родина свято традиція церква
    енергетика світло електроенергія відключення графік газ тариф опалення вода комунальні
    лікарі пацієнти вакцинація здоровʼя аптека ліки поліція пожежа рятувальники аварія водій
    автобус трамвай метро потяг квитки розклад пасажири аеропорт рейс вокзал новини сьогодні вчора
    завтра ранок вечір ніч година хвилина рік місяць початок кінець частина результат питання
    відповідь рішення закон депутати засідання голосування сесія громада село область центр
    як що коли де чому тому але також вже ще лише дуже більше менше понад близько майже
    і та або в у на з із до від для про за після через під над між біля серед без`,
  ru: `город район совет жители улица ремонт дорога школа больница погода дождь снег температура
    градусов неделя понедельник вторник среда четверг пятница суббота воскресенье цены продукты хлеб
    молоко магазин рубли зарплата пенсия налог бюджет проект программа развитие средства деньги
    футбол матч команда игрок тренер гол победа поражение чемпионат сезон турнир стадион болельщики
    концерт театр спектакль фестиваль выставка музей книга автор фильм премьера зрители сцена
    студенты университет учеба экзамен учителя родители дети семья праздник традиция церковь
    энергетика свет электроэнергия отключение график газ тариф отопление вода коммунальные
    врачи пациенты вакцинация здоровье аптека лекарства полиция пожар спасатели авария водитель
    автобус трамвай метро поезд билеты расписание пассажиры аэропорт рейс вокзал новости сегодня вчера
    завтра утро вечер ночь час минута год месяц начало конец часть результат вопрос
    ответ решение закон депутаты заседание голосование сессия поселок село область центр
    как что когда где почему поэтому но также уже еще только очень больше меньше свыше около почти
    и или в на с из до от для о за после через под над между возле среди без`,
  de: `Stadt Bezirk Gemeinderat Bewohner Straße Baustelle Schule Krankenhaus Wetter Regen Schnee
    Temperatur Grad Woche Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Preise
    Lebensmittel Brot Milch Supermarkt Euro Gehalt Rente Steuer Haushalt Projekt Programm
    Entwicklung Mittel Geld Fußball Spiel Mannschaft Spieler Trainer Tor Sieg Niederlage
    Meisterschaft Saison Turnier Stadion Fans Konzert Theater Aufführung Festival Ausstellung
    Museum Buch Autorin Film Premiere Zuschauer Bühne Studierende Universität Studium Prüfung
    Lehrer Eltern Kinder Familie Feiertag Tradition Kirche Energie Strom Stromausfall Gas Tarif
    Heizung Wasser Ärzte Patienten Impfung Gesundheit Apotheke Polizei Feuerwehr Unfall Fahrer
    Bus Straßenbahn U-Bahn Zug Tickets Fahrplan Fahrgäste Flughafen Bahnhof Nachrichten heute gestern
    morgen Abend Nacht Stunde Minute Jahr Monat Anfang Ende Teil Ergebnis Frage Antwort
    Entscheidung Gesetz Abgeordnete Sitzung Abstimmung Gemeinde Dorf Landkreis Zentrum
    wie was wann wo warum deshalb aber auch schon noch nur sehr mehr weniger über etwa fast
    und oder in im an auf mit aus bis von für nach durch unter zwischen bei ohne der die das
    ein eine einen dem den des ist sind war wurde werden hat haben wird nicht sich es sie er`,
  en: `city council residents street roadworks school hospital weather rain snow temperature degrees
    week Monday Tuesday Wednesday Thursday Friday Saturday Sunday prices groceries bread milk
    supermarket pounds wages pension tax budget project programme development funding money
    football match team player coach goal win defeat league season tournament stadium fans concert
    theatre play festival exhibition museum book author film premiere audience stage students
    university exams teachers parents children family holiday tradition church energy power outage
    gas bills heating water doctors patients vaccine health pharmacy police fire crews crash driver
    bus tram train tickets timetable passengers airport flight station news today yesterday tomorrow
    morning evening night hour minute year month start end part result question answer decision law
    members meeting vote session village county centre how what when where why so but also already
    still only very more less over about almost and or in on with from to for of after through under
    between near among without the a an is are was were has have will not it they he she said says
    new local people time first last best could would told`,
  fr: `ville conseil habitants rue travaux école hôpital météo pluie neige température degrés semaine
    lundi mardi mercredi jeudi vendredi samedi dimanche prix courses pain lait supermarché euros
    salaires retraite impôt budget projet programme développement financement argent football match
    équipe joueur entraîneur but victoire défaite championnat saison tournoi stade supporters concert
    théâtre pièce festival exposition musée livre autrice film première public scène étudiants
    université examens enseignants parents enfants famille fête tradition église énergie électricité
    coupure gaz factures chauffage eau médecins patients vaccin santé pharmacie police pompiers
    accident conducteur bus tramway métro train billets horaires voyageurs aéroport vol gare
    actualités aujourd’hui hier demain matin soir nuit heure minute année mois début fin partie
    résultat question réponse décision loi députés séance vote commune village département centre
    comment quoi quand où pourquoi donc mais aussi déjà encore seulement très plus moins environ
    presque et ou dans sur avec de du des à au aux pour après par sous entre près sans le la les
    un une est sont était ont a sera pas il elle ils selon`,
  pl: `miasto dzielnica rada mieszkańcy ulica remont droga szkoła szpital pogoda deszcz śnieg
    temperatura stopni tydzień poniedziałek wtorek środa czwartek piątek sobota niedziela ceny
    zakupy chleb mleko sklep złotych pensja emerytura podatek budżet projekt program rozwój
    środki pieniądze piłka mecz drużyna zawodnik trener bramka zwycięstwo porażka mistrzostwa
    sezon turniej stadion kibice koncert teatr spektakl festiwal wystawa muzeum książka autorka
    film premiera widzowie scena studenci uniwersytet nauka egzamin nauczyciele rodzice dzieci
    rodzina święto tradycja kościół energetyka prąd wyłączenie gaz taryfa ogrzewanie woda lekarze
    pacjenci szczepienia zdrowie apteka leki policja pożar strażacy wypadek kierowca autobus
    tramwaj metro pociąg bilety rozkład pasażerowie lotnisko lot dworzec wiadomości dzisiaj wczoraj
    jutro rano wieczór noc godzina minuta rok miesiąc początek koniec część wynik pytanie odpowiedź
    decyzja ustawa posłowie posiedzenie głosowanie gmina wieś powiat centrum jak co kiedy gdzie
    dlaczego dlatego ale także już jeszcze tylko bardzo więcej mniej ponad około prawie i lub w na
    z ze do od dla o po przez pod nad między przy wśród bez jest są był była będzie nie się`,
  ja: `今日 明日 昨日 天気 雨 雪 気温 度 週末 月曜日 火曜日 水曜日 市役所 住民 道路 工事 学校 病院
    物価 食品 パン 牛乳 スーパー 円 給料 年金 税金 予算 計画 開発 資金 サッカー 試合 チーム 選手 監督
    得点 勝利 敗戦 優勝 シーズン 大会 スタジアム ファン コンサート 劇場 公演 祭り 展覧会 博物館 本
    作家 映画 初日 観客 舞台 学生 大学 試験 先生 両親 子ども 家族 祝日 伝統 神社 電力 停電 ガス 料金
    暖房 水道 医師 患者 ワクチン 健康 薬局 警察 火事 消防 事故 運転手 バス 電車 地下鉄 切符 時刻表
    乗客 空港 便 駅 ニュース 朝 夜 時間 分 年 月 結果 質問 回答 決定 法律 議員 会議 投票 町 村 県 中心`,
};

/** Chrome every page repeats: menus, footers, notices (per language). */
const CHROME: Record<Lang, string[]> = {
  uk: [
    'Головна Новини Політика Економіка Суспільство Спорт Культура Технології Здоровʼя Погода Відео Фото Блоги Підписатися Увійти Пошук',
    'Курси валют USD 41,25 EUR 47,80 Погода у Києві +3°',
    'Найпопулярніше Останні новини Читайте також Рекомендуємо Партнерські матеріали',
    '© 2025 Усі права захищені. Використання матеріалів дозволяється за умови посилання. Політика конфіденційності Умови використання Реклама Контакти Про нас Вакансії',
    'Ми використовуємо файли cookie, щоб покращити роботу сайту. Прийняти Налаштування',
    'Поділитися Facebook Telegram Viber X Копіювати посилання Коментарі (12) Додати коментар',
  ],
  ru: [
    'Главная Новости Политика Экономика Общество Спорт Культура Технологии Здоровье Погода Видео Фото Блоги Подписаться Войти Поиск',
    'Курсы валют USD 92,40 EUR 100,15 Погода в Москве -2°',
    'Самое читаемое Последние новости Читайте также Рекомендуем Партнерские материалы',
    '© 2025 Все права защищены. Использование материалов разрешается при условии ссылки. Политика конфиденциальности Условия использования Реклама Контакты О нас Вакансии',
    'Мы используем файлы cookie, чтобы улучшить работу сайта. Принять Настройки',
    'Поделиться ВКонтакте Telegram WhatsApp Копировать ссылку Комментарии (8) Добавить комментарий',
  ],
  de: [
    'Startseite Nachrichten Politik Wirtschaft Panorama Sport Kultur Wissen Digital Gesundheit Wetter Video Podcast Abo Anmelden Suche',
    'Börse DAX 19.412 +0,4 % Wetter Berlin 6°',
    'Meistgelesen Neueste Artikel Mehr zum Thema Empfehlungen Anzeige',
    '© 2025 Alle Rechte vorbehalten. Impressum Datenschutz Nutzungsbedingungen Werben Kontakt Über uns Karriere Barrierefreiheit',
    'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren Einstellungen',
    'Teilen Facebook WhatsApp E-Mail Link kopieren Kommentare (34) Kommentar schreiben',
  ],
  en: [
    'Home News World Business Politics Tech Science Health Sport Culture Travel Weather Video Audio Newsletters Sign in Search',
    'Markets FTSE 100 8,312 +0.3% Weather London 9°C',
    'Most read Latest stories More on this story Recommended Sponsored content',
    '© 2025 All rights reserved. Terms of use Privacy policy Cookies Accessibility help Contact us Advertise with us Careers',
    'We use cookies to give you the best experience on our website. Accept all Manage preferences',
    'Share Facebook WhatsApp Email Copy link Comments (57) Add a comment',
  ],
  fr: [
    "Accueil Actualités Politique Économie Société Sport Culture Sciences Santé Météo Vidéos Podcasts S'abonner Se connecter Rechercher",
    'Bourse CAC 40 7 512 +0,2 % Météo Paris 8°',
    'Les plus lus Dernières actualités À lire aussi Recommandé pour vous Contenu sponsorisé',
    '© 2025 Tous droits réservés. Mentions légales Politique de confidentialité Conditions générales Publicité Contact Qui sommes-nous Recrutement',
    'Nous utilisons des cookies pour améliorer votre expérience. Tout accepter Paramétrer',
    'Partager Facebook WhatsApp E-mail Copier le lien Commentaires (21) Réagir',
  ],
  pl: [
    'Strona główna Wiadomości Polityka Gospodarka Społeczeństwo Sport Kultura Technologie Zdrowie Pogoda Wideo Podcasty Subskrybuj Zaloguj Szukaj',
    'Kursy walut USD 4,02 EUR 4,31 Pogoda Warszawa 5°',
    'Najczęściej czytane Najnowsze Czytaj także Polecamy Materiał partnera',
    '© 2025 Wszelkie prawa zastrzeżone. Regulamin Polityka prywatności Reklama Kontakt O nas Praca',
    'Używamy plików cookie, aby ulepszyć działanie serwisu. Akceptuję Ustawienia',
    'Udostępnij Facebook WhatsApp E-mail Kopiuj link Komentarze (15) Dodaj komentarz',
  ],
  ja: [
    'ホーム ニュース 政治 経済 社会 スポーツ 文化 科学 健康 天気 動画 ログイン 検索',
    '日経平均 38,412円 +0.5% 東京の天気 晴れ 12度',
    'よく読まれている記事 最新ニュース 関連記事 おすすめ 広告',
    '© 2025 無断転載を禁じます。利用規約 プライバシーポリシー 広告掲載 お問い合わせ 会社概要 採用情報',
    '当サイトではクッキーを使用しています。同意する 設定',
    'シェア Facebook LINE X リンクをコピー コメント(9)',
  ],
};

/** Share of pages per language (roughly the audience this extension is for). */
const LANG_WEIGHTS: Array<[Lang, number]> = [
  ['uk', 0.25],
  ['ru', 0.15],
  ['de', 0.15],
  ['en', 0.2],
  ['fr', 0.08],
  ['pl', 0.1],
  ['ja', 0.07],
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** One sentence of everyday words (no entity names, except by rare chance). */
function fillerSentence(next: () => number, words: string[], lang: Lang, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    let word = pick(next, words);
    const r = next();
    if (r < 0.04) word = String(Math.floor(next() * 2000));
    else if (r < 0.06) word = `${Math.floor(next() * 100)},${Math.floor(next() * 10)} %`;
    parts.push(word);
    if (lang !== 'ja' && i < length - 1 && next() < 0.08) parts.push(',');
  }
  if (lang === 'ja') return `${parts.join(pick(next, ['', 'の', 'が', 'を', 'は', 'で', 'に', '']))}。`;
  const first = parts[0]!;
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${parts.join(' ').replace(/ ,/g, ',')}.`;
}

function fillerParagraph(next: () => number, words: string[], lang: Lang): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) sentences.push(fillerSentence(next, words, lang, 6 + Math.floor(next() * 14)));
  return sentences.join(lang === 'ja' ? '' : ' ');
}

function headline(next: () => number, words: string[], lang: Lang): string {
  return fillerSentence(next, words, lang, 4 + Math.floor(next() * 6)).slice(0, -1);
}

/**
 * One news page's text as `innerText` would give it: header and menu, an article (a third of the
 * articles are on foreign affairs and quote the seed and evaluation paragraphs; the rest are local
 * news, sport, prices and culture with an occasional country), a sidebar of headlines and a footer.
 */
function newsPage(next: () => number, lang: Lang, mentions: Map<Lang, string[]>): string {
  const words = WORDS[lang].split(/\s+/).filter(Boolean);
  const chrome = CHROME[lang];
  const quoted = mentions.get(lang)!;
  const lines: string[] = [chrome[0]!, chrome[1]!];
  const isForeignAffairs = next() < 0.3;
  lines.push(isForeignAffairs ? pick(next, quoted).split(/[.!?。]/)[0]! : headline(next, words, lang));
  lines.push(
    `${1 + Math.floor(next() * 28)}.${1 + Math.floor(next() * 12)}.2025 ${Math.floor(next() * 24)}:${10 + Math.floor(next() * 50)}`,
  );
  const paragraphs = 4 + Math.floor(next() * 10);
  for (let i = 0; i < paragraphs; i++) {
    const quote = isForeignAffairs ? next() < 0.45 : next() < 0.06;
    lines.push(quote ? pick(next, quoted) : fillerParagraph(next, words, lang));
    if (next() < 0.15) lines.push(`${chrome[2]!.split(' ').slice(0, 2).join(' ')}: ${headline(next, words, lang)}`);
  }
  lines.push(chrome[5]!, chrome[2]!);
  const sidebar = 8 + Math.floor(next() * 10);
  for (let i = 0; i < sidebar; i++)
    lines.push(next() < 0.1 ? pick(next, quoted).split(/[.!?。]/)[0]! : headline(next, words, lang));
  lines.push(chrome[3]!, chrome[4]!);
  return lines.join('\n');
}

/** About `bytes` of UTF-8 news-page text in seven languages (deterministic). */
export function newsText(bytes: number): string {
  const mentions = mentionParagraphs();
  const next = random(20251123);
  const pages: string[] = [];
  let size = 0;
  while (size < bytes) {
    let r = next();
    let lang: Lang = 'uk';
    for (const [l, w] of LANG_WEIGHTS) {
      if (r < w) {
        lang = l;
        break;
      }
      r -= w;
    }
    const page = newsPage(next, lang, mentions);
    pages.push(page);
    size += Buffer.byteLength(page) + 2;
  }
  return pages.join('\n\n');
}
