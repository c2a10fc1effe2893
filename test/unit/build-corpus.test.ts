import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article-schema';
import { articleText } from '../../lib/article-text';
import { buildCorpus, CorpusBuildError, serializeCorpus } from '../../lib/build-corpus';
import { detectLanguage } from '../../lib/detect-language';
import { articleIdFromFile, extractArticle, summarizeMentions } from '../../lib/extract-article';
import { findCites } from '../../lib/find-cites';
import { findTopics } from '../../lib/find-topics';
import type { Mention } from '../../lib/gazetteer-schema';
import { TopicLexiconSchema } from '../../lib/topic-schema';

const root = join(import.meta.dirname, '..', '..');
const topics = TopicLexiconSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')));
const rawDir = join(root, 'data', 'raw');
const pages = readdirSync(rawDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(rawDir, file), 'utf8') }));

// A tiny stand-in for lib/find-mentions.ts: enough names to exercise entities, cites and stories.
const FAKE_NAMES: Array<[string, RegExp]> = [
  ['zelensky', /Зеленськ\p{L}*|Зеленск\p{L}*|Zelensky/gu],
  ['takaichi', /Такаити/gu],
  ['umerov', /Умєров\p{L}*|Umerow/gu],
  ['budrys', /Будріс\p{L}*/gu],
  ['lecornu', /Lecornu/gu],
  ['JP', /Япон\p{L}*/gu],
  ['UA', /Україн\p{L}*|Украин\p{L}*|Ukraine/gu],
  ['RU', /Росі[яїю]\p{L}*|Росси\p{L}*/gu],
  ['LT', /Литв\p{L}*/gu],
  ['FR', /Frankreich|französisch\p{L}*/gu],
];
function fakeFindMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [entity, pattern] of FAKE_NAMES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      mentions.push({ entity, start, end: start + match[0].length, kind: 'name' });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const deps = { findMentions: fakeFindMentions, topics };
const corpus = buildCorpus(pages, deps);
const byFile = (file: string): Article => {
  const article = corpus.articles.find((candidate) => candidate.source.file === file);
  if (!article) throw new Error(`no article for ${file}`);
  return article;
};

const seeds = [
  {
    file: '000_8bba2edc8e1745ed.txt',
    lang: 'uk',
    title: 'Зеленський запропонував Японії історичну оборонну співпрацю',
    date: null,
    outlet: null,
    cites: ['Kyodo News'],
    topics: [
      'air-defence',
      'drones',
      'missiles',
      'joint-production',
      'technology-exchange',
      'cyber-security',
      'arms-export',
    ],
  },
  {
    file: '001_6f2763f55a762b96.txt',
    lang: 'ru',
    title: 'Зеленский пригласил премьер-министра Японии посетить Украину',
    date: '2025-11-05T13:54',
    outlet: 'Интерфакс-Украина',
    cites: [],
    topics: ['diplomacy', 'energy', 'reconstruction', 'air-defence', 'joint-production', 'arms-export'],
  },
  {
    file: '002_300b90e8cb3f63fb.txt',
    lang: 'ru',
    title: 'Президент Украины Владимир Зеленский провел беседу с премьер-министром Японии Санаэ Такаити',
    date: null,
    outlet: null,
    cites: [],
    topics: ['diplomacy', 'energy', 'reconstruction', 'air-defence', 'joint-production', 'arms-export'],
  },
  {
    file: '003_de3edfbf80cf0686.txt',
    lang: 'uk',
    title: 'Новий етап оборонної співпраці між Україною та Литвою',
    // "Сьогодні: 10.12.2025" is the site's calendar; the article's own date is the next line.
    date: '2025-06-10',
    // "пише Панорама Українських Подій": the page cites that outlet, it does not name itself.
    outlet: null,
    cites: ['Панорама Українських Подій'],
    topics: ['air-defence', 'long-range-strike', 'armour', 'ammunition', 'financing', 'sanctions', 'joint-production'],
  },
  {
    file: '004_6ee7ff44fdd4346d.txt',
    lang: 'de',
    title: 'Ukraine und Frankreich diskutieren gemeinsame Waffenproduktion für die Streitkräfte der Ukraine',
    date: null,
    outlet: null,
    cites: [],
    topics: ['joint-production', 'drones', 'air-defence', 'diplomacy'],
  },
] as const;

// Furniture on the seed pages, written out by hand rather than derived from the rules under test.
const seedFurniture: Record<string, readonly string[]> = {
  '000_8bba2edc8e1745ed.txt': [],
  '001_6f2763f55a762b96.txt': [
    'Интерфакс-Украина',
    '13:54 05.11.2025',
    '2 мин читать',
    'Фото:',
    'ЕЩЕ ПО ТЕМЕ',
    'ПОСЛЕДНЕЕ',
    'Постпред США при НАТО',
    'Зеленский предложил Болгарии проекты совместного производства',
    'РЕКЛАМА',
    'UKR.NET',
  ],
  '002_300b90e8cb3f63fb.txt': [],
  '003_de3edfbf80cf0686.txt': [
    'Сьогодні',
    '10.06.2025',
    '1 хв читання',
    'Попередня новина',
    'Київ закликає до рішучих дій',
    'Наступна новина',
    'Останні новини',
    'США виділили 800 млн доларів',
    'Путін оголосив військові збори',
    'напочаток',
    'Не пропустіть',
    'Трамп-молодший',
  ],
  '004_6ee7ff44fdd4346d.txt': ['Lesen Sie auch', 'Kompromiss mit Trump'],
};

// Shapes of furniture on any page, independent of lib/furniture-vocab.ts.
const FURNITURE_SHAPES = [
  /^\d+\s*(мин|хв|min)\b/iu,
  /^(фото|foto|photo)\s*:/iu,
  /^(реклама|anzeige|werbung|advertisement)$/iu,
  /^(напочаток|nach oben|back to top)$/iu,
  /(читайте також|читайте также|lesen sie auch)/iu,
  /^(еще по теме|последнее|останні новини|не пропустіть|попередня новина|наступна новина)/iu,
  /^ukr\.net/iu,
  /^(сьогодні|сегодня)\s*:/iu,
  /^\d{1,2}[.:]\d{2}(\s+\d{2}\.\d{2}\.\d{4})?$|^\d{2}\.\d{2}\.\d{4}$/u,
];

describe('corpus extraction from the seed pages', () => {
  it.each(seeds)('detects the language of $file as $lang', ({ file, lang }) => {
    expect(byFile(file).lang).toBe(lang);
  });

  it.each(seeds)('reads the headline of $file', ({ file, title }) => {
    expect(byFile(file).title).toBe(title);
  });

  it.each(seeds)('reads the date of $file as $date', ({ file, date }) => {
    expect(byFile(file).date).toBe(date);
  });

  it.each(seeds)('reads outlet $outlet and cites $cites from $file', ({ file, outlet, cites }) => {
    expect(byFile(file)).toMatchObject({ outlet, cites });
  });

  it.each(seeds)('finds the topics of $file', ({ file, topics: expected }) => {
    expect(byFile(file).topics).toEqual(expect.arrayContaining([...expected]));
  });

  it.each(seeds)('leaves no furniture line in the body of $file', ({ file }) => {
    const article = byFile(file);
    for (const paragraph of article.paragraphs) {
      for (const shape of FURNITURE_SHAPES) expect(paragraph).not.toMatch(shape);
      for (const line of seedFurniture[file] ?? []) expect(paragraph).not.toContain(line);
      expect(paragraph).not.toBe(article.title);
    }
  });

  it.each(seeds)('keeps a lead and the body text of $file', ({ file }) => {
    const article = byFile(file);
    expect(article.lead.length).toBeGreaterThan(40);
    expect(article.paragraphs.length).toBeGreaterThan(0);
  });

  it('keeps the bullet summary of 000 as its lead', () => {
    expect(byFile('000_8bba2edc8e1745ed.txt').lead).toBe(
      'Україна запропонувала Японії започаткувати оборонну співпрацю. Ідеться про ППО, ракети, дрони та обмін бойовими технологіями. Зеленський вважає таке партнерство історичним для обох країн.',
    );
  });

  it('cuts the read-also teaser off the end of the paragraph in 004 and keeps the sentence before it', () => {
    const article = byFile('004_6ee7ff44fdd4346d.txt');
    expect(article.paragraphs.at(-1)).toMatch(
      /auf internationaler Ebene angesichts der Aggression Russlands zu festigen\.$/u,
    );
    expect(article.source.removed).toEqual([
      'Lesen Sie auch: Details zum Kompromiss mit Trump — welche Entscheidungen das nächste NATO-Gipfeltreffen in Den Haag für die Ukraine und ihre Bündnispartner vorbereiten wird.',
    ]);
  });

  it('removes the repeated headline of 001 and keeps the removed lines in page order', () => {
    const removed = byFile('001_6f2763f55a762b96.txt').source.removed;
    expect(removed.slice(0, 5)).toEqual([
      'Интерфакс-Украина',
      '13:54 05.11.2025',
      '2 мин читать',
      'Зеленский пригласил премьер-министра Японии посетить Украину',
      'Фото: https://www.facebook.com/zelenskyy.official',
    ]);
    expect(removed.at(-1)).toBe('РЕКЛАМА');
  });

  it('groups the two Russian reports of the Zelensky–Takaichi call into one story', () => {
    expect(byFile('001_6f2763f55a762b96.txt').story).toBe(byFile('002_300b90e8cb3f63fb.txt').story);
  });

  it('gives every other seed a story of its own', () => {
    const stories = new Set(corpus.articles.map((article) => article.story));
    expect(stories.size).toBe(corpus.articles.length - 1);
  });

  it('records entity counts and first offsets into articleText', () => {
    for (const article of corpus.articles) {
      const text = articleText(article);
      for (const entity of article.entities) {
        const first = fakeFindMentions(text).find((mention) => mention.entity === entity.id);
        expect(first?.start).toBe(entity.first);
      }
    }
    expect(byFile('001_6f2763f55a762b96.txt').entities.map((entity) => entity.id)).toEqual(
      expect.arrayContaining(['zelensky', 'takaichi', 'JP', 'UA']),
    );
  });

  it('sorts articles by id and derives ids from file names', () => {
    expect(corpus.articles.map((article) => article.id)).toEqual([
      '000-8bba2edc8e1745ed',
      '001-6f2763f55a762b96',
      '002-300b90e8cb3f63fb',
      '003-de3edfbf80cf0686',
      '004-6ee7ff44fdd4346d',
    ]);
  });

  it('builds byte-identical JSON twice, whatever order the pages come in', () => {
    const again = buildCorpus([...pages].reverse(), deps);
    expect(serializeCorpus(again)).toBe(serializeCorpus(corpus));
  });
});

describe('corpus validation', () => {
  it('names the file and the field of a record that does not validate', () => {
    const page = { file: 'Empty page!.txt', text: '\n\nРЕКЛАМА\n' };
    expect(() => buildCorpus([page], deps)).toThrow(CorpusBuildError);
    expect(() => buildCorpus([page], deps)).toThrow(/^Empty page!\.txt: field "(title|lead|paragraphs)"/u);
  });

  it('refuses two files that give the same id', () => {
    const text = 'Заголовок новини про оборону\nПерший абзац статті про оборонну співпрацю.';
    expect(() =>
      buildCorpus(
        [
          { file: 'a_b.txt', text },
          { file: 'a-b.txt', text },
        ],
        deps,
      ),
    ).toThrow(/field "id"/u);
  });
});

describe('extraction helpers', () => {
  it.each([
    ['000_8bba2edc8e1745ed.txt', '000-8bba2edc8e1745ed'],
    ['Київ Новини 2025.txt', '2025'],
    ['Zürich_Bericht.TXT', 'zurich-bericht'],
  ])('derives id %s -> %s', (file, id) => {
    expect(articleIdFromFile(file)).toBe(id);
  });

  it.each([
    ['Зеленський заявив, що Україна готова ділитися досвідом і технологіями.', 'uk'],
    ['Зеленский заявил, что Украина готова делиться опытом и технологиями.', 'ru'],
    ['Die Ukraine und Frankreich wollen Drohnen gemeinsam herstellen.', 'de'],
    ['Ukraine and France want to produce drones together with their partners.', 'en'],
    ['Україна та Японія', 'uk'],
    ['Москва и Токио', 'ru'],
  ])('detects the language of %j as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('counts mentions per entity with the first offset, in order of first mention', () => {
    const mentions: Mention[] = [
      { entity: 'UA', start: 10, end: 17, kind: 'name' },
      { entity: 'JP', start: 3, end: 8, kind: 'name' },
      { entity: 'UA', start: 30, end: 37, kind: 'adjective' },
    ];
    expect(summarizeMentions(mentions)).toEqual([
      { id: 'JP', count: 1, first: 3 },
      { id: 'UA', count: 2, first: 10 },
    ]);
  });

  it.each([
    ['Про це він сказав в інтерв’ю Kyodo News.', ['Kyodo News']],
    ['Про це пише Панорама Українських Подій.', ['Панорама Українських Подій']],
    ['Об этом сообщает «Интерфакс-Украина».', ['Интерфакс-Украина']],
    ['Das berichtet die Deutsche Welle.', ['Deutsche Welle']],
    ['Про це повідомляє Міністерство оборони.', []],
  ])('finds cited outlets in %j', (text, cites) => {
    expect(findCites(text, [])).toEqual(cites);
  });

  it('does not take a person after "laut" for an outlet', () => {
    const text = 'Das sagte laut Umerow der Minister.';
    const mentions: Mention[] = [{ entity: 'umerov', start: 15, end: 21, kind: 'name' }];
    expect(findCites(text, mentions)).toEqual([]);
  });

  it.each([
    ['Україна запропонувала спільне виробництво дронів і ППО', 'uk', ['drones', 'joint-production', 'air-defence']],
    ['Die Seiten prüfen eine gemeinsame Produktion von Luftabwehrmitteln', 'de', ['joint-production', 'air-defence']],
    ['Литва фінансує напрямок deep strike', 'uk', ['financing', 'long-range-strike']],
  ])('finds topics in %j', (text, lang, expected) => {
    const found = findTopics(text, lang as Article['lang'], topics).map((topic) => topic.id);
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it('needs two hits before it calls an article diplomacy', () => {
    const once = findTopics('Посол прибув до Києва.', 'uk', topics).map((topic) => topic.id);
    const twice = findTopics('Посол прибув до Києва на переговори.', 'uk', topics).map((topic) => topic.id);
    expect(once).not.toContain('diplomacy');
    expect(twice).toContain('diplomacy');
  });

  it('extracts one page on its own with a provisional story key', () => {
    const page = pages[0];
    if (!page) throw new Error('no seed pages');
    const article = extractArticle(page, deps);
    expect(article.story).toBe(article.id);
    expect(article.own).toBe(false);
  });
});
