import type { TimeUnit } from './corpus-graph';
import type { UiLang } from './languages';
import { uiString } from './ui-strings';

/** "1 article", "3 статті", "5 статей": the plural form the UI language needs. */
export function articleCount(lang: UiLang, n: number): string {
  const form = new Intl.PluralRules(lang).select(n);
  const key =
    form === 'one'
      ? 'articlesOne'
      : form === 'few'
        ? 'articlesFew'
        : form === 'many'
          ? 'articlesMany'
          : 'articlesOther';
  return uiString(lang, key, { n: n.toLocaleString(lang) });
}

const FORMATS: Record<TimeUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const SHORT_FORMATS: Record<TimeUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A day, month or year ("10 June 2025", "June 2025", "2025") in the UI language; `iso` is yyyy-mm-dd. */
export function formatPeriod(lang: UiLang, iso: string, unit: TimeUnit, short = false): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { ...(short ? SHORT_FORMATS : FORMATS)[unit], timeZone: 'UTC' }).format(date);
}
