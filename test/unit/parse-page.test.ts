import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  inlineTeaserIndex,
  isBlockHeader,
  isTeaserLine,
  lineFurnitureKind,
  parseDateLine,
  parsePage,
  pickLead,
} from '../../lib/parse-page';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', name), 'utf8');

describe('parseDateLine', () => {
  it.each([
    ['13:54 05.11.2025', { kind: 'date', iso: '2025-11-05T13:54' }],
    ['05.11.2025, 13:54', { kind: 'date', iso: '2025-11-05T13:54' }],
    ['10.06.2025', { kind: 'date', iso: '2025-06-10' }],
    ['2025-06-10', { kind: 'date', iso: '2025-06-10' }],
    ['Опубліковано: 12 березня 2025 о 16:40', { kind: 'date', iso: '2025-03-12T16:40' }],
    ['5 ноября 2025 г., 09:05', { kind: 'date', iso: '2025-11-05T09:05' }],
    ['Veröffentlicht am 4. Februar 2025, 09:15 Uhr', { kind: 'date', iso: '2025-02-04T09:15' }],
    ['Mittwoch, 5. November 2025', { kind: 'date', iso: '2025-11-05' }],
    ['Published November 5, 2025', { kind: 'date', iso: '2025-11-05' }],
    ['Сьогодні: 10.12.2025', { kind: 'today', iso: '2025-12-10' }],
    ['Сегодня, 10.12.2025', { kind: 'today', iso: '2025-12-10' }],
    ['Heute: 10.12.2025', { kind: 'today', iso: '2025-12-10' }],
    ['13:54', { kind: 'time', iso: null }],
  ])('reads %j as a date line', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  it.each([
    ['Качка рассчитывает на согласование позиций до 19 декабря'],
    ['США виділили 800 млн доларів Україні в оборонному бюджеті на 2026 рік'],
    ['31.02.2025'],
    ['Зеленский провел разговор 05.11.2025 с премьером Японии'],
  ])('does not take the sentence %j for a date line', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('furniture lines', () => {
  it.each([
    ['2 мин читать', 'reading-time'],
    ['1 хв читання', 'reading-time'],
    ['Час читання: 3 хв', 'reading-time'],
    ['Lesezeit: 4 Min.', 'reading-time'],
    ['5 min read', 'reading-time'],
    ['Фото: https://www.facebook.com/zelenskyy.official', 'photo-credit'],
    ['Foto: dpa / Kay Nietfeld', 'photo-credit'],
    ['© Reuters', 'photo-credit'],
    ['РЕКЛАМА', 'ad'],
    ['Anzeige', 'ad'],
    ['Reklama', 'ad'],
    ['напочаток', 'back-to-top'],
    ['Nach oben', 'back-to-top'],
    ['Поділитися', 'share'],
    ['UKR.NET- новини з усієї України', 'site-banner'],
    ['www.example.com', 'site-banner'],
    ['13:54 05.11.2025', 'date'],
  ])('classifies %j as %s', (line, kind) => {
    expect(lineFurnitureKind(line)).toBe(kind);
  });

  it.each([
    ['Президент Украины Владимир Зеленский провел телефонный разговор.'],
    ['Оборонна співпраця України та Японії: що відомо'],
    ['Фотограф зняв наслідки удару по енергетичній інфраструктурі.'],
    ['Die Bundesregierung will der Ukraine zwei weitere Systeme liefern.'],
  ])('keeps the article line %j', (line) => {
    expect(lineFurnitureKind(line)).toBeNull();
    expect(isBlockHeader(line)).toBe(false);
    expect(isTeaserLine(line)).toBe(false);
  });

  it.each([
    ['ЕЩЕ ПО ТЕМЕ:'],
    ['ПОСЛЕДНЕЕ'],
    ['Останні новини'],
    ['Не пропустіть!'],
    ['Попередня новина'],
    ['Наступна новина'],
    ['Mehr zum Thema'],
    ['Latest news'],
    ['Czytaj także:'],
  ])('treats %j as a block header that ends the body', (line) => {
    expect(isBlockHeader(line) || isTeaserLine(line)).toBe(true);
  });

  it.each([
    ['Читайте також: Данія передала Україні нову партію снарядів'],
    ['Lesen Sie auch: Wie die Ukraine ihre Drohnenproduktion ausbaut'],
    ['Читайте также'],
    ['Read also: Poland boosts border defences'],
  ])('treats %j as a read-also teaser', (line) => {
    expect(isTeaserLine(line)).toBe(true);
  });

  it('finds a read-also teaser glued to the end of a paragraph', () => {
    const paragraph = 'Das ist ein Schritt nach vorn. Lesen Sie auch: Details zum Kompromiss.';
    expect(paragraph.slice(inlineTeaserIndex(paragraph)).trim()).toBe('Lesen Sie auch: Details zum Kompromiss.');
    expect(inlineTeaserIndex('Ми читаємо також газети. Далі буде.')).toBe(-1);
  });
});

describe('pickLead', () => {
  it('joins an opening bullet summary', () => {
    expect(pickLead(['- Перше.', '- Друге.', 'Текст статті.'])).toBe('Перше. Друге.');
  });

  it('skips a short subheading and shortens a long first paragraph to its opening sentences', () => {
    const long = `${'Erster Satz mit genug Wörtern für einen echten Anfang hier. '.repeat(4)}${'Weiter. '.repeat(60)}`;
    const lead = pickLead(['Was bekannt ist', long.trim()]);
    expect(lead.startsWith('Erster Satz')).toBe(true);
    expect(lead.length).toBeLessThan(400);
  });
});

// Pages the rules were not written against: same kinds of furniture, other sites and wording.
const unseenPages = [
  {
    file: 'uk-norway-sea-drones.txt',
    title: 'Україна та Норвегія домовилися про спільне виробництво морських дронів',
    date: '2025-03-12T16:40',
    outlet: 'Укрінформ',
    paragraphs: [
      'Міністр оборони України Рустем Умєров провів в Осло зустріч із норвезьким колегою. Сторони погодили план спільного виробництва морських дронів на підприємствах обох країн.',
      'За словами Умєрова, перші зразки мають надійти до Сил оборони вже влітку, а норвезька сторона візьме на себе фінансування першої партії.',
      'Окремо міністри обговорили захист енергетичної інфраструктури та посилення протиповітряної оборони українських міст.',
      'Сторони домовилися продовжити консультації на рівні експертів наступного місяця.',
    ],
    furniture: [
      'Сьогодні: 14.03.2025',
      '3 хв читання',
      'Фото: Міністерство оборони України',
      'РЕКЛАМА',
      'Читайте також: Данія передала Україні нову партію артилерійських снарядів',
      'Читайте також: Умєров обговорив із Британією постачання дронів',
      'Поділитися',
      'Останні новини',
      'Швеція оголосила новий пакет допомоги Україні',
      'Фінляндія посилює контроль на кордоні з Росією',
      'напочаток',
      'UKR.NET - новини з усієї України',
    ],
  },
  {
    file: 'de-air-defence-delivery.txt',
    title: 'Deutschland sagt der Ukraine zwei weitere Luftabwehrsysteme zu',
    date: '2025-02-04T09:15',
    outlet: 'Der Tagesbote',
    paragraphs: [
      'Die Bundesregierung will der Ukraine bis zum Sommer zwei weitere Systeme zur Luftverteidigung liefern. Das kündigte das Verteidigungsministerium am Dienstag in Berlin an.',
      'Die Systeme sollen vor allem Städte und Kraftwerke vor Raketen und Drohnen schützen. Die Finanzierung stammt aus dem laufenden Haushalt, ein Teil der Munition wird gemeinsam mit Partnern beschafft.',
      'Nach Angaben aus Regierungskreisen ist zudem eine engere Zusammenarbeit bei der Wartung der Geräte geplant.',
    ],
    furniture: [
      'Veröffentlicht am 4. Februar 2025, 09:15 Uhr',
      'Lesezeit: 4 Min.',
      'Foto: dpa / Kay Nietfeld',
      'Anzeige',
      'Lesen Sie auch: Wie die Ukraine ihre Drohnenproduktion ausbaut',
      'Frankreich kündigt neue Hilfen für Kyjiw an',
      'Teilen',
      'Nach oben',
      'Mehr zum Thema',
      'Polen verstärkt Grenzschutz im Osten',
      'Neue Sanktionen gegen russische Reedereien beschlossen',
      'Werbung',
    ],
  },
];

describe('parsePage on pages it has never seen', () => {
  it.each(unseenPages)('reads headline, date and outlet of $file', ({ file, title, date, outlet }) => {
    const page = parsePage(fixture(file));
    expect(page).toMatchObject({ title, date, outlet });
  });

  it.each(unseenPages)('keeps the body of $file intact', ({ file, paragraphs }) => {
    expect(parsePage(fixture(file)).paragraphs).toEqual(paragraphs);
  });

  it.each(unseenPages)('removes every furniture line of $file', ({ file, furniture }) => {
    const page = parsePage(fixture(file));
    const body = page.paragraphs.join('\n');
    for (const line of furniture) {
      expect(body).not.toContain(line);
      expect(page.removed).toContain(line);
    }
  });
});
