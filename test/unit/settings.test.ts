import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  disabledSiteFor,
  effectiveUiLang,
  isActiveOn,
  migrateSettings,
  migrateV1ToV2,
  parseSettings,
  settingsDiff,
  siteKey,
  withSiteDisabled,
  type Settings,
} from '../../lib/settings';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);

describe('parseSettings', () => {
  it.each([undefined, null, 42, 'settings', [], [1, 2]])('gives the defaults for %j', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a full valid value unchanged', () => {
    const settings: Settings = {
      enabled: false,
      disabledSites: ['bbc.com', 'pravda.com.ua'],
      kinds: { country: true, person: false, adjective: false },
      style: 'underline',
      hoverDelayMs: 400,
      activationKey: 'Alt',
      cardArticles: 5,
      uiLanguage: 'uk',
    };
    expect(parseSettings(settings)).toEqual(settings);
  });

  it.each<[string, unknown, keyof Settings]>([
    ['a string for a boolean', { enabled: 'no' }, 'enabled'],
    ['an unknown style', { style: 'blink' }, 'style'],
    ['a negative delay', { hoverDelayMs: -5 }, 'hoverDelayMs'],
    ['a fractional delay', { hoverDelayMs: 12.5 }, 'hoverDelayMs'],
    ['a huge delay', { hoverDelayMs: 1e9 }, 'hoverDelayMs'],
    ['NaN articles', { cardArticles: Number.NaN }, 'cardArticles'],
    ['zero articles', { cardArticles: 0 }, 'cardArticles'],
    ['an unknown key', { activationKey: 'CapsLock' }, 'activationKey'],
    ['an untranslated language', { uiLanguage: 'fr' }, 'uiLanguage'],
    ['kinds as a list', { kinds: ['country'] }, 'kinds'],
    ['sites as a string', { disabledSites: 'bbc.com' }, 'disabledSites'],
  ])('falls back on %s, keeping every other choice', (_, corrupt, field) => {
    const choices = {
      enabled: false,
      disabledSites: ['example.org'],
      kinds: { country: false },
      style: 'underline',
      hoverDelayMs: 600,
      activationKey: 'Shift',
      cardArticles: 7,
      uiLanguage: 'de',
    };
    const parsed = parseSettings({ ...choices, ...(corrupt as object) });
    expect(parsed[field]).toEqual(DEFAULT_SETTINGS[field]);
    const expected = parseSettings(choices);
    for (const key of Object.keys(expected) as (keyof Settings)[]) {
      if (key !== field) expect(parsed[key]).toEqual(expected[key]);
    }
  });

  it('falls back per kind and per site entry', () => {
    const parsed = parseSettings({
      kinds: { country: false, person: 'yes', adjective: false },
      disabledSites: ['https://www.BBC.com/news', 7, '', 'not a host!', 'bbc.com', 'kyivindependent.com'],
    });
    expect(parsed.kinds).toEqual({ country: false, person: true, adjective: false });
    expect(parsed.disabledSites).toEqual(['bbc.com', 'kyivindependent.com']);
  });

  it('ignores keys it does not know', () => {
    expect(parseSettings({ colour: 'red', __proto__: { enabled: false } })).toEqual(DEFAULT_SETTINGS);
  });

  it('never throws and always gives a complete value (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parseSettings(raw);
        expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(parseSettings(settingsDiff(parsed))).toEqual(parsed);
      }),
    );
  });
});

describe('settingsDiff', () => {
  it('stores nothing for the defaults', () => {
    expect(settingsDiff(defaults())).toEqual({});
  });

  it('stores only the fields and kinds that changed', () => {
    const settings = { ...defaults(), hoverDelayMs: 300, kinds: { country: true, person: true, adjective: false } };
    expect(settingsDiff(settings)).toEqual({ hoverDelayMs: 300, kinds: { adjective: false } });
  });

  it('round-trips through parseSettings', () => {
    const settings: Settings = {
      ...defaults(),
      disabledSites: ['bbc.com'],
      style: 'underline',
      activationKey: 'Meta',
      uiLanguage: 'ru',
    };
    expect(parseSettings(settingsDiff(settings))).toEqual(settings);
  });
});

describe('sites', () => {
  it.each([
    ['https://www.bbc.com/news/world', 'bbc.com'],
    ['WWW.Example.ORG.', 'example.org'],
    ['news.example.org', 'news.example.org'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['https://київ.укр/', 'xn--b1alf1j.xn--j1amh'],
    ['about:blank', null],
    ['', null],
    ['two words', null],
    ['a%20b.com', null],
    ['http://[::1]:8080/', '[::1]'],
  ])('siteKey(%j) is %j', (input, key) => {
    expect(siteKey(input)).toBe(key);
  });

  it('a disabled site covers its subdomains, not look-alikes', () => {
    const settings = { ...defaults(), disabledSites: ['bbc.com'] };
    expect(disabledSiteFor(settings, 'www.bbc.com')).toBe('bbc.com');
    expect(disabledSiteFor(settings, 'news.bbc.com')).toBe('bbc.com');
    expect(disabledSiteFor(settings, 'notbbc.com')).toBeNull();
  });

  it('is active only when on globally and on every host of the page', () => {
    const settings = { ...defaults(), disabledSites: ['ads.example'] };
    expect(isActiveOn(settings, ['news.org'])).toBe(true);
    expect(isActiveOn(settings, ['news.org', 'ads.example'])).toBe(false);
    expect(isActiveOn({ ...settings, enabled: false }, ['news.org'])).toBe(false);
  });

  it('turns a site off and back on, removing a covering parent entry', () => {
    const off = withSiteDisabled(defaults(), 'https://www.bbc.com/x', true);
    expect(off.disabledSites).toEqual(['bbc.com']);
    expect(withSiteDisabled(off, 'news.bbc.com', false).disabledSites).toEqual([]);
    expect(withSiteDisabled(off, 'bbc.com', true).disabledSites).toEqual(['bbc.com']);
  });
});

describe('effectiveUiLang', () => {
  it('follows the browser on auto and the override otherwise', () => {
    expect(effectiveUiLang(defaults(), 'de')).toBe('de');
    expect(effectiveUiLang({ ...defaults(), uiLanguage: 'uk' }, 'de')).toBe('uk');
  });
});

describe('migrations', () => {
  /** What a v1 install stored: the first draft's shape. */
  const v1Value = {
    enabled: true,
    blockedSites: ['https://www.bbc.com', 'http://localhost:3000', 'garbage ::'],
    highlightCountries: true,
    highlightPeople: false,
    underlineOnly: true,
    hoverDelay: 0.4,
    maxArticles: 5,
    language: 'browser',
  };

  it('moves a v1 value to the v2 shape, keeping only changes', () => {
    expect(migrateV1ToV2(v1Value)).toEqual({
      disabledSites: ['bbc.com', 'localhost'],
      kinds: { person: false },
      style: 'underline',
      hoverDelayMs: 400,
      cardArticles: 5,
    });
  });

  it('runs an old stored value through every migration to the current settings', () => {
    const settings = parseSettings(migrateSettings(v1Value, 1));
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['bbc.com', 'localhost'],
      kinds: { country: true, person: false, adjective: true },
      style: 'underline',
      hoverDelayMs: 400,
      cardArticles: 5,
    });
  });

  it('drops corrupt v1 fields one by one', () => {
    expect(
      migrateV1ToV2({ highlightCountries: 'no', hoverDelay: 'slow', maxArticles: 99, language: 'de', enabled: false }),
    ).toEqual({ enabled: false, uiLanguage: 'de' });
    expect(migrateV1ToV2('not an object')).toEqual({});
  });

  it('leaves a current value as it is', () => {
    expect(migrateSettings({ style: 'underline' }, 2)).toEqual({ style: 'underline' });
  });
});

describe('migrating a value that is already current', () => {
  it('keeps the current fields a v2 value has', () => {
    expect(migrateV1ToV2({ style: 'underline', disabledSites: ['bbc.com'] })).toEqual({
      style: 'underline',
      disabledSites: ['bbc.com'],
    });
  });
});
