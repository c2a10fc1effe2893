import { describe, expect, it } from 'vitest';
import {
  aliasesFromDisplayName,
  buildGazetteer,
  kanjiAbbreviationPhrases,
  tagLowerCaseNames,
  withoutUmlauts,
} from '../../lib/build-gazetteer';
import { compileMatcher, fillsGuillemets } from '../../lib/entity-matcher';
import { evaluateMentions } from '../../lib/eval-mentions';
import { loadMatcher, matcherTables } from '../../lib/entity-matcher-tables';
import { bundledGazetteer, findMentions } from '../../lib/find-mentions';
import type { Gazetteer } from '../../lib/gazetteer-schema';
import { TARGET, loadEvalRows } from '../../scripts/eval-matcher';

/** "entity:text" for each mention, adjectives marked, for compact expectations. */
function found(text: string): string[] {
  return findMentions(text).map((m) => `${m.entity}${m.kind === 'adjective' ? '~' : ''}:${text.slice(m.start, m.end)}`);
}

describe('findMentions', () => {
  it.each([
    ['matches genitive Зеленського to zelensky', 'За словами Зеленського', ['zelensky:Зеленського']],
    ['matches instrumental Зеленським to zelensky', 'з Зеленським', ['zelensky:Зеленським']],
    ['matches Russian dative Зеленскому to zelensky', 'Зеленскому позвонили', ['zelensky:Зеленскому']],
    ['matches Ukrainian cases of Японія', 'Японії, Японію, Японією', ['JP:Японії', 'JP:Японію', 'JP:Японією']],
    ['matches Russian cases of Япония', 'Японии и Японию', ['JP:Японии', 'JP:Японию']],
    ['matches Литвою and Литві', 'з Литвою, у Литві', ['LT:Литвою', 'LT:Литві']],
    ['matches Умєровим and Умеровым', 'Умєровим і Умеровым', ['umerov:Умєровим', 'umerov:Умеровым']],
    ['matches Будріса to budrys', 'Будріса', ['budrys:Будріса']],
    [
      'matches German genitives',
      'Japans, Frankreichs, Selenskyjs, Russlands',
      ['JP:Japans', 'FR:Frankreichs', 'zelensky:Selenskyjs', 'RU:Russlands'],
    ],
    ['matches Polish cases', 'Zełenskiego, Japonii, Litwy', ['zelensky:Zełenskiego', 'JP:Japonii', 'LT:Litwy']],
    ['matches an English possessive without the ’s', "Japan's and Zelensky’s", ['JP:Japan', 'zelensky:Zelensky']],
    [
      'leaves a name ending in a vowel and -а undeclined (Самоа is not "самое")',
      'Самое читаемое: самое главное на Самоа и в Никарагуа.',
      ['WS:Самоа', 'NI:Никарагуа'],
    ],
    [
      'reads a lower-case Cyrillic demonym capitalised inside a sentence or after an initial as a surname',
      'Антон Чехов и А.П.Чехов писали о чехах. «Чехи устали».',
      ['CZ~:чехах', 'CZ~:Чехи'],
    ],
    ['does not take a strict demonym at a sentence start', 'Fin de la trêve. Un Fin est venu.', ['FI~:Fin']],
    [
      'takes a strict abbreviation at a sentence start or in prose, not among capitals (a headline)',
      'ЦАР и Мали. ЛЕВ — ЦАР ЗОДІАКУ. ДЕСЯТЬ ПАР ВЗУТТЯ. Саміт у ПАР, а США, ЦАР і Малі',
      ['CF:ЦАР', 'ML:Мали', 'ZA:ПАР', 'US:США', 'CF:ЦАР', 'ML:Малі'],
    ],
    [
      'matches every Latin spelling of Zelensky',
      'Zelenskyy Zelenskiy Zelenskyi Selenskij Selensky',
      ['zelensky:Zelenskyy', 'zelensky:Zelenskiy', 'zelensky:Zelenskyi', 'zelensky:Selenskij', 'zelensky:Selensky'],
    ],
    [
      'matches katakana and kanji names without spaces',
      'ゼレンスキー大統領と高市早苗首相',
      ['zelensky:ゼレンスキー', 'takaichi:高市早苗'],
    ],
    ['matches Такаіті and Такаити', 'Такаіті і Такаити', ['takaichi:Такаіті', 'takaichi:Такаити']],
    [
      'ignores diacritics: Kestutis Budrys, Sebastien Lecornu',
      'Kestutis Budrys, Sebastien Lecornu',
      ['budrys:Kestutis Budrys', 'lecornu:Sebastien Lecornu'],
    ],
    ['ignores the U+0301 stress mark', 'Зеле\u0301нський', ['zelensky:Зеле\u0301нський']],
    ['treats ё as е', 'Соединённые Штаты', ['US:Соединённые Штаты']],
    ['reads through a soft hyphen', 'Зелен\u00adського', ['zelensky:Зелен\u00adського']],
    ['joins a full name across a no-break space', 'Володимир\u00a0Зеленський', ['zelensky:Володимир\u00a0Зеленський']],
    [
      'takes a full name as one mention',
      'Rustem Umerov and Володимира Зеленського',
      ['umerov:Rustem Umerov', 'zelensky:Володимира Зеленського'],
    ],
    ['reads full-width letters', 'ＵＳＡ', ['US:ＵＳＡ']],
    ['accepts every apostrophe form', 'Кот-д’Івуар Кот-дʼІвуар', ['CI:Кот-д’Івуар', 'CI:Кот-дʼІвуар']],
    ['accepts French elision', "l'Ukraine et d’Allemagne", ['UA:Ukraine', 'DE:Allemagne']],
    ['respects word boundaries: Франції yes, Францисканці no', 'Францисканці з Франції', ['FR:Франції']],
    ['does not take Olena Zelenska for the president', 'Олена Зеленська, Зеленської; Olena Zelenska', []],
    ['does not take Algis Budrys for the minister', 'Algis Budrys wrote novels', []],
    ['does not take Anatole France for France', 'Anatole France', []],
    ['does not take lower-case turkey and china for countries', 'turkey on china plates', []],
    ['does not take Atlanta, Georgia for the country', 'Atlanta, Georgia', []],
    ['does not take capitals for countries', 'Київ, Токіо, Vilnius, Paris', []],
    ['does not take a katakana name inside a longer word', 'リチャード', []],
    [
      'passes over a katakana word that starts no name, up to the kanji and words after it',
      'スポーツドイツァーの日本、ウクライナ。アメリカンウクライナ日本',
      ['JP:日本', 'UA:ウクライナ', 'JP:日本'],
    ],
    ['does not take sentence-initial Того for Togo', 'Того же дня. Он летал в Того', ['TG:Того']],
    ['needs capitals for acronyms', 'the US, not us', ['US:US']],
    [
      'reads a name whose first word ends at an apostrophe or a dot, and not that word alone before a space',
      "В'єтнам і в’єтнамські в Україні; U.S. and U.K., not U Thant",
      ["VN:В'єтнам", 'VN~:в’єтнамські', 'UA:Україні', 'US:U.S.', 'GB:U.K.'],
    ],
    [
      'takes an initial with its dot before a surname',
      'підписав В. Зеленський. В Україні',
      ['zelensky:В. Зеленський', 'UA:Україні'],
    ],
    [
      "reads each of a word's contexts, not only the first one tried",
      'the Gulf of Mexico; Radio France, Anatole France and France',
      ['FR:France'],
    ],
    ['suppresses only the bracketed part of an exclusion', "l'État américain de Géorgie", ['US~:américain']],
    [
      'does not take a given name before a surname for a country',
      'Drummer Chad Smith left Chad. Dominique de Villepin; Dominika Kowalska',
      ['TD:Chad'],
    ],
    [
      'reads a name that is also an adjective as the adjective before a lower-case word',
      'the Czech ammunition; z Czech przyjechał. Polski rząd; premier Polski powiedział',
      ['CZ~:Czech', 'CZ:Czech', 'PL~:Polski', 'PL:Polski'],
    ],
    ['reads the combining form of a compound adjective', 'Польсько-українські', ['PL~:Польсько', 'UA~:українські']],
    [
      'reports adjectives as their own kind',
      'японські, französische, Ukrainian',
      ['JP~:японські', 'FR~:französische', 'UA~:Ukrainian'],
    ],
    [
      "takes a given name's initials into the span, not a title's dot",
      'V. O. Zelensky, В. О. Зеленського, W. Selenskyj; Mr. Zelensky; V. O. Zelenska',
      ['zelensky:V. O. Zelensky', 'zelensky:В. О. Зеленського', 'zelensky:W. Selenskyj', 'zelensky:Zelensky'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns UTF-16 offsets into the given string', () => {
    const text = '😀 Японія';
    expect(findMentions(text)).toEqual([{ entity: 'JP', start: 3, end: 9, kind: 'name' }]);
  });
});

describe('compileMatcher', () => {
  it('finds a person added as one data entry, with inflection', () => {
    const gazetteer: Gazetteer = {
      version: 1,
      entities: [
        ...bundledGazetteer().entities,
        {
          id: 'sybiha',
          type: 'person',
          names: {
            en: 'Andrii Sybiha',
            uk: 'Андрій Сибіга',
            ru: 'Андрей Сибига',
            de: 'Andrij Sybiha',
            fr: 'Andriy Sybiha',
            pl: 'Andrij Sybiha',
            ja: 'アンドリー・シビハ',
          },
          aliases: ['Sybiha', 'Сибіга', 'Сибига'],
          adjectives: [],
        },
      ],
    };
    const text = 'Сибіги, Сибігою, Sybiha';
    expect(
      compileMatcher(gazetteer)
        .findMentions(text)
        .map((m) => text.slice(m.start, m.end)),
    ).toEqual(['Сибіги', 'Сибігою', 'Sybiha']);
  });
});

describe('aliases from display names', () => {
  it('writes the French generic word of island names in lower case, found in any case', () => {
    expect(aliasesFromDisplayName('Îles Marshall', 'fr')).toEqual(['îles Marshall']);
    expect(aliasesFromDisplayName('Île de Man', 'fr')).toEqual(['île de Man']);
    expect(aliasesFromDisplayName('Islande', 'fr')).toEqual(['Islande']);
    expect(found('Les îles Marshall, aux Îles Féroé et à l’île de Man.')).toEqual([
      'MH:îles Marshall',
      'FO:Îles Féroé',
      'IM:île de Man',
    ]);
  });
});

describe('kanji short forms in context', () => {
  const spec = {
    letters: { 日: 'JP', 米: 'US', 中: 'CN', 韓: 'KR', 朝: 'KP' },
    alone: ['米'],
    before: ['大統領'],
    after: ['対'],
    notFirst: ['朝'],
    triple: ['日', '米', '韓'],
    needsContext: ['日'],
    runsNeedContext: ['日中'],
    notBeforeKanji: ['中'],
    runBefore: ['関係'],
  };

  it('builds one phrase per context, run position and triple position', () => {
    const phrases = kanjiAbbreviationPhrases(spec);
    expect(phrases.get('US')).toEqual(
      expect.arrayContaining(['[米]大統領', '対[米]', '日[米]', '[米]韓', '日[米]韓', '[米]中|', '[米]中関係']),
    );
    // A run ending in 日, or 日中, only before a context word; 朝 never starts a run.
    expect(phrases.get('US')).not.toContain('[米]日');
    expect(phrases.get('US')).toContain('[米]日関係');
    expect(phrases.get('CN')).not.toContain('日[中]|');
    expect(phrases.get('CN')).toContain('日[中]関係');
    expect(phrases.get('KP')).toContain('日[朝]');
    expect(phrases.get('KP')?.some((p) => p.startsWith('[朝]'))).toBe(false);
    expect(phrases.get('JP')).not.toContain('[日]大統領');
  });

  it('builds a phrase per character of beforeChars for each letter of alone', () => {
    const phrases = kanjiAbbreviationPhrases({ ...spec, beforeChars: ['a-c', 'ア'] }).get('US');
    expect(phrases).toEqual(expect.arrayContaining(['[米]a', '[米]b', '[米]c', '[米]ア']));
    expect(phrases).not.toContain('[米]d');
    expect(kanjiAbbreviationPhrases({ ...spec, beforeChars: ['a-c'] }).get('JP') ?? []).not.toContain('[日]a');
  });

  it('takes a phrase of `phrases` as written, for its one letter only', () => {
    const phrases = kanjiAbbreviationPhrases({ ...spec, phrases: ['全[米]'] });
    expect(phrases.get('US')).toContain('全[米]');
    expect(phrases.get('JP') ?? []).not.toContain('全[日]');
    expect(() => kanjiAbbreviationPhrases({ ...spec, phrases: ['全[英]'] })).toThrow(/英 is not in "letters"/);
  });

  it('rejects a letter that names no country', () => {
    expect(() => kanjiAbbreviationPhrases({ ...spec, alone: ['英'] })).toThrow(/英 is not in "letters"/);
  });

  /** The bundled gazetteer with its short-form phrases built from `from`. */
  const withPhrases = (from: typeof spec & { beforeChars?: string[] }): Gazetteer => ({
    version: 1,
    entities: bundledGazetteer().entities.map((entity) => ({
      ...entity,
      inContext: kanjiAbbreviationPhrases(from).get(entity.id),
    })),
  });
  const found = (gazetteer: Gazetteer, text: string) =>
    compileMatcher(gazetteer)
      .findMentions(text)
      .map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);

  it.each<[string, string[]]>([
    ['トランプ米大統領。', ['US:米']],
    ['日米韓の首脳、米中の対立。', ['JP:日', 'US:米', 'KR:韓', 'US:米', 'CN:中']],
    ['米中関係と日中関係。', ['US:米', 'CN:中', 'JP:日', 'CN:中']],
    ['対中輸出と対中国政策。', ['CN:中', 'CN:中国']],
    ['日朝首脳と朝日新聞。', ['JP:日', 'KP:朝']],
    ['米の価格、南米大統領、毎日米、日中は暑い、米中央銀行、3日米大統領。', []],
    // A run's last letter starts the next run: a list of any length (米英仏独, 日米英独仏伊加).
    ['米韓中の首脳と日米韓中の協議。', ['US:米', 'KR:韓', 'CN:中', 'JP:日', 'US:米', 'KR:韓', 'CN:中']],
    ['米韓中国の首脳。', ['US:米', 'KR:韓', 'CN:中国']],
  ])('finds each bracketed part as its own mention, only in its context: %s', (text, expected) => {
    expect(found(withPhrases(spec), text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // Before the first letter of a foreign name; what follows is read on its own (米ウクライナ).
    ['米CNNと米グーグル、米ウクライナ首脳。', ['US:米', 'US:米', 'US:米', 'UA:ウクライナ']],
    // After a unit of time, a phrase that starts with its context word (来月対米); never 南米.
    ['来月対米交渉、南米ドル。', ['US:米']],
  ])('finds a short form before a foreign name, and after a unit of time: %s', (text, expected) => {
    expect(found(withPhrases({ ...spec, beforeChars: ['a-z', 'ァ-ヺ'] }), text)).toEqual(expected);
  });
});

describe('names written in lower case', () => {
  const country = (aliases: string[], rules?: Record<string, string>) => ({
    id: 'XX',
    type: 'country' as const,
    names: { en: 'X', uk: 'X', ru: 'X', de: 'X', fr: 'X', pl: 'X', ja: 'X' },
    aliases,
    adjectives: [],
    rules,
  });

  it('tags one-word names whose every form is five letters or more and not an everyday word', () => {
    const entity = {
      ...country(['Russia', 'Chiny', 'Mali', 'Turkey', 'Saudi Arabia', 'USA', 'Москва'], {
        Chiny: 'pl',
        Москва: 'strict',
      }),
      adjectives: ['Russian', 'Polish', 'russisch*'],
    };
    tagLowerCaseNames(entity, new Set(['turkey', 'polish']));
    // Chiny has the Polish form "chin"; Mali is short; a strict name, a phrase, an acronym, a
    // stem (already any case) never.
    expect(entity.rules).toEqual({ Chiny: 'pl', Russia: 'lower', Russian: 'lower', Москва: 'strict' });
  });

  it('finds a tagged name in lower case in prose, never in an address', () => {
    const gazetteer: Gazetteer = { version: 1, entities: [country(['Russia'], { Russia: 'lower' })] };
    const matcher = compileMatcher(gazetteer);
    const found = (text: string) => matcher.findMentions(text).map((m) => text.slice(m.start, m.end));
    expect(found('russia, Russia and #russia; rUSSIA')).toEqual(['russia', 'Russia', 'russia']);
    expect(found('bbc.com/news/russia-1 russia.org www.russia mail@russia')).toEqual([]);
    // Untagged, a capital stays required.
    expect(compileMatcher({ version: 1, entities: [country(['Russia'])] }).findMentions('russia')).toEqual([]);
  });

  it('reads a demonym in its context as the people, and the same word elsewhere as the country', () => {
    const entity = { ...country(['Polen']), adjectives: ['die [Polen]', 'viele [Polen]'] };
    const matcher = compileMatcher({ version: 1, entities: [entity] });
    const text = 'Die Polen und viele Polen reisen nach Polen; die Polen-Politik bleibt.';
    expect(matcher.findMentions(text).map((m) => `${m.kind}:${m.start}:${text.slice(m.start, m.end)}`)).toEqual([
      'adjective:4:Polen',
      'adjective:20:Polen',
      'name:38:Polen',
      'name:49:Polen',
    ]);
    // Context after the brackets, or none before them, is not such a phrase: skipped.
    const odd = { ...country(['Polen']), adjectives: ['[Polen] sind', '[Polen]'] };
    expect(compileMatcher({ version: 1, entities: [odd] }).findMentions('Polen sind da')).toEqual([
      { entity: 'XX', start: 0, end: 5, kind: 'name' },
    ]);
  });

  it('keeps the capital where a lower-case adjective has the same form', () => {
    const text = 'polska gospodarka, Polska';
    expect(findMentions(text).map((m) => `${m.entity}:${m.kind}:${text.slice(m.start, m.end)}`)).toEqual([
      'PL:adjective:polska',
      'PL:name:Polska',
    ]);
  });
});

describe('namesakes', () => {
  it("reads a surname after a common given name that is not the official's own as someone else", () => {
    const gazetteer: Gazetteer = {
      ...bundledGazetteer(),
      givenNames: { fr: ['Pierre', 'Sébastien'], uk: ['Іван'], pl: ['Anna'] },
    };
    const matcher = compileMatcher(gazetteer);
    const found = (text: string) => matcher.findMentions(text).map((m) => text.slice(m.start, m.end));
    expect(found('Pierre Lecornu, Sébastien Lecornu, Lecornu')).toEqual(['Sébastien Lecornu', 'Lecornu']);
    // Inflected given names count; a comma or a line between does not join them.
    expect(found('з Іваном Поляком, Anna Polak, Anna, Polak')).toEqual(['Polak']);
    // Without the list, nothing changes.
    expect(compileMatcher({ ...gazetteer, givenNames: {} }).findMentions('Pierre Lecornu')).toHaveLength(1);
  });
});

describe('context cues', () => {
  const found = (text: string) => findMentions(text).map((m) => `${text.slice(m.start, m.end)}:${m.entity}`);

  it('reads Georgia near U.S. words as the state, near its own words or in a list of countries as the country', () => {
    expect(found('ATLANTA (AP) — Georgia election officials said Tuesday.')).toEqual([]);
    expect(found('Georgia and Armenia signed a deal in Tbilisi; a senator from Georgia spoke.')).toEqual([
      'Georgia:GE',
      'Armenia:AM',
      'Georgia:GE',
    ]);
    expect(found('Delegations from Chad, Jordan, Georgia and Türkiye met, while a senator spoke in Atlanta.')).toEqual([
      'Chad:TD',
      'Jordan:JO',
      'Georgia:GE',
      'Türkiye:TR',
    ]);
    // Without a cue nearby, nothing changes.
    expect(found('Farmers in Georgia are bracing for frost.')).toEqual(['Georgia:GE']);
    // A cue word is read as any other word: in any case, with a soft hyphen inside it.
    expect(found('Georgia officials met in At\u00ADlanta on Tuesday.')).toEqual([]);
    expect(found('Georgia officials met in TBILISI, far from atlanta.')).toEqual(['Georgia:GE']);
  });

  it('reads German Island as Iceland, but not in English text nor in English island names', () => {
    expect(found('Beteiligt waren Forscher aus Dänemark, Island und Kanada.')).toEqual([
      'Dänemark:DK',
      'Island:IS',
      'Kanada:CA',
    ]);
    expect(found('ISLAND LIFE: Island nations in the Pacific met on Monday.')).toEqual([]);
    expect(found('Auf Long Island und Rhode Island gibt es Strände.')).toEqual([]);
  });

  it('stops the build at a cue for a spelling that is no alias of its entity', () => {
    const names = {
      uk: 'Грузія',
      ru: 'Грузия',
      de: 'Georgien',
      en: 'Georgia',
      fr: 'Géorgie',
      pl: 'Gruzja',
      ja: 'ジョージア',
    };
    const input = (alias: string) => ({
      regions: { GE: names },
      extra: { countries: {}, contextCues: [{ entity: 'GE', alias, otherNear: ['Atlanta'], ownNear: [] }] },
      officials: { version: 1 as const, officials: [] },
    });
    expect(buildGazetteer(input('Georgia')).contextCues).toHaveLength(1);
    expect(() => buildGazetteer(input('Georgie'))).toThrow('a context cue names GE "Georgie", which is no alias of it');
  });

  it('carries the cues through the precompiled tables', () => {
    const gazetteer: Gazetteer = {
      ...bundledGazetteer(),
      contextCues: [{ entity: 'JO', alias: 'Jordan', otherNear: ['river'], ownNear: ['Amman'] }],
    };
    const compiled = compileMatcher(gazetteer);
    const loaded = loadMatcher(matcherTables(gazetteer));
    for (const text of ['baptised in the Jordan river', 'the Jordan river near Amman', 'Jordan and the river']) {
      expect(loaded.findMentions(text)).toEqual(compiled.findMentions(text));
    }
    expect(compiled.findMentions('baptised in the Jordan river')).toEqual([]);
    expect(compiled.findMentions('the Jordan river near Amman')).toHaveLength(1);
  });
});

describe('titles in guillemets', () => {
  const found = (text: string) => findMentions(text).map((m) => text.slice(m.start, m.end));

  it('reads a country alone in guillemets, maybe with a number, as the name of something else', () => {
    expect(found('гостиница «Украина», канал «Россия 24», «Україна-24», « France », мультфильм «Мадагаскар»')).toEqual(
      [],
    );
    expect(fillsGuillemets('«Россия 1»', 1, 7)).toBe(true);
    expect(fillsGuillemets('«Россия 1:0»', 1, 7)).toBe(false);
  });

  it('keeps a country that shares its quotes with other words, and a quoted person', () => {
    expect(found('«Слава Україні», «Україна!», «Говорить Україна»')).toEqual(['Україні', 'Україна', 'Україна']);
    expect(found('фамилию пишут «Умеров», « Zelenskyy »')).toEqual(['Умеров', 'Zelenskyy']);
  });

  it('treats a compiled and a loaded matcher alike', () => {
    const compiled = compileMatcher(bundledGazetteer());
    const text = 'паром «Эстония» и «Зеленский», Эстония';
    expect(compiled.findMentions(text)).toEqual(findMentions(text));
    expect(findMentions(text).map((m) => m.entity)).toEqual(['zelensky', 'EE']);
  });
});

describe('German spelled without umlauts', () => {
  it('spells ä, ö and ü as ae, oe and ue, keeping the case', () => {
    expect(withoutUmlauts('Österreich')).toBe('Oesterreich');
    expect(withoutUmlauts('Dänemark, Türkei')).toBe('Daenemark, Tuerkei');
    expect(withoutUmlauts('österreichisch*')).toBe('oesterreichisch*');
    expect(withoutUmlauts('Schweden')).toBe('Schweden');
  });

  it('finds the bundled German names spelled so, in their cases', () => {
    const text = 'Urlaub in Oesterreich, Daenemark und der Tuerkei; Oesterreichs Kanzler, oesterreichische Firmen.';
    expect(findMentions(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`)).toEqual([
      'AT:Oesterreich',
      'DK:Daenemark',
      'TR:Tuerkei',
      'AT:Oesterreichs',
      'AT:oesterreichische',
    ]);
  });
});

describe('evaluation set', () => {
  it(`reaches precision >= ${TARGET.precision} and recall >= ${TARGET.recall}`, () => {
    const report = evaluateMentions(loadEvalRows(), findMentions);
    expect(report.overall.precision).toBeGreaterThanOrEqual(TARGET.precision);
    expect(report.overall.recall).toBeGreaterThanOrEqual(TARGET.recall);
  });
});
