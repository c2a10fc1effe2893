import {
  AD_LABELS,
  BACK_TO_TOP,
  BLOCK_HEADERS,
  DATE_LABELS,
  MONTH_NAMES,
  PHOTO_CREDIT_PREFIXES,
  READING_MINUTE_WORDS,
  READING_WORDS,
  SHARE_LABELS,
  TEASER_MARKERS,
  TODAY_LABELS,
} from './furniture-vocab';

/** A raw news page split into the article and the furniture around it. */
export type ParsedPage = {
  title: string;
  paragraphs: string[];
  lead: string;
  /** The article's own date (ISO), from a date line of the page; null when there is none. */
  date: string | null;
  /** The outlet named by the page's masthead line, if any. */
  outlet: string | null;
  /** Lines (or tails of lines) removed as furniture, in page order. */
  removed: string[];
};

/** A line that only states a date and/or time. */
export type DateLine = {
  /** "today": the site's calendar line; "date": a publication date; "time": a time without a date. */
  kind: 'today' | 'date' | 'time';
  iso: string | null;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** Lower-cases, folds apostrophes and drops trailing ":" "!" "…" so labels compare loosely. */
export function normalizeLabel(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:!.…»>→-]+$/u, '')
    .trim();
}

const labelSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeLabel));
const BLOCK_HEADER_SET = labelSet(BLOCK_HEADERS);
const AD_SET = labelSet(AD_LABELS);
const BACK_TO_TOP_SET = labelSet(BACK_TO_TOP);
const SHARE_SET = labelSet(SHARE_LABELS);
const TEASER_SET = labelSet(TEASER_MARKERS);

const TEASER_AT_START = new RegExp(`^(?:${alternation(TEASER_MARKERS)})(?=[\\s:—–-]|$)`, 'iu');
// A teaser glued to the end of a paragraph: "... zu festigen. Lesen Sie auch: Details ..."
const TEASER_INLINE = new RegExp(`(?<=[.!?…»"”)])\\s+(?:${alternation(TEASER_MARKERS)})\\s*[:—–-]`, 'iu');
const READING_TIME = new RegExp(
  `^(?:(?:${alternation(READING_WORDS)})\\s*:?\\s*)?(?:[<~≈]\\s*)?\\d+(?:[-–]\\d+)?\\s*(?:${alternation(
    READING_MINUTE_WORDS,
  )})\\.?(?:\\s+(?:${alternation(READING_WORDS)}))?$`,
  'iu',
);
const PHOTO_CREDIT = new RegExp(`^(?:(?:${alternation(PHOTO_CREDIT_PREFIXES)})\\s*[:©|/]|©)`, 'iu');
// "UKR.NET- новини з усієї України", "www.example.com", a bare link.
const SITE_BANNER =
  /^(?:https?:\/\/\S+$|(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:net|com|org|info|ua|ru|de|pl|eu|uk|at|ch|news|media|tv)\b)/iu;

const TODAY_PREFIX = new RegExp(`^(?:${alternation(TODAY_LABELS)})\\s*[:,–—-]?\\s*`, 'iu');
const DATE_PREFIX = new RegExp(`^(?:${alternation(DATE_LABELS)})\\s*[:,–—-]?\\s*`, 'iu');
const MONTH_ALT = alternation(Object.keys(MONTH_NAMES));

// Words that may sit around a date and time on a date line ("о 14:20", "um 9:05 Uhr", "2025 р.").
const DATE_FILLERS = new Set([
  'о',
  'об',
  'в',
  'во',
  'um',
  'at',
  'o',
  'godz',
  'uhr',
  'г',
  'р',
  'року',
  'года',
  'год',
  'roku',
  'am',
  'pm',
  'понеділок',
  'вівторок',
  'середа',
  'четвер',
  "п'ятниця",
  'субота',
  'неділя',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'poniedziałek',
  'wtorek',
  'środa',
  'czwartek',
  'piątek',
  'sobota',
  'niedziela',
]);

const pad = (value: number): string => String(value).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

type DatePart = { iso: string; rest: string };

function takeDate(text: string): DatePart | null {
  const patterns: Array<[RegExp, (m: RegExpMatchArray) => string | null]> = [
    [/(\d{4})-(\d{2})-(\d{2})/u, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
    [/(\d{1,2})[./](\d{1,2})[./](\d{4})/u, (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1]))],
    [
      new RegExp(`(\\d{1,2})\\.?\\s+(${MONTH_ALT})\\.?,?\\s+(\\d{4})`, 'iu'),
      (m) => isoDate(Number(m[3]), MONTH_NAMES[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[1])),
    ],
    [
      new RegExp(`(${MONTH_ALT})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu'),
      (m) => isoDate(Number(m[3]), MONTH_NAMES[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2])),
    ],
  ];
  for (const [pattern, toIso] of patterns) {
    const match = text.match(pattern);
    if (!match || match.index === undefined) continue;
    const iso = toIso(match);
    if (!iso) continue;
    return {
      iso,
      rest: text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length),
    };
  }
  return null;
}

/**
 * Reads a line that consists only of a date and/or time ("13:54 05.11.2025", "Сьогодні: 10.12.2025",
 * "Veröffentlicht am 5. November 2025, 14:20 Uhr"); null for any other line.
 */
export function parseDateLine(line: string): DateLine | null {
  let text = line.trim();
  let isToday = false;
  if (TODAY_PREFIX.test(text)) {
    isToday = true;
    text = text.replace(TODAY_PREFIX, '');
  } else {
    text = text.replace(DATE_PREFIX, '');
  }
  const date = takeDate(text);
  if (date) text = date.rest;
  const time = text.match(/(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/u);
  if (time && time.index !== undefined) {
    text = text.slice(0, time.index) + ' ' + text.slice(time.index + time[0].length);
  }
  if (!date && !time) return null;
  const leftover = text
    .toLowerCase()
    .split(/[\s,.|/–—-]+/u)
    .filter((word) => word !== '' && !DATE_FILLERS.has(word.replace(/[’ʼ]/g, "'")));
  if (leftover.length > 0) return null;
  if (isToday) return { kind: 'today', iso: date?.iso ?? null };
  if (!date) return { kind: 'time', iso: null };
  const iso = time ? `${date.iso}T${pad(Number(time[1]))}:${time[2]}` : date.iso;
  return { kind: 'date', iso };
}

/** True for a line that opens a "more on this topic" / "latest news" / "previous / next" block. */
export function isBlockHeader(line: string): boolean {
  return BLOCK_HEADER_SET.has(normalizeLabel(line));
}

/** Why a single line is furniture, or null when it is not (block headers and teasers aside). */
export function lineFurnitureKind(
  line: string,
): 'reading-time' | 'photo-credit' | 'ad' | 'back-to-top' | 'share' | 'site-banner' | 'date' | null {
  const label = normalizeLabel(line);
  if (READING_TIME.test(line.trim())) return 'reading-time';
  if (PHOTO_CREDIT.test(line.trim())) return 'photo-credit';
  if (AD_SET.has(label)) return 'ad';
  if (BACK_TO_TOP_SET.has(label)) return 'back-to-top';
  if (SHARE_SET.has(label)) return 'share';
  if (SITE_BANNER.test(line.trim()) && wordCount(line) <= 12) return 'site-banner';
  if (parseDateLine(line)) return 'date';
  return null;
}

/** True when the line starts with a "read also" marker ("Читайте також: ...", "Lesen Sie auch"). */
export function isTeaserLine(line: string): boolean {
  return TEASER_AT_START.test(line.trim());
}

/** Index where an inline "read also" teaser starts inside a paragraph, or -1. */
export function inlineTeaserIndex(paragraph: string): number {
  const match = TEASER_INLINE.exec(paragraph);
  return match ? match.index : -1;
}

const wordCount = (line: string): number => line.split(/\s+/u).filter(Boolean).length;
const SENTENCE_BOUNDARY = /(?<=[.!?…][»"”]?)\s+(?=[\p{Lu}«"„—–-])/u;

/** Splits a paragraph into sentences at ". X" boundaries. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.split(SENTENCE_BOUNDARY).filter((sentence) => sentence.trim() !== '');
}

// A headline does not end with a full stop and holds one sentence; a line that does not fit is
// the first paragraph of a page that has no headline line (002).
function isParagraphLike(line: string): boolean {
  return /[.…]$/u.test(line) || splitSentences(line).length > 1 || line.length > 250;
}

// A masthead names the site: short, no sentence punctuation, every word capitalised (or a
// domain), and sitting right next to the page's date / reading-time lines.
function isNameLike(line: string): boolean {
  if (line.length > 40 || wordCount(line) > 4 || /[.!?:;,]$/u.test(line)) return false;
  return line.split(/\s+/u).every((word) => /^[«"„]?[\p{Lu}\d]/u.test(word) || SITE_BANNER.test(word));
}

const isMetaLine = (line: string): boolean => {
  const kind = lineFurnitureKind(line);
  return kind === 'date' || kind === 'reading-time';
};

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

const BULLET = /^[-•*·–]\s+/u;

/** The lead: the opening bullet summary, else the first substantial paragraph (its first sentences when long). */
export function pickLead(paragraphs: readonly string[]): string {
  const bullets: string[] = [];
  for (const paragraph of paragraphs) {
    if (!BULLET.test(paragraph)) break;
    bullets.push(paragraph.replace(BULLET, ''));
  }
  if (bullets.length >= 2) return bullets.join(' ');
  const first =
    paragraphs.find((paragraph) => wordCount(paragraph) >= 8 || /[.!?…»"”]$/u.test(paragraph)) ?? paragraphs[0] ?? '';
  if (first.length <= 400) return first;
  let lead = '';
  for (const sentence of splitSentences(first)) {
    lead = lead ? `${lead} ${sentence}` : sentence;
    if (lead.length >= 200) break;
  }
  return lead;
}

/** Splits a raw news page (plain text, one block per line) into headline, body and furniture. */
export function parsePage(raw: string): ParsedPage {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter((line) => line !== '');
  const removed: string[] = [];
  let date: string | null = null;
  let outlet: string | null = null;

  // Header: furniture and meta lines above the headline.
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const dateLine = parseDateLine(line);
    if (dateLine) {
      if (dateLine.kind === 'date' && date === null) date = dateLine.iso;
      removed.push(line);
      continue;
    }
    if (lineFurnitureKind(line)) {
      removed.push(line);
      continue;
    }
    const nextTwo = lines.slice(index + 1, index + 3);
    const previous = index > 0 ? lines[index - 1] : undefined;
    if (isNameLike(line) && (nextTwo.some(isMetaLine) || (previous !== undefined && isMetaLine(previous)))) {
      outlet ??= line;
      removed.push(line);
      continue;
    }
    break;
  }

  const headlineLine = lines[index] ?? '';
  let title = headlineLine;
  let bodyStart = index + 1;
  if (isParagraphLike(headlineLine)) {
    title = (splitSentences(headlineLine)[0] ?? headlineLine).replace(/\.$/u, '');
    bodyStart = index;
  }

  const paragraphs: string[] = [];
  let skipTeaserHeadline = false;
  for (let at = bodyStart; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (isBlockHeader(line)) {
      removed.push(...lines.slice(at));
      break;
    }
    if (skipTeaserHeadline) {
      skipTeaserHeadline = false;
      removed.push(line);
      continue;
    }
    if (isTeaserLine(line)) {
      removed.push(line);
      skipTeaserHeadline = TEASER_SET.has(normalizeLabel(line));
      continue;
    }
    const dateLine = parseDateLine(line);
    if (dateLine) {
      if (dateLine.kind === 'date' && date === null) date = dateLine.iso;
      removed.push(line);
      continue;
    }
    if (lineFurnitureKind(line) || sameText(line, title) || (outlet && sameText(line, outlet))) {
      removed.push(line);
      continue;
    }
    let text = line;
    const teaserAt = inlineTeaserIndex(text);
    if (teaserAt > 0) {
      removed.push(text.slice(teaserAt).trim());
      text = text.slice(0, teaserAt).trim();
    }
    if (text !== '') paragraphs.push(text);
  }

  return {
    title,
    paragraphs,
    lead: pickLead(paragraphs),
    date,
    outlet,
    removed,
  };
}
