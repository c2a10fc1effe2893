import type { Article, Corpus } from './article-schema';
import type { ArticleLang } from './languages';
import type { TopicLexicon } from './topic-schema';
import { createRandom } from './seeded-random';

/** Options of a synthetic corpus: how many articles, the PRNG seed and the topic lexicon. */
export type SynthOptions = {
  articles: number;
  seed: number;
  topics: TopicLexicon;
};

/** Command-line options of `npm run corpus:synth`. */
export type SynthArgs = { articles: number; out: string; seed: number };

export const SYNTH_USAGE = 'usage: npm run corpus:synth -- --articles N --out FILE [--seed N]';
export const MAX_SYNTH_ARTICLES = 1_000_000;

/** Parses `--articles N --out FILE [--seed N]` (also `--flag=value`); an error message names the bad argument. */
export function parseSynthArgs(argv: readonly string[]): { ok: true; value: SynthArgs } | { ok: false; error: string } {
  const values = new Map<string, string>();
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at] ?? '';
    const match = /^--(articles|out|seed)(?:=(.*))?$/u.exec(arg);
    if (!match) return { ok: false, error: `unknown argument "${arg}"; ${SYNTH_USAGE}` };
    const name = match[1] ?? '';
    let value = match[2];
    if (value === undefined) {
      value = argv[at + 1];
      if (value === undefined || value.startsWith('--'))
        return { ok: false, error: `--${name} needs a value; ${SYNTH_USAGE}` };
      at++;
    }
    if (values.has(name)) return { ok: false, error: `--${name} given twice` };
    values.set(name, value);
  }
  const out = values.get('out');
  if (!out) return { ok: false, error: `--out FILE is required; ${SYNTH_USAGE}` };
  const articlesText = values.get('articles');
  if (articlesText === undefined) return { ok: false, error: `--articles N is required; ${SYNTH_USAGE}` };
  const articles = Number(articlesText);
  if (
    !/^\d+$/u.test(articlesText) ||
    !Number.isSafeInteger(articles) ||
    articles < 1 ||
    articles > MAX_SYNTH_ARTICLES
  ) {
    return {
      ok: false,
      error: `--articles must be a whole number from 1 to ${MAX_SYNTH_ARTICLES}, got "${articlesText}"`,
    };
  }
  const seedText = values.get('seed') ?? '1';
  const seed = Number(seedText);
  if (!/^\d+$/u.test(seedText) || !Number.isSafeInteger(seed)) {
    return {
      ok: false,
      error: `--seed must be a non-negative whole number, got "${seedText}"`,
    };
  }
  return { ok: true, value: { articles, out, seed } };
}

type Names = Record<ArticleLang, string>;

const PERSONS: Record<string, Names> = {
  zelensky: {
    uk: 'Володимир Зеленський',
    ru: 'Владимир Зеленский',
    de: 'Wolodymyr Selenskyj',
    en: 'Volodymyr Zelensky',
  },
  takaichi: {
    uk: 'Санае Такаїчі',
    ru: 'Санаэ Такаити',
    de: 'Sanae Takaichi',
    en: 'Sanae Takaichi',
  },
  umerov: {
    uk: 'Рустем Умєров',
    ru: 'Рустем Умеров',
    de: 'Rustem Umerow',
    en: 'Rustem Umerov',
  },
  budrys: {
    uk: 'Кястутіс Будріс',
    ru: 'Кястутис Будрис',
    de: 'Kęstutis Budrys',
    en: 'Kęstutis Budrys',
  },
  lecornu: {
    uk: 'Себастьєн Лекорню',
    ru: 'Себастьен Лекорню',
    de: 'Sébastien Lecornu',
    en: 'Sébastien Lecornu',
  },
};

const COUNTRIES: Record<string, Names> = {
  UA: { uk: 'Україна', ru: 'Украина', de: 'die Ukraine', en: 'Ukraine' },
  JP: { uk: 'Японія', ru: 'Япония', de: 'Japan', en: 'Japan' },
  LT: { uk: 'Литва', ru: 'Литва', de: 'Litauen', en: 'Lithuania' },
  FR: { uk: 'Франція', ru: 'Франция', de: 'Frankreich', en: 'France' },
  DE: { uk: 'Німеччина', ru: 'Германия', de: 'Deutschland', en: 'Germany' },
  PL: { uk: 'Польща', ru: 'Польша', de: 'Polen', en: 'Poland' },
  GB: {
    uk: 'Велика Британія',
    ru: 'Великобритания',
    de: 'Großbritannien',
    en: 'the United Kingdom',
  },
  US: { uk: 'США', ru: 'США', de: 'die USA', en: 'the United States' },
  NO: { uk: 'Норвегія', ru: 'Норвегия', de: 'Norwegen', en: 'Norway' },
  SE: { uk: 'Швеція', ru: 'Швеция', de: 'Schweden', en: 'Sweden' },
  FI: { uk: 'Фінляндія', ru: 'Финляндия', de: 'Finnland', en: 'Finland' },
  DK: { uk: 'Данія', ru: 'Дания', de: 'Dänemark', en: 'Denmark' },
  NL: {
    uk: 'Нідерланди',
    ru: 'Нидерланды',
    de: 'die Niederlande',
    en: 'the Netherlands',
  },
  CZ: { uk: 'Чехія', ru: 'Чехия', de: 'Tschechien', en: 'Czechia' },
  EE: { uk: 'Естонія', ru: 'Эстония', de: 'Estland', en: 'Estonia' },
  LV: { uk: 'Латвія', ru: 'Латвия', de: 'Lettland', en: 'Latvia' },
  CA: { uk: 'Канада', ru: 'Канада', de: 'Kanada', en: 'Canada' },
  IT: { uk: 'Італія', ru: 'Италия', de: 'Italien', en: 'Italy' },
  ES: { uk: 'Іспанія', ru: 'Испания', de: 'Spanien', en: 'Spain' },
  KR: {
    uk: 'Південна Корея',
    ru: 'Южная Корея',
    de: 'Südkorea',
    en: 'South Korea',
  },
  TR: { uk: 'Туреччина', ru: 'Турция', de: 'die Türkei', en: 'Turkey' },
  RU: { uk: 'Росія', ru: 'Россия', de: 'Russland', en: 'Russia' },
};

/** Names the generator writes for each entity id, by language (tests check offsets with them). */
export const SYNTH_ENTITY_NAMES: Readonly<Record<string, Names>> = { ...PERSONS, ...COUNTRIES };

const OUTLETS: Record<ArticleLang, readonly string[]> = {
  uk: ['Укрінформ', 'Українська правда', 'Суспільне', 'РБК-Україна', 'Дзеркало тижня'],
  ru: ['Интерфакс-Украина', 'Зеркало недели', 'РБК-Украина', 'Новое время'],
  de: ['Der Tagesbote', 'Rundschau am Morgen', 'Deutsche Welle', 'Ostexpress'],
  en: ['Kyiv Independent', 'The Kyiv Post', 'Defence Daily', 'Eastern Europe Monitor'],
};
const AGENCIES = ['Kyodo News', 'Reuters', 'Associated Press', 'AFP', 'dpa', 'УНІАН', 'Укрінформ', 'Bloomberg'];

// Slots: {P} person, {C} country, {K} a second country, {T} topic label, {N} a number.
const TEMPLATES: Record<
  ArticleLang,
  {
    titles: readonly string[];
    sentences: readonly string[];
    fillers: readonly string[];
  }
> = {
  uk: {
    titles: [
      '{C} і {K} обговорили {T}',
      '{P}: {C} готова до нового етапу співпраці',
      '{C} та {K} підписали угоду у сфері {T}',
    ],
    sentences: [
      '{P} заявив, що {C} розраховує на підтримку партнерів у напрямі «{T}».',
      'Під час зустрічі {P} і представники {C} обговорили {T} та подальші кроки.',
      'За словами посадовців, {C} вже виділила {N} мільйонів євро на проєкти у сфері «{T}».',
      'Делегація {C} відвідала підприємства, які працюють над напрямом «{T}».',
      '{C} і {K} домовилися створити робочу групу з питань «{T}».',
    ],
    fillers: [
      'Сторони домовилися продовжити консультації на рівні експертів.',
      'Деталі домовленостей поки не розголошуються.',
      'Наступна зустріч запланована на найближчі тижні.',
      'Експерти вважають такі кроки важливими для безпеки регіону.',
      'Документ має бути затверджений урядами обох країн.',
      'Переговори тривали кілька годин і відбувалися у закритому форматі.',
      'Раніше сторони вже погоджували кілька спільних програм.',
    ],
  },
  ru: {
    titles: [
      '{C} и {K} обсудили {T}',
      '{P}: {C} готова к новому этапу сотрудничества',
      '{C} и {K} подписали соглашение в сфере {T}',
    ],
    sentences: [
      '{P} заявил, что {C} рассчитывает на поддержку партнеров в направлении «{T}».',
      'Во время встречи {P} и представители {C} обсудили {T} и дальнейшие шаги.',
      'По словам чиновников, {C} уже выделила {N} миллионов евро на проекты в сфере «{T}».',
      'Делегация {C} посетила предприятия, которые работают над направлением «{T}».',
      '{C} и {K} договорились создать рабочую группу по вопросам «{T}».',
    ],
    fillers: [
      'Стороны договорились продолжить консультации на уровне экспертов.',
      'Детали договоренностей пока не разглашаются.',
      'Следующая встреча запланирована на ближайшие недели.',
      'Эксперты считают такие шаги важными для безопасности региона.',
      'Документ должен быть утвержден правительствами обеих стран.',
      'Переговоры продолжались несколько часов и проходили в закрытом формате.',
      'Ранее стороны уже согласовывали несколько совместных программ.',
    ],
  },
  de: {
    titles: [
      '{C} und {K} beraten über {T}',
      '{P}: {C} bereit für neue Zusammenarbeit',
      '{C} und {K} unterzeichnen Abkommen zu {T}',
    ],
    sentences: [
      '{P} erklärte, {C} setze beim Thema {T} auf die Unterstützung der Partner.',
      'Bei dem Treffen sprachen {P} und Vertreter von {C} über {T} und die nächsten Schritte.',
      'Nach Angaben aus Regierungskreisen hat {C} bereits {N} Millionen Euro für Projekte im Bereich {T} bereitgestellt.',
      'Eine Delegation aus {C} besuchte Unternehmen, die im Bereich {T} tätig sind.',
      '{C} und {K} vereinbarten eine gemeinsame Arbeitsgruppe zum Thema {T}.',
    ],
    fillers: [
      'Die Seiten vereinbarten weitere Beratungen auf Expertenebene.',
      'Einzelheiten der Vereinbarungen wurden zunächst nicht bekannt.',
      'Das nächste Treffen ist für die kommenden Wochen geplant.',
      'Fachleute halten solche Schritte für wichtig für die Sicherheit der Region.',
      'Das Dokument muss noch von beiden Regierungen gebilligt werden.',
      'Die Gespräche dauerten mehrere Stunden und fanden hinter verschlossenen Türen statt.',
      'Bereits zuvor hatten die Seiten mehrere gemeinsame Programme abgestimmt.',
    ],
  },
  en: {
    titles: [
      '{C} and {K} discuss {T}',
      '{P}: {C} ready for a new stage of cooperation',
      '{C} and {K} sign agreement on {T}',
    ],
    sentences: [
      '{P} said {C} was counting on its partners for {T}.',
      'At the meeting {P} and officials from {C} discussed {T} and the next steps.',
      'According to officials, {C} has already set aside {N} million euros for projects in {T}.',
      'A delegation from {C} visited companies working on {T}.',
      '{C} and {K} agreed to set up a joint working group on {T}.',
    ],
    fillers: [
      'The two sides agreed to continue consultations at expert level.',
      'Details of the arrangements have not been made public.',
      'The next meeting is planned for the coming weeks.',
      'Analysts see such steps as important for the security of the region.',
      'The document still has to be approved by both governments.',
      'The talks lasted several hours and were held behind closed doors.',
      'The two sides had already agreed on several joint programmes before.',
    ],
  },
};

const LANG_WEIGHTS: ReadonlyArray<readonly [ArticleLang, number]> = [
  ['uk', 0.35],
  ['ru', 0.25],
  ['de', 0.2],
  ['en', 0.2],
];

type Story = {
  key: string;
  entities: string[];
  persons: string[];
  topics: string[];
  day: number | null;
};

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 1, 24) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

/**
 * A synthetic corpus for benchmarks: `articles` records in the corpus schema, mixed languages,
 * 150–1,500 words each, with real entity offsets, topics from the lexicon, dates, outlets and
 * stories of several reports. The same options always give the same corpus.
 */
export function synthCorpus({ articles: count, seed, topics: lexicon }: SynthOptions): Corpus {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const pickLang = (): ArticleLang => {
    let roll = random();
    for (const [lang, weight] of LANG_WEIGHTS) {
      roll -= weight;
      if (roll < 0) return lang;
    }
    return 'en';
  };
  const countryIds = Object.keys(COUNTRIES).filter((id) => id !== 'UA');
  const personIds = Object.keys(PERSONS);
  const topicIds = lexicon.topics.map((topic) => topic.id);
  const labelOf = (id: string, lang: ArticleLang): string => {
    const label = lexicon.topics.find((topic) => topic.id === id)?.label[lang] ?? id;
    return lang === 'de' ? label : label.toLowerCase();
  };
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const width = Math.max(5, String(count).length);

  const stories: Story[] = [];
  const articles: Article[] = [];
  for (let index = 0; index < count; index++) {
    const id = `synth-${pad(index + 1, width)}`;
    let story: Story;
    const existing = stories.length > 0 && random() < 0.25 ? pick(stories) : undefined;
    if (existing) {
      story = existing;
    } else {
      const partners = new Set<string>();
      const partnerCount = 1 + Math.floor(random() * 3);
      while (partners.size < partnerCount) partners.add(pick(countryIds));
      const persons = new Set<string>();
      const personCount = Math.floor(random() * 3);
      while (persons.size < personCount) persons.add(pick(personIds));
      const chosenTopics = new Set<string>();
      const topicCount = 1 + Math.floor(random() * 4);
      while (chosenTopics.size < Math.min(topicCount, topicIds.length)) chosenTopics.add(pick(topicIds));
      story = {
        key: id,
        entities: ['UA', ...partners],
        persons: [...persons],
        topics: [...chosenTopics],
        day: random() < 0.08 ? null : FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY)),
      };
      stories.push(story);
    }

    const lang = pickLang();
    const templates = TEMPLATES[lang];
    const mentions: Array<{ id: string; start: number }> = [];
    let offset = 0;
    // Fills a template, recording where each entity lands in the article text.
    const fill = (template: string): string => {
      let out = '';
      const countries = story.entities;
      for (const part of template.split(/(\{[PCKTN]\})/u)) {
        let text = part;
        let entity: string | undefined;
        if (part === '{P}') {
          entity = story.persons.length > 0 ? pick(story.persons) : undefined;
          text = entity ? (PERSONS[entity]?.[lang] ?? entity) : (COUNTRIES.UA?.[lang] ?? 'UA');
          entity ??= 'UA';
        } else if (part === '{C}' || part === '{K}') {
          entity =
            part === '{C}'
              ? (countries[0] ?? 'UA')
              : (countries[1 + Math.floor(random() * (countries.length - 1))] ?? 'UA');
          if (part === '{C}' && random() < 0.4) entity = pick(countries);
          text = COUNTRIES[entity]?.[lang] ?? entity;
        } else if (part === '{T}') {
          text = labelOf(pick(story.topics), lang);
        } else if (part === '{N}') {
          text = String(10 + Math.floor(random() * 990));
        }
        if (entity) mentions.push({ id: entity, start: offset + out.length });
        out += text;
      }
      return out;
    };
    const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

    offset = 0;
    const title = capitalise(fill(pick(templates.titles)));
    // Log-uniform between 150 and ~1,450 words: many short reports, fewer long ones.
    const targetWords = Math.round(150 * Math.pow(10, 0.98 * random()));
    const paragraphs: string[] = [];
    let paragraphStart = title.length + 1;
    let words = 0;
    while (words < targetWords) {
      const sentenceCount = 2 + Math.floor(random() * 4);
      let paragraph = '';
      for (let s = 0; s < sentenceCount; s++) {
        if (paragraph && words + paragraph.split(' ').length >= targetWords) break;
        if (paragraph) paragraph += ' ';
        offset = paragraphStart + paragraph.length;
        paragraph += random() < 0.55 ? capitalise(fill(pick(templates.sentences))) : pick(templates.fillers);
      }
      paragraphs.push(paragraph);
      paragraphStart += paragraph.length + 1;
      words += paragraph.split(' ').length;
    }

    const counts = new Map<string, { id: string; count: number; first: number }>();
    for (const mention of mentions) {
      const entry = counts.get(mention.id);
      if (entry) entry.count++;
      else
        counts.set(mention.id, {
          id: mention.id,
          count: 1,
          first: mention.start,
        });
    }
    const dayShift = story.key === id ? 0 : Math.floor(random() * 3);
    const date =
      story.day === null
        ? null
        : new Date((story.day + dayShift) * DAY_MS + Math.floor(random() * 86_400) * 1000).toISOString().slice(0, 16);
    const cites = random() < 0.3 ? [pick(AGENCIES)] : [];
    const first = paragraphs[0] ?? title;
    articles.push({
      id,
      title,
      lang,
      date,
      outlet: random() < 0.85 ? pick(OUTLETS[lang]) : null,
      cites,
      lead: first
        .split(/(?<=[.!?»])\s+/u)
        .slice(0, 2)
        .join(' '),
      paragraphs,
      entities: [...counts.values()].sort((a, b) => a.first - b.first),
      topics: story.topics,
      story: story.key,
      source: { file: `synthetic/${id}`, removed: [] },
      own: false,
    });
  }
  return { version: 1, articles };
}
